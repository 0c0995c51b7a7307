#include "server/services/TenantTokenService.h"

#include "server/services/AdminAudit.h"
#include "server/services/CompanyService.h"
#include "server/services/ServerText.h"
#include "server/services/SessionTokens.h"
#include "server/store/CompanyStore.h"
#include "server/store/TenantTokenStore.h"

namespace sphair::server {

namespace {

constexpr int kIdHexDigits = 32;

// The public id of the token whose hash (lowercase hex) is `hashHex`.
QString tokenIdOf(const QString &hashHex)
{
    const QString hex = hashHex.left(kIdHexDigits);
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

// A token's metadata as the API shows it: never the token, never its hash.
models::TenantToken tokenOf(const TenantTokenRecord &record)
{
    return {QUuid::fromString(tokenIdOf(record.hashHex)), record.label, record.createdAt,
            record.expiresAt};
}

models::Status audit(SqlSession &session, const Actor &actor, const QString &action,
                     const QUuid &companyId, const QString &hashHex, const QJsonValue &before,
                     const QJsonValue &after)
{
    return AdminAudit::record(
        session, actor,
        {action, QStringLiteral("tenant_token"), tokenIdOf(hashHex), companyId, before, after});
}

// The company, which must exist: tokens are reached only through it.
models::Result<models::Company> findCompany(SqlSession &session, const QUuid &id,
                                            const QDateTime &now, bool lock)
{
    auto company = CompanyStore::find(session, id, now, lock);
    if (!company)
        return company.error();
    if (company.value())
        return *company.value();
    return CompanyService::notFound();
}

} // namespace

models::Error TenantTokenService::tokenNotFound()
{
    return {QStringLiteral("not_found"), tr("This company has no token with this id."), {}};
}

models::Result<models::TenantTokenList> TenantTokenService::list(const QUuid &companyId) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<models::TenantTokenList>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<models::TenantTokenList> {
            if (auto company = findCompany(session, companyId, now, false); !company)
                return company.error();
            auto records = TenantTokenStore::list(session, companyId);
            if (!records)
                return records.error();
            models::TenantTokenList list;
            for (const TenantTokenRecord &record : records.value())
                list.items.append(tokenOf(record));
            return list;
        });
}

models::Result<models::IssuedTenantToken> TenantTokenService::issue(const QUuid &companyId,
                                                                    const QString &label,
                                                                    const QDateTime &expiresAt,
                                                                    const Actor &actor) const
{
    const SessionTokens::Issued issued = SessionTokens::issue(SessionTokens::Kind::Tenant);
    const QString hashHex = QString::fromLatin1(issued.hash.toHex());
    const QDateTime now = m_context.now();
    return m_context.db->fetch<models::IssuedTenantToken>(
        TxScope::forOperator(),
        [&](SqlSession &session) -> models::Result<models::IssuedTenantToken> {
            auto company = findCompany(session, companyId, now, true);
            if (!company)
                return company.error();
            if (company->status == models::CompanyStatus::Deleted) {
                return models::Error {QStringLiteral("conflict"),
                                      tr("This company is deleted; it can have no new tokens."),
                                      {{QStringLiteral("status"), QStringLiteral("deleted")}}};
            }
            auto inserted = TenantTokenStore::insert(session, companyId, hashHex, label, expiresAt);
            if (!inserted)
                return inserted.error();
            models::IssuedTenantToken answer;
            answer.token = tokenOf(inserted.value());
            answer.secret = issued.token;
            if (auto audited = audit(session, actor, QStringLiteral("tenant_token.create"),
                                     companyId, hashHex, QJsonValue::Null, answer.token.toJson());
                !audited)
                return audited.error();
            return answer;
        });
}

models::Status TenantTokenService::revoke(const QUuid &companyId, const QString &tokenId,
                                          const Actor &actor) const
{
    // The id is a prefix of the hash.
    QString prefix = tokenId;
    prefix.remove(QLatin1Char('-'));
    const QDateTime now = m_context.now();
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto company = findCompany(session, companyId, now, true); !company)
            return models::Status(company.error());
        auto found = TenantTokenStore::findByPrefix(session, companyId, prefix);
        if (!found)
            return models::Status(found.error());
        if (!found.value())
            return models::Status(tokenNotFound());
        const QString hashHex = found.value()->hashHex;
        const QJsonObject before = tokenOf(*found.value()).toJson();
        if (auto revoked = TenantTokenStore::revoke(session, companyId, hashHex); !revoked)
            return revoked;
        QJsonObject after = before;
        after.insert(QStringLiteral("revoked"), true);
        return audit(session, actor, QStringLiteral("tenant_token.revoke"), companyId, hashHex,
                     before, after);
    });
}

models::Result<std::optional<TenantActor>>
TenantTokenService::tenantActor(const QByteArray &tokenHash) const
{
    auto found = m_context.db->fetch<std::optional<TenantTokenStore::Holder>>(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            return TenantTokenStore::holderOf(session, QString::fromLatin1(tokenHash.toHex()),
                                              m_context.now());
        });
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<TenantActor>();
    const TenantTokenStore::Holder &holder = *found.value();
    if (holder.companyStatus != QLatin1String("active")) {
        return models::Error {QStringLiteral("company_suspended"),
                              tr("This company's account is suspended or closed."),
                              {{QStringLiteral("status"), holder.companyStatus}}};
    }
    return std::optional<TenantActor>(TenantActor {holder.companyId, tokenHash});
}

} // namespace sphair::server
