#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/domain/FeatureChangeBatchResult.h"
#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureMatrixRow.h"
#include "models/domain/FeatureState.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/TierTemplatesPreview.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// Feature states, staged changes, the diff a bulk update answers with, a company's feature
// set and the catalog document.
class TestFeatures : public QObject
{
    Q_OBJECT
private slots:
    void stateRoundTrip()
    {
        const QJsonObject json = WireSamples::featureState();
        const auto state = FeatureState::fromJson(json);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(state->source, FeatureSource::Override);
        QVERIFY(state->licensed);
        QCOMPARE(state->toJson(), json);
        QVERIFY(roundTrips(state.value()));
        QVERIFY(state->validate().ok());
    }

    void stateRejected_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no code") << QStringLiteral(
            R"({"enabled":true,"source":"tier","licensed":true})")
                                 << QStringLiteral("code") << QStringLiteral("missing");
        QTest::newRow("enabled text") << QStringLiteral(
            R"({"code":"calendar","enabled":"yes","source":"tier","licensed":true})")
                                      << QStringLiteral("enabled") << QStringLiteral("wrong_type");
        QTest::newRow("enabled 1")
            << QStringLiteral(R"({"code":"calendar","enabled":1,"source":"tier","licensed":true})")
            << QStringLiteral("enabled") << QStringLiteral("wrong_type");
        QTest::newRow("source unknown")
            << QStringLiteral(
                   R"({"code":"calendar","enabled":true,"source":"plan","licensed":true})")
            << QStringLiteral("source") << QStringLiteral("unknown_value");
        QTest::newRow("source missing")
            << QStringLiteral(R"({"code":"calendar","enabled":true,"licensed":true})")
            << QStringLiteral("source") << QStringLiteral("missing");
        QTest::newRow("licensed missing")
            << QStringLiteral(R"({"code":"calendar","enabled":true,"source":"tier"})")
            << QStringLiteral("licensed") << QStringLiteral("missing");
        QTest::newRow("licensed text")
            << QStringLiteral(
                   R"({"code":"calendar","enabled":true,"source":"tier","licensed":"no"})")
            << QStringLiteral("licensed") << QStringLiteral("wrong_type");
        QTest::newRow("config missing") << QStringLiteral(
            R"({"code":"calendar","enabled":true,"source":"tier","licensed":true})")
                                        << QStringLiteral("config") << QStringLiteral("missing");
        QTest::newRow("config array") << QStringLiteral(
            R"({"code":"calendar","enabled":true,"source":"tier","licensed":true,"config":[]})")
                                      << QStringLiteral("config") << QStringLiteral("wrong_type");
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
        const auto state = FeatureState::fromJson(parseObject(
            R"({"code":"teleport","enabled":true,"source":"tier","licensed":false,"config":{}})"));
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
        QTest::addColumn<int>("enabled"); // -1: follow the tier, -2: not changed
        QTest::newRow("on") << QStringLiteral(R"({"code":"multi_site","enabled":true})") << 1;
        QTest::newRow("off") << QStringLiteral(R"({"code":"multi_site","enabled":false})") << 0;
        QTest::newRow("reset") << QStringLiteral(R"({"code":"multi_site","enabled":null})") << -1;
        QTest::newRow("settings only")
            << QStringLiteral(R"({"code":"multi_site","config":{"max_sites":7}})") << -2;
        QTest::newRow("on with settings")
            << QStringLiteral(R"({"code":"multi_site","enabled":true,"config":{"max_sites":null}})")
            << 1;
    }
    void changeRoundTrip()
    {
        QFETCH(QString, json);
        QFETCH(int, enabled);
        const QJsonObject object = parseObject(json.toUtf8().constData());
        const auto change = FeatureChange::fromJson(object);
        QVERIFY2(change.ok(), qPrintable(change.error().message));
        QCOMPARE(change->keepsEnabled, enabled == -2);
        QCOMPARE(change->config.has_value(), object.contains(QLatin1String("config")));
        QCOMPARE(change->enabled.has_value(), enabled >= 0);
        if (enabled >= 0)
            QCOMPARE(*change->enabled, enabled == 1);
        QCOMPARE(change->toJson(), object);
        QVERIFY(roundTrips(change.value()));
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
        // "config" must be an object; null config does not stand in for "enabled".
        const auto notObject =
            FeatureChange::fromJson(parseObject(R"({"code":"multi_site","config":3})"));
        QVERIFY(isFieldError(notObject.error(), QStringLiteral("config"),
                             QStringLiteral("wrong_type")));
        const auto nullConfig =
            FeatureChange::fromJson(parseObject(R"({"code":"multi_site","config":null})"));
        QVERIFY(
            isFieldError(nullConfig.error(), QStringLiteral("enabled"), QStringLiteral("missing")));
        // The settings are a rule, checked by validate() with the shared schema.
        const auto outOfRange = FeatureChange::fromJson(
            parseObject(R"({"code":"multi_site","config":{"max_sites":0}})"));
        QVERIFY(outOfRange.ok());
        QVERIFY(isFieldError(outOfRange->validate().error(), QStringLiteral("config.max_sites"),
                             QStringLiteral("out_of_range")));
        QCOMPARE(
            FeatureChange::settings(QStringLiteral("multi_site"), parseObject(R"({"max_sites":7})"))
                .toJson(),
            parseObject(R"({"code":"multi_site","config":{"max_sites":7}})"));
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

        QVERIFY(roundTrips(diff));
        const auto sample = FeatureDiff::fromJson(WireSamples::featureDiff());
        QVERIFY2(sample.ok(), qPrintable(sample.error().message));
        QCOMPARE(sample->toJson(), WireSamples::featureDiff());
        const auto bad =
            FeatureDiff::fromJson(parseObject(R"({"added":[],"removed":"x","unchanged":[]})"));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("removed"), QStringLiteral("wrong_type")));
    }

    void featureMatrixRow()
    {
        const auto row = FeatureMatrixRow::fromJson(WireSamples::featureMatrixRow());
        QVERIFY2(row.ok(), qPrintable(row.error().message));
        QCOMPARE(row->company.code, QStringLiteral("ACME-01"));
        QCOMPARE(row->features.companyId, row->company.id);
        QCOMPARE(row->features.features.size(), 3);
        QCOMPARE(row->toJson(), WireSamples::featureMatrixRow());
        QVERIFY(roundTrips(row.value()));

        QJsonObject broken = WireSamples::featureMatrixRow();
        broken.insert(QStringLiteral("features"), QStringLiteral("all"));
        const auto bad = FeatureMatrixRow::fromJson(broken);
        QVERIFY(!bad.ok());
        QVERIFY(
            isFieldError(bad.error(), QStringLiteral("features"), QStringLiteral("wrong_type")));
        broken = WireSamples::featureMatrixRow();
        broken.remove(QStringLiteral("company"));
        QVERIFY(isFieldError(FeatureMatrixRow::fromJson(broken).error(), QStringLiteral("company"),
                             QStringLiteral("missing")));
    }

    void companyFeatureSet()
    {
        const auto set = CompanyFeatureSet::fromJson(WireSamples::companyFeatureSet());
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        QCOMPARE(set->companyId, QUuid(QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12")));
        QCOMPARE(set->tier, Tier::Small);
        QCOMPARE(set->features.size(), 3);
        QCOMPARE(set->features.at(1).source, FeatureSource::Override);
        QVERIFY(set->features.at(1).licensed);
        QVERIFY(!set->features.at(2).licensed);
        QCOMPARE(set->version, 4);
        QCOMPARE(set->toJson(), WireSamples::companyFeatureSet());
        QVERIFY(roundTrips(set.value()));

        const auto bad = CompanyFeatureSet::fromJson(parseObject(
            R"({"tier":"small","features":[{"code":"inventory","enabled":"yes","source":"tier"}]})"));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("features[0].enabled"),
                             QStringLiteral("wrong_type")));
    }

    void featureUpdateResult()
    {
        const auto result = FeatureUpdateResult::fromJson(WireSamples::featureUpdateResult());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result->applied);
        QCOMPARE(result->diff.added, QStringList {QStringLiteral("white_label")});
        QCOMPARE(result->features.size(), 2);
        QCOMPARE(result->version, 5);
        QCOMPARE(result->toJson(), WireSamples::featureUpdateResult());
        QVERIFY(roundTrips(result.value()));

        const auto bad = FeatureUpdateResult::fromJson(
            patched(WireSamples::featureUpdateResult(), QStringLiteral("diff"),
                    parseObject(R"({"added":[],"removed":"x","unchanged":[]})")));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("diff.removed"),
                             QStringLiteral("wrong_type")));
    }

    void changeBatch()
    {
        const auto batch = FeatureChangeBatch::fromJson(WireSamples::featureChangeBatch());
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
        QVERIFY(batch->dryRun);
        QCOMPARE(batch->companies.size(), 2);
        QCOMPARE(batch->companies.at(1).version, 9);
        // enabled null: back to the tier template.
        QCOMPARE(batch->companies.at(1).changes.at(0),
                 (FeatureChange {QStringLiteral("reporting"), std::nullopt}));
        QCOMPARE(batch->companies.at(1).changes.at(2),
                 FeatureChange::settings(QStringLiteral("multi_site"),
                                         parseObject(R"({"max_sites":40})")));
        QCOMPARE(batch->toJson(), WireSamples::featureChangeBatch());
        QVERIFY(roundTrips(batch.value()));

        QJsonObject noDryRun = WireSamples::featureChangeBatch();
        noDryRun.remove(QStringLiteral("dry_run"));
        QCOMPARE(FeatureChangeBatch::fromJson(noDryRun)->dryRun, false);
    }

    void changeBatchRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject sample = WireSamples::featureChangeBatch();
        const QJsonArray companies = sample.value(QStringLiteral("companies")).toArray();
        QJsonObject first = companies.at(0).toObject();

        QTest::newRow("no companies") << patched(sample, QStringLiteral("companies"), QJsonArray())
                                      << QStringLiteral("companies") << QStringLiteral("empty");
        QTest::newRow("unknown field")
            << patched(sample, QStringLiteral("force"), true) << QStringLiteral("force")
            << QStringLiteral("unknown_field");
        QTest::newRow("company twice")
            << patched(sample, QStringLiteral("companies"), QJsonArray {first, first})
            << QStringLiteral("companies[1].company_id") << QStringLiteral("not_allowed");
        QJsonObject noVersion = first;
        noVersion.remove(QStringLiteral("version"));
        QTest::newRow("no version")
            << patched(sample, QStringLiteral("companies"), QJsonArray {noVersion})
            << QStringLiteral("companies[0].version") << QStringLiteral("missing");
        QJsonObject badId = first;
        badId[QStringLiteral("company_id")] = QStringLiteral("ACME");
        QTest::newRow("bad id") << patched(sample, QStringLiteral("companies"), QJsonArray {badId})
                                << QStringLiteral("companies[0].company_id")
                                << QStringLiteral("format");
        QJsonObject codeTwice = first;
        const QJsonObject change {{QStringLiteral("code"), QStringLiteral("calendar")},
                                  {QStringLiteral("enabled"), true}};
        codeTwice[QStringLiteral("changes")] = QJsonArray {change, change};
        QTest::newRow("code twice")
            << patched(sample, QStringLiteral("companies"), QJsonArray {codeTwice})
            << QStringLiteral("companies[0].changes[1].code") << QStringLiteral("not_allowed");
        QJsonObject noEnabled = first;
        noEnabled[QStringLiteral("changes")] =
            QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("calendar")}}};
        QTest::newRow("no enabled")
            << patched(sample, QStringLiteral("companies"), QJsonArray {noEnabled})
            << QStringLiteral("companies[0].changes[0].enabled") << QStringLiteral("missing");
        QJsonObject tooMany = first;
        QJsonArray many;
        for (int i = 0; i <= FeatureChangeBatch::kMaxChangesPerCompany; ++i)
            many.append(QJsonObject {{QStringLiteral("code"), QStringLiteral("c%1").arg(i)},
                                     {QStringLiteral("enabled"), true}});
        tooMany[QStringLiteral("changes")] = many;
        QTest::newRow("too many changes")
            << patched(sample, QStringLiteral("companies"), QJsonArray {tooMany})
            << QStringLiteral("companies[0].changes") << QStringLiteral("too_long");
    }
    void changeBatchRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto batch = FeatureChangeBatch::fromJson(json);
        QVERIFY(!batch.ok());
        QVERIFY2(isFieldError(batch.error(), field, reason), qPrintable(batch.error().message));
    }

    void staleCompanyIdsAreReadFromTheError()
    {
        const QUuid stale(QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12"));
        const Error error {
            QStringLiteral("precondition_failed"),
            QStringLiteral("stale"),
            {{FeatureChangeBatch::staleCompaniesKey(),
              QJsonArray {stale.toString(QUuid::WithoutBraces), QStringLiteral("not-a-uuid")}}}};
        QCOMPARE(FeatureChangeBatch::staleCompanyIds(error), QList<QUuid> {stale});
        QVERIFY(FeatureChangeBatch::staleCompanyIds(Error {}).isEmpty());
    }

    void changeBatchResult()
    {
        const auto result =
            FeatureChangeBatchResult::fromJson(WireSamples::featureChangeBatchResult());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result->applied);
        QCOMPARE(result->companies.size(), 1);
        QCOMPARE(result->companies.at(0).version, 5);
        QCOMPARE(result->companies.at(0).diff.added, QStringList {QStringLiteral("white_label")});
        QVERIFY(!result->companies.at(0).features.at(1).licensed);
        QCOMPARE(result->toJson(), WireSamples::featureChangeBatchResult());
        QVERIFY(roundTrips(result.value()));

        QJsonObject company = WireSamples::featureChangeBatchResult()
                                  .value(QStringLiteral("companies"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        company.remove(QStringLiteral("version"));
        const auto bad = FeatureChangeBatchResult::fromJson(
            patched(WireSamples::featureChangeBatchResult(), QStringLiteral("companies"),
                    QJsonArray {company}));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("companies[0].version"),
                             QStringLiteral("missing")));
    }

    void tierTemplatesPreview()
    {
        const auto preview = TierTemplatesPreview::fromJson(WireSamples::tierTemplatesPreview());
        QVERIFY2(preview.ok(), qPrintable(preview.error().message));
        QCOMPARE(preview->companiesChanged, 12);
        QCOMPARE(preview->companiesTotal, 340);
        QCOMPARE(preview->catalog.tiers.size(), 3);
        QCOMPARE(preview->toJson(), WireSamples::tierTemplatesPreview());
        QVERIFY(roundTrips(preview.value()));
        const auto bad = TierTemplatesPreview::fromJson(
            patched(WireSamples::tierTemplatesPreview(), QStringLiteral("companies_changed"), -1));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("companies_changed"),
                             QStringLiteral("out_of_range")));
    }

    void catalogDocument()
    {
        const auto catalog =
            FeatureCatalogDocument::fromJson(WireSamples::featureCatalogDocument());
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        QCOMPARE(catalog->features.size(), 2);
        QCOMPARE(catalog->codes(),
                 (QStringList {QStringLiteral("inventory"), QStringLiteral("api_access")}));
        QCOMPARE(catalog->features.at(0).description, QStringLiteral("Stock and assets."));
        QVERIFY(catalog->features.at(1).description.isEmpty()); // null
        QCOMPARE(catalog->tiers.size(), 3);
        QCOMPARE(catalog->policy().large.maxUsers, 100000);
        QCOMPARE(catalog->tiers.value(Tier::Large).features,
                 (QStringList {QStringLiteral("inventory"), QStringLiteral("api_access")}));
        QCOMPARE(catalog->toJson(), WireSamples::featureCatalogDocument());
        QVERIFY(roundTrips(catalog.value()));
    }

    void entryDisplayName()
    {
        // A code this build knows is named by the catalog in the user's language, whatever
        // the server stored; an unknown one by the server's name, or its code.
        const FeatureCatalogDocument::Entry known {
            QStringLiteral("inventory"), QStringLiteral("Stock (server)"), {}};
        QCOMPARE(known.displayName(), FeatureCatalog::displayName(QStringLiteral("inventory")));
        QVERIFY(known.displayName() != known.name);
        const FeatureCatalogDocument::Entry newer {
            QStringLiteral("drone_fleet"), QStringLiteral("Drone fleet"), {}};
        QCOMPARE(newer.displayName(), QStringLiteral("Drone fleet"));
        const FeatureCatalogDocument::Entry unnamed {QStringLiteral("drone_fleet"), {}, {}};
        QCOMPARE(unnamed.displayName(), QStringLiteral("drone_fleet"));
    }

    void catalogDocumentRejected()
    {
        const QJsonObject full = WireSamples::featureCatalogDocument();
        QJsonObject tiers = full.value(QLatin1String("tiers")).toObject();
        tiers.remove(QStringLiteral("medium"));
        const auto noMedium =
            FeatureCatalogDocument::fromJson(patched(full, QStringLiteral("tiers"), tiers));
        QVERIFY(isFieldError(noMedium.error(), QStringLiteral("tiers.medium"),
                             QStringLiteral("missing")));
        const auto notAnEntry = FeatureCatalogDocument::fromJson(
            patched(full, QStringLiteral("features"), QJsonArray {QStringLiteral("inventory")}));
        QVERIFY(isFieldError(notAnEntry.error(), QStringLiteral("features[0]"),
                             QStringLiteral("wrong_type")));
        tiers = full.value(QLatin1String("tiers")).toObject();
        tiers.insert(QStringLiteral("small"), parseObject(R"({"min_users":2,"features":[]})"));
        const auto noMax =
            FeatureCatalogDocument::fromJson(patched(full, QStringLiteral("tiers"), tiers));
        QVERIFY(isFieldError(noMax.error(), QStringLiteral("tiers.small.max_users"),
                             QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
