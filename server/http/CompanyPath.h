#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QUuid>

#include <optional>

namespace sphair::server {

// The {id} of an /admin/companies/{id}… path. Only a canonical lowercase UUID names a
// company; anything else names nothing and is answered like an unknown company (404).
class CompanyPath
{
public:
    static std::optional<QUuid> id(const Request &request);
    static models::Error notFoundError();
    static Response notFound();
};

} // namespace sphair::server
