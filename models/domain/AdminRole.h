#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sphair::models {

// The role of a BRIGHTSTEP staff account on the admin API. Wire codes: "superadmin", "sales",
// "support".
enum class AdminRole { Superadmin, Sales, Support };

// What an admin route changes; reading is open to every role.
enum class AdminArea {
    Companies,
    Licenses,
    IssuerKeys,
    CompanySettings,
    CompanyFeatures,
    FeatureCatalog,
    Maintenance,
    Deployments,
    AdminAccounts,
};

QString adminRoleCode(AdminRole role);
std::optional<AdminRole> adminRoleFromCode(QStringView code);
QStringList adminRoleCodes();
QString adminRoleDisplayName(AdminRole role);

// The one permission table both ends use (DESIGN.md §4): superadmin changes everything, sales
// changes companies and licenses, support only reads.
bool adminRoleMayChange(AdminRole role, AdminArea area);

} // namespace sphair::models
