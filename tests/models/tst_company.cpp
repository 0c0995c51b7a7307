#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/Company.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
namespace WireSamples = sphair::tests::WireSamples;

// Company: the wire shape both ends share, and the rules the create/edit dialogs enforce.
class TestCompany : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto company = Company::fromJson(WireSamples::company());
        QVERIFY2(company.ok(), qPrintable(company.error().message));
        QCOMPARE(company->code, QStringLiteral("ACME-01"));
        QCOMPARE(company->tier, Tier::Medium);
        QCOMPARE(company->maxUsers, 25);
        QCOMPARE(company->status, CompanyStatus::Suspended);
        QCOMPARE(company->version, 7);
        QCOMPARE(company->userCount, 19);
        QCOMPARE(company->licenseStatus, LicenseDisplayStatus::Expiring);
        QCOMPARE(company->createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(company->toJson(), WireSamples::company());
        QVERIFY(company->validate().ok());

        const auto again = Company::fromJson(company->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), company.value());
    }

    void createRequestNeedsOnlyWhatTheCreatorKnows()
    {
        const auto company = Company::fromJson(parseObject(R"({
            "code": "NEWCO", "name": "NewCo", "tier": "small", "max_users": 5,
            "contact_email": "a@newco.example"})"));
        QVERIFY2(company.ok(), qPrintable(company.error().message));
        QVERIFY(company->id.isNull());
        QCOMPARE(company->status, CompanyStatus::Active);
        QCOMPARE(company->licenseStatus, LicenseDisplayStatus::None);
        QVERIFY(!company->createdAt.isValid());
        QVERIFY(company->validate().ok());
        // Unset values are written as null, and read back as unset.
        const QJsonObject json = company->toJson();
        QVERIFY(json.value(QLatin1String("id")).isNull());
        QVERIFY(json.value(QLatin1String("license_expires_at")).isNull());
        QCOMPARE(Company::fromJson(json).value(), company.value());
    }

    void shapeRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required : {"code", "name", "tier", "max_users", "contact_email"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
            QTest::addRow("%s null", required)
                << QString::fromLatin1(required) << QJsonValue(QJsonValue::Null)
                << QStringLiteral("missing");
        }
        QTest::newRow("id not canonical")
            << QStringLiteral("id")
            << QJsonValue(QStringLiteral("{3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12}"))
            << QStringLiteral("format");
        QTest::newRow("id number")
            << QStringLiteral("id") << QJsonValue(5) << QStringLiteral("wrong_type");
        QTest::newRow("code number")
            << QStringLiteral("code") << QJsonValue(12) << QStringLiteral("wrong_type");
        QTest::newRow("tier unknown")
            << QStringLiteral("tier") << QJsonValue(QStringLiteral("gold"))
            << QStringLiteral("unknown_value");
        QTest::newRow("max_users text")
            << QStringLiteral("max_users") << QJsonValue(QStringLiteral("25"))
            << QStringLiteral("wrong_type");
        QTest::newRow("max_users fraction")
            << QStringLiteral("max_users") << QJsonValue(2.5) << QStringLiteral("wrong_type");
        QTest::newRow("max_users negative")
            << QStringLiteral("max_users") << QJsonValue(-3) << QStringLiteral("out_of_range");
        QTest::newRow("status unknown")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("paused"))
            << QStringLiteral("unknown_value");
        QTest::newRow("created_at local")
            << QStringLiteral("created_at")
            << QJsonValue(QStringLiteral("2025-01-02T05:04:05+02:00")) << QStringLiteral("format");
        QTest::newRow("version negative")
            << QStringLiteral("version") << QJsonValue(-1) << QStringLiteral("out_of_range");
        QTest::newRow("user_count bool")
            << QStringLiteral("user_count") << QJsonValue(true) << QStringLiteral("wrong_type");
        QTest::newRow("license_status superseded")
            << QStringLiteral("license_status") << QJsonValue(QStringLiteral("superseded"))
            << QStringLiteral("unknown_value");
    }
    void shapeRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto company = Company::fromJson(patched(WireSamples::company(), key, value));
        QVERIFY(!company.ok());
        QVERIFY(isFieldError(company.error(), key, reason));
    }

    void rulesRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("code lowercase")
            << QStringLiteral("code") << QJsonValue(QStringLiteral("acme"))
            << QStringLiteral("code") << QStringLiteral("format");
        QTest::newRow("code too long") << QStringLiteral("code") << QJsonValue(QString(33, u'A'))
                                       << QStringLiteral("code") << QStringLiteral("format");
        QTest::newRow("name empty") << QStringLiteral("name") << QJsonValue(QStringLiteral(" "))
                                    << QStringLiteral("name") << QStringLiteral("empty");
        QTest::newRow("name too long") << QStringLiteral("name") << QJsonValue(QString(201, u'x'))
                                       << QStringLiteral("name") << QStringLiteral("too_long");
        QTest::newRow("name two lines")
            << QStringLiteral("name") << QJsonValue(QStringLiteral("a\nb"))
            << QStringLiteral("name") << QStringLiteral("format");
        QTest::newRow("too many for medium")
            << QStringLiteral("max_users") << QJsonValue(31) << QStringLiteral("max_users")
            << QStringLiteral("out_of_range");
        QTest::newRow("too few for medium")
            << QStringLiteral("max_users") << QJsonValue(9) << QStringLiteral("max_users")
            << QStringLiteral("out_of_range");
        QTest::newRow("email") << QStringLiteral("contact_email")
                               << QJsonValue(QStringLiteral("it at acme"))
                               << QStringLiteral("contact_email") << QStringLiteral("format");
    }
    void rulesRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto company = Company::fromJson(patched(WireSamples::company(), key, value));
        QVERIFY2(company.ok(), qPrintable(company.error().message));
        const Status status = company->validate();
        QVERIFY(!status.ok());
        QVERIFY(isFieldError(status.error(), field, reason));
    }

    void editedTierPolicy()
    {
        // A server that widened the medium tier: the same company validates against it.
        auto company =
            Company::fromJson(patched(WireSamples::company(), QStringLiteral("max_users"), 40))
                .value();
        QVERIFY(!company.validate().ok());
        TierPolicy policy;
        policy.medium = {10, 50};
        QVERIFY(company.validate(policy).ok());
    }

    void statusCodes()
    {
        for (const QString &code : companyStatusCodes()) {
            const auto status = companyStatusFromCode(code);
            QVERIFY(status);
            QCOMPARE(companyStatusCode(*status), code);
            QVERIFY(!companyStatusDisplayName(*status).isEmpty());
        }
        QVERIFY(!companyStatusFromCode(u"Active"));
    }

    void equality()
    {
        const Company a = Company::fromJson(WireSamples::company()).value();
        Company b = a;
        QCOMPARE(a, b);
        b.userCount = 20;
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestCompany)
#include "tst_company.moc"
