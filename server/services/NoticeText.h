#pragma once

#include <QDateTime>
#include <QString>

namespace sphair::server {

// The text of one maintenance notice e-mail, in the company's language ("en", "de") with the
// times in the company's zone (an unknown zone: UTC).
struct NoticeText
{
    QString subject;
    QString body;

    // `kind`: "ahead_72h", "ahead_24h" or "ended" (MaintenanceNoticeMail). `description`:
    // the window's, may be empty.
    static NoticeText compose(const QString &kind, const QString &language, const QString &timezone,
                              const QDateTime &startsAt, const QDateTime &endsAt,
                              const QString &companyName, const QString &description);
    // `time` as the notice writes it in `language` and `timezone`, e.g. "Sunday, 7 December
    // 2025, 02:00" or "Sonntag, 7. Dezember 2025, 02:00".
    static QString localTime(const QDateTime &time, const QString &language,
                             const QString &timezone);
};

} // namespace sphair::server
