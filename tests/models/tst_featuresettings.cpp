#include "ModelTestSupport.h"

#include "models/domain/FeatureSettings.h"
#include "models/domain/Tier.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;

// The code-defined settings of each feature, the one check both ends run on a "config"
// object, and the effective config with its defaults.
class TestFeatureSettings : public QObject
{
    Q_OBJECT
private slots:
    void everySettingIsWellFormed()
    {
        for (const QString &code : FeatureCatalog::codes()) {
            for (const FeatureSetting &setting : FeatureSettings::of(code)) {
                QVERIFY2(!setting.key.isEmpty(), qPrintable(code));
                QVERIFY2(!setting.displayName().isEmpty(), qPrintable(setting.key));
                QCOMPARE(FeatureSettings::find(code, setting.key), &setting);
                // The default passes the check it is held to.
                const QJsonObject defaults {{setting.key, setting.defaultValue}};
                QVERIFY2(FeatureSettings::validate(code, defaults).ok(), qPrintable(setting.key));
                if (setting.type == SettingType::Integer)
                    QVERIFY(setting.min <= setting.max);
                if (setting.type == SettingType::Choice)
                    QVERIFY(!setting.choices.isEmpty());
                if (setting.type == SettingType::Text)
                    QVERIFY(setting.maxLength > 0);
            }
        }
        QVERIFY(FeatureSettings::of(u"white_label").isEmpty());
        QVERIFY(FeatureSettings::of(u"teleport").isEmpty());
        QCOMPARE(FeatureSettings::find(u"api_access", u"rate_limit_per_minute")->max, 10000);
        QCOMPARE(FeatureSettings::find(u"calendar", u"week_starts_on")->choices,
                 (QStringList {QStringLiteral("monday"), QStringLiteral("sunday"),
                               QStringLiteral("saturday")}));
        QCOMPARE(FeatureSettings::choiceDisplayName(u"sunday"), QStringLiteral("Sunday"));
    }

