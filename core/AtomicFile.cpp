#include "core/AtomicFile.h"

#include <QSaveFile>

namespace sphair::core {

core::Status AtomicFile::write(const QString &path, const QByteArray &content, Access access)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    bool ok = file.open(QIODevice::WriteOnly);
    // commit() keeps the mode of the temporary file.
    if (ok && access == Access::OwnerOnly)
        ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (ok)
        ok = file.write(content) == content.size();
    if (ok)
        ok = file.commit();
    if (ok)
        return core::Status::success();
    const QString reason = file.errorString();
    file.cancelWriting();
    return core::Error {QStringLiteral("write_failed"),
                        tr("Cannot write %1: %2").arg(path, reason),
                        {{QStringLiteral("path"), path}}};
}

} // namespace sphair::core
