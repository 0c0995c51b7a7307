#pragma once

#include "models/domain/Result.h"
#include "models/domain/UsagePoint.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sphair::models {

// GET /admin/stats/usage: one point per UTC day from `from` to `to` (both included), days
// without usage as zeros, for one company or (null companyId) the whole platform.
struct UsageSeries
{
    QUuid companyId; // company_id; null: the whole platform
    QDate from;
    QDate to;
    QList<UsagePoint> points;

    static Result<UsageSeries> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const UsageSeries &other) const;
    bool operator!=(const UsageSeries &other) const { return !(*this == other); }
};

} // namespace sphair::models
