#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sphair::client {

// Who is signed in and until when, as /auth/login and /auth/refresh answer. The tokens
// themselves stay inside PlatformClient and the OS keychain; they are not part of this type.
struct AdminSession
{
    QString username;
    QString displayName;
    models::AdminRole role = models::AdminRole::Support;
    QDateTime expiresAt;
    QDateTime refreshExpiresAt;
    bool mustChangePassword = false;

    // Reads both the contract's shape ({"admin": {"username", "role", …}, "expires_at", …})
    // and the flat one ({"username", "role", "must_change_password", …}); other fields are
    // ignored. "username" and a known "role" are required.
    static models::Result<AdminSession> fromJson(const QJsonObject &object);
    // The flat shape, for the keychain entry (no tokens).
    QJsonObject toJson() const;

    bool operator==(const AdminSession &other) const;
    bool operator!=(const AdminSession &other) const { return !(*this == other); }
};

} // namespace sphair::client
