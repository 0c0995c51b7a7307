#pragma once

#include "ModelTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

// One fully populated JSON object per wire type, as the reference server writes it: every
// optional field set, so a codec's toJson() of the value read from it must give it back
// exactly (the server can then write it with the codec), and so its keys can be held against
// server/openapi.yaml (tst_wirecontract).
namespace sphair::tests::WireSamples {

inline QJsonObject company()
{
    return parseObject(R"({
        "id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "code": "ACME-01",
        "name": "Acme Field Services",
        "tier": "medium",
        "max_users": 25,
        "status": "suspended",
        "contact_email": "it@acme.example.com",
        "created_at": "2025-01-02T03:04:05Z",
        "updated_at": "2025-02-03T04:05:06Z",
        "version": 7,
        "user_count": 19,
        "license_status": "expiring",
        "license_expires_at": "2025-06-30T00:00:00Z"
    })");
}

inline QJsonObject companySettings()
{
    return QJsonObject {
        {QStringLiteral("display_name"), QStringLiteral("Acme Field Services")},
        {QStringLiteral("primary_color"), QStringLiteral("#1F4E79")},
        {QStringLiteral("secondary_color"), QStringLiteral("#37474F")},
        {QStringLiteral("accent_color"), QStringLiteral("#00695C")},
        {QStringLiteral("logo_url"),
         QStringLiteral("/public/branding/3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12/logo/"
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
        {QStringLiteral("favicon_url"),
         QStringLiteral("/public/branding/3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12/favicon/"
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")},
        {QStringLiteral("login_background_url"),
         QStringLiteral("/public/branding/3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12/login_background/"
                        "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13")},
        {QStringLiteral("login_title"), QStringLiteral("Welcome to Acme")},
        {QStringLiteral("login_message"),
         QStringLiteral("Sign in with your work account.\nNeed help? Call 0800 000 000.")},
        {QStringLiteral("footer_text"), QStringLiteral("© Acme Field Services")},
        {QStringLiteral("custom_subdomain"), QStringLiteral("acme")},
        {QStringLiteral("custom_domain"), QStringLiteral("portal.acme.example.com")},
        {QStringLiteral("language"), QStringLiteral("de")},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("version"), 3},
    };
}

inline QJsonObject auditEntry()
{
    return parseObject(R"({
        "id": "7d444840-9dc0-41cc-b1f0-1a0c3f4e5d6a",
        "at": "2025-03-10T09:15:00Z",
        "actor": "sales@brightstep.example",
        "actor_role": "sales",
        "action": "company.update",
        "target_type": "company",
        "target_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "before": {"max_users": 20, "tags": ["a"]},
        "after": {"max_users": 25, "tags": ["a", "b"]}
    })");
}

inline QJsonObject issuerKey()
{
    return parseObject(R"({
        "kid": "k4.pid.cT0eWxm2eMBL3rmp0HUZzeNs2lXDaU5kImpJtNnpe25y",
        "public_key": "k4.public.Hrnbu7wEfAP9cGBOAHHwmH4Wsot1ciXBHwBBXQ4gsaI",
        "label": "Sales laptop 2025",
        "status": "active",
        "valid_from": "2025-01-01T00:00:00Z",
        "valid_until": "2026-01-01T00:00:00Z",
        "max_tier": "medium",
        "max_users_cap": 30,
        "allowed_features": ["inventory", "calendar", "reporting", "mobile_app"],
        "last_seq": 12
    })");
}

inline QJsonObject licenseRecord()
{
    return parseObject(R"({
        "id": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "company_code": "ACME-01",
        "kid": "k4.pid.cT0eWxm2eMBL3rmp0HUZzeNs2lXDaU5kImpJtNnpe25y",
        "seq": 4,
        "tier": "medium",
        "max_users": 25,
        "features": ["inventory", "calendar", "api_access"],
        "issued_at": "2025-01-01T08:00:00Z",
        "not_before": "2025-01-01T00:00:00Z",
        "expires_at": "2026-01-01T00:00:00Z",
        "grace_days": 14,
        "supersedes": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
        "status": "active",
        "revoked_at": null,
        "revoke_reason": null,
        "token": "v4.public.eyJpc3MiOiJ0ZXN0In0.e30"
    })");
}

