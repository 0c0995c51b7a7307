#include "models/domain/AdminRole.h"

#include "models/domain/EnumCodes.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

const EnumCode<AdminRole> kCodes[] = {
    {AdminRole::Superadmin, "superadmin"},
    {AdminRole::Sales, "sales"},
    {AdminRole::Support, "support"},
};

} // namespace

QString adminRoleCode(AdminRole role)
{
    return codeOf(kCodes, role);
}

std::optional<AdminRole> adminRoleFromCode(QStringView code)
{
    return valueOf(kCodes, code);
}

QStringList adminRoleCodes()
{
    return codesOf(kCodes);
}

QString adminRoleDisplayName(AdminRole role)
{
    switch (role) {
    case AdminRole::Superadmin:
        return QCoreApplication::translate("sphair::models::AdminRole", "Super administrator");
    case AdminRole::Sales:
        return QCoreApplication::translate("sphair::models::AdminRole", "Sales");
    case AdminRole::Support:
        return QCoreApplication::translate("sphair::models::AdminRole", "Support (read-only)");
    }
    return {};
}

bool adminRoleMayChange(AdminRole role, AdminArea area)
{
    switch (role) {
    case AdminRole::Superadmin:
        return true;
    case AdminRole::Sales:
        return area == AdminArea::Companies || area == AdminArea::Licenses;
    case AdminRole::Support:
        return false;
    }
    return false;
}

} // namespace sphair::models
