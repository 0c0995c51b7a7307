#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/AuditEntry.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
namespace WireSamples = sphair::tests::WireSamples;

// Audit log entries: wire shape with arbitrary before/after JSON, and the naming rules.
class TestAuditEntry : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto entry = AuditEntry::fromJson(WireSamples::auditEntry());
        QVERIFY2(entry.ok(), qPrintable(entry.error().message));
        QCOMPARE(entry->before.toObject().value(QLatin1String("max_users")).toInt(), 20);
        QCOMPARE(entry->toJson(), WireSamples::auditEntry());
        QVERIFY(entry->validate().ok());
        QCOMPARE(AuditEntry::fromJson(entry->toJson()).value(), entry.value());
    }

    void creationHasNoBefore()
    {
        QJsonObject json = WireSamples::auditEntry();
        json.remove(QStringLiteral("before"));
        json.insert(QStringLiteral("action"), QStringLiteral("issuer_key.register"));
        json.insert(QStringLiteral("target_type"), QStringLiteral("issuer_key"));
        json.insert(QStringLiteral("target_id"), QStringLiteral("k4.pid.abc"));
        json.insert(QStringLiteral("company_id"), QJsonValue::Null);
        json.insert(QStringLiteral("after"), QJsonArray {1, 2});
        const auto entry = AuditEntry::fromJson(json);
        QVERIFY(entry.ok());
        QVERIFY(entry->before.isNull());
        QVERIFY(entry->after.isArray());
        QVERIFY(entry->validate().ok());
        QVERIFY(entry->toJson().value(QLatin1String("before")).isNull());
        AuditEntry undefinedBefore = entry.value();
        undefinedBefore.before = QJsonValue(QJsonValue::Undefined);
        QCOMPARE(undefinedBefore, entry.value());
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("shape");
        QTest::addColumn<QString>("reason");
        for (const char *required : {"at", "actor", "action", "target_type"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << true << QStringLiteral("missing");
        }
        QTest::newRow("company_id bad")
            << QStringLiteral("company_id") << QJsonValue(QStringLiteral("acme")) << true
            << QStringLiteral("format");
        QTest::newRow("target_id number")
            << QStringLiteral("target_id") << QJsonValue(5) << true << QStringLiteral("wrong_type");
        QTest::newRow("action uppercase")
            << QStringLiteral("action") << QJsonValue(QStringLiteral("Company.Update")) << false
            << QStringLiteral("format");
        QTest::newRow("action empty word")
            << QStringLiteral("action") << QJsonValue(QStringLiteral("company..update")) << false
            << QStringLiteral("format");
        QTest::newRow("target_type spaces")
            << QStringLiteral("target_type") << QJsonValue(QStringLiteral("the company")) << false
            << QStringLiteral("format");
        QTest::newRow("actor_role unknown")
            << QStringLiteral("actor_role") << QJsonValue(QStringLiteral("root")) << false
            << QStringLiteral("unknown_value");
        QTest::newRow("actor empty")
            << QStringLiteral("actor") << QJsonValue(QString()) << false << QStringLiteral("empty");
    }
    void rejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, shape);
        QFETCH(QString, reason);
        const auto entry = AuditEntry::fromJson(patched(WireSamples::auditEntry(), key, value));
        QCOMPARE(entry.ok(), !shape);
        QVERIFY(isFieldError(shape ? entry.error() : entry->validate().error(), key, reason));
    }
};

QTEST_GUILESS_MAIN(TestAuditEntry)
#include "tst_auditentry.moc"
