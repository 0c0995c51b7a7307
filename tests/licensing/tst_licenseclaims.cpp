#include "licensing/LicenseClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sphair::licensing;
using sphair::models::Tier;
using sphair::models::TierPolicy;

namespace {

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);
const QString kLicenseId = QStringLiteral("0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01");
const QString kPrev = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");

LicenseClaims baseClaims()
{
    LicenseClaims claims;
    claims.issuer = QStringLiteral("BRIGHTSTEP Sales");
    claims.companyId = QUuid::fromString(u"5f2b7c1e-3a4d-4e6f-8a9b-0c1d2e3f4a5b");
    claims.licenseId = QUuid::fromString(kLicenseId);
    claims.issuedAt = kNow.addSecs(-3600);
    claims.notBefore = kNow.addSecs(-3600);
    claims.expiresAt = kNow.addDays(365);
    claims.companyCode = QStringLiteral("ACME-2");
    claims.tier = Tier::Medium;
    claims.maxUsers = 25;
    claims.features = QStringList {QStringLiteral("calendar"), QStringLiteral("inventory"),
                                   QStringLiteral("reporting")};
    claims.graceDays = 14;
    claims.seq = 1;
    return claims;
}

// The base claims as a JSON object, with `set` applied and `remove` taken out.
QByteArray variant(const QJsonObject &set, const QString &remove = {})
{
    QJsonObject object = QJsonDocument::fromJson(baseClaims().toJson()).object();
    Q_ASSERT(!object.isEmpty());
    if (!remove.isEmpty())
        object.remove(remove);
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The base JSON text with one piece of text replaced (for spellings QJsonDocument would
// normalise away).
QByteArray replaced(const char *before, const char *after)
{
    QByteArray json = baseClaims().toJson();
    Q_ASSERT(json.contains(before));
    return json.replace(before, after);
}

} // namespace

// License claims: the JSON they are written as, and every refusal of strict parsing.
class TestLicenseClaims : public QObject
{
    Q_OBJECT
private slots:
    void toJsonIsFixed()
    {
        LicenseClaims claims = baseClaims();
        claims.issuedAt = claims.issuedAt.addMSecs(789); // milliseconds are dropped
        claims.supersedes = QUuid::fromString(u"{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}");
        claims.seq = 7;
        claims.prev = kPrev.toLatin1();
        const QByteArray expected =
            R"({"iss":"BRIGHTSTEP Sales","sub":"5f2b7c1e-3a4d-4e6f-8a9b-0c1d2e3f4a5b",)"
            R"("jti":"0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01","iat":"2025-06-01T11:00:00Z",)"
            R"("nbf":"2025-06-01T11:00:00Z","exp":"2026-06-01T12:00:00Z",)"
            R"("company_code":"ACME-2","tier":"medium","max_users":25,)"
            R"("features":["calendar","inventory","reporting"],"grace_days":14,)"
            R"("supersedes":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","seq":7,)"
            R"("prev":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"})";
        QCOMPARE(claims.toJson(), expected);
    }

    void optionalClaimsOmitted()
    {
        const QByteArray json = baseClaims().toJson();
        QVERIFY(!json.contains("supersedes"));
        QVERIFY(!json.contains("prev"));
        QVERIFY(json.endsWith(R"("grace_days":14,"seq":1})"));
    }

    void issuerEscaped()
    {
        LicenseClaims claims = baseClaims();
        claims.issuer = QStringLiteral("Quote \" back\\slash\nnew line é");
        const auto parsed = LicenseClaims::parse(claims.toJson(), kNow);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->issuer, claims.issuer);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("variantIndex");
        QTest::newRow("base") << 0;
        QTest::newRow("supersedes") << 1;
        QTest::newRow("chained") << 2;
        QTest::newRow("no features, small tier") << 3;
        QTest::newRow("large tier, all features") << 4;
    }
    void roundTrip()
    {
        QFETCH(int, variantIndex);
        LicenseClaims claims = baseClaims();
        switch (variantIndex) {
        case 1:
            claims.supersedes = QUuid::createUuid();
            break;
        case 2:
            claims.seq = 42;
            claims.prev = kPrev.toLatin1();
            break;
        case 3:
            claims.features.clear();
            claims.tier = Tier::Small;
            claims.maxUsers = 2;
            claims.graceDays = 0;
            break;
        case 4:
            claims.features = sphair::models::FeatureCatalog::codes();
            claims.tier = Tier::Large;
            claims.maxUsers = sphair::models::kMaxLicensedUsers;
            claims.graceDays = LicenseClaims::kMaxGraceDays;
            break;
        }
        QVERIFY(claims.validate(TierPolicy::defaults(), kNow).ok());
        const auto parsed = LicenseClaims::parse(claims.toJson(), kNow);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(parsed.value() == claims);
        QCOMPARE(parsed->toJson(), claims.toJson());
    }

    void accepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("integer in exponent form")
            << replaced(R"("max_users":25)", R"("max_users":1e1)");
        QTest::newRow("integer with .0") << replaced(R"("max_users":25)", R"("max_users":25.0)");
        QTest::newRow("issued exactly 5 minutes ahead")
            << variant({{QStringLiteral("iat"), toRfc3339(kNow.addSecs(300))}});
        QTest::newRow("lowest medium") << variant({{QStringLiteral("max_users"), 10}});
        QTest::newRow("highest medium") << variant({{QStringLiteral("max_users"), 30}});
        QTest::newRow("whitespace around") << "\n " + baseClaims().toJson() + " \n";
    }
    void accepts()
    {
        QFETCH(QByteArray, json);
        const auto parsed = LicenseClaims::parse(json, kNow);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("claim");

        const QString missing = QStringLiteral("missing_claim");
        const QString invalid = QStringLiteral("invalid_claim");
        const auto row = [](const char *name, const QByteArray &json, const QString &code,
                            const QString &claim = {}) {
            QTest::newRow(name) << json << code << claim;
        };

        row("not json", "license", QStringLiteral("invalid_json"));
        row("array", "[]", QStringLiteral("invalid_json"));
        row("trailing garbage", baseClaims().toJson() + "x", QStringLiteral("invalid_json"));
        row("duplicate max_users",
            replaced(R"("max_users":25)", R"("max_users":25,"max_users":3000)"),
            QStringLiteral("duplicate_key"));
        row("unknown claim", variant({{QStringLiteral("aud"), QStringLiteral("x")}}),
            QStringLiteral("unknown_claim"), QStringLiteral("aud"));

        for (const char *key : {"iss", "sub", "jti", "iat", "nbf", "exp", "company_code", "tier",
                                "max_users", "features", "grace_days", "seq"}) {
            QTest::addRow("missing %s", key)
                << variant({}, QLatin1String(key)) << missing << QString::fromLatin1(key);
        }

        const auto set = [](const char *key, const QJsonValue &value) {
            return variant({{QLatin1String(key), value}});
        };
        row("iss not a string", set("iss", 5), invalid, QStringLiteral("iss"));
        row("iss empty", set("iss", QString()), invalid, QStringLiteral("iss"));
        row("iss too long", set("iss", QString(201, u'x')), invalid, QStringLiteral("iss"));
        row("sub not a uuid", set("sub", QStringLiteral("acme")), invalid, QStringLiteral("sub"));
        row("sub upper case", set("sub", QStringLiteral("5F2B7C1E-3A4D-4E6F-8A9B-0C1D2E3F4A5B")),
            invalid, QStringLiteral("sub"));
        row("sub with braces", set("sub", QStringLiteral("{5f2b7c1e-3a4d-4e6f-8a9b-0c1d2e3f4a5b}")),
            invalid, QStringLiteral("sub"));
        row("sub null uuid", set("sub", QUuid().toString(QUuid::WithoutBraces)), invalid,
            QStringLiteral("sub"));
        row("jti null uuid", set("jti", QUuid().toString(QUuid::WithoutBraces)), invalid,
            QStringLiteral("jti"));
        row("jti number", set("jti", 1), invalid, QStringLiteral("jti"));
        row("iat with offset", set("iat", QStringLiteral("2025-06-01T11:00:00+00:00")), invalid,
            QStringLiteral("iat"));
        row("iat with milliseconds", set("iat", QStringLiteral("2025-06-01T11:00:00.000Z")),
            invalid, QStringLiteral("iat"));
        row("nbf impossible date", set("nbf", QStringLiteral("2025-02-30T00:00:00Z")), invalid,
            QStringLiteral("nbf"));
        row("exp lower-case z", set("exp", QStringLiteral("2026-06-01T12:00:00z")), invalid,
            QStringLiteral("exp"));
        row("exp number", set("exp", 1780000000), invalid, QStringLiteral("exp"));
        row("company code lower case", set("company_code", QStringLiteral("acme")), invalid,
            QStringLiteral("company_code"));
        row("company code too short", set("company_code", QStringLiteral("A")), invalid,
            QStringLiteral("company_code"));
        row("tier not a string", set("tier", 2), invalid, QStringLiteral("tier"));
        row("max_users string", set("max_users", QStringLiteral("25")), invalid,
            QStringLiteral("max_users"));
        row("max_users fraction", set("max_users", 25.5), invalid, QStringLiteral("max_users"));
        row("max_users beyond 2^53",
            replaced(R"("max_users":25)", R"("max_users":9007199254740993)"), invalid,
            QStringLiteral("max_users"));
        row("features not an array", set("features", QStringLiteral("inventory")), invalid,
            QStringLiteral("features"));
        row("features with a number", set("features", QJsonArray {1}), invalid,
            QStringLiteral("features"));
        row("grace days negative", set("grace_days", -1), invalid, QStringLiteral("grace_days"));
        row("grace days too many", set("grace_days", 91), invalid, QStringLiteral("grace_days"));
        row("seq zero", set("seq", 0), invalid, QStringLiteral("seq"));
        row("seq negative", set("seq", -1), invalid, QStringLiteral("seq"));
        row("seq fraction", set("seq", 1.5), invalid, QStringLiteral("seq"));
        row("seq 2 without prev", set("seq", 2), missing, QStringLiteral("prev"));
        row("seq 1 with prev", set("prev", kPrev), invalid, QStringLiteral("prev"));
        row("prev empty",
            variant({{QStringLiteral("seq"), 2}, {QStringLiteral("prev"), QString()}}), invalid,
            QStringLiteral("prev"));
        row("prev too short",
            variant({{QStringLiteral("seq"), 2}, {QStringLiteral("prev"), kPrev.left(42)}}),
            invalid, QStringLiteral("prev"));
        row("prev with padding",
            variant({{QStringLiteral("seq"), 2}, {QStringLiteral("prev"), kPrev + u'='}}), invalid,
            QStringLiteral("prev"));
        row("prev non-canonical",
            variant({{QStringLiteral("seq"), 2}, {QStringLiteral("prev"), kPrev.left(42) + u'9'}}),
            invalid, QStringLiteral("prev"));
        row("supersedes itself", set("supersedes", kLicenseId), invalid,
            QStringLiteral("supersedes"));
        row("supersedes not a uuid", set("supersedes", QStringLiteral("previous")), invalid,
            QStringLiteral("supersedes"));
        row("supersedes null", set("supersedes", QJsonValue::Null), invalid,
            QStringLiteral("supersedes"));

        row("unknown tier", set("tier", QStringLiteral("enterprise")),
            QStringLiteral("unknown_tier"));
        row("tier capitalised", set("tier", QStringLiteral("Medium")),
            QStringLiteral("unknown_tier"));
        row("unknown feature",
            set("features", QJsonArray {QStringLiteral("inventory"), QStringLiteral("teleport")}),
            QStringLiteral("unknown_feature"));
        row("feature case differs", set("features", QJsonArray {QStringLiteral("Inventory")}),
            QStringLiteral("unknown_feature"));
        row("duplicate feature",
            set("features", QJsonArray {QStringLiteral("calendar"), QStringLiteral("calendar")}),
            QStringLiteral("duplicate_feature"));

        const QString range = QStringLiteral("users_out_of_range");
        row("medium with 45 users", set("max_users", 45), range);
        row("medium with 9 users", set("max_users", 9), range);
        row("small with 11 users",
            variant({{QStringLiteral("tier"), QStringLiteral("small")},
                     {QStringLiteral("max_users"), 11}}),
            range);
        row("large beyond the cap",
            variant({{QStringLiteral("tier"), QStringLiteral("large")},
                     {QStringLiteral("max_users"), sphair::models::kMaxLicensedUsers + 1}}),
            range);
        row("users beyond int", set("max_users", qint64(1) << 40), range);
        row("negative users", set("max_users", -25), range);

        row("expires when it starts", set("exp", toRfc3339(kNow.addSecs(-3600))),
            QStringLiteral("invalid_validity"));
        row("expires before it starts", set("exp", toRfc3339(kNow.addDays(-2))),
            QStringLiteral("invalid_validity"));
        row("issued in the future", set("iat", toRfc3339(kNow.addSecs(301))),
            QStringLiteral("issued_in_future"));
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, claim);
        const auto parsed = LicenseClaims::parse(json, kNow);
        QVERIFY2(!parsed.ok(), json.constData());
        QCOMPARE(parsed.error().code, code);
        if (!claim.isEmpty())
            QCOMPARE(parsed.error().details.value(u"claim").toString(), claim);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(parsed.error().message != code);
        QVERIFY(!parsed.error().message.contains(u'_')); // no field codes in sentences
    }

    void usersOutOfRangeMessage()
    {
        const auto parsed =
            LicenseClaims::parse(variant({{QStringLiteral("max_users"), 45}}), kNow);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message,
                 QStringLiteral("A medium license allows 10 to 30 users; this one says 45."));
        QCOMPARE(parsed.error().details.value(u"min").toInt(), 10);
        QCOMPARE(parsed.error().details.value(u"max").toInt(), 30);
    }

    void validateUsesThePolicy()
    {
        LicenseClaims claims = baseClaims();
        TierPolicy policy;
        QVERIFY(claims.validate(policy, kNow).ok());
        policy.medium = {5, 20};
        const auto status = claims.validate(policy, kNow);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("users_out_of_range"));
        QVERIFY(status.error().message.contains(u"5 to 20"));
        QVERIFY(!LicenseClaims::parse(claims.toJson(), kNow, policy).ok());
    }

    void validateChecksTheStruct_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("code");
        QTest::newRow("null company id") << 0 << QStringLiteral("invalid_claim");
        QTest::newRow("invalid expiry") << 1 << QStringLiteral("invalid_claim");
        QTest::newRow("unknown feature") << 2 << QStringLiteral("unknown_feature");
        QTest::newRow("seq zero") << 3 << QStringLiteral("invalid_claim");
        QTest::newRow("grace 91") << 4 << QStringLiteral("invalid_claim");
        QTest::newRow("future issue") << 5 << QStringLiteral("issued_in_future");
    }
    void validateChecksTheStruct()
    {
        QFETCH(int, mutation);
        QFETCH(QString, code);
        LicenseClaims claims = baseClaims();
        switch (mutation) {
        case 0:
            claims.companyId = QUuid();
            break;
        case 1:
            claims.expiresAt = QDateTime();
            break;
        case 2:
            claims.features << QStringLiteral("bogus");
            break;
        case 3:
            claims.seq = 0;
            break;
        case 4:
            claims.graceDays = 91;
            break;
        case 5:
            claims.issuedAt = kNow.addSecs(LicenseClaims::kClockSkewSeconds + 1);
            break;
        }
        const auto status = claims.validate(TierPolicy::defaults(), kNow);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
    }

    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("utc") << QStringLiteral("2027-11-22T00:00:00Z") << true;
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:59:59Z") << true;
        QTest::newRow("no leap day") << QStringLiteral("2027-02-29T00:00:00Z") << false;
        QTest::newRow("hour 24") << QStringLiteral("2027-11-22T24:00:00Z") << false;
        QTest::newRow("leap second") << QStringLiteral("2027-12-31T23:59:60Z") << false;
        QTest::newRow("offset") << QStringLiteral("2027-11-22T00:00:00+01:00") << false;
        QTest::newRow("space") << QStringLiteral("2027-11-22 00:00:00Z") << false;
        QTest::newRow("fraction") << QStringLiteral("2027-11-22T00:00:00.5Z") << false;
        QTest::newRow("no zone") << QStringLiteral("2027-11-22T00:00:00") << false;
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٧-11-22T00:00:00Z") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QDateTime time = fromRfc3339(text);
        QCOMPARE(time.isValid(), valid);
        if (valid) {
            QCOMPARE(time.timeSpec(), Qt::UTC);
            QCOMPARE(toRfc3339(time), text);
        }
    }

    void rfc3339ConvertsToUtc()
    {
        const QDateTime local(QDate(2027, 1, 1), QTime(12, 0, 0), Qt::OffsetFromUTC, 3600);
        QCOMPARE(toRfc3339(local), QStringLiteral("2027-01-01T11:00:00Z"));
        QCOMPARE(toRfc3339(QDateTime()), QString());
    }

    void companyCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ACME") << QStringLiteral("ACME") << true;
        QTest::newRow("with digits and hyphen") << QStringLiteral("A1-B2") << true;
        QTest::newRow("two letters") << QStringLiteral("AB") << true;
        QTest::newRow("32 chars") << QString(32, u'A') << true;
        QTest::newRow("33 chars") << QString(33, u'A') << false;
        QTest::newRow("one letter") << QStringLiteral("A") << false;
        QTest::newRow("starts with digit") << QStringLiteral("1ACME") << false;
        QTest::newRow("starts with hyphen") << QStringLiteral("-ACME") << false;
        QTest::newRow("lower case") << QStringLiteral("Acme") << false;
        QTest::newRow("space") << QStringLiteral("AC ME") << false;
        QTest::newRow("underscore") << QStringLiteral("AC_ME") << false;
        QTest::newRow("accented") << QStringLiteral("ÄCME") << false;
    }
    void companyCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(LicenseClaims::isValidCompanyCode(code), valid);
    }
};

QTEST_GUILESS_MAIN(TestLicenseClaims)
#include "tst_licenseclaims.moc"
