#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sphair::client {

// A tenant API token's metadata, as GET /admin/companies/{id}/tokens lists it: never the
// token itself (the server keeps only its hash). Required: id, label, created_at.
struct TenantToken
{
    QUuid id;
    QString label;
    QDateTime createdAt; // created_at
    QDateTime expiresAt; // expires_at; invalid: until revoked
    QDateTime lastUsedAt; // last_used_at; invalid when never used (or not reported)

    static models::Result<TenantToken> fromJson(const QJsonObject &object);
};

// The answer of POST /admin/companies/{id}/tokens: the new token's metadata and the token
// ("spht_…"), which the server shows this once. The secret is for the user to copy: it must
// never be logged or stored by the console; the destructor wipes this copy.
struct IssuedTenantToken
{
    TenantToken token;
    QByteArray secret; // the bearer token for the tenant routes

    IssuedTenantToken() = default;
    IssuedTenantToken(const IssuedTenantToken &) = default;
    IssuedTenantToken(IssuedTenantToken &&) = default;
    IssuedTenantToken &operator=(const IssuedTenantToken &) = default;
    IssuedTenantToken &operator=(IssuedTenantToken &&) = default;
    ~IssuedTenantToken();

    static models::Result<IssuedTenantToken> fromJson(const QJsonObject &object);
};

// The answer of GET /admin/companies/{id}/tokens: {"items": [TenantToken…]}, unpaged.
struct TenantTokenList
{
    QList<TenantToken> items;

    static models::Result<TenantTokenList> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
