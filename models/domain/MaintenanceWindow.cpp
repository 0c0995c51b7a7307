#include "models/domain/MaintenanceWindow.h"

#include "models/domain/MaintenanceSchedule.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sphair::models {

namespace {

const QTime kNightlyStart(2, 0);
const QTime kNightlyEnd(6, 0);

bool isKnownZone(const QString &timezone)
{
    return !timezone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8());
}

Error unknownZone(const QString &timezone)
{
    return Validation::invalidField(
        QStringLiteral("timezone"), QStringLiteral("unknown_value"),
        QCoreApplication::translate(
            "sphair::models::MaintenanceWindow",
            "“%1” is not a time zone this system knows; use an IANA name such as "
            "Africa/Johannesburg.")
            .arg(timezone));
}

QDateTime inZone(const QDateTime &time, const QString &timezone)
{
    if (!time.isValid())
        return {};
    if (!isKnownZone(timezone))
        return time.toUTC();
    return time.toTimeZone(QTimeZone(timezone.toUtf8()));
}

} // namespace

QString MaintenanceWindow::defaultTimeZone()
{
    return QStringLiteral("Africa/Johannesburg");
}

Result<MaintenanceWindow> MaintenanceWindow::defaultNightly(QDate date, const QString &timezone)
{
    if (!isKnownZone(timezone))
        return unknownZone(timezone);
    if (!date.isValid())
        return Validation::missingField(QStringLiteral("date"));
    const QTimeZone zone(timezone.toUtf8());
    MaintenanceWindow window;
    window.startsAt =
        WireTime::truncated(MaintenanceSchedule::wallClock(date, kNightlyStart, zone));
    window.endsAt = WireTime::truncated(MaintenanceSchedule::wallClock(date, kNightlyEnd, zone));
    window.timezone = timezone;
    return window;
}

Result<MaintenanceWindow> MaintenanceWindow::nextDefaultNightly(const QDateTime &now,
                                                                const QString &timezone)
{
    if (!isKnownZone(timezone))
        return unknownZone(timezone);
    const QDate today = now.toTimeZone(QTimeZone(timezone.toUtf8())).date();
    auto window = defaultNightly(today, timezone);
    if (window && window->endsAt <= now)
        window = defaultNightly(today.addDays(1), timezone);
    return window;
}

bool MaintenanceWindow::contains(const QDateTime &at) const
{
    return at >= startsAt && at < endsAt;
}

QDateTime MaintenanceWindow::localStart() const
{
    return inZone(startsAt, timezone);
}

QDateTime MaintenanceWindow::localEnd() const
{
    return inZone(endsAt, timezone);
}

Result<MaintenanceWindow> MaintenanceWindow::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceWindow window;
    window.id = in.optionalUuid(u"id");
    window.startsAt = in.time(u"starts_at");
    window.endsAt = in.time(u"ends_at");
    window.timezone = in.optionalString(u"timezone", defaultTimeZone());
    window.description = in.optionalString(u"description");
    window.recurrence = in.optionalNested<MaintenanceRecurrence>(u"recurrence");
    window.exceptions = in.objects<MaintenanceException>(u"exceptions", false);
    if (!in.ok())
        return in.error();
    return window;
}

QJsonObject MaintenanceWindow::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .time(u"starts_at", startsAt)
        .time(u"ends_at", endsAt)
        .text(u"timezone", timezone)
        .optionalText(u"description", description)
        .optionalNested(u"recurrence", recurrence)
        .objects(u"exceptions", exceptions)
        .object();
}

Status MaintenanceWindow::validate() const
{
    if (!startsAt.isValid())
        return Validation::missingField(QStringLiteral("starts_at"));
    if (!endsAt.isValid())
        return Validation::missingField(QStringLiteral("ends_at"));
    if (endsAt <= startsAt) {
        return Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::MaintenanceWindow",
                                        "The maintenance window must end after it "
                                        "starts."));
    }
    if (!isKnownZone(timezone))
        return unknownZone(timezone);
    if (auto length = Validation::checkLength(QStringLiteral("description"), description, 0,
                                              kMaxDescriptionLength);
        !length)
        return length;
    if (recurrence && recurrence->until.isValid() && recurrence->until < localStart().date()) {
        return Validation::invalidField(
            QStringLiteral("recurrence.until"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::MaintenanceWindow",
                                        "A recurring window cannot end before its first "
                                        "occurrence."));
    }
    if (exceptions.size() > kMaxExceptions) {
        return Validation::invalidField(
            QStringLiteral("exceptions"), QStringLiteral("too_long"),
            QCoreApplication::translate("sphair::models::MaintenanceWindow",
                                        "A window can have at most %1 skipped or moved "
                                        "occurrences.")
                .arg(kMaxExceptions),
            {{QStringLiteral("max"), kMaxExceptions}});
    }
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        const QString prefix = QStringLiteral("exceptions[%1].").arg(i);
        if (auto check = exceptions.at(i).validate(); !check)
            return Validation::withFieldPrefix(check.error(), prefix);
        for (qsizetype j = 0; j < i; ++j) {
            if (exceptions.at(j).occurrence == exceptions.at(i).occurrence) {
                return Validation::invalidField(
                    prefix + QStringLiteral("occurrence"), QStringLiteral("not_allowed"),
                    QCoreApplication::translate("sphair::models::MaintenanceWindow",
                                                "The occurrence of %1 is changed twice.")
                        .arg(exceptions.at(i).occurrence.toString(Qt::ISODate)));
            }
        }
    }
    return {};
}

bool MaintenanceWindow::operator==(const MaintenanceWindow &other) const
{
    return id == other.id && startsAt == other.startsAt && endsAt == other.endsAt
        && timezone == other.timezone && description == other.description
        && recurrence == other.recurrence && exceptions == other.exceptions;
}

} // namespace sphair::models
