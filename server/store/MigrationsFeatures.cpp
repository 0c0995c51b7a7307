#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 7: per-feature settings. company_features.config holds the settings set for the
// company (a JSON object, FeatureSettings); NULL means every setting has its default. A row
// with source 'tier' now carries settings only and leaves the switch to the tier's template.
// The table's row-level security policies cover the new column as they are.
const char *const kFeatureSettingsSchema = R"sql(
ALTER TABLE company_features ADD COLUMN config {json};
)sql";

} // namespace

QString featureSettingsMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kFeatureSettingsSchema), dialect);
}

} // namespace sphair::server
