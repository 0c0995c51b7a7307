#include "server/store/CompanyStore.h"

#include "server/store/SqlQuery.h"

#include "server/store/BrandImageStore.h"
#include "server/store/CompanyLicenses.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/TenantUserStore.h"

namespace sphair::server {

namespace {

using models::Company;
using models::CompanySettings;

const char *const kCompanyColumns =
    "c.id AS id, c.code AS code, c.name AS name, c.tier AS tier, c.max_users AS max_users, "
    "c.status AS status, COALESCE(c.contact_email, '') AS contact_email, "
    "c.created_at AS created_at, "
    "c.updated_at AS updated_at, c.version AS version";

const char *const kUserCount = "(SELECT COUNT(*) FROM users u WHERE u.company_id = c.id AND "
                               "u.status = 'active')";

models::Result<Company> companyFrom(const SqlRow &row)
{
    return fromRow<Company>(row,
                            {{u"created_at", WireColumn::Time}, {u"updated_at", WireColumn::Time}});
}

void applySummary(Company &company, const QHash<QUuid, CompanyLicenses::Summary> &summaries)
{
    const auto found = summaries.constFind(company.id);
    if (found == summaries.constEnd())
        return;
    company.licenseStatus = found->status;
    company.licenseExpiresAt = found->expiresAt;
}

// NULL for an empty text, so "not set" reads back as null.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The company other than `exceptCompany` whose settings hold `value` in `column` (one of the
// unique columns custom_domain, custom_subdomain), if any.
models::Result<std::optional<QUuid>> settingsOwner(SqlSession &session, const char *column,
                                                   const QString &value, const QUuid &exceptCompany)
{
    auto row = session.queryOptional(QStringLiteral("SELECT company_id FROM company_settings "
                                                    "WHERE %1 = $1 AND company_id <> $2")
                                         .arg(QLatin1String(column)),
                                     {value, exceptCompany});
    return readOptional(row, [](const SqlRow &owner) { return owner.uuid(u"company_id"); });
}

} // namespace

QStringList CompanyStore::sortKeys()
{
    return {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("created_at"),
            QStringLiteral("license_expires_at")};
}

void CompanyStore::filter(SqlFilter &filter, const QString &search,
                          std::optional<models::Tier> tier,
                          std::optional<models::CompanyStatus> status)
{
    if (status)
        filter.require(QStringLiteral("c.status = %1"), companyStatusCode(*status));
    else
        filter.require(QStringLiteral("c.status <> 'deleted'"));
    if (tier)
        filter.require(QStringLiteral("c.tier = %1"), models::tierCode(*tier));
    if (!search.isEmpty())
        filter.require(searchCondition(filter, search));
}

QString CompanyStore::searchCondition(SqlFilter &filter, const QString &search)
{
    return QStringLiteral("(LOWER(c.code) LIKE %1 ESCAPE '\\' OR LOWER(c.name) LIKE %1 "
                          "ESCAPE '\\')")
        .arg(filter.bind(SqlFilter::containsPattern(search)));
}

models::Result<CompanyStore::ListResult> CompanyStore::list(SqlSession &session,
                                                            const ListQuery &query)
{
    SqlFilter companies;
    filter(companies, query.search, query.tier, query.status);
    ListResult result;
    auto counted = companies.count(session, QStringLiteral("companies c"));
    if (!counted)
        return counted.error();
    result.total = counted.value();

    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    if (query.sort == QLatin1String("code"))
        order = QStringLiteral("listed.code") + direction;
    else if (query.sort == QLatin1String("created_at"))
        order = QStringLiteral("listed.created_at") + direction;
    else if (query.sort == QLatin1String("license_expires_at"))
        // Companies without a license come last in either direction.
        order =
            QStringLiteral("(listed.license_sort IS NULL) ASC, listed.license_sort") + direction;
    else
        order = QStringLiteral("LOWER(listed.name)") + direction;
    order += QStringLiteral(", listed.id ASC");

    const QString licenseSort = CompanyLicenses::expirySortExpression(companies.bind(query.now));
    auto rows = companies.page(
        session,
        QStringLiteral("SELECT * FROM (SELECT %1, %2 AS user_count, %3 AS license_sort FROM "
                       "companies c%4) listed ORDER BY %5")
            .arg(QLatin1String(kCompanyColumns), QLatin1String(kUserCount), licenseSort,
                 companies.where(), order),
        query.limit, query.offset);
    if (!rows)
        return rows.error();
    QList<QUuid> ids;
    for (const SqlRow &row : rows.value()) {
        auto company = companyFrom(row);
        if (!company)
            return company.error();
        ids.append(company->id);
        result.items.append(std::move(company).value());
    }
    auto summaries = CompanyLicenses::summaries(session, ids, query.now);
    if (!summaries)
        return summaries.error();
    for (Company &company : result.items)
        applySummary(company, summaries.value());
    return result;
}

models::Result<std::optional<Company>> CompanyStore::find(SqlSession &session, const QUuid &id,
                                                          const QDateTime &now, bool lock)
{
    auto row = session.queryOptional(QStringLiteral("SELECT %1 FROM companies c WHERE c.id = $1")
                                             .arg(QLatin1String(kCompanyColumns))
                                         + (lock ? session.dialect().forUpdate() : QLatin1String()),
                                     {id});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Company>();
    auto read = companyFrom(*row.value());
    if (!read)
        return read.error();
    Company company = std::move(read).value();
    auto users = TenantUserStore::countActive(session, id);
    if (!users)
        return users.error();
    company.userCount = static_cast<int>(users.value());
    auto summaries = CompanyLicenses::summaries(session, {id}, now);
    if (!summaries)
        return summaries.error();
    applySummary(company, summaries.value());
    return std::optional<Company>(company);
}

models::Result<bool> CompanyStore::codeExists(SqlSession &session, const QString &code)
{
    auto row =
        session.queryOptional(QStringLiteral("SELECT id FROM companies WHERE code = $1"), {code});
    if (!row)
        return row.error();
    return row.value().has_value();
}

models::Status CompanyStore::insert(SqlSession &session, const Company &company)
{
    auto inserted = session.exec(
        QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users, status, "
                       "contact_email, version, features_version) "
                       "VALUES ($1, $2, $3, $4, $5, 'active', $6, 1, 1)"),
        {company.id, company.code, company.name, models::tierCode(company.tier), company.maxUsers,
         textOrNull(company.contactEmail)});
    if (!inserted)
        return inserted.error();
    CompanySettings defaults =
        CompanySettings::defaults(company.name.left(CompanySettings::kMaxDisplayNameLength));
    defaults.primaryColor = defaults.primaryColor.toLower();
    defaults.secondaryColor = defaults.secondaryColor.toLower();
    defaults.accentColor = defaults.accentColor.toLower();
    auto settings = saveSettings(session, company.id, defaults);
    if (!settings)
        return settings.error();
    return models::Status::success();
}

