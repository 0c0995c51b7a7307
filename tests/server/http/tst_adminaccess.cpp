// AdminAccess: what superadmin, sales and support may call, by the shared permission table.
#include "server/http/AdminAccess.h"

#include <QTest>

using namespace sphair::server;
using sphair::models::AdminArea;
using sphair::models::AdminRole;

Q_DECLARE_METATYPE(sphair::models::AdminRole)

class TestAdminAccess : public QObject
{
    Q_OBJECT

private slots:
    void areas();
    void allows_data();
    void allows();
    void checkUsesTheRoute();
};

void TestAdminAccess::areas()
{
    QCOMPARE(AdminAccess::areaOf(u"/admin/companies"), std::optional(AdminArea::Companies));
    QCOMPARE(AdminAccess::areaOf(u"/admin/companies/{id}/suspend"),
             std::optional(AdminArea::Companies));
    QCOMPARE(AdminAccess::areaOf(u"/admin/companies/{id}/settings"),
             std::optional(AdminArea::CompanySettings));
    QCOMPARE(AdminAccess::areaOf(u"/admin/companies/6a1c/features"),
             std::optional(AdminArea::CompanyFeatures));
    QCOMPARE(AdminAccess::areaOf(u"/admin/features"), std::optional(AdminArea::FeatureCatalog));
    QCOMPARE(AdminAccess::areaOf(u"/admin/licenses/{id}/revoke"),
             std::optional(AdminArea::Licenses));
    QCOMPARE(AdminAccess::areaOf(u"/admin/keys/{kid}"), std::optional(AdminArea::IssuerKeys));
    QCOMPARE(AdminAccess::areaOf(u"/admin/maintenance/windows/{id}"),
             std::optional(AdminArea::Maintenance));
    QCOMPARE(AdminAccess::areaOf(u"/admin/deploy/{id}/rollback"),
             std::optional(AdminArea::Deployments));
    QVERIFY(!AdminAccess::areaOf(u"/admin/stats/overview"));
    QVERIFY(!AdminAccess::areaOf(u"/admin/audit"));
    QVERIFY(!AdminAccess::areaOf(u"/admin/companiesx"));
}

void TestAdminAccess::allows_data()
{
    QTest::addColumn<AdminRole>("role");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("route");
    QTest::addColumn<bool>("allowed");

    const auto row = [](const char *name, AdminRole role, const char *method, const char *route,
                        bool allowed) {
        QTest::newRow(name) << role << QByteArray(method) << QString::fromLatin1(route) << allowed;
    };
    row("super writes keys", AdminRole::Superadmin, "POST", "/admin/keys", true);
    row("super deploys", AdminRole::Superadmin, "POST", "/admin/deploy", true);
    row("super edits catalog", AdminRole::Superadmin, "PUT", "/admin/features", true);
    row("sales creates company", AdminRole::Sales, "POST", "/admin/companies", true);
    row("sales suspends", AdminRole::Sales, "POST", "/admin/companies/{id}/suspend", true);
    row("sales deletes company", AdminRole::Sales, "DELETE", "/admin/companies/{id}", true);
    row("sales registers license", AdminRole::Sales, "POST", "/admin/licenses", true);
    row("sales revokes license", AdminRole::Sales, "POST", "/admin/licenses/{id}/revoke", true);
    row("sales reads stats", AdminRole::Sales, "GET", "/admin/stats/overview", true);
    row("sales reads settings", AdminRole::Sales, "GET", "/admin/companies/{id}/settings", true);
    row("sales no settings", AdminRole::Sales, "PUT", "/admin/companies/{id}/settings", false);
    row("sales no features", AdminRole::Sales, "PUT", "/admin/companies/{id}/features", false);
    row("sales no keys", AdminRole::Sales, "POST", "/admin/keys", false);
    row("sales no catalog", AdminRole::Sales, "PUT", "/admin/features", false);
    row("sales no maintenance", AdminRole::Sales, "POST", "/admin/maintenance/enable", false);
    row("sales no deploy", AdminRole::Sales, "POST", "/admin/deploy", false);
    row("sales prefix boundary", AdminRole::Sales, "POST", "/admin/companiesx", false);
    row("support reads", AdminRole::Support, "GET", "/admin/companies/{id}", true);
    row("support head", AdminRole::Support, "HEAD", "/admin/audit", true);
    row("support no post", AdminRole::Support, "POST", "/admin/companies", false);
    row("support no put", AdminRole::Support, "PUT", "/admin/companies/{id}", false);
    row("support no delete", AdminRole::Support, "DELETE", "/admin/companies/{id}", false);
    row("support logs out", AdminRole::Support, "POST", "/auth/logout", true);
    row("support refreshes", AdminRole::Support, "POST", "/auth/refresh", true);
}

void TestAdminAccess::allows()
{
    QFETCH(AdminRole, role);
    QFETCH(QByteArray, method);
    QFETCH(QString, route);
    QFETCH(bool, allowed);
    QCOMPARE(AdminAccess::allows(role, method, route), allowed);
}

void TestAdminAccess::checkUsesTheRoute()
{
    Request request;
    request.method = "DELETE";
    request.path = QStringLiteral("/admin/companies/123");
    request.route = QStringLiteral("/admin/companies/{id}");
    QVERIFY(AdminAccess::check(AdminRole::Sales, request).ok());
    const auto refused = AdminAccess::check(AdminRole::Support, request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
    QCOMPARE(refused.error().details.value(QStringLiteral("role")).toString(),
             QStringLiteral("support"));
    QCOMPARE(refused.error().details.value(QStringLiteral("route")).toString(),
             QStringLiteral("/admin/companies/{id}"));
}

QTEST_GUILESS_MAIN(TestAdminAccess)
#include "tst_adminaccess.moc"
