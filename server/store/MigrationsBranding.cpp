#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 6: branding that lives on the platform.
// - company_settings: footer text and a custom subdomain (<label>.sphair.app), unique across
//   companies (NULL, not set, may repeat). logo_url and favicon_url go: the images are now
//   uploaded to the platform (company_images) and their URLs are derived from it.
// - company_images: one checked image per company and slot, with its decoded type, size and
//   hash (the hash names the public, cacheable copy).
const char *const kBrandingSchema = R"sql(
ALTER TABLE company_settings ADD COLUMN footer_text TEXT;
ALTER TABLE company_settings ADD COLUMN custom_subdomain TEXT;
CREATE UNIQUE INDEX company_settings_custom_subdomain ON company_settings (custom_subdomain);
ALTER TABLE company_settings DROP COLUMN logo_url;
ALTER TABLE company_settings DROP COLUMN favicon_url;
CREATE TABLE company_images (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    slot TEXT NOT NULL CHECK (slot IN ('logo', 'favicon', 'login_background')),
    content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    byte_size INTEGER NOT NULL CHECK (byte_size > 0),
    data {bytes} NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT {now},
    PRIMARY KEY (company_id, slot)
);
)sql";

} // namespace

QString brandingMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kBrandingSchema), dialect);
}

} // namespace sphair::server
