#pragma once

#include "models/domain/Deployment.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sphair::client {

// One page request of GET /admin/deploy/history (newest first).
struct DeploymentQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    std::optional<models::DeploymentStatus> status;

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
