#pragma once

#include "models/domain/LicenseRecord.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sphair::client {

// The answer of POST /admin/licenses: the registered license, the license it renewed (if
// any), and warnings about the issuer key's seq/prev chain (a gap: licenses this platform
// has not seen; a fork: the key may have been copied).
struct LicenseRegistrationResult
{
    // A gap or fork the server found in the issuer key's chain.
    struct ChainWarning
    {
        QString kind; // "gap" or "fork"
        QString message;
        qint64 expectedSeq = -1; // -1 when not given
        QString expectedPrev;
    };

    models::LicenseRecord license;
    QUuid supersededId; // null when the license renewed none
    QList<ChainWarning> chainWarnings;
    bool newlyRegistered = true; // false when the server had this exact token already (200)

    static models::Result<LicenseRegistrationResult> fromJson(const QJsonObject &object);
};

} // namespace sphair::client