// Every Monday 02:00–06:00 SAST until the end of June 2025; one occurrence skipped, one
// moved a day later.
inline QJsonObject maintenanceWindow()
{
    return parseObject(R"({
        "id": "5c7a3e2b-1f4d-4c8e-9a6b-2d3e4f5a6b7c",
        "starts_at": "2025-03-10T00:00:00Z",
        "ends_at": "2025-03-10T04:00:00Z",
        "timezone": "Africa/Johannesburg",
        "description": "Database upgrade",
        "recurrence": {"frequency": "weekly", "until": "2025-06-30"},
        "exceptions": [
            {"occurrence": "2025-03-17", "action": "skip", "starts_at": null, "ends_at": null},
            {"occurrence": "2025-03-24", "action": "move",
             "starts_at": "2025-03-25T00:00:00Z", "ends_at": "2025-03-25T04:00:00Z"}
        ]
    })");
}

// The moved occurrence of maintenanceWindow().
inline QJsonObject maintenanceOccurrence()
{
    return parseObject(R"({
        "window_id": "5c7a3e2b-1f4d-4c8e-9a6b-2d3e4f5a6b7c",
        "occurrence": "2025-03-24",
        "starts_at": "2025-03-25T00:00:00Z",
        "ends_at": "2025-03-25T04:00:00Z",
        "timezone": "Africa/Johannesburg",
        "description": "Database upgrade",
        "recurring": true,
        "moved": true
    })");
}

inline QJsonObject maintenanceOccurrenceList()
{
    QJsonObject list = parseObject(R"({
        "from": "2025-03-20T00:00:00Z",
        "to": "2025-03-27T00:00:00Z"
    })");
    list.insert(QStringLiteral("items"), QJsonArray {maintenanceOccurrence()});
    return list;
}

inline QJsonObject maintenanceDryRunHour()
{
    return parseObject(R"({"weekday": 1, "hour": 2, "companies": 14, "active_users": 63.5})");
}

inline QJsonObject maintenanceDryRun()
{
    return parseObject(R"({
        "companies": 14,
        "active_users": 63.5,
        "starts_at": "2025-03-10T00:00:00Z",
        "ends_at": "2025-03-10T02:00:00Z",
        "hours": [
            {"weekday": 1, "hour": 2, "companies": 14, "active_users": 63.5},
            {"weekday": 1, "hour": 3, "companies": 9, "active_users": 40.25}
        ]
    })");
}

inline QJsonObject maintenanceNoticeMail()
{
    return parseObject(R"({
        "id": "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
        "window_id": "5c7a3e2b-1f4d-4c8e-9a6b-2d3e4f5a6b7c",
        "occurrence_start": "2025-03-10T00:00:00Z",
        "kind": "ahead_24h",
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "company_name": "Acme Field Services",
        "recipient": "admin@acme.example.com",
        "language": "de",
        "subject": "Wartung am 10.03.2025 um 01:00",
        "status": "sent",
        "attempts": 2,
        "created_at": "2025-03-07T00:00:00Z",
        "sent_at": "2025-03-09T00:05:00Z",
        "next_attempt_at": "2025-03-09T00:10:00Z",
        "last_error": "421 Service not available"
    })");
}

inline QJsonObject maintenanceState()
{
    return parseObject(R"({
        "enabled": true,
        "message": "Upgrading the database; back at 04:00.",
        "retry_after_seconds": 600,
        "started_at": "2025-03-10T00:00:00Z",
        "started_by": "root"
    })");
}

inline QJsonObject deploymentStep()
{
    return parseObject(R"({
        "ordinal": 1, "name": "pre_checks", "status": "succeeded",
        "started_at": "2025-03-10T00:00:00Z", "finished_at": "2025-03-10T00:00:05Z",
        "output": "disk ok\nschema ok"
    })");
}

