#include "server/http/AdminAccess.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

// True if `route` is `prefix` or lies below it ("/admin/companies/{id}", not
// "/admin/companiesx").
bool isUnder(QStringView route, QLatin1String prefix)
{
    return route.startsWith(prefix)
        && (route.size() == prefix.size() || route[prefix.size()] == QLatin1Char('/'));
}

bool isRead(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

} // namespace

std::optional<models::AdminArea> AdminAccess::areaOf(QStringView route)
{
    using models::AdminArea;
    if (isUnder(route, QLatin1String("/admin/companies"))) {
        // /admin/companies/{id}/settings and …/features are areas of their own.
        const QList<QStringView> segments = route.split(QLatin1Char('/'));
        if (segments.size() >= 5 && segments[4] == QLatin1String("settings"))
            return AdminArea::CompanySettings;
        if (segments.size() >= 5 && segments[4] == QLatin1String("features"))
            return AdminArea::CompanyFeatures;
        return AdminArea::Companies;
    }
    if (isUnder(route, QLatin1String("/admin/licenses")))
        return AdminArea::Licenses;
    if (isUnder(route, QLatin1String("/admin/keys")))
        return AdminArea::IssuerKeys;
    if (isUnder(route, QLatin1String("/admin/features")))
        return AdminArea::FeatureCatalog;
    if (isUnder(route, QLatin1String("/admin/maintenance")))
        return AdminArea::Maintenance;
    if (isUnder(route, QLatin1String("/admin/deploy")))
        return AdminArea::Deployments;
    if (isUnder(route, QLatin1String("/admin/accounts")))
        return AdminArea::AdminAccounts;
    return std::nullopt;
}

bool AdminAccess::allows(models::AdminRole role, QByteArrayView method, QStringView route)
{
    if (role == models::AdminRole::Superadmin || isRead(method)
        || isUnder(route, QLatin1String("/auth")))
        return true;
    const std::optional<models::AdminArea> area = areaOf(route);
    return area && models::adminRoleMayChange(role, *area);
}

models::Status AdminAccess::check(models::AdminRole role, const Request &request)
{
    const QString &route = request.route.isEmpty() ? request.path : request.route;
    if (allows(role, request.method, route))
        return models::Status::success();
    return models::Status::failure(QStringLiteral("forbidden"),
                                   QCoreApplication::translate("sphair::server::AdminAccess",
                                                               "Your role (%1) may not do this.")
                                       .arg(models::adminRoleDisplayName(role)),
                                   {{QStringLiteral("role"), models::adminRoleCode(role)},
                                    {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                    {QStringLiteral("route"), route}});
}

} // namespace sphair::server