models::Status CompanyStore::update(SqlSession &session, const Company &company)
{
    auto updated =
        // A new tier brings its template, so the features change too (and their version).
        session.exec(QStringLiteral("UPDATE companies SET name = $2, tier = $3, max_users = $4, "
                                    "contact_email = $5, version = version + 1, "
                                    "features_version = features_version + CASE WHEN tier = $3 "
                                    "THEN 0 ELSE 1 END, updated_at = now() WHERE id = $1"),
                     {company.id, company.name, models::tierCode(company.tier), company.maxUsers,
                      textOrNull(company.contactEmail)});
    if (!updated)
        return updated.error();
    if (updated->rowsAffected() != 1)
        return models::Status::failure(SqlErrorCode::NotFound, QStringLiteral("No such company."));
    return models::Status::success();
}

QString CompanyStore::existedAt(const QString &at)
{
    return QStringLiteral("(c.created_at < %1 AND (c.status <> 'deleted' OR c.deleted_at >= %1))")
        .arg(at);
}

QString CompanyStore::churnedAt()
{
    return QStringLiteral("(CASE WHEN c.status = 'deleted' THEN c.deleted_at WHEN c.status = "
                          "'suspended' AND c.updated_at > c.created_at THEN c.updated_at END)");
}

models::Status CompanyStore::setStatus(SqlSession &session, const QUuid &id,
                                       models::CompanyStatus status)
{
    const QString sql = status == models::CompanyStatus::Deleted
        ? QStringLiteral("UPDATE companies SET status = $2, deleted_at = now(), "
                         "version = version + 1, updated_at = now() WHERE id = $1")
        : QStringLiteral("UPDATE companies SET status = $2, version = version + 1, "
                         "updated_at = now() WHERE id = $1");
    auto updated = session.exec(sql, {id, models::companyStatusCode(status)});
    if (!updated)
        return updated.error();
    if (updated->rowsAffected() != 1)
        return models::Status::failure(SqlErrorCode::NotFound, QStringLiteral("No such company."));
    return models::Status::success();
}

