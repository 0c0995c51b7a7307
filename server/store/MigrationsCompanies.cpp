#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 5: version counters for the ETags of the companies area.
// - tier_ranges.version: the feature catalog's ETag is the highest version of the three tiers
//   (every change to the tier templates bumps all three).
// - companies.features_version: bumped by every change to a company's feature overrides. The
//   ETag of a company's features adds the catalog's version to it, so an edited tier template
//   changes the ETag of every company too (both counters only grow, so their sum never
//   repeats).
// - users (company_id, created_at, id): the order of the tenant's user list.
const char *const kCompaniesSchema = R"sql(
ALTER TABLE tier_ranges ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE companies ADD COLUMN features_version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX users_created ON users (company_id, created_at, id);
CREATE INDEX companies_name ON companies (name);
)sql";

} // namespace

QString companiesMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kCompaniesSchema), dialect);
}

} // namespace sphair::server
