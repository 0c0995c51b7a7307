#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sphair::models {

// One e-mail of the maintenance notice queue: one company admin told about one occurrence of
// a maintenance window, 72 or 24 hours ahead or after it ended. The server queues it once per
// window, occurrence, kind and recipient and sends it with retries; the console lists them.
//
// Required on input: id, window_id, occurrence_start, kind, company_id, company_name,
// recipient, language, subject, status, attempts, created_at. Optional: sent_at,
// next_attempt_at, last_error.
struct MaintenanceNoticeMail
{
    QUuid id;
    QUuid windowId; // window_id
    QDateTime occurrenceStart; // occurrence_start (UTC)
    QString kind; // "ahead_72h", "ahead_24h" or "ended"
    QUuid companyId; // company_id
    QString companyName; // company_name
    QString recipient; // the admin's e-mail address
    QString language; // "en" or "de"
    QString subject;
    QString status = statusQueued(); // "queued", "sent" or "failed"
    int attempts = 0;
    QDateTime createdAt; // created_at
    QDateTime sentAt; // sent_at
    QDateTime nextAttemptAt; // next_attempt_at: when the sender tries next
    QString lastError; // last_error

    static QString kindAhead72h() { return QStringLiteral("ahead_72h"); }
    static QString kindAhead24h() { return QStringLiteral("ahead_24h"); }
    static QString kindEnded() { return QStringLiteral("ended"); }
    static QStringList kinds();
    static QString statusQueued() { return QStringLiteral("queued"); }
    static QString statusSent() { return QStringLiteral("sent"); }
    static QString statusFailed() { return QStringLiteral("failed"); }
    static QStringList statuses();

    // The kind and status as a person reads them ("72 hours ahead", "Sent").
    static QString kindDisplayName(const QString &kind);
    static QString statusDisplayName(const QString &status);

    static Result<MaintenanceNoticeMail> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MaintenanceNoticeMail &other) const;
    bool operator!=(const MaintenanceNoticeMail &other) const { return !(*this == other); }
};

} // namespace sphair::models
