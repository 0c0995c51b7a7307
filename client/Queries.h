#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Company.h"
#include "models/domain/CompanyStats.h"
#include "models/domain/Deployment.h"
#include "models/domain/FeatureMatrixRow.h"
#include "models/domain/IssuerKey.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Tier.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace sphair::client {

// The query strings of the admin API's list routes, one struct per route, each with its route
// and the type of its items, so one AreaClient::list() calls them all. Every filter that
// is left at its default is left out of the URL, so the server applies its own default.

// Where a paged list continues: every list route takes these two.
struct PageQuery
{
    int limit = 0; // 1–500; 0: the server's default (50)
    QString cursor; // next_cursor of the previous page; empty for the first page
};

// The company filters shared by the company list and the company statistics.
struct CompanyFilter
{
    QString search; // q: matched against code and name
    std::optional<models::Tier> tier;
    std::optional<models::CompanyStatus> status; // without it, deleted companies are left out
};

// GET /admin/companies.
struct CompanyQuery : PageQuery, CompanyFilter
{
    using Item = models::Company; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/companies"); }

    QString sort; // name, code, created_at, license_expires_at; a leading '-' descends

    QUrlQuery toUrlQuery() const;
};

// GET /admin/stats/companies.
struct CompanyStatsQuery : PageQuery, CompanyFilter
{
    using Item = models::CompanyStats; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/stats/companies"); }

    // Empty: by name. "utilisation": user_count / max_users, highest first, then by name.
    QString sort;

    QUrlQuery toUrlQuery() const;
};

// GET /admin/features/companies: companies by code, each with its features (the tenant ×
// feature matrix a page at a time).
struct FeatureMatrixQuery : PageQuery, CompanyFilter
{
    using Item = models::FeatureMatrixRow; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/features/companies"); }

    QUrlQuery toUrlQuery() const;
};

// GET /admin/licenses (newest first).
struct LicenseQuery : PageQuery
{
    using Item = models::LicenseRecord; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/licenses"); }

    QUuid companyId; // null: every company
    std::optional<models::LicenseRecordStatus> status;
    std::optional<models::Tier> tier;
    QString kid; // only licenses signed by this key
    QString search; // q

    QUrlQuery toUrlQuery() const;
};

// GET /admin/licenses/expiring: active licenses ending within `days`, soonest first.
struct ExpiringLicenseQuery : PageQuery
{
    using Item = models::LicenseRecord; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/licenses/expiring"); }

    int days = 30; // 1–365

    QUrlQuery toUrlQuery() const;
};

// A list whose one filter is its items' status.
template<typename T, typename Status>
struct StatusPageQuery : PageQuery
{
    using Item = T; // what a page of the route holds
    std::optional<Status> status; // without it, every status
};

// GET /admin/keys.
struct IssuerKeyQuery : StatusPageQuery<models::IssuerKey, models::IssuerKeyStatus>
{
    static QString path() { return QStringLiteral("/admin/keys"); }
    QUrlQuery toUrlQuery() const;
};

// The audit log (newest first): a company's trail (CompaniesClient::companyAudit) or the
// whole log (OperationsClient::auditLog).
struct AuditQuery : PageQuery
{
    using Item = models::AuditEntry; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/audit"); }

    QString action; // "company.suspend", or a prefix ending in '.' such as "company."
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound
    // Filters of the whole log only (GET /admin/audit); a company's trail has no such
    // parameters, so companyAudit() does not send them.
    QString actor; // an admin's user name, a tenant user's id, or "system"
    QString targetType; // target_type: "company", "license", "issuer_key", …
    QUuid companyId; // company_id; null: every company and platform-wide entries

    // Every filter that is set.
    QUrlQuery toUrlQuery() const;
    // The filters a company's trail takes: limit, cursor, action, from, to.
    QUrlQuery toCompanyUrlQuery() const;
};

// GET /admin/maintenance/windows: the windows that end after `from` and start before `to`,
// by start.
struct MaintenanceWindowQuery : PageQuery
{
    using Item = models::MaintenanceWindow; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/maintenance/windows"); }

    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound

    QUrlQuery toUrlQuery() const;
};

// GET /admin/maintenance/notices: the maintenance notice e-mails, newest occurrence first.
struct MaintenanceNoticeQuery : PageQuery
{
    using Item = models::MaintenanceNoticeMail; // what a page of the route holds
    static QString path() { return QStringLiteral("/admin/maintenance/notices"); }

    QUuid windowId; // window_id; null: every window
    QString status; // "queued", "sent" or "failed"; empty: every status
    QUuid companyId; // company_id; null: every company

    QUrlQuery toUrlQuery() const;
};

// GET /admin/deploy/history (newest first, without steps).
struct DeploymentQuery : StatusPageQuery<models::Deployment, models::DeploymentStatus>
{
    static QString path() { return QStringLiteral("/admin/deploy/history"); }

    QString version; // exact, or a prefix ("2.14" finds 2.14.0 and 2.14.1)
    QDateTime from; // started (or scheduled) at or after; invalid: no lower bound
    QDateTime to; // started (or scheduled) before; invalid: no upper bound

    QUrlQuery toUrlQuery() const;
};

// Which days a usage chart covers (UTC, both included; at most 366 days apart): the query of
// GET /admin/stats/growth and /admin/stats/feature-adoption. Not paged.
struct UsageRangeQuery
{
    QDate from; // invalid: 29 days before `to`
    QDate to; // invalid: today (UTC)

    QUrlQuery toUrlQuery() const;
};

// GET /admin/system/health: which range ("hour", "day" or "week"; empty: the server's
// default, hour) and which instance (empty: all together). Not paged.
struct HealthQuery
{
    QString range;
    QString instanceId;

    QUrlQuery toUrlQuery() const;
};

// GET /admin/stats/usage: whose usage and which days. Not paged.
struct UsageQuery : UsageRangeQuery
{
    QUuid companyId; // null: the whole platform

    QUrlQuery toUrlQuery() const;
};

} // namespace sphair::client
