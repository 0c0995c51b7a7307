#include "server/http/Permission.h"

#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

QString areaName(models::AdminArea area)
{
    using models::AdminArea;
    switch (area) {
    case AdminArea::Companies:
        return QStringLiteral("companies");
    case AdminArea::Licenses:
        return QStringLiteral("licenses");
    case AdminArea::IssuerKeys:
        return QStringLiteral("issuer keys");
    case AdminArea::CompanySettings:
        return QStringLiteral("company settings");
    case AdminArea::CompanyFeatures:
        return QStringLiteral("company features");
    case AdminArea::FeatureCatalog:
        return QStringLiteral("feature catalog");
    case AdminArea::Maintenance:
        return QStringLiteral("maintenance");
    case AdminArea::Deployments:
        return QStringLiteral("deployments");
    case AdminArea::AdminAccounts:
        return QStringLiteral("admin accounts");
    }
    return {};
}

} // namespace

Permission::Permission(Kind kind, models::AdminArea area)
    : m_kind(kind)
    , m_area(area)
{ }

Permission Permission::anyRole()
{
    return {Kind::AnyRole, models::AdminArea::Companies};
}

Permission Permission::change(models::AdminArea area)
{
    return {Kind::Change, area};
}

Permission Permission::superadmin()
{
    return {Kind::Superadmin, models::AdminArea::Companies};
}

bool Permission::allows(models::AdminRole role) const
{
    switch (m_kind) {
    case Kind::AnyRole:
        return true;
    case Kind::Change:
        return models::adminRoleMayChange(role, m_area);
    case Kind::Superadmin:
        return role == models::AdminRole::Superadmin;
    }
    return false;
}

models::Status Permission::check(models::AdminRole role, const QByteArray &method,
                                 const QString &route) const
{
    if (allows(role))
        return models::Status::success();
    return models::Status::failure(
        QStringLiteral("forbidden"),
        tr("Your role (%1) may not do this.").arg(models::adminRoleDisplayName(role)),
        {{QStringLiteral("role"), models::adminRoleCode(role)},
         {QStringLiteral("method"), QString::fromLatin1(method)},
         {QStringLiteral("route"), route}});
}

QString Permission::describe() const
{
    switch (m_kind) {
    case Kind::AnyRole:
        return QStringLiteral("any role");
    case Kind::Change:
        return QStringLiteral("change ") + areaName(m_area);
    case Kind::Superadmin:
        return QStringLiteral("superadmin");
    }
    return {};
}

bool Permission::operator==(const Permission &other) const
{
    return m_kind == other.m_kind && (m_kind != Kind::Change || m_area == other.m_area);
}

} // namespace sphair::server
