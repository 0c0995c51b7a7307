#include "server/services/LicenseRegistrar.h"

#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "models/domain/WireTime.h"
#include "server/services/ServerText.h"
#include "server/store/AuditLog.h"
#include "server/store/CompanyStore.h"
#include "server/store/FeatureStore.h"
#include "server/store/IssuerKeyStore.h"
#include "server/store/LicenseStore.h"

namespace sphair::server {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

models::Error companyMismatch(const QString &message, const QJsonObject &details)
{
    return {QStringLiteral("license_company_mismatch"), message, details};
}

// Compares the claims with the company; every field that differs is named in details.fields.
models::Status checkCompany(const std::optional<CompanyStore::Header> &company,
                            const licensing::LicenseClaims &claims)
{
    const QString companyId = uuidText(claims.companyId);
    if (!company) {
        return companyMismatch(
            tr("The license is for a company this platform does not have (%1).").arg(companyId),
            {{QStringLiteral("field"), QStringLiteral("sub")},
             {QStringLiteral("reason"), QStringLiteral("company_not_found")},
             {QStringLiteral("company_id"), companyId}});
    }
    if (company->status == QLatin1String("deleted")) {
        return companyMismatch(
            tr("The license is for the company %1, which has been deleted.").arg(company->code),
            {{QStringLiteral("field"), QStringLiteral("sub")},
             {QStringLiteral("reason"), QStringLiteral("company_deleted")},
             {QStringLiteral("company_id"), companyId}});
    }
    QJsonObject fields;
    QStringList sentences;
    if (claims.companyCode != company->code) {
        fields.insert(QStringLiteral("company_code"),
                      QJsonObject {{QStringLiteral("license"), claims.companyCode},
                                   {QStringLiteral("company"), company->code}});
        sentences.append(tr("the license names the company code %1, the company is %2")
                             .arg(claims.companyCode, company->code));
    }
    const QString tier = models::tierCode(claims.tier);
    if (tier != company->tier) {
        fields.insert(QStringLiteral("tier"),
                      QJsonObject {{QStringLiteral("license"), tier},
                                   {QStringLiteral("company"), company->tier}});
        sentences.append(
            tr("the license is for the %1 tier, the company is on %2").arg(tier, company->tier));
    }
    if (claims.maxUsers != company->maxUsers) {
        fields.insert(QStringLiteral("max_users"),
                      QJsonObject {{QStringLiteral("license"), claims.maxUsers},
                                   {QStringLiteral("company"), company->maxUsers}});
        sentences.append(tr("the license is for %1 users, the company has %2")
                             .arg(claims.maxUsers)
                             .arg(company->maxUsers));
    }
    if (fields.isEmpty())
        return models::Status::success();
    // The first field in wire order names the refusal; all of them are listed.
    QString first;
    for (const char *name : {"company_code", "tier", "max_users"}) {
        if (fields.contains(QLatin1String(name))) {
            first = QLatin1String(name);
            break;
        }
    }
    return companyMismatch(
        tr("The license does not match the company %1: %2. Change the company first, or "
           "sign a license that matches it.")
            .arg(company->code, sentences.join(QLatin1String("; "))),
        {{QStringLiteral("field"), first},
         {QStringLiteral("fields"), fields},
         {QStringLiteral("company_id"), companyId}});
}

using models::ChainStatus;
using ChainWarning = models::LicenseRegistrationResult::ChainWarning;

// What the chain check found.
struct Chain
{
    ChainStatus status = ChainStatus::Ok;
    QList<ChainWarning> warnings;

    // A fork outweighs a gap in the status; every finding is kept.
    void add(const ChainWarning &warning)
    {
        if (warning.kind == ChainStatus::Fork || status == ChainStatus::Ok)
            status = warning.kind;
        warnings.append(warning);
    }
};

QString hashOf(const LicenseStore::Stored &license)
{
    if (!license.tokenHash.isEmpty())
        return license.tokenHash;
    return QString::fromLatin1(licensing::LicenseSigner::tokenHash(license.record.token.toUtf8()));
}

// The seq/prev checks of DESIGN.md §3 for a token of `kid` (already known not to be
// registered itself).
models::Result<Chain> checkChain(SqlSession &session, const IssuerKeyStore::Stored &key,
                                 const licensing::LicenseClaims &claims, const QDateTime &now)
{
    Chain chain;
    const auto seq = static_cast<qint64>(claims.seq);
    const QString prev = QString::fromLatin1(claims.prev);
    const qint64 expectedSeq = key.key.lastSeq + 1;

    auto sameSeq = LicenseStore::findByChain(session, key.key.kid, seq, now);
    if (!sameSeq)
        return sameSeq.error();
    if (!sameSeq->isEmpty()) {
        chain.add({ChainStatus::Fork,
                   tr("Another license (%1) signed with this key already carries issue number "
                      "%2: the key may have been copied.")
                       .arg(uuidText(sameSeq->first().record.id))
                       .arg(seq),
                   expectedSeq, QString()});
    }
    if (seq > 1) {
        auto previous = LicenseStore::findByChain(session, key.key.kid, seq - 1, now);
        if (!previous)
            return previous.error();
        if (previous->isEmpty()) {
            chain.add({ChainStatus::Gap,
                       tr("Issue number %1 of this key has not been registered here: licenses were "
                          "signed that this platform has not seen.")
                           .arg(seq - 1),
                       expectedSeq, QString()});
        } else {
            bool linked = false;
            for (const LicenseStore::Stored &candidate : previous.value())
                linked = linked || hashOf(candidate) == prev;
            if (!linked) {
                chain.add(
                    {ChainStatus::Fork,
                     tr("The license does not follow the registered license %1 (issue number %2) "
                        "of this key: the key may have been copied.")
                         .arg(uuidText(previous->first().record.id))
                         .arg(seq - 1),
                     expectedSeq, hashOf(previous->first())});
            }
        }
    }
    return chain;
}

QJsonObject auditView(const LicenseStore::Stored &license)
{
    // Never the token: the audit log is read by many and keeps a record of changes, not
    // license bodies.
    QJsonObject view = license.record.toJson();
    view.remove(QStringLiteral("token"));
    view.insert(QStringLiteral("chain_status"), license.chainStatus);
    return view;
}

} // namespace

