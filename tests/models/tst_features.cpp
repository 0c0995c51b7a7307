#include "ModelTestSupport.h"

#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureState.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;

// Feature states, staged changes and the diff a bulk update answers with.
class TestFeatures : public QObject
{
    Q_OBJECT
private slots:
    void stateRoundTrip()
    {
        const QJsonObject json =
            parseObject(R"({"code":"api_access","enabled":true,"source":"override"})");
        const auto state = FeatureState::fromJson(json);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(state->source, FeatureSource::Override);
        QCOMPARE(state->toJson(), json);
        QVERIFY(state->validate().ok());
    }

    void stateRejected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no code") << QStringLiteral(R"({"enabled":true,"source":"tier"})")
                                 << QStringLiteral("code") << QStringLiteral("missing");
        QTest::newRow("enabled text")
            << QStringLiteral(R"({"code":"calendar","enabled":"yes","source":"tier"})")
            << QStringLiteral("enabled") << QStringLiteral("wrong_type");
        QTest::newRow("enabled 1")
            << QStringLiteral(R"({"code":"calendar","enabled":1,"source":"tier"})")
            << QStringLiteral("enabled") << QStringLiteral("wrong_type");
        QTest::newRow("source unknown")
            << QStringLiteral(R"({"code":"calendar","enabled":true,"source":"plan"})")
            << QStringLiteral("source") << QStringLiteral("unknown_value");
        QTest::newRow("source missing") << QStringLiteral(R"({"code":"calendar","enabled":true})")
                                        << QStringLiteral("source") << QStringLiteral("missing");
    }
    void stateRejected()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto state = FeatureState::fromJson(parseObject(json.toUtf8().constData()));
        QVERIFY(!state.ok());
        QVERIFY(isFieldError(state.error(), field, reason));
    }

    void unknownFeatureIsARuleNotAShape()
    {
        const auto state = FeatureState::fromJson(
            parseObject(R"({"code":"teleport","enabled":true,"source":"tier"})"));
        QVERIFY(state.ok());
        QVERIFY(isFieldError(state->validate().error(), QStringLiteral("code"),
                             QStringLiteral("unknown_value")));
    }

    void resolveTierWithOverrides()
    {
        const auto states = FeatureState::resolve(Tier::Small,
                                                  {{QStringLiteral("api_access"), true},
                                                   {QStringLiteral("calendar"), false},
                                                   {QStringLiteral("teleport"), true}});
        QCOMPARE(states.size(), FeatureCatalog::codes().size());
        for (const FeatureState &state : states) {
            if (state.code == QLatin1String("api_access")
                || state.code == QLatin1String("calendar")) {
                QCOMPARE(state.source, FeatureSource::Override);
            } else {
                QCOMPARE(state.source, FeatureSource::Tier);
                QCOMPARE(state.enabled,
                         FeatureCatalog::tierTemplate(Tier::Small).contains(state.code));
            }
        }
        const QStringList enabled = FeatureState::enabledCodes(states);
        QVERIFY(enabled.contains(QLatin1String("api_access")));
        QVERIFY(!enabled.contains(QLatin1String("calendar")));
        QVERIFY(!enabled.contains(QLatin1String("teleport")));
    }

    void changeRoundTrip_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("enabled"); // -1: follow the tier
        QTest::newRow("on") << QStringLiteral(R"({"code":"multi_site","enabled":true})") << 1;
        QTest::newRow("off") << QStringLiteral(R"({"code":"multi_site","enabled":false})") << 0;
        QTest::newRow("reset") << QStringLiteral(R"({"code":"multi_site","enabled":null})") << -1;
    }
    void changeRoundTrip()
    {
        QFETCH(QString, json);
        QFETCH(int, enabled);
        const QJsonObject object = parseObject(json.toUtf8().constData());
        const auto change = FeatureChange::fromJson(object);
        QVERIFY2(change.ok(), qPrintable(change.error().message));
        QCOMPARE(change->enabled.has_value(), enabled >= 0);
        if (enabled >= 0)
            QCOMPARE(*change->enabled, enabled == 1);
        QCOMPARE(change->toJson(), object);
        QVERIFY(change->validate().ok());
    }

    void changeRejected()
    {
        const auto missing = FeatureChange::fromJson(parseObject(R"({"code":"multi_site"})"));
        QVERIFY(
            isFieldError(missing.error(), QStringLiteral("enabled"), QStringLiteral("missing")));
        const auto wrong =
            FeatureChange::fromJson(parseObject(R"({"code":"multi_site","enabled":"on"})"));
        QVERIFY(
            isFieldError(wrong.error(), QStringLiteral("enabled"), QStringLiteral("wrong_type")));
        const auto unknown = FeatureChange::fromJson(parseObject(R"({"code":"x","enabled":true})"));
        QVERIFY(isFieldError(unknown->validate().error(), QStringLiteral("code"),
                             QStringLiteral("unknown_value")));
    }

    void changesApplyInOrder()
    {
        const QHash<QString, bool> before {{QStringLiteral("calendar"), false},
                                           {QStringLiteral("api_access"), true}};
        const QHash<QString, bool> after =
            FeatureChange::applied(before,
                                   {{QStringLiteral("calendar"), std::nullopt},
                                    {QStringLiteral("multi_site"), true},
                                    {QStringLiteral("multi_site"), false}});
        const QHash<QString, bool> expected {{QStringLiteral("api_access"), true},
                                             {QStringLiteral("multi_site"), false}};
        QCOMPARE(after, expected);
    }

    void diff()
    {
        const auto before = FeatureState::resolve(Tier::Small, {});
        const auto after = FeatureState::resolve(Tier::Small,
                                                 {{QStringLiteral("inventory"), false},
                                                  {QStringLiteral("api_access"), true},
                                                  {QStringLiteral("white_label"), true}});
        const FeatureDiff diff = FeatureDiff::between(before, after);
        QCOMPARE(diff.added,
                 (QStringList {QStringLiteral("api_access"), QStringLiteral("white_label")}));
        QCOMPARE(diff.removed, QStringList {QStringLiteral("inventory")});
        QCOMPARE(diff.unchanged,
                 (QStringList {QStringLiteral("calendar"), QStringLiteral("mobile_app"),
                               QStringLiteral("reporting")}));
        QVERIFY(!diff.isEmpty());
        QVERIFY(FeatureDiff::between(before, before).isEmpty());

        const auto back = FeatureDiff::fromJson(diff.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), diff);
        const auto bad =
            FeatureDiff::fromJson(parseObject(R"({"added":[],"removed":"x","unchanged":[]})"));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("removed"), QStringLiteral("wrong_type")));
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
