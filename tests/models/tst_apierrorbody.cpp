#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/AdminRole.h"
#include "models/domain/ApiErrorBody.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::roundTrips;

// The JSON error body every route answers with, and the admin roles' codes and permissions.
class TestApiErrorBody : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithError()
    {
        const Error error =
            Validation::invalidField(QStringLiteral("primary_color"), QStringLiteral("format"),
                                     QStringLiteral("Use #RRGGBB."));
        const ApiErrorBody body = ApiErrorBody::fromError(error);
        const QJsonObject json = body.toJson();
        QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_field"));
        QCOMPARE(json.value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 QStringLiteral("primary_color"));
        const auto back = ApiErrorBody::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back->toError(), error);
        QVERIFY(back->validate().ok());
    }

    void sampleRoundTrip()
    {
        const auto body = ApiErrorBody::fromJson(sphair::tests::WireSamples::apiErrorBody());
        QVERIFY2(body.ok(), qPrintable(body.error().message));
        QCOMPARE(body->toJson(), sphair::tests::WireSamples::apiErrorBody());
        QVERIFY(roundTrips(body.value()));
    }

    void detailsOptional()
    {
        const auto body = ApiErrorBody::fromJson(
            parseObject(R"({"error":"not_found","message":"No such company."})"));
        QVERIFY(body.ok());
        QVERIFY(body->details.isEmpty());
        QCOMPARE(body->toJson().value(QLatin1String("details")).toObject(), QJsonObject());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no error") << QStringLiteral(R"({"message":"x"})") << QStringLiteral("error")
                                  << QStringLiteral("missing");
        QTest::newRow("no message") << QStringLiteral(R"({"error":"x"})")
                                    << QStringLiteral("message") << QStringLiteral("missing");
        QTest::newRow("numeric error") << QStringLiteral(R"({"error":404,"message":"x"})")
                                       << QStringLiteral("error") << QStringLiteral("wrong_type");
        QTest::newRow("details string")
            << QStringLiteral(R"({"error":"x","message":"y","details":"z"})")
            << QStringLiteral("details") << QStringLiteral("wrong_type");
    }
    void rejected()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto body = ApiErrorBody::fromJson(parseObject(json.toUtf8().constData()));
        QVERIFY(!body.ok());
        QVERIFY(isFieldError(body.error(), field, reason));
    }

    void codeFormat()
    {
        ApiErrorBody body {QStringLiteral("Not Found"), QStringLiteral("x"), {}};
        QVERIFY(isFieldError(body.validate().error(), QStringLiteral("error"),
                             QStringLiteral("format")));
        body.error = QStringLiteral("precondition_failed");
        body.message.clear();
        QVERIFY(isFieldError(body.validate().error(), QStringLiteral("message"),
                             QStringLiteral("empty")));
    }

    void roles()
    {
        QCOMPARE(adminRoleCodes(),
                 (QStringList {QStringLiteral("superadmin"), QStringLiteral("sales"),
                               QStringLiteral("support")}));
        for (const QString &code : adminRoleCodes()) {
            const auto role = adminRoleFromCode(code);
            QVERIFY(role);
            QCOMPARE(adminRoleCode(*role), code);
            QVERIFY(!adminRoleDisplayName(*role).isEmpty());
        }
        QVERIFY(!adminRoleFromCode(u"admin"));
    }

    void permissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("area");
        QTest::addColumn<bool>("may");
        const auto row = [](const char *name, AdminRole role, AdminArea area, bool may) {
            QTest::newRow(name) << int(role) << int(area) << may;
        };
        row("superadmin keys", AdminRole::Superadmin, AdminArea::IssuerKeys, true);
        row("superadmin deploy", AdminRole::Superadmin, AdminArea::Deployments, true);
        row("sales companies", AdminRole::Sales, AdminArea::Companies, true);
        row("sales licenses", AdminRole::Sales, AdminArea::Licenses, true);
        row("sales keys", AdminRole::Sales, AdminArea::IssuerKeys, false);
        row("sales maintenance", AdminRole::Sales, AdminArea::Maintenance, false);
        row("support companies", AdminRole::Support, AdminArea::Companies, false);
        row("support licenses", AdminRole::Support, AdminArea::Licenses, false);
    }
    void permissions()
    {
        QFETCH(int, role);
        QFETCH(int, area);
        QFETCH(bool, may);
        QCOMPARE(adminRoleMayChange(static_cast<AdminRole>(role), static_cast<AdminArea>(area)),
                 may);
    }
};

QTEST_GUILESS_MAIN(TestApiErrorBody)
#include "tst_apierrorbody.moc"