inline QJsonObject deployment()
{
    QJsonObject deployment = parseObject(R"({
        "id": "0e8c4a6f-7b2d-4e1a-8c3f-5d6e7f8a9b0c",
        "version": "2.14.0",
        "status": "running",
        "active_color": "green",
        "started_by": "ops@brightstep.example",
        "started_at": "2025-03-10T00:00:00Z",
        "finished_at": null,
        "rollback_of": null,
        "reason": "Security fix that cannot wait for Sunday",
        "window_id": "5b1f0c2e-3d4a-4b6c-8e7f-901a2b3c4d5e",
        "scheduled_for": "2025-03-10T00:00:00Z"
    })");
    deployment.insert(QStringLiteral("steps"), QJsonArray {deploymentStep(), parseObject(R"({
        "ordinal": 2, "name": "maintenance_on", "status": "running",
        "started_at": "2025-03-10T00:00:05Z", "finished_at": null, "output": null
    })")});
    return deployment;
}

// POST /admin/deploy into a window occurrence, and now with a reason (one body cannot be both).
inline QJsonObject deploymentStartIntoWindow()
{
    return parseObject(R"({
        "version": "2.14.0",
        "strategy": "blue_green",
        "window_id": "5b1f0c2e-3d4a-4b6c-8e7f-901a2b3c4d5e",
        "occurrence": "2025-03-09"
    })");
}

inline QJsonObject deploymentStartNow()
{
    return parseObject(R"({
        "version": "2.14.1",
        "strategy": "blue_green",
        "now": true,
        "reason": "Security fix that cannot wait for Sunday"
    })");
}

inline QJsonObject statsOverview()
{
    return parseObject(R"({
        "companies_by_tier": {"small": 12, "medium": 5, "large": 2},
        "companies_by_status": {"active": 17, "suspended": 2, "deleted": 3},
        "users_total": 402,
        "licenses_active": 15,
        "licenses_expiring": 3,
        "licenses_in_grace": 1,
        "licenses_expired": 2,
        "expiring_within_days": 30,
        "generated_at": "2025-03-10T09:00:00Z"
    })");
}

inline QJsonObject usagePoint()
{
    return parseObject(R"({"day":"2025-03-10","active_users":17,"logins":21,"events":5230,
                           "api_calls":1200})");
}

inline QJsonObject featureState()
{
    return parseObject(
        R"({"code":"api_access","enabled":true,"source":"override","licensed":true,
               "config":{"rate_limit_per_minute":1200,"webhooks":true,
                         "webhook_signing_label":"acme"}})");
}

inline QJsonObject featureChange()
{
    return parseObject(R"({"code":"multi_site","enabled":true,"config":{"max_sites":12}})");
}

inline QJsonObject featureDiff()
{
    return parseObject(R"({"added":["api_access"],"removed":["inventory"],
                           "unchanged":["calendar","mobile_app","reporting"]})");
}

inline QJsonObject apiErrorBody()
{
    return parseObject(R"({"error":"invalid_field","message":"Use #RRGGBB.",
                           "details":{"field":"primary_color","reason":"format"}})");
}

// POST /auth/login; the reference server sends no display_name, the contract allows one.
inline QJsonObject sessionGrant()
{
    return parseObject(R"({
        "session_token": "sphs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "refresh_token": "sphr_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
        "token_type": "Bearer",
        "expires_at": "2030-01-02T03:04:05Z",
        "refresh_expires_at": "2030-02-02T03:04:05Z",
        "admin": {"username": "sally", "display_name": "Sally Sales", "role": "sales",
                  "must_change_password": false}
    })");
}

inline QJsonObject companyFeatureSet()
{
    return parseObject(R"({
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "tier": "small",
        "features": [
            {"code": "inventory", "enabled": true, "source": "tier", "licensed": true,
             "config": {"low_stock_alerts": true}},
            {"code": "api_access", "enabled": true, "source": "override", "licensed": true,
             "config": {"rate_limit_per_minute": 600, "webhooks": false,
                        "webhook_signing_label": "sphair"}},
            {"code": "multi_site", "enabled": false, "source": "tier", "licensed": false,
             "config": {"max_sites": 5}}
        ],
        "version": 4
    })");
}

