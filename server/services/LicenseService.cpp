#include "server/services/LicenseService.h"

#include "models/domain/WireTime.h"
#include "server/services/AdminAudit.h"
#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

const TxScope kRead = TxScope::forOperator(TxScope::Access::ReadOnly);

using LicensePage = models::Page<models::LicenseRecord>;

// One page of `listed` out of `counted`, as the list routes answer.
models::Result<LicensePage> pageOf(const QList<LicenseStore::Stored> &listed,
                                   const models::Result<qint64> &counted)
{
    if (!counted)
        return counted.error();
    LicensePage page;
    for (const LicenseStore::Stored &license : listed)
        page.items.append(license.record);
    page.total = counted.value();
    return page;
}

// A license as the audit log shows it: without its token.
QJsonObject auditView(const LicenseStore::Stored &license)
{
    QJsonObject view = license.record.toJson();
    view.remove(QStringLiteral("token"));
    return view;
}

models::Status checkRevocable(const LicenseStore::Stored &license)
{
    if (license.storedStatus == QLatin1String("revoked")) {
        const QString at = models::WireTime::toString(license.record.revokedAt);
        return models::Status::failure(QStringLiteral("license_revoked"),
                                       tr("This license was revoked already, on %1.").arg(at),
                                       {{QStringLiteral("revoked_at"), at}});
    }
    if (license.storedStatus == QLatin1String("superseded")) {
        return models::Status::failure(QStringLiteral("license_superseded"),
                                       tr("This license has been renewed by another license; "
                                          "revoke the license that replaced it."));
    }
    return models::Status::success();
}

} // namespace

models::Error LicenseService::licenseNotFound()
{
    return {QStringLiteral("not_found"), tr("There is no license with this id."), {}};
}

models::Result<LicensePage> LicenseService::list(const LicenseStore::Filter &filter, qint64 offset,
                                                 int limit) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<LicensePage>(
        kRead, [&](SqlSession &session) -> models::Result<LicensePage> {
            auto listed = LicenseStore::list(session, filter, now, limit, offset);
            if (!listed)
                return listed.error();
            return pageOf(listed.value(), LicenseStore::count(session, filter, now));
        });
}

models::Result<LicensePage> LicenseService::expiring(qint64 days, qint64 offset, int limit) const
{
    const QDateTime now = m_context.now();
    const QDateTime until = now.addDays(days);
    return m_context.db->fetch<LicensePage>(
        kRead, [&](SqlSession &session) -> models::Result<LicensePage> {
            auto listed = LicenseStore::expiring(session, now, until, limit, offset);
            if (!listed)
                return listed.error();
            return pageOf(listed.value(), LicenseStore::countExpiring(session, now, until));
        });
}

models::Result<LicenseStore::Stored> LicenseService::find(const QUuid &id) const
{
    const QDateTime now = m_context.now();
    return m_context.db->fetch<LicenseStore::Stored>(
        kRead, [&](SqlSession &session) -> models::Result<LicenseStore::Stored> {
            auto stored = LicenseStore::find(session, id, now);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return licenseNotFound();
            return *stored.value();
        });
}

models::Result<LicenseRegistrar::Registration>
LicenseService::registerToken(const QByteArray &token, const Actor &actor) const
{
    const QDateTime now = models::WireTime::truncated(m_context.now());
    return m_context.db->fetch<LicenseRegistrar::Registration>(
        TxScope::forOperator(), [&](SqlSession &session) {
            return LicenseRegistrar::registerToken(
                session, token, {actor.username, models::adminRoleCode(actor.role)}, now);
        });
}

models::Result<LicenseStore::Stored> LicenseService::revoke(const QUuid &id, const QString &reason,
                                                            const VersionCheck &check,
                                                            const Actor &actor) const
{
    const QDateTime now = models::WireTime::truncated(m_context.now());
    return m_context.db->fetch<LicenseStore::Stored>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<LicenseStore::Stored> {
            auto stored = LicenseStore::find(session, id, now, true);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return licenseNotFound();
            const LicenseStore::Stored before = *stored.value();
            if (auto matches = check(before.version); !matches)
                return matches.error();
            if (auto revocable = checkRevocable(before); !revocable)
                return revocable.error();
            auto version = LicenseStore::revoke(session, before.record.companyId, id, reason,
                                                actor.username, now);
            if (!version)
                return version.error();
            LicenseStore::Stored after = before;
            after.record.status = models::LicenseRecordStatus::Revoked;
            after.storedStatus = QStringLiteral("revoked");
            after.record.revokedAt = now;
            after.record.revokeReason = reason;
            after.version = version.value();
            if (auto audited =
                    AdminAudit::record(session, actor,
                                       {QStringLiteral("license.revoke"), QStringLiteral("license"),
                                        id.toString(QUuid::WithoutBraces), before.record.companyId,
                                        auditView(before), auditView(after)});
                !audited)
                return audited.error();
            return after;
        });
}

} // namespace sphair::server
