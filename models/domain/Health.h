#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sphair::models {

// The answer of GET /healthz (schema Health): whether the server serves and reaches its
// database. version and maintenance are left out when not set.
struct Health
{
    bool databaseReachable = true; // database: ok or unreachable; status: ok or degraded
    QString version;
    std::optional<bool> maintenance;

    bool ok() const { return databaseReachable; }

    static Result<Health> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const Health &other) const;
    bool operator!=(const Health &other) const { return !(*this == other); }
};

} // namespace sphair::models
