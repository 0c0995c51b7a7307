#pragma once

#include "models/domain/Result.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/InputValidator.h"
#include "server/http/PageCursor.h"
#include "server/http/Request.h"
#include "server/http/Response.h"
#include "server/store/CompanyStore.h"

#include <QUuid>

#include <optional>

namespace sphair::server {

// The {id} of an /admin/companies/{id}… path. Only a canonical lowercase UUID names a
// company; anything else names nothing and is answered like an unknown company (404). Also
// the filters and paging every list of companies takes.
class CompanyPath
{
public:
    // The q, tier and status filters and the limit and cursor (offset paging) of a list of
    // companies (GET /admin/companies, GET /admin/features/companies) into `query`; problems
    // go to `problems`. The offset cursor's position (for PageCursor::nextOffset), or nullopt.
    static std::optional<PageCursor::Position>
    readListQuery(const Request &request, InputValidator &problems, CompanyStore::ListQuery &query);

    static std::optional<QUuid> id(const Request &request);
    static models::Error notFoundError();
    static Response notFound();

    // The answer to a GET of what `read(id)` finds for the company of the path: its value
    // with its ETag (304 when If-None-Match names it), 404 for an id that names no company, or
    // the read's failure.
    template<typename Read>
    static Response read(const Request &request, Read &&read)
    {
        const auto id = CompanyPath::id(request);
        if (!id)
            return notFound();
        auto found = read(*id);
        if (!found)
            return ApiError::answer(found.error(), request);
        return ApiRoutes::conditionalGet(request, found->toJson(), found->version);
    }

    // The answer to a change `change(id)` makes to the company of the path: what it stored,
    // with its new ETag, 404 for an id that names no company, or the change's failure.
    template<typename Change>
    static Response change(const Request &request, Change &&change)
    {
        const auto id = CompanyPath::id(request);
        if (!id)
            return notFound();
        auto stored = change(*id);
        if (!stored)
            return ApiError::answer(stored.error(), request);
        return ApiRoutes::withETag(stored->toJson(), stored->version);
    }
};

} // namespace sphair::server
