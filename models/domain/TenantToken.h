#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sphair::models {

// A tenant API token's metadata, as GET /admin/companies/{id}/tokens lists it: never the
// token itself (the server keeps only its hash). Required: id, label, created_at.
struct TenantToken
{
    QUuid id;
    QString label;
    QDateTime createdAt; // created_at
    QDateTime expiresAt; // expires_at; invalid (null): until revoked

    static Result<TenantToken> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TenantToken &other) const;
    bool operator!=(const TenantToken &other) const { return !(*this == other); }
};

} // namespace sphair::models
