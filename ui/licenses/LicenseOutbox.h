#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace sphair::ui {

// Signed license tokens the platform has not registered yet, kept as `.lic` files (one per
// license, named "<jti>.lic") in a folder, so that a license signed while the server could not
// be reached survives a restart and can be exported or registered later. Files are written
// atomically; an entry is removed only once the server has registered the token (or said it
// already has it). Tokens are signed licenses, not secrets, but they are never logged.
class LicenseOutbox : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QUuid licenseId; // from the file name
        QString path;
        QByteArray token; // "v4.public.…", as signed
        QMap<QString, QString> headers; // the file's informational, unsigned headers
        QDateTime savedAt; // the file's modification time
    };
    // A file in the folder that is not a readable license (reported, left alone).
    struct Problem
    {
        QString path;
        models::Error error;
    };
    struct Listing
    {
        QList<Entry> entries; // oldest first
        QList<Problem> problems;
    };

    // QStandardPaths::AppDataLocation + "/outbox".
    static QString defaultFolder();

    explicit LicenseOutbox(QString folder = defaultFolder(), QObject *parent = nullptr);

    const QString &folder() const { return m_folder; }

    // Keeps `token` as "<licenseId>.lic" (replacing an entry with the same id). Errors:
    // "outbox_unavailable" (the folder cannot be made), "outbox_write_failed".
    models::Status add(const QUuid &licenseId, const QByteArray &token,
                       const QMap<QString, QString> &headers = {});
    // Every entry in the folder; unreadable or malformed files are reported as problems.
    Listing list() const;
    std::optional<Entry> entry(const QUuid &licenseId) const;
    bool contains(const QUuid &licenseId) const;
    // Forgets an entry once the server has registered its token ("outbox_remove_failed"
    // when the file stays; removing an entry that is not there succeeds).
    models::Status remove(const QUuid &licenseId);

    // Whether a failed registration means "the server could not be reached or cannot take it
    // now, try later" (the token belongs in the outbox) rather than a refusal of the token
    // (which must be shown, not retried): unreachable, timeout, TLS or pin trouble, not
    // signed in or session expired, maintenance, a 5xx.
    static bool isRetryLater(const models::Error &error);

signals:
    // An entry was added or removed.
    void changed();

private:
    QString pathFor(const QUuid &licenseId) const;

    QString m_folder;
};

} // namespace sphair::ui
