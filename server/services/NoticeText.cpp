#include "server/services/NoticeText.h"

#include "models/domain/MaintenanceNoticeMail.h"
#include "server/services/ServerText.h"

#include <QLocale>
#include <QTimeZone>
#include <QtGlobal>

namespace sphair::server {

namespace {

// The sentences of the notices, translated through trIn (German in translations/sphair_de.ts).
// Date formats of QLocale::toString (day and month names in the notice's language).
const char *const kDateFormat = QT_TRANSLATE_NOOP("sphair::server", "dddd, d MMMM yyyy, HH:mm");
const char *const kTimeFormat = QT_TRANSLATE_NOOP("sphair::server", "HH:mm");
const char *const kSubjectAhead72 =
    QT_TRANSLATE_NOOP("sphair::server", "Planned maintenance of SPHAiR in 3 days: %1");
const char *const kSubjectAhead24 =
    QT_TRANSLATE_NOOP("sphair::server", "Planned maintenance of SPHAiR tomorrow: %1");
const char *const kSubjectEnded =
    QT_TRANSLATE_NOOP("sphair::server", "SPHAiR maintenance has ended: %1");
const char *const kGreeting = QT_TRANSLATE_NOOP("sphair::server", "Hello,");
const char *const kBodyAhead = QT_TRANSLATE_NOOP(
    "sphair::server",
    "SPHAiR will be under maintenance from %1 until %2 (time zone %3). During this time the "
    "users of %4 may not be able to work with SPHAiR. Please let them know.");
const char *const kBodyEnded =
    QT_TRANSLATE_NOOP("sphair::server",
                      "The maintenance of SPHAiR from %1 until %2 (time zone %3) has ended. "
                      "The users of %4 can work with SPHAiR again.");
const char *const kReason = QT_TRANSLATE_NOOP("sphair::server", "Reason: %1");
const char *const kFooter =
    QT_TRANSLATE_NOOP("sphair::server",
                      "You receive this notice as an administrator of %1 on the SPHAiR "
                      "platform. It was sent automatically; please do not reply.");

QTimeZone zoneOf(const QString &timezone)
{
    if (!timezone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8()))
        return QTimeZone(timezone.toUtf8());
    return QTimeZone::utc();
}

} // namespace

QString NoticeText::localTime(const QDateTime &time, const QString &language,
                              const QString &timezone)
{
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English);
    return locale.toString(time.toTimeZone(zoneOf(timezone)), trIn(language, kDateFormat));
}

NoticeText NoticeText::compose(const QString &kind, const QString &language,
                               const QString &timezone, const QDateTime &startsAt,
                               const QDateTime &endsAt, const QString &companyName,
                               const QString &description)
{
    using models::MaintenanceNoticeMail;
    const QString start = localTime(startsAt, language, timezone);
    const QDateTime localStart = startsAt.toTimeZone(zoneOf(timezone));
    const QDateTime localEnd = endsAt.toTimeZone(zoneOf(timezone));
    // The end on the start's day is only its time; on another day the full date.
    const QString end = localEnd.date() == localStart.date()
        ? QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English)
              .toString(localEnd, trIn(language, kTimeFormat))
        : localTime(endsAt, language, timezone);
    const QString zone = zoneOf(timezone).id() == QByteArrayLiteral("UTC")
        ? QStringLiteral("UTC")
        : QString::fromUtf8(zoneOf(timezone).id());

    NoticeText text;
    const char *subject = kind == MaintenanceNoticeMail::kindEnded() ? kSubjectEnded
        : kind == MaintenanceNoticeMail::kindAhead24h()              ? kSubjectAhead24
                                                                     : kSubjectAhead72;
    text.subject = trIn(language, subject).arg(start);
    const char *body = kind == MaintenanceNoticeMail::kindEnded() ? kBodyEnded : kBodyAhead;
    QStringList paragraphs {trIn(language, kGreeting),
                            trIn(language, body).arg(start, end, zone, companyName)};
    if (!description.isEmpty())
        paragraphs.append(trIn(language, kReason).arg(description));
    paragraphs.append(trIn(language, kFooter).arg(companyName));
    text.body = paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return text;
}

} // namespace sphair::server
