#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sphair::client {

// One page request of GET /admin/companies: the filters, the order and where to continue.
struct CompanyQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor; // next_cursor of the previous page; empty for the first page
    QString search; // q: matched against code and name
    std::optional<models::Tier> tier;
    std::optional<models::CompanyStatus> status; // without it, deleted companies are left out
    QString sort; // name, code, created_at, license_expires_at; a leading '-' descends

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
