#pragma once

#include "models/domain/AdminSession.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace sphair::models {

// What /auth/login and /auth/refresh answer (the Session schema): the session token to send
// as "Authorization: Bearer …", the one-use refresh token, and the session they open. Both
// tokens are secrets: never log them; the destructor wipes this copy.
struct SessionGrant
{
    QByteArray token; // session_token ("sphs_…")
    QByteArray refreshToken; // refresh_token ("sphr_…"); empty when the server gave none
    AdminSession session; // expires_at, refresh_expires_at and admin

    SessionGrant() = default;
    SessionGrant(const SessionGrant &) = default;
    SessionGrant(SessionGrant &&) = default;
    SessionGrant &operator=(const SessionGrant &) = default;
    SessionGrant &operator=(SessionGrant &&) = default;
    ~SessionGrant();

    // "session_token" ("token" on older servers) and the session are required; token_type is
    // always Bearer and not read.
    static Result<SessionGrant> fromJson(const QJsonObject &object);
    // With "token_type": "Bearer".
    QJsonObject toJson() const;

    bool operator==(const SessionGrant &other) const;
    bool operator!=(const SessionGrant &other) const { return !(*this == other); }
};

} // namespace sphair::models
