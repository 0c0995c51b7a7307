#pragma once

#include "models/domain/Result.h"
#include "models/domain/TenantToken.h"

#include <QJsonObject>
#include <QList>

namespace sphair::models {

// The answer of GET /admin/companies/{id}/tokens: {"items": [TenantToken…]}, unpaged (a
// company has few tokens), oldest first.
struct TenantTokenList
{
    QList<TenantToken> items;

    static Result<TenantTokenList> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TenantTokenList &other) const { return items == other.items; }
    bool operator!=(const TenantTokenList &other) const { return !(*this == other); }
};

} // namespace sphair::models
