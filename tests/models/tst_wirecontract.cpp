// The codecs of models/domain and the schemas of server/openapi.yaml name the same fields:
// for every schema a codec writes, the keys of toJson() of a fully populated value (read from
// WireSamples) are the schema's properties, both ways. A line scan of the block-style YAML
// with two-space indents, like tests/server/http/tst_openapi.cpp: no YAML library.
#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/ApiErrorBody.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Company.h"
#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/Deployment.h"
#include "models/domain/DeploymentStart.h"
#include "models/domain/FeatureAdoption.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChange.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/domain/FeatureChangeBatchResult.h"
#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureMatrixRow.h"
#include "models/domain/FeatureUpdateResult.h"
#include "models/domain/GrowthSeries.h"
#include "models/domain/Health.h"
#include "models/domain/IssuedTenantToken.h"
#include "models/domain/IssuerKey.h"
#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceNotice.h"
#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/Page.h"
#include "models/domain/SessionGrant.h"
#include "models/domain/StatsOverview.h"
#include "models/domain/SystemHealth.h"
#include "models/domain/TenantFeatures.h"
#include "models/domain/TenantReport.h"
#include "models/domain/TenantTokenList.h"
#include "models/domain/TenantUser.h"
#include "models/domain/TierTemplatesPreview.h"
#include "models/domain/UsageSeries.h"
#include "models/domain/UserStats.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sphair::models;
namespace WireSamples = sphair::tests::WireSamples;

namespace {

// One schema of components/schemas: its own properties and the schemas it extends (allOf).
struct Schema
{
    QSet<QString> properties;
    QStringList bases;
};

// The schemas of server/openapi.yaml: names at four spaces; properties at six (or eight in
// the object of an allOf), their keys two spaces deeper; allOf references at "      - $ref".
QHash<QString, Schema> readSchemas()
{
    QFile file(QStringLiteral(SPHAIR_SOURCE_DIR "/server/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("server/openapi.yaml is missing");
    static const QRegularExpression schemaName(QStringLiteral("^    ([A-Za-z0-9]+):$"));
    static const QRegularExpression propertiesKey(QStringLiteral("^( {6}| {8})properties:$"));
    static const QRegularExpression baseRef(
        QStringLiteral("^      - \\$ref: '#/components/schemas/([A-Za-z0-9]+)'$"));
    static const QRegularExpression key(QStringLiteral("^( *)([a-z0-9_]+):"));

    QHash<QString, Schema> schemas;
    bool inSchemas = false;
    QString current;
    int propertyIndent = -1; // indent of the keys of the properties block being read
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            inSchemas = false;
            continue;
        }
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            inSchemas = line == QLatin1String("  schemas:");
        if (!inSchemas)
            continue;
        if (const auto m = schemaName.match(line); m.hasMatch()) {
            current = m.captured(1);
            schemas.insert(current, {});
            propertyIndent = -1;
            continue;
        }
        const qsizetype indent = line.size() - line.trimmed().size();
        if (propertyIndent >= 0 && indent < propertyIndent)
            propertyIndent = -1;
        if (propertyIndent < 0) {
            if (const auto m = propertiesKey.match(line); m.hasMatch())
                propertyIndent = static_cast<int>(m.captured(1).size()) + 2;
            else if (const auto m2 = baseRef.match(line); m2.hasMatch())
                schemas[current].bases.append(m2.captured(1));
            continue;
        }
        if (const auto m = key.match(line); m.hasMatch() && indent == propertyIndent)
            schemas[current].properties.insert(m.captured(2));
    }
    return schemas;
}

// Every property of `name`, with those of the schemas it extends.
QSet<QString> propertiesOf(const QHash<QString, Schema> &schemas, const QString &name)
{
    const Schema schema = schemas.value(name);
    QSet<QString> all = schema.properties;
    for (const QString &base : schema.bases)
        all.unite(propertiesOf(schemas, base));
    return all;
}

// `sample` read with T::fromJson and written again with toJson().
template<typename T>
QJsonObject written(const QJsonObject &sample)
{
    const auto value = T::fromJson(sample);
    if (!value.ok())
        qFatal("a sample does not read: %s", qPrintable(value.error().message));
    return value->toJson();
}

// A page of one item, as every list route answers.
template<typename T>
QJsonObject pageOf(const QJsonObject &item)
{
    Page<T> page;
    page.items.append(T::fromJson(item).value());
    page.nextCursor = QStringLiteral("eyJvIjoxfQ");
    page.total = 2;
    return page.toJson();
}

QJsonObject firstOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray().first().toObject();
}

