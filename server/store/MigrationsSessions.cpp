#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 13: session families (issue 9).
// - family_id: the sign-in a session descends from through refreshes (the token hash of the
//   session that sign-in opened). A refresh token presented a second time ends the whole
//   family, the sessions refreshed from it too.
// - signed_in_at: when that sign-in happened; refresh is refused once the absolute lifetime
//   has passed since then, however often the session was refreshed.
// - refresh_used_at: when the session's refresh token was traded for a new session (it works
//   once). Claimed by a single UPDATE, so two concurrent refreshes give one session.
// Sessions from before this version become families of their own, signed in when created.
const char *const kSessionsSchema = R"sql(
ALTER TABLE admin_sessions ADD COLUMN family_id TEXT;
ALTER TABLE admin_sessions ADD COLUMN signed_in_at TIMESTAMPTZ;
ALTER TABLE admin_sessions ADD COLUMN refresh_used_at TIMESTAMPTZ;
UPDATE admin_sessions SET family_id = token_hash, signed_in_at = created_at;
CREATE INDEX admin_sessions_family ON admin_sessions (family_id);
)sql";

} // namespace

QString sessionsMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kSessionsSchema), dialect);
}

} // namespace sphair::server
