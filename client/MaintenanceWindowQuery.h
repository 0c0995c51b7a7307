#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace sphair::client {

// One page request of GET /admin/maintenance/windows: the windows that end after `from` and
// start before `to`, by start.
struct MaintenanceWindowQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
