#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace sphair::models {

// The one JSON line sphair-platformd prints on standard output once it listens, which the
// console's sandbox launcher waits for: {"event": "ready", "url", "pid", and for a TLS
// listener "spki_sha256"; for a sandbox also "sandbox_dir", "username" and
// "one_time_password"}. The password is shown once, so the line is never logged.
struct PlatformReadyLine
{
    QString url;
    qint64 pid = 0;
    QString
        spkiSha256; // base64 SHA-256 of the certificate's SubjectPublicKeyInfo; empty without TLS
    QString sandboxDir; // the sandbox fields are empty for a platform that is not a sandbox
    QString username;
    QString oneTimePassword;

    // Whether a line printed by the program is this event (other events may follow later).
    static bool isReadyEvent(const QJsonObject &object);
    // "url" is required; the others may be absent (a launcher knows its child's pid anyway).
    static Result<PlatformReadyLine> fromJson(const QJsonObject &object);
    // Leaves out the fields that are empty.
    QJsonObject toJson() const;

    bool operator==(const PlatformReadyLine &other) const;
    bool operator!=(const PlatformReadyLine &other) const { return !(*this == other); }
};

} // namespace sphair::models
