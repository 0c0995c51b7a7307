#pragma once

#include "models/domain/Result.h"
#include "models/domain/UsagePoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sphair::models {

// The answer of GET /api/reports (schema TenantReport): the company's user count and its
// daily usage, one point for every day of the window.
struct TenantReport
{
    QDateTime generatedAt; // generated_at
    qint64 usersTotal = 0; // users_total
    QList<UsagePoint> usage;

    static Result<TenantReport> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const TenantReport &other) const
    {
        return generatedAt == other.generatedAt && usersTotal == other.usersTotal
            && usage == other.usage;
    }
    bool operator!=(const TenantReport &other) const { return !(*this == other); }
};

} // namespace sphair::models
