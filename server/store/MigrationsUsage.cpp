#include "server/store/Migrations.h"

namespace sphair::server {

namespace {

// Version 8: the data of the Usage tab (issue 11).
// - usage_daily.logins: sign-ins of the company's users that UTC day.
// - usage_hour_profile: a company's typical activity per hour of the week, the average over
//   its recent weeks; weekday 1 (Monday) to 7 (Sunday, ISO) and hour 0-23 in the platform's
//   time zone, Africa/Johannesburg. Answers "how many users are usually active in this
//   maintenance window".
// - feature_usage_daily: uses of each feature per company and UTC day (only enabled features
//   are ever used). Its index by day covers what StatsStore::rollUp reads for a range of days
//   (the hourly roll-up reads two days, not the whole table).
// - usage_platform_daily: the platform-wide roll-up per UTC day and tier, so the "all
//   companies" charts read 3 rows a day instead of every company's: companies existing at the
//   end of the day, created and churned (suspended or deleted) that day, companies with any
//   active user, and the sums of active_users, logins, events and api_calls of usage_daily.
//   StatsStore::rollUp (re)computes it; the definitions are written there.
// - feature_platform_daily: the platform-wide roll-up of feature_usage_daily per UTC day, tier
//   and feature: how many of the tier's companies existing that day used the feature (uses >
//   0) and the sum of their uses. Feature adoption reads it (with usage_platform_daily's
//   companies) instead of every company's rows; StatsStore::rollUp fills it with
//   usage_platform_daily. Operator only, like usage_platform_daily.
const char *const kUsageSchema = R"sql(
ALTER TABLE usage_daily ADD COLUMN logins INTEGER NOT NULL DEFAULT 0;
CREATE TABLE usage_hour_profile (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    active_users REAL NOT NULL DEFAULT 0 CHECK (active_users >= 0),
    logins REAL NOT NULL DEFAULT 0 CHECK (logins >= 0),
    PRIMARY KEY (company_id, weekday, hour)
);
CREATE TABLE feature_usage_daily (
    company_id {uuid} NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    feature_code TEXT NOT NULL REFERENCES feature_catalog (code) ON DELETE CASCADE,
    uses BIGINT NOT NULL DEFAULT 0 CHECK (uses >= 0),
    PRIMARY KEY (company_id, day, feature_code)
);
CREATE INDEX feature_usage_daily_day ON feature_usage_daily (day, company_id, feature_code, uses);
CREATE TABLE usage_platform_daily (
    day DATE NOT NULL,
    tier TEXT NOT NULL REFERENCES tier_ranges (tier),
    companies INTEGER NOT NULL DEFAULT 0 CHECK (companies >= 0),
    new_companies INTEGER NOT NULL DEFAULT 0 CHECK (new_companies >= 0),
    churned_companies INTEGER NOT NULL DEFAULT 0 CHECK (churned_companies >= 0),
    active_companies INTEGER NOT NULL DEFAULT 0 CHECK (active_companies >= 0),
    active_users BIGINT NOT NULL DEFAULT 0 CHECK (active_users >= 0),
    logins BIGINT NOT NULL DEFAULT 0 CHECK (logins >= 0),
    events BIGINT NOT NULL DEFAULT 0 CHECK (events >= 0),
    api_calls BIGINT NOT NULL DEFAULT 0 CHECK (api_calls >= 0),
    PRIMARY KEY (day, tier)
);
CREATE TABLE feature_platform_daily (
    day DATE NOT NULL,
    tier TEXT NOT NULL REFERENCES tier_ranges (tier),
    feature_code TEXT NOT NULL REFERENCES feature_catalog (code) ON DELETE CASCADE,
    companies_using INTEGER NOT NULL DEFAULT 0 CHECK (companies_using >= 0),
    uses BIGINT NOT NULL DEFAULT 0 CHECK (uses >= 0),
    PRIMARY KEY (day, tier, feature_code)
);
)sql";

} // namespace

QString usageMigration(const SqlDialect &dialect)
{
    return Migrations::render(QString::fromUtf8(kUsageSchema), dialect);
}

} // namespace sphair::server
