#pragma once

#include <QDate>
#include <QUrlQuery>
#include <QUuid>

namespace sphair::client {

// The request of GET /admin/stats/usage: whose usage and which days (UTC, both included; at
// most 366 days apart).
struct UsageQuery
{
    QUuid companyId; // null: the whole platform
    QDate from; // invalid: 29 days before `to`
    QDate to; // invalid: today (UTC)

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
