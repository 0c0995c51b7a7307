#pragma once

#include "models/domain/Error.h"
#include "models/domain/Result.h"
#include "server/http/Request.h"
#include "server/http/Response.h"
#include "server/store/Database.h"

#include <functional>

namespace sphair::server {

// Answers for the failures of the licensing routes. Refusals of a license or a key keep their
// code: the state conflicts (license_outdated, license_exists, active_license_exists,
// supersedes_not_active, license_revoked, license_superseded, key_revoked) are 409; every other
// code the registrar and the verifier produce (unknown_key, bad_signature, key_not_active,
// key_not_valid_at, key_cap_exceeded, license_company_mismatch, the claim codes, …) is 422.
// Codes of ApiError's table keep their status. Storage errors never reach the client as they
// are: a unique violation is 409 conflict, a busy database 503, anything else a logged 500.
class LicensingErrors
{
public:
    static int statusFor(const models::Error &error);
    static Response toResponse(const models::Error &error, const Request &request);

    // Runs `fn` in one transaction of `scope` and answers with its response; when fn fails
    // (a refusal or a storage error) the transaction rolls back and the failure is answered.
    static Response inTransaction(Database &database, const Request &request, const TxScope &scope,
                                  const std::function<models::Result<Response>(SqlSession &)> &fn);
};

} // namespace sphair::server
