#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QJsonObject>

namespace sphair::models {

// One day of a usage time series (the Usage tab's charts): distinct active users, sign-ins,
// events and API calls, all counted in UTC days. Every field is required on input.
struct UsagePoint
{
    QDate day; // "YYYY-MM-DD"
    qint64 activeUsers = 0; // active_users
    qint64 logins = 0;
    qint64 events = 0;
    qint64 apiCalls = 0; // api_calls

    static Result<UsagePoint> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const UsagePoint &other) const;
    bool operator!=(const UsagePoint &other) const { return !(*this == other); }
};

} // namespace sphair::models