    void validAccepted_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QStringLiteral("multi_site") << QStringLiteral("{}");
        QTest::newRow("lowest") << QStringLiteral("multi_site")
                                << QStringLiteral("{\"max_sites\":1}");
        QTest::newRow("highest") << QStringLiteral("multi_site")
                                 << QStringLiteral("{\"max_sites\":500}");
        QTest::newRow("1e2 is whole")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_sites\":1e2}");
        QTest::newRow("null resets")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_sites\":null}");
        QTest::newRow("several") << QStringLiteral("api_access")
                                 << QStringLiteral("{\"rate_limit_per_minute\":10,"
                                                   "\"webhooks\":true,"
                                                   "\"webhook_signing_label\":\"\"}");
        QTest::newRow("choice") << QStringLiteral("calendar")
                                << QStringLiteral("{\"week_starts_on\":\"saturday\"}");
    }
    void validAccepted()
    {
        QFETCH(QString, code);
        QFETCH(QString, json);
        const Status checked =
            FeatureSettings::validate(code, parseObject(json.toUtf8().constData()));
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
    }

    // Each kind of failure names the key under the prefix the caller gives.
    void invalidRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown key")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_site\":3}")
            << QStringLiteral("config.max_site") << QStringLiteral("unknown_field");
        QTest::newRow("feature without settings")
            << QStringLiteral("white_label") << QStringLiteral("{\"colour\":\"red\"}")
            << QStringLiteral("config.colour") << QStringLiteral("unknown_field");
        QTest::newRow("integer as text")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_sites\":\"3\"}")
            << QStringLiteral("config.max_sites") << QStringLiteral("wrong_type");
        QTest::newRow("integer with fraction")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_sites\":2.5}")
            << QStringLiteral("config.max_sites") << QStringLiteral("wrong_type");
        QTest::newRow("boolean as number")
            << QStringLiteral("mobile_app") << QStringLiteral("{\"require_pin\":1}")
            << QStringLiteral("config.require_pin") << QStringLiteral("wrong_type");
        QTest::newRow("choice as number")
            << QStringLiteral("calendar") << QStringLiteral("{\"week_starts_on\":1}")
            << QStringLiteral("config.week_starts_on") << QStringLiteral("wrong_type");
        QTest::newRow("below range")
            << QStringLiteral("multi_site") << QStringLiteral("{\"max_sites\":0}")
            << QStringLiteral("config.max_sites") << QStringLiteral("out_of_range");
        QTest::newRow("above range")
            << QStringLiteral("api_access") << QStringLiteral("{\"rate_limit_per_minute\":10001}")
            << QStringLiteral("config.rate_limit_per_minute") << QStringLiteral("out_of_range");
        QTest::newRow("unknown choice")
            << QStringLiteral("calendar") << QStringLiteral("{\"week_starts_on\":\"friday\"}")
            << QStringLiteral("config.week_starts_on") << QStringLiteral("unknown_value");
        QTest::newRow("too long")
            << QStringLiteral("api_access")
            << QStringLiteral("{\"webhook_signing_label\":\"%1\"}").arg(QString(65, u'x'))
            << QStringLiteral("config.webhook_signing_label") << QStringLiteral("too_long");
        QTest::newRow("line break")
            << QStringLiteral("api_access")
            << QStringLiteral("{\"webhook_signing_label\":\"a\\nb\"}")
            << QStringLiteral("config.webhook_signing_label") << QStringLiteral("format");
    }
    void invalidRefused()
    {
        QFETCH(QString, code);
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const Status checked =
            FeatureSettings::validate(code, parseObject(json.toUtf8().constData()));
        QVERIFY(!checked.ok());
        QVERIFY(isFieldError(checked.error(), field, reason));
        QVERIFY2(checked.error().message.contains(field.section(u'.', 1)),
                 qPrintable(checked.error().message));
    }

    void prefixNamesTheChange()
    {
        const Status checked =
            FeatureSettings::validate(u"multi_site", parseObject("{\"max_sites\":9999}"),
                                      QStringLiteral("companies[1].changes[0].config."));
        QVERIFY(isFieldError(checked.error(),
                             QStringLiteral("companies[1].changes[0].config.max_sites"),
                             QStringLiteral("out_of_range")));
        QCOMPARE(checked.error().details.value(QLatin1String("max")).toInt(), 500);
    }

    void effectiveFillsDefaults()
    {
        QCOMPARE(FeatureSettings::effective(u"offline_mode", {}),
                 parseObject("{\"sync_interval_minutes\":15,\"max_offline_days\":7}"));
        QCOMPARE(FeatureSettings::effective(u"white_label", {}), QJsonObject());
        // Stored values win; unknown keys and values that no longer fit are dropped.
        QCOMPARE(FeatureSettings::effective(
                     u"offline_mode",
                     parseObject("{\"sync_interval_minutes\":60,\"max_offline_days\":99,"
                                 "\"gone\":true}")),
                 parseObject("{\"sync_interval_minutes\":60,\"max_offline_days\":7}"));
        const QJsonObject api = FeatureSettings::effective(u"api_access", {});
        QCOMPARE(api.value(QLatin1String("rate_limit_per_minute")).toInt(), 600);
        QCOMPARE(api.value(QLatin1String("webhooks")).toBool(true), false);
    }

    void mergedSetsAndResets()
    {
        const QJsonObject stored = parseObject("{\"max_sites\":9,\"other\":1}");
        QCOMPARE(FeatureSettings::merged(stored, parseObject("{\"max_sites\":12}")),
                 parseObject("{\"max_sites\":12,\"other\":1}"));
        QCOMPARE(FeatureSettings::merged(stored, parseObject("{\"max_sites\":null}")),
                 parseObject("{\"other\":1}"));
        QCOMPARE(FeatureSettings::merged(stored, {}), stored);
    }
};

QTEST_GUILESS_MAIN(TestFeatureSettings)
#include "tst_featuresettings.moc"
