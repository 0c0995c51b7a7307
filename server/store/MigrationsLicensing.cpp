#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 4: what registering licenses needs beyond the initial schema.
// - licenses.token_hash: BLAKE2b-256 of the token (base64url), the value the next token of the
//   same key carries as "prev"; the chain checks compare against it.
// - licenses.chain_status: what the chain check found when the license was registered
//   ('ok', 'gap' or 'fork'), so the finding stays visible after the answer has gone.
// - licenses.grace_ends_at: expires_at + grace_days, computed when registering (SQL on both
//   backends cannot add days portably); NULL on rows written without it reads as expires_at.
// - licenses.version: the ETag of a license.
// - licenses_kid_seq: the chain lookups (by key and issue number, across companies);
//   licenses_id: lookups by jti, which is unique per token but not declared unique (the primary
//   key leads with company_id, so the schema can be distributed by tenant); registration holds
//   the issuer key's row lock while it checks, which serialises registrations per key.
const char *const kLicensingSchema = R"sql(
ALTER TABLE licenses ADD COLUMN token_hash TEXT;
ALTER TABLE licenses ADD COLUMN chain_status TEXT NOT NULL DEFAULT 'ok'
    CHECK (chain_status IN ('ok', 'gap', 'fork'));
ALTER TABLE licenses ADD COLUMN grace_ends_at TIMESTAMPTZ;
ALTER TABLE licenses ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX licenses_kid_seq ON licenses (kid, seq);
CREATE INDEX licenses_id ON licenses (id);
CREATE INDEX licenses_expiry ON licenses (status, expires_at);
)sql";

} // namespace

QString licensingMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kLicensingSchema), dialect);
}

} // namespace sphair::server
