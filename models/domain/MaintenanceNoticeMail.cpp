#include "models/domain/MaintenanceNoticeMail.h"

#include "models/domain/CompanySettings.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

// A string field that must be one of `codes`.
QString oneOf(WireReader &in, QStringView key, const QStringList &codes)
{
    QString value = in.string(key);
    if (in.ok() && !codes.contains(value)) {
        in.fail(Validation::invalidField(
            in.fieldName(key), QStringLiteral("unknown_value"),
            QCoreApplication::translate("sphair::models::MaintenanceNoticeMail",
                                        "“%1” is not one of: %2.")
                .arg(value, codes.join(QStringLiteral(", ")))));
    }
    return value;
}

} // namespace

QStringList MaintenanceNoticeMail::kinds()
{
    return {kindAhead72h(), kindAhead24h(), kindEnded()};
}

QStringList MaintenanceNoticeMail::statuses()
{
    return {statusQueued(), statusSent(), statusFailed()};
}

QString MaintenanceNoticeMail::kindDisplayName(const QString &kind)
{
    if (kind == kindAhead72h())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail",
                                           "72 hours ahead");
    if (kind == kindAhead24h())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail",
                                           "24 hours ahead");
    if (kind == kindEnded())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail", "Ended");
    return kind;
}

QString MaintenanceNoticeMail::statusDisplayName(const QString &status)
{
    if (status == statusQueued())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail", "Queued");
    if (status == statusSent())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail", "Sent");
    if (status == statusFailed())
        return QCoreApplication::translate("sphair::models::MaintenanceNoticeMail", "Failed");
    return status;
}

Result<MaintenanceNoticeMail> MaintenanceNoticeMail::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceNoticeMail mail;
    mail.id = in.uuid(u"id");
    mail.windowId = in.uuid(u"window_id");
    mail.occurrenceStart = in.time(u"occurrence_start");
    mail.kind = oneOf(in, u"kind", kinds());
    mail.companyId = in.uuid(u"company_id");
    mail.companyName = in.string(u"company_name");
    mail.recipient = in.string(u"recipient");
    mail.language = oneOf(in, u"language", CompanySettings::languages());
    mail.subject = in.string(u"subject");
    mail.status = oneOf(in, u"status", statuses());
    mail.attempts = static_cast<int>(in.integer(u"attempts", 0, WireReader::kMaxInt));
    mail.createdAt = in.time(u"created_at");
    mail.sentAt = in.optionalTime(u"sent_at");
    mail.nextAttemptAt = in.optionalTime(u"next_attempt_at");
    mail.lastError = in.optionalString(u"last_error");
    if (!in.ok())
        return in.error();
    return mail;
}

QJsonObject MaintenanceNoticeMail::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .uuid(u"window_id", windowId)
        .time(u"occurrence_start", occurrenceStart)
        .text(u"kind", kind)
        .uuid(u"company_id", companyId)
        .text(u"company_name", companyName)
        .text(u"recipient", recipient)
        .text(u"language", language)
        .text(u"subject", subject)
        .text(u"status", status)
        .integer(u"attempts", attempts)
        .time(u"created_at", createdAt)
        .time(u"sent_at", sentAt)
        .time(u"next_attempt_at", nextAttemptAt)
        .optionalText(u"last_error", lastError)
        .object();
}

bool MaintenanceNoticeMail::operator==(const MaintenanceNoticeMail &other) const
{
    return id == other.id && windowId == other.windowId && occurrenceStart == other.occurrenceStart
        && kind == other.kind && companyId == other.companyId && companyName == other.companyName
        && recipient == other.recipient && language == other.language && subject == other.subject
        && status == other.status && attempts == other.attempts && createdAt == other.createdAt
        && sentAt == other.sentAt && nextAttemptAt == other.nextAttemptAt
        && lastError == other.lastError;
}

} // namespace sphair::models
