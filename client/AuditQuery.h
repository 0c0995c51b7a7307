#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

namespace sphair::client {

// One page request of a company's audit trail (newest first).
struct AuditQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor;
    QString action; // "company.suspend", or a prefix ending in '.' such as "company."
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
