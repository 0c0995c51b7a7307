#pragma once

#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sphair::server {

// Registers a signed license token with the platform, inside the caller's operator
// transaction, by the rules of DESIGN.md §3 and server/openapi.yaml:
//
// 1. The token is verified exactly as received (PASETO v4.public) against the REGISTERED issuer
//    key its footer names, then its claims are parsed strictly against the tier ranges stored
//    on the server. The key's row stays locked until commit, so registrations of one key (and
//    its chain head) happen one after the other.
// 2. The same token registered again is answered with the stored license (created = false);
//    another token with a registered jti is refused.
// 3. The key must be active, the token's iat inside the key's validity window and its tier,
//    users and features within the key's caps; the license must not have expired.
// 4. The claims must agree with the company: it exists and is not deleted, and code, tier and
//    max_users are the company's. Registering never changes the company: the company is edited
//    first (PUT /admin/companies/{id}), then the license that matches it is registered.
// 5. A company has one current license (active and within its grace days). A token older (iat)
//    than it is refused; a new one must name it in `supersedes`, which marks it superseded in
//    the same transaction.
// 6. The key's seq/prev chain is checked: a token whose seq-1 is not registered is a gap; a
//    token whose prev is not the hash of the registered seq-1 token, or whose seq is already
//    taken by another token, is a fork. Findings do not refuse the token (the key is not
//    revoked, or step 3 would have refused it): they are returned, stored with the license and
//    written to the audit log, for a person to look into. A fork does not change the key's
//    status; retiring or revoking it is a decision for the superadmin.
//
// Refusals are models::Errors whose codes ApiError's table maps to 409 or 422.
class LicenseRegistrar
{
public:
    struct Registration
    {
        // The answer of POST /admin/licenses (LicenseRegistered of openapi.yaml);
        // newlyRegistered is false when this exact token was registered before.
        models::LicenseRegistrationResult result;
        qint64 version = 1; // the license's ETag
    };

    struct Actor
    {
        QString name;
        QString role; // wire code
    };

    static models::Result<Registration> registerToken(SqlSession &session, const QByteArray &token,
                                                      const Actor &actor, const QDateTime &now);
};

} // namespace sphair::server
