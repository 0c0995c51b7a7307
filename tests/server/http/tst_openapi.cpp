// server/openapi.yaml: every route of DESIGN.md §4 and the server issue is described with its
// methods, every $ref points at a definition, and operation ids are unique. A line scan, not
// a YAML parser: the file is block-style YAML with two-space indents.
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Contract
{
    QHash<QString, QSet<QString>> methods; // path → lower-case methods
    QSet<QString> definitions; // "schemas/Company", "responses/NotFound", …
    QStringList references; // every $ref target, "schemas/Company", …
    QStringList operationIds;
    QStringList securitySchemesUsed;
    QString openapiVersion;
};

Contract readContract()
{
    Contract contract;
    QFile file(QStringLiteral(SPHAIR_SOURCE_DIR "/server/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("server/openapi.yaml is missing");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    static const QRegularExpression topKey(QStringLiteral("^([A-Za-z]+):"));
    static const QRegularExpression pathKey(QStringLiteral("^  (/\\S*):$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|put|post|delete|patch|head|options):$"));
    static const QRegularExpression componentKind(QStringLiteral("^  ([A-Za-z]+):$"));
    static const QRegularExpression componentName(QStringLiteral("^    ([A-Za-z0-9_.-]+):$"));
    static const QRegularExpression refLine(
        QStringLiteral("\\$ref: '#/components/([A-Za-z]+)/([A-Za-z0-9_.-]+)'"));
    static const QRegularExpression operationId(QStringLiteral("^\\s+operationId: (\\S+)$"));
    static const QRegularExpression securityUse(QStringLiteral("^\\s*- ([A-Za-z]+): \\[\\]$"));

    QString section;
    QString currentPath;
    QString currentKind;
    for (const QString &line : lines) {
        if (const auto m = topKey.match(line); m.hasMatch()) {
            section = m.captured(1);
            if (section == QLatin1String("openapi"))
                contract.openapiVersion = line.mid(8).trimmed();
            continue;
        }
        if (section == QLatin1String("paths")) {
            if (const auto m = pathKey.match(line); m.hasMatch()) {
                currentPath = m.captured(1);
                contract.methods.insert(currentPath, {});
            } else if (const auto m2 = methodKey.match(line); m2.hasMatch()) {
                contract.methods[currentPath].insert(m2.captured(1));
            }
        } else if (section == QLatin1String("components")) {
            if (const auto m = componentKind.match(line); m.hasMatch())
                currentKind = m.captured(1);
            else if (const auto m2 = componentName.match(line); m2.hasMatch())
                contract.definitions.insert(currentKind + QLatin1Char('/') + m2.captured(1));
        }
        auto refs = refLine.globalMatch(line);
        while (refs.hasNext()) {
            const auto m = refs.next();
            contract.references.append(m.captured(1) + QLatin1Char('/') + m.captured(2));
        }
        if (const auto m = operationId.match(line); m.hasMatch())
            contract.operationIds.append(m.captured(1));
        if (const auto m = securityUse.match(line); m.hasMatch())
            contract.securitySchemesUsed.append(m.captured(1));
    }
    return contract;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void everyRoute_data();
    void everyRoute();
    void noUnexpectedPaths();
    void referencesResolve();
    void operationIdsAreUnique();
    void securitySchemesExist();

private:
    Contract m_contract;
};

void TestOpenApi::initTestCase()
{
    m_contract = readContract();
    QVERIFY(!m_contract.methods.isEmpty());
}

void TestOpenApi::version()
{
    QVERIFY(m_contract.openapiVersion.startsWith(QLatin1String("3.1")));
}

void TestOpenApi::everyRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("methods");

    const auto row = [](const char *path, std::initializer_list<const char *> methods) {
        QStringList list;
        for (const char *method : methods)
            list.append(QString::fromLatin1(method));
        QTest::newRow(path) << QString::fromLatin1(path) << list;
    };
    row("/auth/login", {"post"});
    row("/auth/refresh", {"post"});
    row("/auth/logout", {"post"});
    row("/admin/companies", {"get", "post"});
    row("/admin/companies/{id}", {"get", "put", "delete"});
    row("/admin/companies/{id}/suspend", {"post"});
    row("/admin/companies/{id}/activate", {"post"});
    row("/admin/companies/{id}/settings", {"get", "put"});
    row("/admin/companies/{id}/settings/images/{slot}", {"get", "put", "delete"});
    row("/admin/companies/{id}/features", {"get", "put"});
    row("/admin/companies/{id}/audit", {"get"});
    row("/admin/companies/{id}/tokens", {"get", "post"});
    row("/admin/companies/{id}/tokens/{token_id}", {"delete"});
    row("/admin/features", {"get", "put"});
    row("/admin/features/preview", {"post"});
    row("/admin/features/change-sets", {"post"});
    row("/admin/licenses", {"get", "post"});
    row("/admin/licenses/expiring", {"get"});
    row("/admin/licenses/{id}", {"get"});
    row("/admin/licenses/{id}/revoke", {"post"});
    row("/admin/keys", {"get", "post"});
    row("/admin/keys/{kid}", {"get", "put"});
    row("/admin/stats/overview", {"get"});
    row("/admin/stats/companies", {"get"});
    row("/admin/stats/users", {"get"});
    row("/admin/stats/usage", {"get"});
    row("/admin/stats/growth", {"get"});
    row("/admin/stats/feature-adoption", {"get"});
    row("/admin/maintenance/status", {"get"});
    row("/admin/maintenance/enable", {"post"});
    row("/admin/maintenance/disable", {"post"});
    row("/admin/maintenance/windows", {"get", "post"});
    row("/admin/maintenance/windows/{id}", {"get", "put", "delete"});
    row("/admin/deploy", {"post"});
    row("/admin/deploy/{id}", {"get"});
    row("/admin/deploy/{id}/rollback", {"post"});
    row("/admin/deploy/{id}/cancel", {"post"});
    row("/admin/deploy/history", {"get"});
    row("/admin/audit", {"get"});
    row("/api/company/settings", {"get"});
    row("/api/company/features", {"get"});
    row("/api/users", {"get", "post"});
    row("/api/reports", {"get"});
    row("/public/branding/{id}/{slot}/{sha256}", {"get"});
    row("/maintenance", {"get"});
    row("/healthz", {"get"});
    row("/metrics", {"get"});
}

void TestOpenApi::everyRoute()
{
    QFETCH(QString, path);
    QFETCH(QStringList, methods);
    QVERIFY2(m_contract.methods.contains(path), qPrintable(path + QStringLiteral(" is missing")));
    const QSet<QString> expected(methods.cbegin(), methods.cend());
    QCOMPARE(m_contract.methods.value(path), expected);
}

void TestOpenApi::noUnexpectedPaths()
{
    // Every path has at least one operation, and nothing outside the known prefixes.
    for (auto it = m_contract.methods.cbegin(); it != m_contract.methods.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        const bool known = it.key().startsWith(QLatin1String("/admin/"))
            || it.key().startsWith(QLatin1String("/auth/"))
            || it.key().startsWith(QLatin1String("/api/"))
            || it.key().startsWith(QLatin1String("/public/"))
            || it.key() == QLatin1String("/maintenance") || it.key() == QLatin1String("/healthz")
            || it.key() == QLatin1String("/metrics");
        QVERIFY2(known, qPrintable(it.key()));
    }
}

void TestOpenApi::referencesResolve()
{
    QVERIFY(m_contract.references.size() > 100);
    for (const QString &reference : std::as_const(m_contract.references))
        QVERIFY2(m_contract.definitions.contains(reference), qPrintable(reference));
    for (const char *schema :
         {"Error", "Company", "CompanySettings", "FeatureState", "FeatureDiff", "LicenseRecord",
          "IssuerKey", "MaintenanceWindow", "MaintenanceState", "Deployment", "DeploymentStep",
          "AuditEntry", "StatsOverview", "UsagePoint", "Session"}) {
        QVERIFY2(
            m_contract.definitions.contains(QStringLiteral("schemas/") + QLatin1String(schema)),
            schema);
    }
}

void TestOpenApi::operationIdsAreUnique()
{
    const QSet<QString> unique(m_contract.operationIds.cbegin(), m_contract.operationIds.cend());
    QCOMPARE(unique.size(), m_contract.operationIds.size());
    int operations = 0;
    for (const QSet<QString> &methods : std::as_const(m_contract.methods))
        operations += static_cast<int>(methods.size());
    QCOMPARE(m_contract.operationIds.size(), operations);
}

void TestOpenApi::securitySchemesExist()
{
    QVERIFY(m_contract.securitySchemesUsed.contains(QStringLiteral("adminSession")));
    QVERIFY(m_contract.securitySchemesUsed.contains(QStringLiteral("tenantToken")));
    for (const QString &scheme : std::as_const(m_contract.securitySchemesUsed)) {
        QVERIFY2(m_contract.definitions.contains(QStringLiteral("securitySchemes/") + scheme),
                 qPrintable(scheme));
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
