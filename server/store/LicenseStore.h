#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The licenses and revocations tables: registered license tokens, their verified claims and
// where each stands. Runs in the caller's (operator) transaction. Every statement that
// touches one company's rows names its company_id.
//
// The stored status is active, superseded or revoked; an active license whose grace days have
// ended at `now` is reported (and filtered) as expired.
class LicenseStore
{
public:
    // A license as stored, with what the wire type does not carry.
    struct Stored
    {
        models::LicenseRecord record; // token included
        qint64 version = 1; // the ETag
        QString tokenHash; // BLAKE2b-256 of the token, base64url
        QString chainStatus; // "ok", "gap" or "fork", as found when registered
        QString storedStatus; // as in the table (record.status may say expired)
    };

    // What a new row holds beyond the record.
    struct NewLicense
    {
        models::LicenseRecord record; // status active, token set
        QString prev; // the token's prev claim; empty for seq 1
        QString tokenHash;
        QString chainStatus;
        QString registeredBy;
    };

    // Filters of the license list; empty members do not filter.
    struct Filter
    {
        QUuid companyId;
        QString status; // active, superseded, revoked or expired
        QString tier;
        QString kid;
        QString query; // matched case-insensitively against the company's code and name
    };

    static models::Result<std::optional<Stored>> find(SqlSession &session, const QUuid &id,
                                                      const QDateTime &now, bool forUpdate = false);
    // The licenses registered with issue number `seq` of key `kid` (several after a fork).
    static models::Result<QList<Stored>> findByChain(SqlSession &session, const QString &kid,
                                                     qint64 seq, const QDateTime &now);
    // The company's licenses that are stored as active and still within their grace days.
    static models::Result<QList<Stored>> current(SqlSession &session, const QUuid &companyId,
                                                 const QDateTime &now, bool forUpdate = false);

    static models::Status insert(SqlSession &session, const NewLicense &license);
    // Marks an active license superseded; returns the new version.
    static models::Result<qint64> markSuperseded(SqlSession &session, const QUuid &companyId,
                                                 const QUuid &id);
    // Marks the license revoked and writes its revocations row; returns the new version.
    static models::Result<qint64> revoke(SqlSession &session, const QUuid &companyId,
                                         const QUuid &id, const QString &reason,
                                         const QString &revokedBy, const QDateTime &at);

    // Newest first (by issued_at); tokens left out.
    static models::Result<QList<Stored>> list(SqlSession &session, const Filter &filter,
                                              const QDateTime &now, int limit, qint64 offset);
    static models::Result<qint64> count(SqlSession &session, const Filter &filter,
                                        const QDateTime &now);

    // Active licenses with now < expires_at <= until, soonest first; tokens left out.
    static models::Result<QList<Stored>> expiring(SqlSession &session, const QDateTime &now,
                                                  const QDateTime &until, int limit, qint64 offset);
    static models::Result<qint64> countExpiring(SqlSession &session, const QDateTime &now,
                                                const QDateTime &until);
};

} // namespace sphair::server
