#include "models/domain/TenantUser.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

const EnumCode<TenantUserRole> kRoleCodes[] = {
    {TenantUserRole::Member, "member"},
    {TenantUserRole::Admin, "admin"},
};

} // namespace

QString tenantUserRoleCode(TenantUserRole role)
{
    return codeOf(kRoleCodes, role);
}

std::optional<TenantUserRole> tenantUserRoleFromCode(QStringView code)
{
    return valueOf(kRoleCodes, code);
}

QStringList tenantUserRoleCodes()
{
    return codesOf(kRoleCodes);
}

Result<TenantUser> TenantUser::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TenantUser user;
    user.id = in.uuid(u"id");
    user.email = in.string(u"email");
    user.displayName = in.string(u"display_name");
    user.role = in.code<TenantUserRole>(u"role", tenantUserRoleFromCode, tenantUserRoleCodes());
    user.createdAt = in.time(u"created_at");
    if (!in.ok())
        return in.error();
    return user;
}

QJsonObject TenantUser::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .text(u"email", email)
        .text(u"display_name", displayName)
        .text(u"role", tenantUserRoleCode(role))
        .time(u"created_at", createdAt)
        .object();
}

bool TenantUser::operator==(const TenantUser &other) const
{
    return id == other.id && email == other.email && displayName == other.displayName
        && role == other.role && createdAt == other.createdAt;
}

} // namespace sphair::models
