#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 11: maintenance notices (issue 12).
// - company_settings.language and .timezone: the language ("en", "de") and IANA zone the
//   platform writes to the company in; its maintenance notices use them.
// - maintenance_notice_mail: the e-mail queue of maintenance notices. One row per window,
//   occurrence start, kind and recipient (the unique key), so planning the same notice again
//   (another pass, a restart, a second server) adds nothing and nothing is sent twice. The
//   sender takes queued rows whose next_attempt_at has come, by next_attempt_at; a row is
//   "sent" once the SMTP server accepted it, "failed" after the last attempt. window_id names
//   no row on purpose: the notices of a cancelled window stay as history. subject and body
//   are written when the notice is queued, in the company's language and time zone then.
const char *const kNoticesSchema = R"sql(
ALTER TABLE company_settings ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de'));
ALTER TABLE company_settings ADD COLUMN timezone TEXT NOT NULL DEFAULT 'Africa/Johannesburg';
CREATE TABLE maintenance_notice_mail (
    id {uuid} PRIMARY KEY,
    window_id {uuid} NOT NULL,
    occurrence_start TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ahead_72h', 'ahead_24h', 'ended')),
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('en', 'de')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    created_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    sent_at TIMESTAMPTZ,
    next_attempt_at TIMESTAMPTZ,
    last_error TEXT,
    UNIQUE (window_id, occurrence_start, kind, recipient)
);
CREATE INDEX maintenance_notice_mail_due ON maintenance_notice_mail (status, next_attempt_at);
CREATE INDEX maintenance_notice_mail_list ON maintenance_notice_mail (occurrence_start, company_id);
)sql";

} // namespace

QString noticesMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kNoticesSchema), dialect);
}

} // namespace sphair::server
