#include "server/store/Migrations.h"

namespace sphair::server {

// Version 12, deployments into maintenance windows (issue 12):
// - reason: why a deployment was started outside a window ("now"); '' when it was not;
// - window_id and occurrence (the local date the occurrence was planned on, YYYY-MM-DD) of the
//   window occurrence it runs in, and scheduled_for, when that occurrence starts: a deployment
//   waiting for it has status 'scheduled' (not 'pending', so the one-active index of migration
//   3 lets it wait beside a running one) and its started_at holds scheduled_for until it
//   starts, so the history is ordered and filtered by one column;
// - started_by_role: the role of the admin who scheduled it, for the audit rows the server
//   writes in that admin's name when it starts;
// - one scheduled deployment per window occurrence, enforced by the database, and an index
//   for the scheduler's look-up of the due ones.
QString deploymentsMigration(const SqlDialect &dialect)
{
    return Migrations::render(QStringLiteral(R"sql(
ALTER TABLE deployments ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE deployments ADD COLUMN window_id {uuid};
ALTER TABLE deployments ADD COLUMN occurrence TEXT;
ALTER TABLE deployments ADD COLUMN scheduled_for TIMESTAMPTZ;
ALTER TABLE deployments ADD COLUMN started_by_role TEXT NOT NULL DEFAULT 'superadmin';
CREATE UNIQUE INDEX deployments_one_per_occurrence ON deployments (window_id, occurrence)
    WHERE status = 'scheduled';
CREATE INDEX deployments_due ON deployments (scheduled_for) WHERE status = 'scheduled'
)sql"),
                              dialect);
}

} // namespace sphair::server
