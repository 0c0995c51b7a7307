#include "server/services/TenantService.h"

#include "server/services/CompanyService.h"
#include "server/services/FeatureService.h"
#include "server/services/ServerText.h"
#include "server/store/AuditLog.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/CompanyStore.h"
#include "server/store/StatsStore.h"
#include "server/store/TenantUserStore.h"

namespace sphair::server {

namespace {

const QString kReportingFeature = QStringLiteral("reporting");

// Who the audit log names for a tenant's own changes: tenant clients authenticate with a
// company token, not as a person.
const QString kTenantActor = QStringLiteral("tenant_api");
const QString kTenantRole = QStringLiteral("tenant");

TxScope readScope(const QUuid &companyId)
{
    return TxScope::forTenant(companyId, TxScope::Access::ReadOnly);
}

// The token named this company a moment ago; it cannot have vanished (soft delete), so its
// absence means the token is no good.
models::Error noCompany()
{
    return {QStringLiteral("unauthorized"), tr("This token's company does not exist."), {}};
}

// What the tenant may use: a feature is enabled only when it is switched on and the usable
// license lists it; only those carry their settings (the others an empty config).
models::Result<models::TenantFeatures> featuresOf(SqlSession &session, const QUuid &companyId,
                                                  const QDateTime &now)
{
    auto read = FeatureService::licensedFeatures(session, companyId, now);
    if (!read)
        return read.error();
    if (!read.value())
        return noCompany();
    QList<models::FeatureState> features = read.value()->features;
    for (models::FeatureState &state : features) {
        state.enabled = state.enabled && state.licensed;
        if (!state.enabled)
            state.config = {};
    }
    return models::TenantFeatures {read.value()->tier, features};
}

// Refuses the next user unless the company's license has a seat free for it.
models::Status checkSeatFree(SqlSession &session, const QUuid &companyId, const QDateTime &now)
{
    auto license = CompanyLicenses::usableLicense(session, companyId, now);
    if (!license)
        return license.error();
    if (!license.value()) {
        return models::Status::failure(
            QStringLiteral("license_required"),
            tr("This company has no valid license, so no users can be added."));
    }
    auto current = TenantUserStore::countActive(session, companyId);
    if (!current)
        return current.error();
    const int maxUsers = license.value()->maxUsers;
    if (current.value() < maxUsers)
        return models::Status::success();
    return models::Status::failure(
        QStringLiteral("user_limit_reached"),
        tr("The license allows %1 users, and all are taken.").arg(maxUsers),
        {{QStringLiteral("max_users"), maxUsers}, {QStringLiteral("current"), current.value()}});
}

} // namespace

models::Result<models::CompanySettings> TenantService::settings(const QUuid &companyId) const
{
    return m_context.db->fetch<models::CompanySettings>(
        readScope(companyId), [&](SqlSession &session) -> models::Result<models::CompanySettings> {
            auto company = CompanyStore::header(session, companyId);
            if (!company)
                return company.error();
            if (!company.value()) {
                return CompanyService::notFound();
            }
            return CompanyStore::settings(session, companyId, company.value()->name);
        });
}

models::Result<models::TenantFeatures> TenantService::features(const QUuid &companyId) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<models::TenantFeatures>(
        readScope(companyId),
        [&](SqlSession &session) { return featuresOf(session, companyId, now); });
}

models::Result<models::Page<models::TenantUser>>
TenantService::users(const QUuid &companyId, qint64 offset, int limit) const
{
    using UserPage = models::Page<models::TenantUser>;
    return m_context.db->fetch<UserPage>(
        readScope(companyId), [&](SqlSession &session) -> models::Result<UserPage> {
            UserPage page;
            auto counted = TenantUserStore::count(session, companyId);
            if (!counted)
                return counted.error();
            page.total = counted.value();
            auto listed = TenantUserStore::list(session, companyId, limit, offset);
            if (!listed)
                return listed.error();
            page.items = std::move(listed).value();
            return page;
        });
}

models::Result<models::TenantUser> TenantService::createUser(const QUuid &companyId,
                                                             const models::TenantUser &user) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<models::TenantUser>(
        TxScope::forTenant(companyId),
        [&](SqlSession &session) -> models::Result<models::TenantUser> {
            // Lock the company row first: every creation for this company waits here, so the
            // count of seats and the insert after it are one step (SQLite serialises writers
            // anyway).
            auto locked = CompanyStore::exists(session, companyId, true);
            if (!locked)
                return locked.error();
            if (!locked.value())
                return noCompany();
            if (auto free = checkSeatFree(session, companyId, now); !free)
                return free.error();
            auto inserted = TenantUserStore::insert(session, companyId, user);
            if (!inserted)
                return inserted.error();
            if (!inserted.value()) {
                return models::Error {QStringLiteral("conflict"),
                                      tr("A user with this e-mail address exists already."),
                                      {{QStringLiteral("field"), QStringLiteral("email")}}};
            }
            const models::TenantUser created = *inserted.value();
            if (auto audited =
                    AuditLog::record(session, kTenantActor, kTenantRole,
                                     {QStringLiteral("user.create"), QStringLiteral("user"),
                                      created.id.toString(QUuid::WithoutBraces), companyId,
                                      QJsonValue::Null, created.toJson()});
                !audited)
                return audited.error();
            return created;
        });
}

models::Result<models::TenantReport> TenantService::report(const QUuid &companyId) const
{
    const QDateTime now = m_context.now();
    const QDate last = now.date();
    const QDate first = last.addDays(-(kReportDays - 1));
    return m_context.db->fetch<models::TenantReport>(
        readScope(companyId), [&](SqlSession &session) -> models::Result<models::TenantReport> {
            auto features = featuresOf(session, companyId, now);
            if (!features)
                return features.error();
            bool enabled = false;
            for (const models::FeatureState &state : features->features) {
                if (state.code == kReportingFeature)
                    enabled = state.enabled;
            }
            if (!enabled) {
                return models::Error {QStringLiteral("feature_disabled"),
                                      tr("Reports are not part of this company's plan."),
                                      {{QStringLiteral("feature"), kReportingFeature}}};
            }
            models::TenantReport report;
            report.generatedAt = now;
            auto counted = TenantUserStore::count(session, companyId);
            if (!counted)
                return counted.error();
            report.usersTotal = counted.value();
            // Every day of the window, zero where nothing was recorded, so charts need no gaps.
            auto points = StatsStore::usage(session, companyId, first, last);
            if (!points)
                return points.error();
            report.usage = points.value();
            return report;
        });
}

} // namespace sphair::server
