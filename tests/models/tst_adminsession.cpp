#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/AdminSession.h"
#include "models/domain/SessionGrant.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// The sign-in answer (SessionGrant) and the session it opens (AdminSession), in the
// contract's shape and in the flat one an earlier console kept in the keychain.
class TestAdminSession : public QObject
{
    Q_OBJECT
private slots:
    void grantRoundTrip()
    {
        const auto grant = SessionGrant::fromJson(WireSamples::sessionGrant());
        QVERIFY2(grant.ok(), qPrintable(grant.error().message));
        QCOMPARE(grant->token, QByteArray("sphs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(grant->refreshToken.startsWith("sphr_"));
        QCOMPARE(grant->session.username, QStringLiteral("sally"));
        QCOMPARE(grant->session.displayName, QStringLiteral("Sally Sales"));
        QCOMPARE(grant->session.role, AdminRole::Sales);
        QCOMPARE(grant->session.expiresAt, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!grant->session.mustChangePassword);
        QCOMPARE(grant->toJson(), WireSamples::sessionGrant());
        QVERIFY(roundTrips(grant.value()));
        QVERIFY(roundTrips(grant->session));
    }

    void referenceServerAnswer()
    {
        // server/http/AuthRoutes.cpp names no display name; the codec writes none either.
        QJsonObject answer = WireSamples::sessionGrant();
        QJsonObject admin = answer.value(QLatin1String("admin")).toObject();
        admin.remove(QStringLiteral("display_name"));
        admin.insert(QStringLiteral("must_change_password"), true);
        answer.insert(QStringLiteral("admin"), admin);
        answer.insert(QStringLiteral("something_new"), 42); // ignored
        const auto grant = SessionGrant::fromJson(answer);
        QVERIFY2(grant.ok(), qPrintable(grant.error().message));
        QVERIFY(grant->session.displayName.isEmpty());
        QVERIFY(grant->session.mustChangePassword);
        answer.remove(QStringLiteral("something_new"));
        QCOMPARE(grant->toJson(), answer);
    }

    void sessionLeavesTheTokensOut()
    {
        const auto grant = SessionGrant::fromJson(WireSamples::sessionGrant());
        QVERIFY(grant.ok());
        const QJsonObject session = grant->session.toJson();
        QVERIFY(!session.contains(QLatin1String("session_token")));
        QVERIFY(!session.contains(QLatin1String("refresh_token")));
        QCOMPARE(AdminSession::fromJson(session).value(), grant->session);
    }

    void flatShapeOfEarlierKeychainEntries()
    {
        const auto session = AdminSession::fromJson(parseObject(R"({
            "username": "root", "role": "superadmin", "must_change_password": true,
            "expires_at": "2030-01-02T03:04:05Z"
        })"));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        QCOMPARE(session->role, AdminRole::Superadmin);
        QVERIFY(session->mustChangePassword);
        QVERIFY(!session->refreshExpiresAt.isValid());
        QVERIFY(roundTrips(session.value()));
    }

    void olderServersNameTheTokenToken()
    {
        QJsonObject answer = WireSamples::sessionGrant();
        answer.insert(QStringLiteral("token"), answer.take(QStringLiteral("session_token")));
        const auto grant = SessionGrant::fromJson(answer);
        QVERIFY2(grant.ok(), qPrintable(grant.error().message));
        QVERIFY(grant->token.startsWith("sphs_"));
    }

    void rejected_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject full = WireSamples::sessionGrant();
        const QJsonObject admin = full.value(QLatin1String("admin")).toObject();
        QTest::newRow("no token") << patched(full, QStringLiteral("session_token"),
                                             sphair::tests::absent())
                                  << "session_token"
                                  << "missing";
        QTest::newRow("no user") << patched(
            full, QStringLiteral("admin"),
            patched(admin, QStringLiteral("username"), sphair::tests::absent()))
                                 << "admin.username"
                                 << "missing";
        QTest::newRow("unknown role")
            << patched(full, QStringLiteral("admin"),
                       patched(admin, QStringLiteral("role"), QStringLiteral("king")))
            << "admin.role"
            << "unknown_value";
        QTest::newRow("local time") << patched(full, QStringLiteral("expires_at"),
                                               QStringLiteral("2030-01-02T05:04:05+02:00"))
                                    << "expires_at"
                                    << "format";
    }

    void rejected()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto grant = SessionGrant::fromJson(answer);
        QVERIFY(!grant.ok());
        QVERIFY(isFieldError(grant.error(), field, reason));
    }
};

QTEST_GUILESS_MAIN(TestAdminSession)
#include "tst_adminsession.moc"