// One row of GET /admin/features/companies: a company with its features.
inline QJsonObject featureMatrixRow()
{
    QJsonObject features = companyFeatureSet();
    features.insert(QStringLiteral("tier"), company().value(QLatin1String("tier")));
    return QJsonObject {{QStringLiteral("company"), company()},
                        {QStringLiteral("features"), features}};
}

inline QJsonObject featureUpdateResult()
{
    return parseObject(R"({
        "applied": true,
        "diff": {"added": ["white_label"], "removed": [], "unchanged": ["inventory"]},
        "features": [
            {"code": "inventory", "enabled": true, "source": "tier", "licensed": true,
             "config": {"low_stock_alerts": true}},
            {"code": "white_label", "enabled": true, "source": "override", "licensed": true,
             "config": {}}
        ],
        "version": 5
    })");
}

// POST /admin/features/change-sets: a feature on for one company, another back to its tier
// template for a second.
inline QJsonObject featureChangeBatch()
{
    return parseObject(R"({
        "dry_run": true,
        "companies": [
            {"company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12", "version": 4,
             "changes": [{"code": "white_label", "enabled": true}]},
            {"company_id": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "version": 9,
             "changes": [{"code": "reporting", "enabled": null},
                         {"code": "calendar", "enabled": false},
                         {"code": "multi_site", "config": {"max_sites": 40}}]}
        ]
    })");
}

inline QJsonObject featureChangeBatchResult()
{
    return parseObject(R"({
        "applied": true,
        "companies": [
            {"company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
             "diff": {"added": ["white_label"], "removed": [], "unchanged": ["inventory"]},
             "features": [
                 {"code": "inventory", "enabled": true, "source": "tier", "licensed": true,
             "config": {"low_stock_alerts": true}},
                 {"code": "white_label", "enabled": true, "source": "override", "licensed": false,
                  "config": {}}
             ],
             "version": 5}
        ]
    })");
}

inline QJsonObject featureCatalogDocument()
{
    return parseObject(R"({
        "features": [
            {"code": "inventory", "name": "Inventory", "description": "Stock and assets."},
            {"code": "api_access", "name": "API access", "description": null}
        ],
        "tiers": {
            "small": {"min_users": 2, "max_users": 10, "features": ["inventory"]},
            "medium": {"min_users": 10, "max_users": 30, "features": ["inventory"]},
            "large": {"min_users": 30, "max_users": 100000,
                      "features": ["inventory", "api_access"]}
        },
        "version": 2
    })");
}

inline QJsonObject tierTemplatesPreview()
{
    return QJsonObject {{QStringLiteral("catalog"), featureCatalogDocument()},
                        {QStringLiteral("companies_changed"), 12},
                        {QStringLiteral("companies_total"), 340}};
}

// POST /admin/licenses for a token that skipped an issue number of its key.
inline QJsonObject licenseRegistrationResult()
{
    QJsonObject license = licenseRecord();
    const QJsonArray warnings = parseObject(R"({"list": [
        {"kind": "gap", "message": "Issue number 3 of this key has not been registered here.",
         "expected_seq": 13, "expected_prev": null},
        {"kind": "fork", "message": "The license does not follow the registered license.",
         "expected_seq": 13, "expected_prev": "bGljZW5zZS1oYXNo"}
    ]})")
                                    .value(QLatin1String("list"))
                                    .toArray();
    return QJsonObject {
        {QStringLiteral("license"), license},
        {QStringLiteral("superseded_id"), QStringLiteral("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed")},
        {QStringLiteral("chain_warnings"), warnings},
        {QStringLiteral("chain"),
         QJsonObject {{QStringLiteral("status"), QStringLiteral("fork")},
                      {QStringLiteral("kid"), license.value(QLatin1String("kid"))},
                      {QStringLiteral("seq"), license.value(QLatin1String("seq"))},
                      {QStringLiteral("warnings"), warnings}}},
    };
}

