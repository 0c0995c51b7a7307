#pragma once

#include "models/domain/Result.h"
#include "models/domain/TenantToken.h"

#include <QByteArray>
#include <QJsonObject>

namespace sphair::models {

// The answer of POST /admin/companies/{id}/tokens (TenantTokenIssued): the new token's
// metadata and the token ("spht_…"), which the server shows this once. The secret is for the
// user to copy: it must never be logged or stored by the console; the destructor wipes this
// copy.
struct IssuedTenantToken
{
    TenantToken token;
    QByteArray secret; // token: the bearer token for the tenant routes

    IssuedTenantToken() = default;
    IssuedTenantToken(const IssuedTenantToken &) = default;
    IssuedTenantToken(IssuedTenantToken &&) = default;
    IssuedTenantToken &operator=(const IssuedTenantToken &) = default;
    IssuedTenantToken &operator=(IssuedTenantToken &&) = default;
    ~IssuedTenantToken();

    // The TenantToken fields and "token", which must start with spht_ (errors never show it).
    static Result<IssuedTenantToken> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const IssuedTenantToken &other) const;
    bool operator!=(const IssuedTenantToken &other) const { return !(*this == other); }
};

} // namespace sphair::models
