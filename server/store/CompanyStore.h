#pragma once

#include "models/domain/Company.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/Result.h"
#include "server/store/SqlQuery.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The companies table and each company's white-label settings (company_settings), read and
// written in the caller's transaction. Reads of one company filter by its id, so they also
// run in that tenant's own scope.
class CompanyStore
{
public:
    // What GET /admin/companies asks for.
    struct ListQuery
    {
        QString search; // matched case-insensitively against code and name
        std::optional<models::Tier> tier;
        std::optional<models::CompanyStatus> status; // none: every status but deleted
        QString sort = QStringLiteral("name"); // name, code, created_at, license_expires_at
        bool descending = false;
        int limit = 50;
        qint64 offset = 0;
        QDateTime now; // for the license summaries
    };

    struct ListResult
    {
        QList<models::Company> items;
        qint64 total = 0;
    };

    // Sort keys list() accepts.
    static QStringList sortKeys();

    static models::Result<ListResult> list(SqlSession &session, const ListQuery &query);
    // The conditions of a list of companies (aliased c), as list() and the stats list filter:
    // `search` in code or name, the tier, the status (none: every status but deleted).
    static void filter(SqlFilter &filter, const QString &search, std::optional<models::Tier> tier,
                       std::optional<models::CompanyStatus> status);
    // The condition "company c existed at `at`" (a placeholder for a timestamp): created
    // before it and not deleted by then. Suspended companies exist.
    static QString existedAt(const QString &at);
    // When company c churned, as an SQL expression (NULL for an active one): deleted_at of a
    // deleted company; for a suspended one updated_at, if later than its creation. There is
    // no suspension timestamp: a suspended company's last change is taken as its suspension
    // (an edit while suspended moves it).
    static QString churnedAt();
    // The condition "the code or name of c contains `search`", case-insensitively.
    static QString searchCondition(SqlFilter &filter, const QString &search);
    // The company with its user count and license summary at `now`; nullopt when unknown.
    // With `lock`, its row stays locked until commit (PostgreSQL), so a check of its version
    // and the write that follows cannot interleave with another writer.
    static models::Result<std::optional<models::Company>>
    find(SqlSession &session, const QUuid &id, const QDateTime &now, bool lock = false);
    static models::Result<bool> codeExists(SqlSession &session, const QString &code);
    // Whether the company exists; with `lock`, its row stays locked until commit, so writers
    // for one company take turns.
    static models::Result<bool> exists(SqlSession &session, const QUuid &id, bool lock = false);
    // The company's own columns as stored (tier and status as their codes), without the
    // counts and license summary find() adds; nullopt when unknown. `lock` as for exists().
    struct Header
    {
        QUuid id;
        QString code;
        QString name;
        QString tier;
        int maxUsers = 0;
        QString status;
    };
    static models::Result<std::optional<Header>> header(SqlSession &session, const QUuid &id,
                                                        bool lock = false);

    // Inserts a new company (id, code, name, tier, max_users, contact_email; status active,
    // version 1) and its default settings.
    static models::Status insert(SqlSession &session, const models::Company &company);
    // Writes name, tier, max_users and contact_email and bumps the version.
    static models::Status update(SqlSession &session, const models::Company &company);
    // Sets the status (deleted also sets deleted_at) and bumps the version.
    static models::Status setStatus(SqlSession &session, const QUuid &id,
                                    models::CompanyStatus status);

    // The company's settings; the defaults (version 0) when it has no row yet. The image URLs
    // name the public copies of the company's images (BrandImageStore).
    static models::Result<models::CompanySettings>
    settings(SqlSession &session, const QUuid &companyId, const QString &companyName);
    // Inserts or replaces the settings row; returns the new version.
    static models::Result<qint64> saveSettings(SqlSession &session, const QUuid &companyId,
                                               const models::CompanySettings &settings);
    // The other company already using `domain` as its custom domain, if any.
    static models::Result<std::optional<QUuid>>
    customDomainOwner(SqlSession &session, const QString &domain, const QUuid &exceptCompany);
    // The other company already using `subdomain` as its custom subdomain, if any.
    static models::Result<std::optional<QUuid>>
    customSubdomainOwner(SqlSession &session, const QString &subdomain, const QUuid &exceptCompany);
};

} // namespace sphair::server
