#include "models/domain/AdminSession.h"

#include <QTest>

using namespace sphair;
using models::AdminSession;

// Reading the sign-in answer in the contract's shape and in the reference server's.
class TestAdminSession : public QObject
{
    Q_OBJECT
private slots:
    void contractShape()
    {
        const QJsonObject answer {
            {QStringLiteral("session_token"), QStringLiteral("sphs_x")},
            {QStringLiteral("refresh_token"), QStringLiteral("sphr_x")},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_at"), QStringLiteral("2030-01-02T03:04:05Z")},
            {QStringLiteral("refresh_expires_at"), QStringLiteral("2030-02-02T03:04:05Z")},
            {QStringLiteral("admin"),
             QJsonObject {{QStringLiteral("username"), QStringLiteral("sally")},
                          {QStringLiteral("display_name"), QStringLiteral("Sally Sales")},
                          {QStringLiteral("role"), QStringLiteral("sales")}}},
            {QStringLiteral("something_new"), 42},
        };
        const auto session = AdminSession::fromJson(answer);
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(session->username, QStringLiteral("sally"));
        QCOMPARE(session->displayName, QStringLiteral("Sally Sales"));
        QCOMPARE(session->role, models::AdminRole::Sales);
        QCOMPARE(session->expiresAt, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!session->mustChangePassword);
    }

    void flatShapeAndRoundTrip()
    {
        const QJsonObject answer {
            {QStringLiteral("token"), QStringLiteral("sphs_x")},
            {QStringLiteral("username"), QStringLiteral("root")},
            {QStringLiteral("role"), QStringLiteral("superadmin")},
            {QStringLiteral("must_change_password"), true},
            {QStringLiteral("expires_at"), QStringLiteral("2030-01-02T03:04:05Z")},
        };
        const auto session = AdminSession::fromJson(answer);
        QVERIFY(session.ok());
        QCOMPARE(session->role, models::AdminRole::Superadmin);
        QVERIFY(session->mustChangePassword);
        const QJsonObject stored = session->toJson();
        QVERIFY(!stored.contains(QStringLiteral("token")));
        QCOMPARE(AdminSession::fromJson(stored).value(), session.value());
    }

    void refusesAnswersWithoutUserOrRole()
    {
        QVERIFY(!AdminSession::fromJson({{QStringLiteral("role"), QStringLiteral("sales")}}).ok());
        QVERIFY(!AdminSession::fromJson({{QStringLiteral("username"), QStringLiteral("x")},
                                         {QStringLiteral("role"), QStringLiteral("king")}})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestAdminSession)
#include "tst_adminsession.moc"
