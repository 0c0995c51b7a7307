#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace sphair::server {

// Reads the platform's audit log, newest first, with the filters of GET /admin/audit. Pages
// by keyset (the last id seen), so entries written meanwhile never shift a page.
class AuditSearch
{
public:
    struct Query
    {
        QString actor; // exact; empty: anyone
        QString action; // exact, or every action under it when it ends in '.'; empty: all
        QString targetType; // exact; empty: all
        QUuid companyId; // null: all
        // With companyId: also the platform's deployments that touched the company (their
        // deployment.start, deployment.rollback and deployment.finish entries since the
        // company was created), kept once for the platform rather than copied per company.
        bool withPlatformDeployments = false;
        QDateTime from; // inclusive; invalid: no bound
        QDateTime to; // exclusive; invalid: no bound
        qint64 beforeId = 0; // only entries with a smaller id; 0: from the newest
        int limit = 50;
    };

    struct Page
    {
        QList<models::AuditEntry> items;
        qint64 lastId = 0; // the id of the last item: the next page's beforeId
        bool hasMore = false;
        qint64 total = 0; // entries matching the filters, on every page
    };

    // audit_log ids are sequence numbers, the API's entry ids UUIDs: the number is written
    // into the last group of a fixed version 8 pattern (stable, unique, never nil).
    static QUuid entryId(qint64 sequence);

    static models::Result<Page> search(SqlSession &session, const Query &query);
};

} // namespace sphair::server
