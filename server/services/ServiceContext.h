#pragma once

#include "models/domain/AdminRole.h"
#include "server/services/PasswordHasher.h"
#include "server/services/RateLimiter.h"
#include "server/store/Database.h"
#include "server/store/IdempotencyStore.h"

#include <QDateTime>
#include <QUuid>

#include <functional>

namespace sphair::server {

// The signed-in admin behind a request to an /admin route.
struct Actor
{
    QUuid accountId;
    QString username;
    models::AdminRole role = models::AdminRole::Support;
    QByteArray sessionHash;
    // Signed in with a one-time password not yet changed: the admin routes refuse it.
    bool mustChangePassword = false;
};

// The tenant behind a request to an /api route: always taken from its token, never from the
// request.
struct TenantActor
{
    QUuid companyId;
    QByteArray tokenHash;
};

// Checks the stored version of what is about to change against the request's If-Match (428
// or 412 when it does not fit); http builds it, a service calls it once it holds the row.
using VersionCheck = std::function<models::Status(qint64 currentVersion)>;

class DeploymentRunner;
class MetricsService;

// What the routes share: the database, the idempotency store, password hashing, the login
// rate limiter, the deployment runner, the server's metrics and the clock. Owned by
// PlatformServer; outlives every request.
struct ServiceContext
{
    Database *db = nullptr;
    DeploymentRunner *deployments = nullptr;
    IdempotencyStore *idempotency = nullptr;
    PasswordHasher *passwords = nullptr;
    RateLimiter *loginLimiter = nullptr; // per address, and per account from one address
    RateLimiter *accountLimiter = nullptr; // failed sign-ins per account, from anywhere
    MetricsService *metrics = nullptr;
    std::function<QDateTime()> clock;
    // Lifetimes of admin sessions and their refresh tokens (PlatformOptions::Sessions).
    qint64 sessionSeconds = 1800; // 30 minutes
    qint64 refreshSeconds = 43200; // 12 hours, from the last refresh
    qint64 signInSeconds = qint64(7) * 86400; // no refresh this long after the sign-in
    // A refresh token presented again within this many seconds of its use is refused without
    // ending its family: two requests of one client racing, not a stolen token.
    qint64 refreshRaceSeconds = 10;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace sphair::server
