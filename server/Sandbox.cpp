#include "server/Sandbox.h"

#include "server/http/TlsCertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sphair::server {

models::Result<Sandbox::Files> Sandbox::prepare(const QString &dir)
{
    Files files;
    files.dir = QDir(dir).absolutePath();
    files.databasePath = files.dir + QStringLiteral("/platform.db");
    files.certificatePath = files.dir + QStringLiteral("/tls/certificate.pem");
    files.keyPath = files.dir + QStringLiteral("/tls/private-key.pem");
    files.created = !QFileInfo::exists(files.databasePath);

    if (!QDir().mkpath(files.dir + QStringLiteral("/tls"))) {
        return models::Error {QStringLiteral("sandbox_unwritable"),
                              QStringLiteral("Cannot create the sandbox folder %1.").arg(files.dir),
                              {}};
    }
    QFile::setPermissions(files.dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(files.dir + QStringLiteral("/tls"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    if (QFileInfo::exists(files.certificatePath) && QFileInfo::exists(files.keyPath)) {
        auto pin = TlsCertificate::spkiPinOfFile(files.certificatePath);
        if (pin) {
            files.pin = pin.value();
            return files;
        }
        // A damaged certificate is replaced; the pin changes and the console will say so.
    }
    auto pin = TlsCertificate::createSelfSigned(files.certificatePath, files.keyPath);
    if (!pin)
        return pin.error();
    files.pin = pin.value();
    return files;
}

} // namespace sphair::server
