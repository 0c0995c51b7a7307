#include "server/store/Migrations.h"

namespace sphair::server {

// Version 3, the operations area:
// - deployments get a change counter, row_version (the ETag of GET /admin/deploy/{id}, bumped on
// every
//   step) and a kind, so a rollback is told apart from a deployment of a new version;
// - the server process running a deployment (runner: host and process id) and when it last
//   showed signs of life (heartbeat_at), so a deployment whose server died can be told apart
//   from one another server process is running, and failed;
// - at most one deployment is pending or running, enforced by the database (a unique index
//   over the rows in those states), so two admins, or two server processes, never start two;
// - indexes for the audit filters and the platform-wide usage series.
QString operationsMigration(const SqlDialect &dialect)
{
    return Migrations::render(QStringLiteral(R"sql(
ALTER TABLE deployments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE deployments ADD COLUMN kind TEXT NOT NULL DEFAULT 'deploy'
    CHECK (kind IN ('deploy', 'rollback'));
ALTER TABLE deployments ADD COLUMN runner TEXT;
ALTER TABLE deployments ADD COLUMN heartbeat_at TIMESTAMPTZ;
CREATE UNIQUE INDEX deployments_one_active ON deployments ((status IN ('pending', 'running')))
    WHERE status IN ('pending', 'running');
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX usage_daily_day ON usage_daily (day)
)sql"),
                              dialect);
}

} // namespace sphair::server
