#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace sphair::server {

// Reads the audit log of one company, newest first, for the console's audit timeline.
class CompanyAuditTrail
{
public:
    struct Query
    {
        QUuid companyId;
        QString action; // exact, or every action under it when it ends in '.'; empty: all
        QDateTime from; // inclusive; invalid: no bound
        QDateTime to; // exclusive; invalid: no bound
        qint64 beforeId = 0; // keyset cursor: only rows with a smaller id; 0: from the newest
        int limit = 50;
    };

    struct Page
    {
        QList<models::AuditEntry> items;
        qint64 lastId = 0; // id of the last item, the next page's beforeId
        bool hasMore = false;
        qint64 total = 0; // rows matching the filters on all pages
    };

    // audit_log ids are sequence numbers; the API's entry ids are UUIDs, so each number is
    // written into a fixed UUID pattern (stable, unique, and never the nil UUID).
    static QUuid entryId(qint64 sequence);

    static models::Result<Page> read(SqlSession &session, const Query &query);
};

} // namespace sphair::server
