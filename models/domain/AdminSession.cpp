#include "models/domain/AdminSession.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<AdminSession> AdminSession::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    const bool nested = object.value(QLatin1String("admin")).isObject();
    WireReader admin(nested ? in.jsonObject(u"admin") : object,
                     nested ? QStringLiteral("admin.") : QString());
    AdminSession session;
    session.username = admin.string(u"username");
    session.displayName = admin.optionalString(u"display_name");
    session.role = admin.code<AdminRole>(u"role", adminRoleFromCode, adminRoleCodes());
    session.mustChangePassword = admin.optionalBoolean(u"must_change_password", false);
    session.expiresAt = in.optionalTime(u"expires_at");
    session.refreshExpiresAt = in.optionalTime(u"refresh_expires_at");
    if (!admin.ok())
        return admin.error();
    if (!in.ok())
        return in.error();
    return session;
}

QJsonObject AdminSession::toJson() const
{
    QJsonObject admin = WireWriter()
                            .text(u"username", username)
                            .text(u"role", adminRoleCode(role))
                            .boolean(u"must_change_password", mustChangePassword)
                            .object();
    if (!displayName.isEmpty())
        admin.insert(QLatin1String("display_name"), displayName);
    return WireWriter()
        .time(u"expires_at", expiresAt)
        .time(u"refresh_expires_at", refreshExpiresAt)
        .value(u"admin", admin)
        .object();
}

bool AdminSession::operator==(const AdminSession &other) const
{
    return username == other.username && displayName == other.displayName && role == other.role
        && mustChangePassword == other.mustChangePassword && expiresAt == other.expiresAt
        && refreshExpiresAt == other.refreshExpiresAt;
}

} // namespace sphair::models
