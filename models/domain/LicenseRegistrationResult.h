#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// How an issuer key's seq/prev chain looks with a newly registered license: in order, with a
// gap (licenses this platform has not seen) or with a fork (the key may have been copied).
// Wire codes: ok, gap, fork.
enum class ChainStatus { Ok, Gap, Fork };

QString chainStatusCode(ChainStatus status);
std::optional<ChainStatus> chainStatusFromCode(QStringView code);
QStringList chainStatusCodes();

// The answer of POST /admin/licenses (the LicenseRegistered schema): the registered license,
// the license it renewed (if any), and what the seq/prev check of the issuer key's chain
// found.
struct LicenseRegistrationResult
{
    // A gap or fork the server found in the issuer key's chain (ChainWarning).
    struct ChainWarning
    {
        ChainStatus kind = ChainStatus::Gap; // gap or fork
        QString message;
        qint64 expectedSeq = -1; // expected_seq; -1 when not given
        QString expectedPrev; // expected_prev; empty when not given

        static Result<ChainWarning> fromJson(const QJsonObject &object);
        QJsonObject toJson() const;
        bool operator==(const ChainWarning &other) const;
    };

    LicenseRecord license;
    QUuid supersededId; // superseded_id; null when the license renewed none
    QList<ChainWarning> chainWarnings; // chain_warnings
    // chain.status: fork when any warning is a fork, gap when one is a gap, ok otherwise; on a
    // repeated registration the status found the first time, without warnings.
    ChainStatus chainStatus = ChainStatus::Ok;
    // Not on the wire: false when the server had this exact token already (200, not 201).
    bool newlyRegistered = true;

    // "license" is required; "chain" may be left out (status ok), and its kid, seq and
    // warnings are not read: they repeat the license's and chain_warnings.
    static Result<LicenseRegistrationResult> fromJson(const QJsonObject &object);
    // "chain" written from chainStatus, the license's kid and seq, and chain_warnings.
    QJsonObject toJson() const;
    // That "chain" object alone; the server also keeps it in the audit log.
    QJsonObject chainToJson() const;

    bool operator==(const LicenseRegistrationResult &other) const;
    bool operator!=(const LicenseRegistrationResult &other) const { return !(*this == other); }
};

} // namespace sphair::models
