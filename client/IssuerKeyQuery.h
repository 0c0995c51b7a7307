#pragma once

#include "models/domain/IssuerKey.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sphair::client {

// One page request of GET /admin/keys.
struct IssuerKeyQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    std::optional<models::IssuerKeyStatus> status;

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
