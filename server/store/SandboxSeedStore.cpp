#include "server/store/SandboxSeedStore.h"

#include "server/store/SqlQuery.h"

#include <QJsonArray>

#include <algorithm>

namespace sphair::server {

namespace {

QString statusOf(const SandboxSeedStore::Company &company)
{
    if (company.deletedAt.isValid())
        return QStringLiteral("deleted");
    return company.suspended ? QStringLiteral("suspended") : QStringLiteral("active");
}

void companyValues(const SandboxSeedStore::Company &company, SqlParams &params)
{
    params << company.id << company.code << company.name << models::tierCode(company.tier)
           << company.maxUsers << statusOf(company) << company.contactEmail << company.createdAt
           << (company.updatedAt.isValid() ? company.updatedAt : company.createdAt)
           << (company.deletedAt.isValid() ? QVariant(company.deletedAt) : QVariant());
}

const QString kCompanyColumns =
    QStringLiteral("companies (id, code, name, tier, max_users, status, contact_email, "
                   "created_at, updated_at, deleted_at)");

} // namespace

models::Result<bool> SandboxSeedStore::isEmpty(SqlSession &session)
{
    auto existing = session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM companies"));
    if (!existing)
        return existing.error();
    return existing->int64(u"n") == 0;
}

models::Status SandboxSeedStore::insertCompany(SqlSession &session, const Company &company)
{
    return insertCompanies(session, {company});
}

models::Status SandboxSeedStore::insertCompanies(SqlSession &session,
                                                 const QList<Company> &companies)
{
    return insertRows(session, kCompanyColumns, 10, companies, companyValues);
}

models::Status SandboxSeedStore::insertSettings(SqlSession &session, const QUuid &companyId,
                                                const models::CompanySettings &settings)
{
    return session.perform(
        QStringLiteral("INSERT INTO company_settings (company_id, display_name, primary_color, "
                       "secondary_color, accent_color, login_title, login_message, footer_text, "
                       "custom_subdomain, language, timezone) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                       "$8, $9, $10, $11)"),
        {companyId, settings.displayName, settings.primaryColor, settings.secondaryColor,
         settings.accentColor, settings.loginTitle, settings.loginMessage, settings.footerText,
         settings.customSubdomain, settings.language, settings.timezone});
}

models::Status SandboxSeedStore::insertFeatureOverride(SqlSession &session, const QUuid &companyId,
                                                       const QString &featureCode, bool enabled)
{
    return session.perform(QStringLiteral("INSERT INTO company_features (company_id, feature_code, "
                                          "enabled, source) VALUES ($1, $2, $3, 'override')"),
                           {companyId, featureCode, enabled});
}

models::Status SandboxSeedStore::insertUser(SqlSession &session, const QUuid &companyId,
                                            const User &user)
{
    return session.perform(
        QStringLiteral("INSERT INTO users (company_id, id, email, name, role, "
                       "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)"),
        {companyId, QUuid::createUuid(), user.email, user.name, user.role, user.createdAt});
}

models::Status SandboxSeedStore::insertDailyUsage(SqlSession &session,
                                                  const QList<DailyUsage> &rows)
{
    return insertRows(session,
                      QStringLiteral("usage_daily (company_id, day, active_users, logins, events, "
                                     "api_calls)"),
                      6, rows, [](const DailyUsage &row, SqlParams &params) {
                          params << row.companyId << row.day << row.activeUsers << row.logins
                                 << row.events << row.apiCalls;
                      });
}

models::Status SandboxSeedStore::insertFeatureUsage(SqlSession &session,
                                                    const QList<FeatureUse> &rows)
{
    return insertRows(session,
                      QStringLiteral("feature_usage_daily (company_id, day, "
                                     "feature_code, uses)"),
                      4, rows, [](const FeatureUse &row, SqlParams &params) {
                          params << row.companyId << row.day << row.featureCode << row.uses;
                      });
}

models::Status SandboxSeedStore::insertHourProfile(SqlSession &session, const QList<HourSlot> &rows)
{
    return insertRows(session,
                      QStringLiteral("usage_hour_profile (company_id, weekday, hour, "
                                     "active_users, logins)"),
                      5, rows, [](const HourSlot &row, SqlParams &params) {
                          params << row.companyId << row.weekday << row.hour << row.activeUsers
                                 << row.logins;
                      });
}

models::Status SandboxSeedStore::insertIssuerKey(SqlSession &session, const IssuerKey &key)
{
    return session.perform(
        QStringLiteral("INSERT INTO issuer_keys (kid, public_key, label, status, valid_from, "
                       "max_tier, max_users_cap, created_at) VALUES ($1, $2, $3, 'active', "
                       "$4, 'large', $5, $6)"),
        {key.kid, key.publicKey, key.label, key.validFrom, key.maxUsersCap, key.createdAt});
}

models::Status SandboxSeedStore::setKeyChain(SqlSession &session, const QString &kid,
                                             qint64 lastSeq, const QByteArray &lastTokenHash)
{
    return session.perform(QStringLiteral("UPDATE issuer_keys SET last_seq = $2, "
                                          "last_token_hash = $3 WHERE kid = $1"),
                           {kid, lastSeq, QString::fromLatin1(lastTokenHash)});
}

models::Status SandboxSeedStore::insertLicense(SqlSession &session, const License &license)
{
    return session.perform(
        QStringLiteral("INSERT INTO licenses (company_id, id, token, kid, seq, prev, tier, "
                       "max_users, features, issued_at, not_before, expires_at, grace_days, "
                       "status, registered_at, registered_by, token_hash, grace_ends_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
                       "'active', $14, $15, $16, $17)"),
        {license.companyId, license.id, QString::fromLatin1(license.token), license.kid,
         license.seq,
         license.prev.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(license.prev)),
         models::tierCode(license.tier), license.maxUsers,
         QJsonArray::fromStringList(license.features), license.issuedAt, license.notBefore,
         license.expiresAt, license.graceDays, license.registeredAt, license.registeredBy,
         QString::fromLatin1(license.tokenHash), license.expiresAt.addDays(license.graceDays)});
}

models::Status SandboxSeedStore::insertMaintenanceWindow(SqlSession &session,
                                                         const models::MaintenanceWindow &window,
                                                         const QString &createdBy)
{
    return session.perform(
        QStringLiteral("INSERT INTO maintenance_windows (id, starts_at, ends_at, timezone, "
                       "description, created_by) VALUES ($1, $2, $3, $4, $5, $6)"),
        {QUuid::createUuid(), window.startsAt, window.endsAt, window.timezone, window.description,
         createdBy});
}

} // namespace sphair::server
