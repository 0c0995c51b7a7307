#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/IssuerKey.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
namespace WireSamples = sphair::tests::WireSamples;

namespace {

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(0, 0), Qt::UTC);
}

} // namespace

// Issuer keys: wire shape, rules, and the caps on what a key may sign.
class TestIssuerKey : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto key = IssuerKey::fromJson(WireSamples::issuerKey());
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->maxTier, Tier::Medium);
        QVERIFY(key->allowedFeatures.has_value());
        QCOMPARE(key->allowedFeatures->size(), 4);
        QCOMPARE(key->toJson(), WireSamples::issuerKey());
        QVERIFY(key->validate().ok());
        QCOMPARE(IssuerKey::fromJson(key->toJson()).value(), key.value());
    }

    void openEndedAndUnrestricted()
    {
        QJsonObject json = WireSamples::issuerKey();
        json.insert(QStringLiteral("valid_until"), QJsonValue::Null);
        json.insert(QStringLiteral("allowed_features"), QJsonValue::Null);
        json.remove(QStringLiteral("kid"));
        const auto key = IssuerKey::fromJson(json);
        QVERIFY(key.ok());
        QVERIFY(!key->validUntil.isValid());
        QVERIFY(!key->allowedFeatures.has_value());
        QVERIFY(key->validate().ok());
        QCOMPARE(IssuerKey::fromJson(key->toJson()).value(), key.value());
        // An empty list is not "unrestricted": it allows nothing.
        json.insert(QStringLiteral("allowed_features"), QJsonArray());
        const auto none = IssuerKey::fromJson(json);
        QVERIFY(none->allowedFeatures.has_value());
        QVERIFY(
            !none->permits(Tier::Small, 5, {QStringLiteral("inventory")}, utc(2025, 6, 1)).ok());
    }

    void shapeRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required :
             {"public_key", "label", "valid_from", "max_tier", "max_users_cap"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("status unknown")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("lost"))
            << QStringLiteral("unknown_value");
        QTest::newRow("max_tier unknown")
            << QStringLiteral("max_tier") << QJsonValue(QStringLiteral("xl"))
            << QStringLiteral("unknown_value");
        QTest::newRow("allowed_features object")
            << QStringLiteral("allowed_features") << QJsonValue(QJsonObject())
            << QStringLiteral("wrong_type");
    }
    void shapeRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto issuer = IssuerKey::fromJson(patched(WireSamples::issuerKey(), key, value));
        QVERIFY(!issuer.ok());
        QVERIFY(isFieldError(issuer.error(), key, reason));
    }

    void rulesRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("kid") << QStringLiteral("kid") << QJsonValue(QStringLiteral("k4.lid.x"))
                             << QStringLiteral("format");
        QTest::newRow("public key secret")
            << QStringLiteral("public_key") << QJsonValue(QStringLiteral("k4.secret.abc"))
            << QStringLiteral("format");
        QTest::newRow("label empty")
            << QStringLiteral("label") << QJsonValue(QString()) << QStringLiteral("empty");
        QTest::newRow("until before from")
            << QStringLiteral("valid_until") << QJsonValue(QStringLiteral("2024-12-31T00:00:00Z"))
            << QStringLiteral("order");
        QTest::newRow("cap 0") << QStringLiteral("max_users_cap") << QJsonValue(0)
                               << QStringLiteral("out_of_range");
        QTest::newRow("unknown feature")
            << QStringLiteral("allowed_features") << QJsonValue(QJsonArray {QStringLiteral("x")})
            << QStringLiteral("unknown_value");
    }
    void rulesRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto issuer = IssuerKey::fromJson(patched(WireSamples::issuerKey(), key, value));
        QVERIFY2(issuer.ok(), qPrintable(issuer.error().message));
        QVERIFY(isFieldError(issuer->validate().error(), key, reason));
    }

    void permits_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("users");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QDateTime>("issuedAt");
        QTest::addColumn<QString>("code"); // empty: permitted
        QTest::addColumn<QString>("field");
        const QStringList basic {QStringLiteral("inventory"), QStringLiteral("calendar")};
        const QString active = QStringLiteral("active");
        QTest::newRow("within caps") << active << QStringLiteral("medium") << 30 << basic
                                     << utc(2025, 6, 1) << QString() << QString();
        QTest::newRow("at valid_from") << active << QStringLiteral("small") << 5 << basic
                                       << utc(2025, 1, 1) << QString() << QString();
        QTest::newRow("before valid_from")
            << active << QStringLiteral("small") << 5 << basic << utc(2024, 12, 31)
            << QStringLiteral("key_not_valid_at") << QString();
        QTest::newRow("at valid_until")
            << active << QStringLiteral("small") << 5 << basic << utc(2026, 1, 1)
            << QStringLiteral("key_not_valid_at") << QString();
        QTest::newRow("retired") << QStringLiteral("retired") << QStringLiteral("small") << 5
                                 << basic << utc(2025, 6, 1) << QStringLiteral("key_not_active")
                                 << QString();
        QTest::newRow("tier over cap")
            << active << QStringLiteral("large") << 30 << basic << utc(2025, 6, 1)
            << QStringLiteral("key_cap_exceeded") << QStringLiteral("tier");
        QTest::newRow("users over cap")
            << active << QStringLiteral("medium") << 31 << basic << utc(2025, 6, 1)
            << QStringLiteral("key_cap_exceeded") << QStringLiteral("max_users");
        QTest::newRow("feature not allowed")
            << active << QStringLiteral("medium") << 20
            << QStringList {QStringLiteral("inventory"), QStringLiteral("api_access")}
            << utc(2025, 6, 1) << QStringLiteral("key_cap_exceeded") << QStringLiteral("features");
    }
    void permits()
    {
        QFETCH(QString, status);
        QFETCH(QString, tier);
        QFETCH(int, users);
        QFETCH(QStringList, features);
        QFETCH(QDateTime, issuedAt);
        QFETCH(QString, code);
        QFETCH(QString, field);
        IssuerKey key = IssuerKey::fromJson(WireSamples::issuerKey()).value();
        key.status = *issuerKeyStatusFromCode(status);
        const Status result = key.permits(*tierFromCode(tier), users, features, issuedAt);
        QCOMPARE(result.ok(), code.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
            if (!field.isEmpty())
                QCOMPARE(result.error().details.value(QLatin1String("field")).toString(), field);
        }
    }
};

QTEST_GUILESS_MAIN(TestIssuerKey)
#include "tst_issuerkey.moc"
