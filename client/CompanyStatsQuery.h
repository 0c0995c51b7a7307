#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sphair::client {

// One page request of GET /admin/stats/companies.
struct CompanyStatsQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor; // next_cursor of the previous page; empty for the first page
    QString search; // q: matched against code and name
    std::optional<models::Tier> tier;
    std::optional<models::CompanyStatus> status; // without it, deleted companies are left out

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