models::Result<CompanySettings> CompanyStore::settings(SqlSession &session, const QUuid &companyId,
                                                       const QString &companyName)
{
    auto row = session.queryOptional(
        QStringLiteral("SELECT display_name, primary_color, secondary_color, accent_color, "
                       "login_title, login_message, footer_text, custom_subdomain, custom_domain, "
                       "language, timezone, version FROM company_settings WHERE company_id = $1"),
        {companyId});
    if (!row)
        return row.error();
    CompanySettings settings;
    if (!row.value()) {
        settings =
            CompanySettings::defaults(companyName.left(CompanySettings::kMaxDisplayNameLength));
        settings.primaryColor = settings.primaryColor.toLower();
        settings.secondaryColor = settings.secondaryColor.toLower();
        settings.accentColor = settings.accentColor.toLower();
        settings.version = 0;
    } else {
        auto stored = fromRow<CompanySettings>(*row.value());
        if (!stored)
            return stored.error();
        settings = std::move(stored).value();
    }
    auto images = BrandImageStore::hashes(session, companyId);
    if (!images)
        return images.error();
    for (auto image = images->constBegin(); image != images->constEnd(); ++image) {
        const QString url = models::BrandImage::publicPath(companyId, image.key(), image.value());
        switch (image.key()) {
        case models::BrandImageSlot::Logo:
            settings.logoUrl = url;
            break;
        case models::BrandImageSlot::Favicon:
            settings.faviconUrl = url;
            break;
        case models::BrandImageSlot::LoginBackground:
            settings.loginBackgroundUrl = url;
            break;
        }
    }
    return settings;
}

models::Result<qint64> CompanyStore::saveSettings(SqlSession &session, const QUuid &companyId,
                                                  const CompanySettings &settings)
{
    auto row = session.queryOne(
        QStringLiteral(
            "INSERT INTO company_settings (company_id, display_name, primary_color, "
            "secondary_color, accent_color, login_title, login_message, footer_text, "
            "custom_subdomain, custom_domain, language, timezone, updated_at, version) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), 1) "
            "ON CONFLICT (company_id) DO UPDATE SET display_name = excluded.display_name, "
            "primary_color = excluded.primary_color, secondary_color = excluded.secondary_color, "
            "accent_color = excluded.accent_color, login_title = excluded.login_title, "
            "login_message = excluded.login_message, footer_text = excluded.footer_text, "
            "custom_subdomain = excluded.custom_subdomain, custom_domain = excluded.custom_domain, "
            "language = excluded.language, timezone = excluded.timezone, updated_at = "
            "excluded.updated_at, version = company_settings.version + 1 "
            "RETURNING version"),
        {companyId, settings.displayName, settings.primaryColor, settings.secondaryColor,
         settings.accentColor, textOrNull(settings.loginTitle), textOrNull(settings.loginMessage),
         textOrNull(settings.footerText), textOrNull(settings.customSubdomain),
         textOrNull(settings.customDomain), settings.language, settings.timezone});
    if (!row)
        return row.error();
    return row->int64(u"version", 1);
}

models::Result<std::optional<QUuid>> CompanyStore::customDomainOwner(SqlSession &session,
                                                                     const QString &domain,
                                                                     const QUuid &exceptCompany)
{
    return settingsOwner(session, "custom_domain", domain, exceptCompany);
}

models::Result<std::optional<QUuid>> CompanyStore::customSubdomainOwner(SqlSession &session,
                                                                        const QString &subdomain,
                                                                        const QUuid &exceptCompany)
{
    return settingsOwner(session, "custom_subdomain", subdomain, exceptCompany);
}

models::Result<bool> CompanyStore::exists(SqlSession &session, const QUuid &id, bool lock)
{
    auto row = session.queryOptional(QStringLiteral("SELECT id FROM companies WHERE id = $1")
                                         + (lock ? session.dialect().forUpdate() : QString()),
                                     {id});
    if (!row)
        return row.error();
    return row->has_value();
}

models::Result<std::optional<CompanyStore::Header>> CompanyStore::header(SqlSession &session,
                                                                         const QUuid &id, bool lock)
{
    auto row = session.queryOptional(
        QStringLiteral("SELECT id, code, name, tier, max_users, status FROM companies "
                       "WHERE id = $1")
            + (lock ? session.dialect().forUpdate() : QString()),
        {id});
    return readOptional(row, [](const SqlRow &r) {
        return Header {r.uuid(u"id"),   r.text(u"code"),         r.text(u"name"),
                       r.text(u"tier"), r.integer(u"max_users"), r.text(u"status")};
    });
}

} // namespace sphair::server