models::Result<LicenseRegistrar::Registration>
LicenseRegistrar::registerToken(SqlSession &session, const QByteArray &token, const Actor &actor,
                                const QDateTime &now)
{
    // 1. The key named in the footer, locked; then the bytes as received.
    auto kid = licensing::LicenseVerifier::kidOf(token);
    if (!kid)
        return kid.error();
    auto key = IssuerKeyStore::find(session, kid.value(), true);
    if (!key)
        return key.error();
    if (!key.value()) {
        return models::Error {QStringLiteral("unknown_key"),
                              tr("The license was signed with a key that is not registered on "
                                 "this platform (%1). Register the issuer's public key first.")
                                  .arg(kid.value()),
                              {{QStringLiteral("kid"), kid.value()}}};
    }
    const IssuerKeyStore::Stored &issuer = *key.value();
    auto policy = FeatureStore::tierPolicy(session);
    if (!policy)
        return policy.error();
    licensing::LicenseVerifier verifier(policy.value());
    if (auto trusted = verifier.addTrustedKey(issuer.key.publicKey.toLatin1());
        !trusted || trusted.value() != issuer.key.kid) {
        return models::Error {
            QStringLiteral("key_invalid"),
            tr("The registered public key of %1 cannot be read.").arg(issuer.key.kid),
            {{QStringLiteral("kid"), issuer.key.kid}}};
    }
    // Expiry is judged below (registration has its own rule); not-yet-valid tokens are fine.
    auto verified = verifier.verify(token, now, licensing::LicenseVerifier::Options {false});
    if (!verified)
        return verified.error();
    const licensing::LicenseClaims &claims = verified->claims;
    const QString tokenText = QString::fromLatin1(token);

    // 2. A jti registered before.
    auto existing = LicenseStore::find(session, claims.licenseId, now, true);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        if (existing.value()->record.token == tokenText) {
            // The status found the first time, without warnings.
            Registration again;
            again.result.license = existing.value()->record;
            again.result.chainStatus = models::chainStatusFromCode(existing.value()->chainStatus)
                                           .value_or(ChainStatus::Ok);
            again.result.newlyRegistered = false;
            again.version = existing.value()->version;
            return again;
        }
        return models::Error {QStringLiteral("license_exists"),
                              tr("A different license with the id %1 is registered already.")
                                  .arg(uuidText(claims.licenseId)),
                              {{QStringLiteral("id"), uuidText(claims.licenseId)}}};
    }

    // 3. The key's status, validity and caps; the license's own expiry.
    if (auto permitted =
            issuer.key.permits(claims.tier, claims.maxUsers, claims.features, claims.issuedAt);
        !permitted)
        return permitted.error();
    // A back-dated iat must not stretch a key past its validity: it is checked now too.
    if (auto current = issuer.key.acceptsAt(now); !current)
        return current.error();
    if (claims.expiresAt <= now) {
        return models::Error {
            QStringLiteral("license_expired"),
            tr("The license expired on %1; there is nothing to register.")
                .arg(models::WireTime::toString(claims.expiresAt)),
            {{QStringLiteral("expires_at"), models::WireTime::toString(claims.expiresAt)}}};
    }

    // 4. The company.
    auto company = CompanyStore::header(session, claims.companyId, true);
    if (!company)
        return company.error();
    if (auto matches = checkCompany(company.value(), claims); !matches)
        return matches.error();

    // 5. The current license, renewal and age.
    auto current = LicenseStore::current(session, claims.companyId, now, true);
    if (!current)
        return current.error();
    for (const LicenseStore::Stored &active : current.value()) {
        if (active.record.issuedAt > claims.issuedAt) {
            return models::Error {
                QStringLiteral("license_outdated"),
                tr("The license was signed on %1, before the company's current license %2 (signed "
                   "on %3).")
                    .arg(models::WireTime::toString(claims.issuedAt), uuidText(active.record.id),
                         models::WireTime::toString(active.record.issuedAt)),
                {{QStringLiteral("active_license_id"), uuidText(active.record.id)},
                 {QStringLiteral("active_issued_at"),
                  models::WireTime::toString(active.record.issuedAt)},
                 {QStringLiteral("issued_at"), models::WireTime::toString(claims.issuedAt)}}};
        }
    }
    QUuid supersededId;
    if (claims.supersedes) {
        const QString oldId = uuidText(*claims.supersedes);
        auto old = LicenseStore::find(session, *claims.supersedes, now, true);
        if (!old)
            return old.error();
        if (!old.value() || old.value()->record.companyId != claims.companyId) {
            return models::Error {
                QStringLiteral("supersedes_unknown"),
                tr("The license renews %1, which is not a license of this company.").arg(oldId),
                {{QStringLiteral("supersedes"), oldId},
                 {QStringLiteral("reason"),
                  old.value() ? QStringLiteral("other_company") : QStringLiteral("not_found")}}};
        }
        if (old.value()->storedStatus != QLatin1String("active")) {
            return models::Error {
                QStringLiteral("supersedes_not_active"),
                tr("The license renews %1, which is %2.").arg(oldId, old.value()->storedStatus),
                {{QStringLiteral("supersedes"), oldId},
                 {QStringLiteral("status"), old.value()->storedStatus}}};
        }
        if (old.value()->record.issuedAt > claims.issuedAt) {
            return models::Error {
                QStringLiteral("license_outdated"),
                tr("The license was signed before the license %1 it renews.").arg(oldId),
                {{QStringLiteral("active_license_id"), oldId}}};
        }
        supersededId = *claims.supersedes;
    }
    for (const LicenseStore::Stored &active : current.value()) {
        if (active.record.id != supersededId) {
            const QString activeId = uuidText(active.record.id);
            return models::Error {
                QStringLiteral("active_license_exists"),
                tr("The company already has the license %1. A new license renews it: sign it "
                   "with supersedes %1.")
                    .arg(activeId),
                {{QStringLiteral("active_license_id"), activeId}}};
        }
    }

    // 6. The chain, then the writes.
    auto chain = checkChain(session, issuer, claims, now);
    if (!chain)
        return chain.error();

    LicenseStore::Stored stored;
    models::LicenseRecord &record = stored.record;
    record = claims.toRecord(issuer.key.kid, token);
    record.supersedes = supersededId;
    stored.tokenHash = QString::fromLatin1(licensing::LicenseSigner::tokenHash(token));
    stored.chainStatus = models::chainStatusCode(chain->status);
    stored.storedStatus = QStringLiteral("active");
    stored.version = 1;

    Registration registration;
    registration.result.license = record;
    registration.result.supersededId = supersededId;
    registration.result.chainStatus = chain->status;
    registration.result.chainWarnings = chain->warnings;
    registration.version = stored.version;

    if (auto inserted = LicenseStore::insert(session,
                                             {record, QString::fromLatin1(claims.prev),
                                              stored.tokenHash, stored.chainStatus, actor.name});
        !inserted)
        return inserted.error();
    if (record.seq > issuer.key.lastSeq) {
        if (auto advanced =
                IssuerKeyStore::advanceChain(session, issuer.key.kid, record.seq, stored.tokenHash);
            !advanced)
            return advanced.error();
    }

    const QString licenseId = uuidText(record.id);
    if (auto audited =
            AuditLog::record(session, actor.name, actor.role,
                             {QStringLiteral("license.register"), QStringLiteral("license"),
                              licenseId, record.companyId, QJsonValue::Null, auditView(stored)});
        !audited)
        return audited.error();
    if (!supersededId.isNull()) {
        auto old = LicenseStore::find(session, supersededId, now);
        if (!old)
            return old.error();
        auto version = LicenseStore::markSuperseded(session, record.companyId, supersededId);
        if (!version)
            return version.error();
        LicenseStore::Stored after = *old.value();
        after.record.status = models::LicenseRecordStatus::Superseded;
        after.storedStatus = QStringLiteral("superseded");
        if (auto audited =
                AuditLog::record(session, actor.name, actor.role,
                                 {QStringLiteral("license.supersede"), QStringLiteral("license"),
                                  uuidText(supersededId), record.companyId, auditView(*old.value()),
                                  auditView(after)});
            !audited)
            return audited.error();
    }
    if (chain->status != ChainStatus::Ok) {
        if (auto audited = AuditLog::record(session, actor.name, actor.role,
                                            {QStringLiteral("license.chain_") + stored.chainStatus,
                                             QStringLiteral("license"), licenseId, record.companyId,
                                             QJsonValue::Null, registration.result.chainToJson()});
            !audited)
            return audited.error();
    }
    return registration;
}

} // namespace sphair::server
