#pragma once

#include "client/ApiCall.h"
#include "client/ApiRequest.h"
#include "client/ApiResponse.h"
#include "client/ClientError.h"
#include "client/PlatformClient.h"
#include "client/Versioned.h"
#include "models/domain/Page.h"
#include "models/domain/Result.h"

#include <utility>

namespace sphair::client {

// A 2xx answer's JSON object read with T::fromJson (one codec per wire type, in
// models/domain); anything else is "invalid_response".
template<typename T>
models::Result<T> decodeObject(const ApiResponse &response)
{
    const auto object = response.jsonObject();
    if (!object)
        return ClientError::invalidResponse(ClientError::tr("the body is not a JSON object"),
                                            response.status);
    auto value = T::fromJson(*object);
    if (!value)
        return ClientError::invalidResponse(value.error().message, response.status);
    return std::move(value).value();
}

// The same with the answer's ETag, for a resource that is changed with If-Match.
template<typename T>
models::Result<Versioned<T>> decodeVersioned(const ApiResponse &response)
{
    auto value = decodeObject<T>(response);
    if (!value)
        return value.error();
    return Versioned<T> {std::move(value).value(), response.etag()};
}

// What the per-area clients share: a light handle on the call engine (copy it freely; it
// owns nothing) and the three shapes of call an endpoint method makes.
class AreaClient
{
public:
    template<typename T>
    using Callback = PlatformClient::Callback<T>;
    using StatusCallback = PlatformClient::StatusCallback;

    explicit AreaClient(PlatformClient *engine)
        : m_engine(engine)
    { }

    PlatformClient *engine() const { return m_engine; }

    // One page of a list route. The query (client/Queries.h) names its route and the type of
    // its items: list(CompanyQuery {…}, done) is GET /admin/companies?… answered with a
    // Page<Company>.
    template<typename Query>
    ApiCall *list(const Query &query, Callback<models::Page<typename Query::Item>> done) const
    {
        return fetch<models::Page<typename Query::Item>>(
            ApiRequest::get(Query::path(), query.toUrlQuery()), std::move(done));
    }

protected:
    // A call answered with one object of type T.
    template<typename T>
    ApiCall *fetch(const ApiRequest &request, Callback<T> done) const
    {
        return m_engine->call<T>(request, decodeObject<T>, std::move(done));
    }
    // A call answered with a resource and its ETag.
    template<typename T>
    ApiCall *fetchVersioned(const ApiRequest &request, Callback<Versioned<T>> done) const
    {
        return m_engine->call<Versioned<T>>(request, decodeVersioned<T>, std::move(done));
    }
    // A call whose answer only says whether it worked.
    ApiCall *perform(const ApiRequest &request, StatusCallback done) const
    {
        return m_engine->callStatus(request, std::move(done));
    }

private:
    PlatformClient *m_engine;
};

} // namespace sphair::client
