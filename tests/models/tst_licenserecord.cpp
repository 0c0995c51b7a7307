#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/LicenseRecord.h"
#include "models/domain/LicenseRegistrationResult.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

// Registered licenses: wire shape, rules, and how the console classifies them over time.
class TestLicenseRecord : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto license = LicenseRecord::fromJson(WireSamples::licenseRecord());
        QVERIFY2(license.ok(), qPrintable(license.error().message));
        QCOMPARE(license->seq, 4);
        QCOMPARE(license->features.size(), 3);
        QCOMPARE(license->graceDays, 14);
        QCOMPARE(license->expiresAt, utc(2026, 1, 1));
        QCOMPARE(license->toJson(), WireSamples::licenseRecord());
        QVERIFY2(license->validate().ok(), qPrintable(license->validate().error().message));
        QCOMPARE(LicenseRecord::fromJson(license->toJson()).value(), license.value());
    }

    void registrationRoundTrip()
    {
        const QJsonObject answer = WireSamples::licenseRegistrationResult();
        const auto result = LicenseRegistrationResult::fromJson(answer);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->license.seq, 4);
        QCOMPARE(result->supersededId,
                 QUuid(QStringLiteral("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed")));
        QCOMPARE(result->chainStatus, ChainStatus::Fork);
        QCOMPARE(result->chainWarnings.size(), 2);
        QCOMPARE(result->chainWarnings.at(0).kind, ChainStatus::Gap);
        QCOMPARE(result->chainWarnings.at(0).expectedSeq, 13);
        QVERIFY(result->chainWarnings.at(0).expectedPrev.isEmpty());
        QCOMPARE(result->chainWarnings.at(1).expectedPrev, QStringLiteral("bGljZW5zZS1oYXNo"));
        QVERIFY(result->newlyRegistered); // not on the wire: the status code says it
        QCOMPARE(result->toJson(), answer);
        QVERIFY(roundTrips(result.value()));
    }

    void repeatedRegistrationHasNoWarnings()
    {
        // What server/http/LicenseRoutes.cpp answers (200) for a token registered before.
        QJsonObject answer = WireSamples::licenseRegistrationResult();
        answer.insert(QStringLiteral("superseded_id"), QJsonValue::Null);
        answer.insert(QStringLiteral("chain_warnings"), QJsonArray());
        QJsonObject chain = answer.value(QLatin1String("chain")).toObject();
        chain.insert(QStringLiteral("status"), QStringLiteral("ok"));
        chain.insert(QStringLiteral("warnings"), QJsonArray());
        answer.insert(QStringLiteral("chain"), chain);
        const auto result = LicenseRegistrationResult::fromJson(answer);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result->supersededId.isNull());
        QCOMPARE(result->chainStatus, ChainStatus::Ok);
        QCOMPARE(result->toJson(), answer);
    }

    void registrationRejected_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject full = WireSamples::licenseRegistrationResult();
        QTest::newRow("no license")
            << patched(full, QStringLiteral("license"), absent()) << "license"
            << "missing";
        QTest::newRow("license without kid")
            << patched(full, QStringLiteral("license"),
                       patched(WireSamples::licenseRecord(), QStringLiteral("kid"), absent()))
            << "license.kid"
            << "missing";
        QJsonArray warnings = full.value(QLatin1String("chain_warnings")).toArray();
        warnings.replace(
            1, patched(warnings.at(1).toObject(), QStringLiteral("kind"), QStringLiteral("ok")));
        QTest::newRow("ok is no warning")
            << patched(full, QStringLiteral("chain_warnings"), warnings) << "chain_warnings[1].kind"
            << "unknown_value";
        QTest::newRow("unknown chain status")
            << patched(full, QStringLiteral("chain"),
                       parseObject(R"({"status":"tangled","kid":"x","seq":1,"warnings":[]})"))
            << "chain.status"
            << "unknown_value";
    }

    void registrationRejected()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto result = LicenseRegistrationResult::fromJson(answer);
        QVERIFY(!result.ok());
        QVERIFY(isFieldError(result.error(), field, reason));
    }

    void listsMayLeaveOutTheToken()
    {
        QJsonObject json = WireSamples::licenseRecord();
        json.remove(QStringLiteral("token"));
        json.remove(QStringLiteral("company_code"));
        json.remove(QStringLiteral("supersedes"));
        const auto license = LicenseRecord::fromJson(json);
        QVERIFY(license.ok());
        QVERIFY(license->token.isEmpty());
        QVERIFY(license->supersedes.isNull());
        QVERIFY(license->validate().ok());
    }

    void shapeRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required :
             {"id", "company_id", "kid", "seq", "tier", "max_users", "features", "issued_at",
              "not_before", "expires_at", "grace_days", "status"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("id uppercase")
            << QStringLiteral("id")
            << QJsonValue(QStringLiteral("9B1DEB4D-3B7D-4BAD-9BDD-2B0D7B3DCB6D"))
            << QStringLiteral("format");
        QTest::newRow("features string")
            << QStringLiteral("features") << QJsonValue(QStringLiteral("inventory"))
            << QStringLiteral("wrong_type");
        QTest::newRow("expires date only")
            << QStringLiteral("expires_at") << QJsonValue(QStringLiteral("2026-01-01"))
            << QStringLiteral("format");
        QTest::newRow("status pending")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("pending"))
            << QStringLiteral("unknown_value");
        QTest::newRow("seq huge") << QStringLiteral("seq") << QJsonValue(1e300)
                                  << QStringLiteral("wrong_type");
    }
    void shapeRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto license =
            LicenseRecord::fromJson(patched(WireSamples::licenseRecord(), key, value));
        QVERIFY(!license.ok());
        QVERIFY(isFieldError(license.error(), key, reason));
    }

    void rulesRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = WireSamples::licenseRecord();
        QTest::newRow("bad company code")
            << patched(base, QStringLiteral("company_code"), QStringLiteral("acme"))
            << QStringLiteral("company_code") << QStringLiteral("format");
        QTest::newRow("kid not a pid")
            << patched(base, QStringLiteral("kid"), QStringLiteral("k4.public.abc"))
            << QStringLiteral("kid") << QStringLiteral("format");
        QTest::newRow("seq 0") << patched(base, QStringLiteral("seq"), 0) << QStringLiteral("seq")
                               << QStringLiteral("out_of_range");
        QTest::newRow("users beyond tier")
            << patched(base, QStringLiteral("max_users"), 31) << QStringLiteral("max_users")
            << QStringLiteral("out_of_range");
        QTest::newRow("unknown feature")
            << patched(base, QStringLiteral("features"), QJsonArray {QStringLiteral("teleport")})
            << QStringLiteral("features") << QStringLiteral("unknown_value");
        QTest::newRow("feature twice")
            << patched(base, QStringLiteral("features"),
                       QJsonArray {QStringLiteral("calendar"), QStringLiteral("calendar")})
            << QStringLiteral("features") << QStringLiteral("format");
        QTest::newRow("grace 91") << patched(base, QStringLiteral("grace_days"), 91)
                                  << QStringLiteral("grace_days") << QStringLiteral("out_of_range");
        QTest::newRow("nbf after exp")
            << patched(base, QStringLiteral("not_before"), QStringLiteral("2026-01-02T00:00:00Z"))
            << QStringLiteral("not_before") << QStringLiteral("order");
        QTest::newRow("issued after exp")
            << patched(base, QStringLiteral("issued_at"), QStringLiteral("2026-01-02T00:00:00Z"))
            << QStringLiteral("issued_at") << QStringLiteral("order");
        QTest::newRow("supersedes itself")
            << patched(base, QStringLiteral("supersedes"), base.value(QLatin1String("id")))
            << QStringLiteral("supersedes") << QStringLiteral("format");
        QTest::newRow("revoked without time")
            << patched(base, QStringLiteral("status"), QStringLiteral("revoked"))
            << QStringLiteral("revoked_at") << QStringLiteral("missing");
        QTest::newRow("revocation time while active")
            << patched(base, QStringLiteral("revoked_at"), QStringLiteral("2025-05-01T00:00:00Z"))
            << QStringLiteral("revoked_at") << QStringLiteral("not_allowed");
        QTest::newRow("reason too long")
            << patched(base, QStringLiteral("revoke_reason"), QString(501, u'x'))
            << QStringLiteral("revoke_reason") << QStringLiteral("too_long");
        QTest::newRow("token not paseto")
            << patched(base, QStringLiteral("token"), QStringLiteral("eyJhbGciOi"))
            << QStringLiteral("token") << QStringLiteral("format");
    }
    void rulesRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto license = LicenseRecord::fromJson(json);
        QVERIFY2(license.ok(), qPrintable(license.error().message));
        QVERIFY(isFieldError(license->validate().error(), field, reason));
    }

    void displayStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("graceDays");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("expiringDays");
        QTest::addColumn<QString>("expected");
        // not_before 2025-01-01, expires_at 2026-01-01 (see fullLicense).
        const QString active = QStringLiteral("active");
        QTest::newRow("before nbf")
            << active << 14 << utc(2024, 12, 31, 23, 59, 59) << 30 << QStringLiteral("scheduled");
        QTest::newRow("at nbf") << active << 14 << utc(2025, 1, 1) << 30
                                << QStringLiteral("active");
        QTest::newRow("a second before the warning")
            << active << 14 << utc(2025, 12, 1, 23, 59, 59) << 30 << QStringLiteral("active");
        QTest::newRow("warning starts 30 days out")
            << active << 14 << utc(2025, 12, 2) << 30 << QStringLiteral("expiring");
        QTest::newRow("7-day warning not yet")
            << active << 14 << utc(2025, 12, 2) << 7 << QStringLiteral("active");
        QTest::newRow("no warning with N=0")
            << active << 14 << utc(2025, 12, 31, 23, 59, 59) << 0 << QStringLiteral("active");
        QTest::newRow("last second")
            << active << 14 << utc(2025, 12, 31, 23, 59, 59) << 30 << QStringLiteral("expiring");
        QTest::newRow("at exp with grace")
            << active << 14 << utc(2026, 1, 1) << 30 << QStringLiteral("grace");
        QTest::newRow("at exp without grace")
            << active << 0 << utc(2026, 1, 1) << 30 << QStringLiteral("expired");
        QTest::newRow("last second of grace")
            << active << 14 << utc(2026, 1, 14, 23, 59, 59) << 30 << QStringLiteral("grace");
        QTest::newRow("grace over")
            << active << 14 << utc(2026, 1, 15) << 30 << QStringLiteral("expired");
        QTest::newRow("stored expired") << QStringLiteral("expired") << 14 << utc(2025, 6, 1) << 30
                                        << QStringLiteral("expired");
        QTest::newRow("revoked while valid") << QStringLiteral("revoked") << 14 << utc(2025, 6, 1)
                                             << 30 << QStringLiteral("revoked");
        QTest::newRow("superseded") << QStringLiteral("superseded") << 14 << utc(2025, 6, 1) << 30
                                    << QStringLiteral("superseded");
    }
    void displayStatus()
    {
        QFETCH(QString, status);
        QFETCH(int, graceDays);
        QFETCH(QDateTime, now);
        QFETCH(int, expiringDays);
        QFETCH(QString, expected);
        LicenseRecord license = LicenseRecord::fromJson(WireSamples::licenseRecord()).value();
        license.status = *licenseRecordStatusFromCode(status);
        license.graceDays = graceDays;
        QCOMPARE(licenseDisplayStatusCode(license.displayStatus(now, expiringDays)), expected);
    }

    void graceEnd()
    {
        const LicenseRecord license = LicenseRecord::fromJson(WireSamples::licenseRecord()).value();
        QCOMPARE(license.graceEndsAt(), utc(2026, 1, 15));
    }

    void displayStatusCodes()
    {
        for (const QString &code : licenseDisplayStatusCodes()) {
            const auto status = licenseDisplayStatusFromCode(code);
            QVERIFY(status);
            QCOMPARE(licenseDisplayStatusCode(*status), code);
            QVERIFY(!licenseDisplayStatusDisplayName(*status).isEmpty());
        }
        QVERIFY(licenseDisplayStatusIsUsable(LicenseDisplayStatus::Grace));
        QVERIFY(!licenseDisplayStatusIsUsable(LicenseDisplayStatus::Scheduled));
        QVERIFY(!licenseDisplayStatusIsUsable(LicenseDisplayStatus::Revoked));
    }
};

QTEST_GUILESS_MAIN(TestLicenseRecord)
#include "tst_licenserecord.moc"
