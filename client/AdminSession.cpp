#include "client/AdminSession.h"

#include "models/domain/WireTime.h"

#include <QCoreApplication>

namespace sphair::client {

models::Result<AdminSession> AdminSession::fromJson(const QJsonObject &object)
{
    const QJsonObject admin = object.value(QStringLiteral("admin")).isObject()
        ? object.value(QStringLiteral("admin")).toObject()
        : object;
    AdminSession session;
    session.username = admin.value(QStringLiteral("username")).toString();
    session.displayName = admin.value(QStringLiteral("display_name")).toString();
    const auto role = models::adminRoleFromCode(admin.value(QStringLiteral("role")).toString());
    if (session.username.isEmpty() || !role) {
        return models::Result<AdminSession>::failure(
            QStringLiteral("invalid_field"),
            QCoreApplication::translate("sphair::client::AdminSession",
                                        "The session names no user or no known role."),
            {{QStringLiteral("field"),
              session.username.isEmpty() ? QStringLiteral("username") : QStringLiteral("role")}});
    }
    session.role = *role;
    session.expiresAt =
        models::WireTime::fromString(object.value(QStringLiteral("expires_at")).toString());
    session.refreshExpiresAt =
        models::WireTime::fromString(object.value(QStringLiteral("refresh_expires_at")).toString());
    session.mustChangePassword = object.value(QStringLiteral("must_change_password")).toBool()
        || admin.value(QStringLiteral("must_change_password")).toBool();
    return session;
}

QJsonObject AdminSession::toJson() const
{
    QJsonObject object {
        {QStringLiteral("username"), username},
        {QStringLiteral("role"), models::adminRoleCode(role)},
        {QStringLiteral("must_change_password"), mustChangePassword},
    };
    if (!displayName.isEmpty())
        object.insert(QStringLiteral("display_name"), displayName);
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), models::WireTime::toString(expiresAt));
    if (refreshExpiresAt.isValid())
        object.insert(QStringLiteral("refresh_expires_at"),
                      models::WireTime::toString(refreshExpiresAt));
    return object;
}

bool AdminSession::operator==(const AdminSession &other) const
{
    return username == other.username && displayName == other.displayName && role == other.role
        && expiresAt == other.expiresAt && refreshExpiresAt == other.refreshExpiresAt
        && mustChangePassword == other.mustChangePassword;
}

} // namespace sphair::client
