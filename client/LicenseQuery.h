#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Tier.h"

#include <QString>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace sphair::client {

// One page request of GET /admin/licenses (newest first).
struct LicenseQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    QUuid companyId; // null: every company
    std::optional<models::LicenseRecordStatus> status;
    std::optional<models::Tier> tier;
    QString kid; // only licenses signed by this key
    QString search; // q

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
