#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 10: recurring maintenance windows (issue 12). A window keeps its first occurrence in
// starts_at/ends_at; models::MaintenanceSchedule computes the others.
// - recurrence_frequency: 'weekly' or 'monthly'; NULL for a single window.
// - recurrence_until: the last local date (in the window's timezone) an occurrence may start
//   on; NULL for no end.
// - exceptions: the MaintenanceException list as JSON ([] when none): occurrences skipped or
//   moved, each named by its planned local date.
const char *const kMaintenanceSchema = R"sql(
ALTER TABLE maintenance_windows ADD COLUMN recurrence_frequency TEXT
    CHECK (recurrence_frequency IN ('weekly', 'monthly'));
ALTER TABLE maintenance_windows ADD COLUMN recurrence_until DATE;
ALTER TABLE maintenance_windows ADD COLUMN exceptions {json} NOT NULL DEFAULT '[]';
)sql";

} // namespace

QString maintenanceMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kMaintenanceSchema), dialect);
}

} // namespace sphair::server
