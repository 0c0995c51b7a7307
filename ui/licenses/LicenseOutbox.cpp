#include "ui/licenses/LicenseOutbox.h"

#include "core/AtomicFile.h"
#include "licensing/LicenseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace sphair::ui {

namespace {

const QLatin1String kSuffix(".lic");

models::Error failure(const char *code, const QString &message, const QString &path)
{
    return {QLatin1String(code), message, {{QStringLiteral("path"), path}}};
}

} // namespace

QString LicenseOutbox::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/outbox");
}

LicenseOutbox::LicenseOutbox(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{ }

QString LicenseOutbox::pathFor(const QUuid &licenseId) const
{
    return QDir(m_folder).filePath(licenseId.toString(QUuid::WithoutBraces) + kSuffix);
}

models::Status LicenseOutbox::add(const QUuid &licenseId, const QByteArray &token,
                                  const QMap<QString, QString> &headers)
{
    if (licenseId.isNull() || !token.startsWith("v4.public.")) {
        return models::Error {QStringLiteral("invalid_argument"),
                              tr("Only a signed license with an id can be kept in the outbox."),
                              {}};
    }
    if (!QDir().mkpath(m_folder)) {
        return failure("outbox_unavailable",
                       tr("The outbox folder %1 cannot be created.").arg(m_folder), m_folder);
    }
    licensing::LicenseFile file;
    file.headers = headers;
    file.token = token;
    const QString path = pathFor(licenseId);
    // A crash or a full disk leaves either the old file or the new one, never half a license.
    if (auto written = core::AtomicFile::write(path, file.serialize()); !written) {
        return failure(
            "outbox_write_failed",
            tr("The license could not be saved in the outbox: %1").arg(written.error().message),
            path);
    }
    emit changed();
    return models::Status::success();
}

LicenseOutbox::Listing LicenseOutbox::list() const
{
    Listing listing;
    const QDir dir(m_folder);
    if (!dir.exists())
        return listing;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files,
                                                  QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        const QUuid id = QUuid::fromString(info.completeBaseName());
        if (id.isNull()) {
            listing.problems.append(
                {path,
                 failure("outbox_unexpected_file",
                         tr("%1 is not an outbox license file.").arg(info.fileName()), path)});
            continue;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            listing.problems.append(
                {path,
                 failure("outbox_read_failed",
                         tr("%1 cannot be read: %2").arg(path, in.errorString()), path)});
            continue;
        }
        auto file = licensing::LicenseFile::parse(in.readAll());
        if (!file) {
            models::Error error = file.error();
            error.details.insert(QStringLiteral("path"), path);
            error.message = tr("%1: %2").arg(info.fileName(), error.message);
            listing.problems.append({path, error});
            continue;
        }
        listing.entries.append({id, path, file->token, file->headers, info.lastModified()});
    }
    return listing;
}

std::optional<LicenseOutbox::Entry> LicenseOutbox::entry(const QUuid &licenseId) const
{
    const Listing listing = list();
    const auto found =
        std::find_if(listing.entries.cbegin(), listing.entries.cend(),
                     [&](const Entry &entry) { return entry.licenseId == licenseId; });
    if (found == listing.entries.cend())
        return std::nullopt;
    return *found;
}

bool LicenseOutbox::contains(const QUuid &licenseId) const
{
    return !licenseId.isNull() && QFileInfo::exists(pathFor(licenseId));
}

models::Status LicenseOutbox::remove(const QUuid &licenseId)
{
    const QString path = pathFor(licenseId);
    if (!QFileInfo::exists(path))
        return models::Status::success();
    QFile file(path);
    if (!file.remove()) {
        return failure(
            "outbox_remove_failed",
            tr("%1 could not be removed from the outbox: %2").arg(path, file.errorString()), path);
    }
    emit changed();
    return models::Status::success();
}

bool LicenseOutbox::isRetryLater(const models::Error &error)
{
    static const QStringList retryLater {
        QStringLiteral("server_unreachable"), QStringLiteral("timeout"),
        QStringLiteral("tls_error"),          QStringLiteral("pin_mismatch"),
        QStringLiteral("pin_unknown"),        QStringLiteral("not_signed_in"),
        QStringLiteral("unauthorized"),       QStringLiteral("maintenance"),
        QStringLiteral("server_error"),       QStringLiteral("cancelled"),
    };
    return retryLater.contains(error.code);
}

} // namespace sphair::ui