// The schemas no codec writes: request bodies the server reads field by field and the pieces
// of other schemas. A new schema must be added to one list.
const QStringList kWithoutCodec {
    QStringLiteral("BrandImageBytes"), // raw image bytes, not JSON
    QStringLiteral("FeatureChangeSet"),
    QStringLiteral("FieldReason"),
    QStringLiteral("InvalidFieldDetails"),
    QStringLiteral("LicenseRegistration"),
    QStringLiteral("LoginRequest"),
    QStringLiteral("MaintenanceEnableRequest"),
    QStringLiteral("MaintenanceWindowCreate"),
    QStringLiteral("PasswordChangeRequest"),
    QStringLiteral("RefreshRequest"),
    QStringLiteral("RevokeRequest"),
    QStringLiteral("StatusChangeRequest"),
    QStringLiteral("TenantTokenRequest"),
    QStringLiteral("TenantUserCreate"),
    QStringLiteral("TierTemplatesUpdate"),
};

} // namespace

class TestWireContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_schemas = readSchemas();
        QVERIFY(m_schemas.size() > 50);
        // The scan itself: a plain schema, an allOf one, and nested properties left out.
        QCOMPARE(m_schemas.value(QStringLiteral("UsagePoint")).properties,
                 (QSet<QString> {QStringLiteral("day"), QStringLiteral("active_users"),
                                 QStringLiteral("logins"), QStringLiteral("events"),
                                 QStringLiteral("api_calls")}));
        QCOMPARE(m_schemas.value(QStringLiteral("TenantTokenIssued")).bases,
                 QStringList {QStringLiteral("TenantToken")});
        QVERIFY(!m_schemas.value(QStringLiteral("StatsOverview"))
                     .properties.contains(QStringLiteral("small")));
    }

    void codecWritesTheSchema_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("json");
        const auto row = [](const char *schema, const QJsonObject &json) {
            QTest::newRow(schema) << QString::fromLatin1(schema) << json;
        };
        const QJsonObject grant = written<SessionGrant>(WireSamples::sessionGrant());
        const QJsonObject catalog =
            written<FeatureCatalogDocument>(WireSamples::featureCatalogDocument());
        const QJsonObject registered =
            written<LicenseRegistrationResult>(WireSamples::licenseRegistrationResult());
        const QJsonObject deployment = written<Deployment>(WireSamples::deployment());

        row("Session", grant);
        row("AdminAccount", grant.value(QLatin1String("admin")).toObject());
        row("Error", written<ApiErrorBody>(WireSamples::apiErrorBody()));
        row("Company", written<Company>(WireSamples::company()));
        row("CompanyPage", pageOf<Company>(WireSamples::company()));
        row("CompanySettings", written<CompanySettings>(WireSamples::companySettings()));
        row("CompanyFeatures", written<CompanyFeatureSet>(WireSamples::companyFeatureSet()));
        row("FeatureMatrixRow", written<FeatureMatrixRow>(WireSamples::featureMatrixRow()));
        row("FeatureMatrixPage", pageOf<FeatureMatrixRow>(WireSamples::featureMatrixRow()));
        row("FeatureState", written<FeatureState>(WireSamples::featureState()));
        row("FeatureChange", written<FeatureChange>(WireSamples::featureChange()));
        row("FeatureDiff", written<FeatureDiff>(WireSamples::featureDiff()));
        row("FeatureUpdateResult",
            written<FeatureUpdateResult>(WireSamples::featureUpdateResult()));
        const QJsonObject batch = written<FeatureChangeBatch>(WireSamples::featureChangeBatch());
        const QJsonObject batchResult =
            written<FeatureChangeBatchResult>(WireSamples::featureChangeBatchResult());
        row("FeatureChangeBatch", batch);
        row("FeatureChangeBatchCompany", firstOf(batch, "companies"));
        row("FeatureChangeBatchResult", batchResult);
        row("FeatureChangeBatchResultCompany", firstOf(batchResult, "companies"));
        row("TierTemplatesPreview",
            written<TierTemplatesPreview>(WireSamples::tierTemplatesPreview()));
        row("FeatureCatalog", catalog);
        row("FeatureCatalogEntry", firstOf(catalog, "features"));
        row("TierTemplate",
            catalog.value(QLatin1String("tiers"))
                .toObject()
                .value(QLatin1String("small"))
                .toObject());
        row("AuditEntry", written<AuditEntry>(WireSamples::auditEntry()));
        row("AuditPage", pageOf<AuditEntry>(WireSamples::auditEntry()));
        row("TenantToken", written<TenantToken>(WireSamples::tenantToken()));
        row("TenantTokenIssued", written<IssuedTenantToken>(WireSamples::issuedTenantToken()));
        row("TenantTokenList", written<TenantTokenList>(WireSamples::tenantTokenList()));
        row("LicenseRecord", written<LicenseRecord>(WireSamples::licenseRecord()));
        row("LicensePage", pageOf<LicenseRecord>(WireSamples::licenseRecord()));
        row("LicenseRegistered", registered);
        row("ChainWarning", firstOf(registered, "chain_warnings"));
        row("IssuerKey", written<IssuerKey>(WireSamples::issuerKey()));
        row("IssuerKeyPage", pageOf<IssuerKey>(WireSamples::issuerKey()));
        row("StatsOverview", written<StatsOverview>(WireSamples::statsOverview()));
        row("CompanyStats", written<CompanyStats>(WireSamples::companyStats()));
        row("CompanyStatsPage", pageOf<CompanyStats>(WireSamples::companyStats()));
        row("UserStats", written<UserStats>(WireSamples::userStats()));
        row("UsageSeries", written<UsageSeries>(WireSamples::usageSeries()));
        row("UsagePoint", written<UsagePoint>(WireSamples::usagePoint()));
        row("GrowthSeries", written<GrowthSeries>(WireSamples::growthSeries()));
        row("GrowthPoint", written<GrowthPoint>(WireSamples::growthPoint()));
        row("FeatureAdoption", written<FeatureAdoption>(WireSamples::featureAdoption()));
        row("FeatureAdoptionRow", written<FeatureAdoptionRow>(WireSamples::featureAdoptionRow()));
        row("MaintenanceState", written<MaintenanceState>(WireSamples::maintenanceState()));
        row("MaintenanceStatus", written<MaintenanceStatus>(WireSamples::maintenanceStatus()));
        row("MaintenanceNotice", written<MaintenanceNotice>(WireSamples::maintenanceNotice()));
        row("MaintenanceWindow", written<MaintenanceWindow>(WireSamples::maintenanceWindow()));
        row("MaintenanceWindowPage", pageOf<MaintenanceWindow>(WireSamples::maintenanceWindow()));
        const QJsonObject window = written<MaintenanceWindow>(WireSamples::maintenanceWindow());
        row("MaintenanceRecurrence", window.value(QLatin1String("recurrence")).toObject());
        row("MaintenanceException",
            window.value(QLatin1String("exceptions")).toArray().at(1).toObject());
        row("MaintenanceOccurrence",
            written<MaintenanceOccurrence>(WireSamples::maintenanceOccurrence()));
        row("MaintenanceOccurrenceList",
            written<MaintenanceOccurrenceList>(WireSamples::maintenanceOccurrenceList()));
        const QJsonObject dryRun = written<MaintenanceDryRun>(WireSamples::maintenanceDryRun());
        row("MaintenanceDryRun", dryRun);
        row("MaintenanceDryRunHour", firstOf(dryRun, "hours"));
        row("MaintenanceNoticeMail",
            written<MaintenanceNoticeMail>(WireSamples::maintenanceNoticeMail()));
        row("MaintenanceNoticeMailPage",
            pageOf<MaintenanceNoticeMail>(WireSamples::maintenanceNoticeMail()));
        row("Deployment", deployment);
        row("DeploymentPage", pageOf<Deployment>(WireSamples::deployment()));
        row("DeploymentStep", firstOf(deployment, "steps"));
        // Into a window or now: together they write every field of the request.
        QJsonObject deploymentStart =
            written<DeploymentStart>(WireSamples::deploymentStartIntoWindow());
        const QJsonObject startNow = written<DeploymentStart>(WireSamples::deploymentStartNow());
        for (auto it = startNow.begin(); it != startNow.end(); ++it)
            deploymentStart.insert(it.key(), it.value());
        row("DeploymentRequest", deploymentStart);
        row("TenantUser", written<TenantUser>(WireSamples::tenantUser()));
        row("TenantUserPage", pageOf<TenantUser>(WireSamples::tenantUser()));
        row("TenantFeatures", written<TenantFeatures>(WireSamples::tenantFeatures()));
        row("TenantReport", written<TenantReport>(WireSamples::tenantReport()));
        row("Health", written<Health>(WireSamples::health()));
        const QJsonObject systemHealth = written<SystemHealth>(WireSamples::systemHealth());
        row("SystemHealth", systemHealth);
        row("HealthBucket", firstOf(systemHealth, "series"));
        row("RouteHealth", firstOf(systemHealth, "routes"));
        row("ErrorCount", firstOf(systemHealth, "errors"));
        row("HealthTotals", systemHealth.value(QLatin1String("totals")).toObject());
    }

    void codecWritesTheSchema()
    {
        QFETCH(QString, schema);
        QFETCH(QJsonObject, json);
        QVERIFY2(m_schemas.contains(schema), qPrintable(schema + QStringLiteral(" is missing")));
        m_covered.insert(schema);
        const QSet<QString> documented = propertiesOf(m_schemas, schema);
        const QStringList keys = json.keys();
        const QSet<QString> writes(keys.cbegin(), keys.cend());
        QStringList undocumented = (writes - documented).values();
        QStringList unwritten = (documented - writes).values();
        undocumented.sort();
        unwritten.sort();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("written but not in the schema: ")
                            + undocumented.join(u", ")));
        QVERIFY2(
            unwritten.isEmpty(),
            qPrintable(QStringLiteral("in the schema but not written: ") + unwritten.join(u", ")));
    }

    void everySchemaIsAccountedFor()
    {
        QStringList unaccounted;
        for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
            if (!m_covered.contains(it.key()) && !kWithoutCodec.contains(it.key()))
                unaccounted.append(it.key());
        }
        unaccounted.sort();
        QVERIFY2(unaccounted.isEmpty(),
                 qPrintable(QStringLiteral("no codec test and not listed as without codec: ")
                            + unaccounted.join(u", ")));
        for (const QString &name : kWithoutCodec)
            QVERIFY2(m_schemas.contains(name), qPrintable(name));
    }

private:
    QHash<QString, Schema> m_schemas;
    QSet<QString> m_covered;
};

QTEST_GUILESS_MAIN(TestWireContract)
#include "tst_wirecontract.moc"
