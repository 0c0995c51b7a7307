#include "models/domain/TenantToken.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<TenantToken> TenantToken::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TenantToken token;
    token.id = in.uuid(u"id");
    token.label = in.string(u"label");
    token.createdAt = in.time(u"created_at");
    token.expiresAt = in.optionalTime(u"expires_at");
    if (!in.ok())
        return in.error();
    return token;
}

QJsonObject TenantToken::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .text(u"label", label)
        .time(u"created_at", createdAt)
        .time(u"expires_at", expiresAt)
        .object();
}

bool TenantToken::operator==(const TenantToken &other) const
{
    return id == other.id && label == other.label && createdAt == other.createdAt
        && expiresAt == other.expiresAt;
}

} // namespace sphair::models
