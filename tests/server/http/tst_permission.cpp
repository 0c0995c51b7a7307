// Permission, and the permission every admin route declares where it is registered: what
// superadmin, sales and support may call, by the shared permission table.
#include "server/http/ApiRoutes.h"
#include "server/http/Permission.h"
#include "server/http/Routes.h"

#include <QTest>

using namespace sphair::server;
using sphair::models::AdminArea;
using sphair::models::AdminRole;

Q_DECLARE_METATYPE(sphair::models::AdminRole)

class TestPermission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds();
    void routes_data();
    void routes();
    void everyWriteNeedsARole();
    void refusalNamesRoleAndRoute();

private:
    // The permission the route registry declares for "METHOD pattern".
    std::optional<Permission> declared(const QByteArray &method, const QString &pattern) const;

    Router m_router;
    ServiceContext m_context;
    std::unique_ptr<ApiRoutes> m_routes;
};

void TestPermission::initTestCase()
{
    m_routes = std::make_unique<ApiRoutes>(m_router, m_context);
    registerAllRoutes(*m_routes);
    QVERIFY(m_routes->adminRoutes().size() > 30);
}

std::optional<Permission> TestPermission::declared(const QByteArray &method,
                                                   const QString &pattern) const
{
    for (const ApiRoutes::AdminRoute &route : m_routes->adminRoutes()) {
        if (route.method == method && route.pattern == pattern)
            return route.permission;
    }
    return std::nullopt;
}

void TestPermission::kinds()
{
    for (AdminRole role : {AdminRole::Superadmin, AdminRole::Sales, AdminRole::Support})
        QVERIFY(Permission::anyRole().allows(role));
    QVERIFY(Permission::superadmin().allows(AdminRole::Superadmin));
    QVERIFY(!Permission::superadmin().allows(AdminRole::Sales));
    QVERIFY(Permission::change(AdminArea::Licenses).allows(AdminRole::Sales));
    QVERIFY(!Permission::change(AdminArea::Licenses).allows(AdminRole::Support));
    QVERIFY(!Permission::change(AdminArea::IssuerKeys).allows(AdminRole::Sales));
    QVERIFY(Permission::change(AdminArea::Companies) == Permission::change(AdminArea::Companies));
    QVERIFY(!(Permission::change(AdminArea::Companies) == Permission::change(AdminArea::Licenses)));
    QCOMPARE(Permission::change(AdminArea::CompanySettings).describe(),
             QStringLiteral("change company settings"));
}

void TestPermission::routes_data()
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
    row("sales issues token", AdminRole::Sales, "POST", "/admin/companies/{id}/tokens", true);
    row("sales registers license", AdminRole::Sales, "POST", "/admin/licenses", true);
    row("sales revokes license", AdminRole::Sales, "POST", "/admin/licenses/{id}/revoke", true);
    row("sales reads stats", AdminRole::Sales, "GET", "/admin/stats/overview", true);
    row("sales reads settings", AdminRole::Sales, "GET", "/admin/companies/{id}/settings", true);
    row("sales no settings", AdminRole::Sales, "PUT", "/admin/companies/{id}/settings", false);
    row("super uploads image", AdminRole::Superadmin, "PUT",
        "/admin/companies/{id}/settings/images/{slot}", true);
    row("sales reads image", AdminRole::Sales, "GET",
        "/admin/companies/{id}/settings/images/{slot}", true);
    row("sales no image upload", AdminRole::Sales, "PUT",
        "/admin/companies/{id}/settings/images/{slot}", false);
    row("support no image removal", AdminRole::Support, "DELETE",
        "/admin/companies/{id}/settings/images/{slot}", false);
    row("sales no features", AdminRole::Sales, "PUT", "/admin/companies/{id}/features", false);
    row("sales no keys", AdminRole::Sales, "POST", "/admin/keys", false);
    row("sales no catalog", AdminRole::Sales, "PUT", "/admin/features", false);
    row("sales no change set", AdminRole::Sales, "POST", "/admin/features/change-sets", false);
    row("sales no tier preview", AdminRole::Sales, "POST", "/admin/features/preview", false);
    row("super applies change set", AdminRole::Superadmin, "POST", "/admin/features/change-sets",
        true);
    row("sales no maintenance", AdminRole::Sales, "POST", "/admin/maintenance/enable", false);
    row("sales no window", AdminRole::Sales, "DELETE", "/admin/maintenance/windows/{id}", false);
    row("sales no deploy", AdminRole::Sales, "POST", "/admin/deploy", false);
    row("support reads", AdminRole::Support, "GET", "/admin/companies/{id}", true);
    row("support reads audit", AdminRole::Support, "GET", "/admin/audit", true);
    row("support no post", AdminRole::Support, "POST", "/admin/companies", false);
    row("support no put", AdminRole::Support, "PUT", "/admin/companies/{id}", false);
    row("support no delete", AdminRole::Support, "DELETE", "/admin/companies/{id}", false);
    row("support no license", AdminRole::Support, "POST", "/admin/licenses", false);
}

void TestPermission::routes()
{
    QFETCH(AdminRole, role);
    QFETCH(QByteArray, method);
    QFETCH(QString, route);
    QFETCH(bool, allowed);
    const std::optional<Permission> permission = declared(method, route);
    QVERIFY2(permission, qPrintable(QStringLiteral("no admin route ") + route));
    QCOMPARE(permission->allows(role), allowed);
}

void TestPermission::everyWriteNeedsARole()
{
    for (const ApiRoutes::AdminRoute &route : m_routes->adminRoutes()) {
        const QString name = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        QVERIFY2(route.pattern.startsWith(QLatin1String("/admin/")), qPrintable(name));
        if (route.method == "GET")
            QVERIFY2(route.permission == Permission::anyRole(), qPrintable(name));
        else
            QVERIFY2(!route.permission.allows(AdminRole::Support), qPrintable(name));
    }
}

void TestPermission::refusalNamesRoleAndRoute()
{
    const Permission permission = Permission::change(AdminArea::Companies);
    QVERIFY(
        permission.check(AdminRole::Sales, "DELETE", QStringLiteral("/admin/companies/{id}")).ok());
    const auto refused =
        permission.check(AdminRole::Support, "DELETE", QStringLiteral("/admin/companies/{id}"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
    QCOMPARE(refused.error().details.value(QStringLiteral("role")).toString(),
             QStringLiteral("support"));
    QCOMPARE(refused.error().details.value(QStringLiteral("route")).toString(),
             QStringLiteral("/admin/companies/{id}"));
}

QTEST_GUILESS_MAIN(TestPermission)
#include "tst_permission.moc"
