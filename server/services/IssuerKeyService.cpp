#include "server/services/IssuerKeyService.h"

#include "server/services/AdminAudit.h"
#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

// The audit row of a change to the key `kid`; keys belong to no company.
models::Status audit(SqlSession &session, const Actor &actor, const QString &action,
                     const QString &kid, const QJsonValue &before, const QJsonValue &after)
{
    return AdminAudit::record(session, actor,
                              {action, QStringLiteral("issuer_key"), kid, {}, before, after});
}

models::Result<IssuerKeyStore::Stored> findIn(SqlSession &session, const QString &kid, bool lock)
{
    auto stored = IssuerKeyStore::find(session, kid, lock);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return IssuerKeyService::keyNotFound();
    return *stored.value();
}

} // namespace

models::Error IssuerKeyService::keyNotFound()
{
    return {QStringLiteral("not_found"), tr("There is no issuer key with this id."), {}};
}

models::Result<models::Page<models::IssuerKey>>
IssuerKeyService::list(const QString &status, qint64 offset, int limit) const
{
    using KeyPage = models::Page<models::IssuerKey>;
    return m_context.db->fetch<KeyPage>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<KeyPage> {
            auto keys = IssuerKeyStore::list(session, status, limit, offset);
            if (!keys)
                return keys.error();
            auto total = IssuerKeyStore::count(session, status);
            if (!total)
                return total.error();
            KeyPage page;
            for (const IssuerKeyStore::Stored &stored : keys.value())
                page.items.append(stored.key);
            page.total = total.value();
            return page;
        });
}

models::Result<IssuerKeyStore::Stored> IssuerKeyService::find(const QString &kid) const
{
    return m_context.db->fetch<IssuerKeyStore::Stored>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return findIn(session, kid, false); });
}

models::Result<IssuerKeyStore::Stored> IssuerKeyService::create(const models::IssuerKey &key,
                                                                const Actor &actor) const
{
    return m_context.db->fetch<IssuerKeyStore::Stored>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<IssuerKeyStore::Stored> {
            auto existing = IssuerKeyStore::find(session, key.kid, true);
            if (!existing)
                return existing.error();
            if (existing.value()) {
                return models::Error {
                    QStringLiteral("conflict"),
                    tr("This public key is registered already (%1).").arg(key.kid),
                    {{QStringLiteral("field"), QStringLiteral("public_key")},
                     {QStringLiteral("kid"), key.kid}}};
            }
            if (auto inserted = IssuerKeyStore::insert(session, key); !inserted)
                return inserted.error();
            auto created = findIn(session, key.kid, false);
            if (!created)
                return created.error();
            if (auto audited = audit(session, actor, QStringLiteral("issuer_key.create"), key.kid,
                                     QJsonValue::Null, created->key.toJson());
                !audited)
                return audited.error();
            return created;
        });
}

models::Result<IssuerKeyStore::Stored> IssuerKeyService::update(const QString &kid,
                                                                const VersionCheck &check,
                                                                const KeyChange &change,
                                                                const Actor &actor) const
{
    return m_context.db->fetch<IssuerKeyStore::Stored>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<IssuerKeyStore::Stored> {
            auto stored = findIn(session, kid, true);
            if (!stored)
                return stored.error();
            const models::IssuerKey before = stored->key;
            if (auto matches = check(stored->version); !matches)
                return matches.error();
            auto key = change(before);
            if (!key)
                return key.error();
            if (before.status == models::IssuerKeyStatus::Revoked
                && key->status != models::IssuerKeyStatus::Revoked) {
                return models::Error {QStringLiteral("key_revoked"),
                                      tr("The key %1 is revoked; a revoked key cannot be used "
                                         "again. Register a new key.")
                                          .arg(before.label),
                                      {{QStringLiteral("kid"), kid}}};
            }
            auto version = IssuerKeyStore::update(session, key.value());
            if (!version)
                return version.error();
            if (auto audited = audit(session, actor, QStringLiteral("issuer_key.update"), kid,
                                     before.toJson(), key->toJson());
                !audited)
                return audited.error();
            IssuerKeyStore::Stored after = stored.value();
            after.key = key.value();
            after.version = version.value();
            return after;
        });
}

} // namespace sphair::server
