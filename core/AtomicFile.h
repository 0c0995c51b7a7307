#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sphair::core {

// Writes a whole file the user asked for (an export, a key backup, a public key) so that a
// failure never leaves half a file: the bytes go to a temporary file that replaces `path` only
// once everything is written, never in place.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(sphair::core::AtomicFile)
public:
    // OwnerOnly, the default, whatever the umask: licenses, key backups, exports with contact
    // data. Readable (the umask decides) only for what is meant to be handed around: a public
    // key, a chart picture.
    enum class Access { OwnerOnly, Readable };

    // OwnerOnly restricts the temporary file before the first byte is written, so the content
    // is never readable by others, not even for a moment. "write_failed" naming the path.
    static core::Status write(const QString &path, const QByteArray &content,
                              Access access = Access::OwnerOnly);
};

} // namespace sphair::core