inline QJsonObject maintenanceStatus()
{
    QJsonObject status = maintenanceState();
    status.insert(QStringLiteral("current_window"), maintenanceWindow());
    QJsonObject next = maintenanceWindow();
    next.insert(QStringLiteral("id"), QStringLiteral("6d8b4f3c-2a5e-4d9f-8b7c-3e4f5a6b7c8d"));
    next.insert(QStringLiteral("starts_at"), QStringLiteral("2025-03-11T00:00:00Z"));
    next.insert(QStringLiteral("ends_at"), QStringLiteral("2025-03-11T04:00:00Z"));
    status.insert(QStringLiteral("next_window"), next);
    status.insert(QStringLiteral("active_sessions"), 3);
    return status;
}

// GET /maintenance while in maintenance, with the next window planned.
inline QJsonObject maintenanceNotice()
{
    QJsonObject notice = parseObject(R"({
        "enabled": true,
        "message": "Upgrading the database; back at 04:00.",
        "retry_after_seconds": 600
    })");
    notice.insert(QStringLiteral("next_window"), maintenanceWindow());
    return notice;
}

inline QJsonObject companyStats()
{
    return parseObject(R"({
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "code": "ACME-01",
        "name": "Acme Field Services",
        "tier": "medium",
        "status": "active",
        "max_users": 25,
        "user_count": 19,
        "active_users_30d": 14,
        "events_30d": 5230,
        "api_calls_30d": 1200,
        "license_status": "expiring",
        "license_expires_at": "2025-06-30T00:00:00Z"
    })");
}

inline QJsonObject userStats()
{
    return parseObject(R"({
        "users_total": 402,
        "active_users_1d": 80,
        "active_users_7d": 210,
        "active_users_30d": 340,
        "users_by_tier": {"small": 90, "medium": 212, "large": 100},
        "seats_licensed": 450,
        "generated_at": "2025-03-10T09:00:00Z"
    })");
}

inline QJsonObject usageSeries()
{
    return parseObject(R"({
        "company_id": "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12",
        "from": "2025-03-09",
        "to": "2025-03-10",
        "points": [
            {"day": "2025-03-09", "active_users": 0, "logins": 0, "events": 0, "api_calls": 0},
            {"day": "2025-03-10", "active_users": 17, "logins": 21, "events": 5230,
             "api_calls": 1200}
        ]
    })");
}

inline QJsonObject growthPoint()
{
    return parseObject(R"({"day": "2025-03-10", "tier": "medium", "companies": 14,
                           "new_companies": 2, "churned_companies": 1, "active_companies": 11})");
}

inline QJsonObject growthSeries()
{
    return parseObject(R"({
        "from": "2025-03-10",
        "to": "2025-03-10",
        "points": [
            {"day": "2025-03-10", "tier": "small", "companies": 0, "new_companies": 0,
             "churned_companies": 0, "active_companies": 0},
            {"day": "2025-03-10", "tier": "medium", "companies": 14, "new_companies": 2,
             "churned_companies": 1, "active_companies": 11},
            {"day": "2025-03-10", "tier": "large", "companies": 3, "new_companies": 0,
             "churned_companies": 0, "active_companies": 3}
        ]
    })");
}

inline QJsonObject featureAdoptionRow()
{
    return parseObject(R"({"feature_code": "reporting", "tier": "large", "companies": 12,
                           "enabled": 10, "active_share": 0.625, "uses": 4310})");
}

inline QJsonObject featureAdoption()
{
    return parseObject(R"({
        "from": "2025-02-09",
        "to": "2025-03-10",
        "rows": [
            {"feature_code": "reporting", "tier": "small", "companies": 30, "enabled": 0,
             "active_share": 0, "uses": 0},
            {"feature_code": "reporting", "tier": "large", "companies": 12, "enabled": 10,
             "active_share": 0.625, "uses": 4310}
        ]
    })");
}

