#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sphair::models {

// Who is signed in and until when: what /auth/login and /auth/refresh answer (the Session
// schema) without its tokens, which SessionGrant carries. The console shows this; the tokens
// stay inside the client's engine and the OS keychain.
struct AdminSession
{
    QString username;
    QString displayName; // display_name; empty when the server has none
    AdminRole role = AdminRole::Support;
    bool mustChangePassword = false; // must_change_password
    QDateTime expiresAt; // expires_at
    QDateTime refreshExpiresAt; // refresh_expires_at

    // Reads the contract's shape ({"expires_at", "refresh_expires_at", "admin": {"username",
    // "role", …}}) and the flat one an earlier console kept in the keychain ({"username",
    // "role", "must_change_password", "expires_at", …}). "username" and a known "role" are
    // required; other fields are ignored.
    static Result<AdminSession> fromJson(const QJsonObject &object);
    // The contract's shape; display_name only when set (the reference server has none).
    QJsonObject toJson() const;

    bool operator==(const AdminSession &other) const;
    bool operator!=(const AdminSession &other) const { return !(*this == other); }
};

} // namespace sphair::models