inline QJsonObject tenantToken()
{
    return parseObject(R"({
        "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "label": "Payroll export",
        "created_at": "2025-03-01T08:00:00Z",
        "expires_at": "2026-03-01T00:00:00Z"
    })");
}

inline QJsonObject issuedTenantToken()
{
    QJsonObject issued = tenantToken();
    issued.insert(QStringLiteral("token"),
                  QStringLiteral("spht_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"));
    return issued;
}

inline QJsonObject tenantTokenList()
{
    QJsonObject openEnded = tenantToken();
    openEnded.insert(QStringLiteral("id"), QStringLiteral("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"));
    openEnded.insert(QStringLiteral("expires_at"), QJsonValue::Null);
    return QJsonObject {{QStringLiteral("items"), QJsonArray {tenantToken(), openEnded}}};
}

inline QJsonObject tenantUser()
{
    return parseObject(R"({
        "id": "5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "email": "dana@acme.example.com",
        "display_name": "Dana Fischer",
        "role": "admin",
        "created_at": "2025-03-02T10:20:30Z"
    })");
}

inline QJsonObject tenantFeatures()
{
    return parseObject(R"({
        "tier": "medium",
        "features": [
            {"code": "api_access", "enabled": true, "source": "override", "licensed": true,
             "config": {"rate_limit_per_minute": 600, "webhooks": false,
                        "webhook_signing_label": "sphair"}},
            {"code": "reporting", "enabled": true, "source": "tier", "licensed": true,
             "config": {"scheduled_reports": true, "retention_days": 730}},
            {"code": "white_label", "enabled": false, "source": "override", "licensed": false,
             "config": {}}
        ]
    })");
}

inline QJsonObject tenantReport()
{
    return parseObject(R"({
        "generated_at": "2025-03-11T06:00:00Z",
        "users_total": 19,
        "usage": [
            {"day": "2025-03-09", "active_users": 0, "logins": 0, "events": 0, "api_calls": 0},
            {"day": "2025-03-10", "active_users": 17, "logins": 21, "events": 5230,
             "api_calls": 1200}
        ]
    })");
}

inline QJsonObject health()
{
    return parseObject(R"({"status": "degraded", "database": "unreachable",
                           "version": "2025.3.1", "maintenance": true})");
}

// GET /admin/system/health for one instance over the last hour (two of its 60 buckets).
inline QJsonObject systemHealth()
{
    return parseObject(R"({
        "range": "hour",
        "from": "2025-03-10T08:00:00Z",
        "to": "2025-03-10T09:00:00Z",
        "step_seconds": 60,
        "instances": ["platform-a-4711", "platform-b-815"],
        "instance_id": "platform-a-4711",
        "series": [
            {"start": "2025-03-10T08:00:00Z", "requests": 0, "errors": 0, "client_errors": 0,
             "p50_ms": 0, "p95_ms": 0, "p99_ms": 0, "db_statements": 0, "db_mean_ms": 0},
            {"start": "2025-03-10T08:01:00Z", "requests": 128, "errors": 2, "client_errors": 7,
             "p50_ms": 18.5, "p95_ms": 175.25, "p99_ms": 480.75, "db_statements": 410,
             "db_mean_ms": 1.375}
        ],
        "routes": [
            {"method": "GET", "route": "/admin/companies/{id}", "requests": 80, "errors": 2,
             "client_errors": 5, "mean_ms": 42.5, "p50_ms": 20.25, "p95_ms": 190.5,
             "p99_ms": 487.5}
        ],
        "errors": [{"code": "not_found", "count": 5}, {"code": "internal", "count": 2}],
        "totals": {"requests": 128, "errors": 2, "client_errors": 7,
                   "requests_per_minute": 2.1333333333333333,
                   "error_rate": 0.015625, "p50_ms": 18.5, "p95_ms": 175.25,
                   "p99_ms": 480.75, "db_mean_ms": 1.375}
    })");
}

} // namespace sphair::tests::WireSamples
