#include "server/services/NoticeService.h"

#include "models/domain/WireTime.h"
#include "server/services/Logging.h"
#include "server/services/MaintenanceService.h"
#include "server/services/NoticeText.h"
#include "server/services/ServerText.h"
#include "server/store/AuditLog.h"

#include <QJsonObject>

#include <algorithm>

namespace sphair::server {

namespace {

using models::MaintenanceNoticeMail;
using models::MaintenanceOccurrence;

} // namespace

QString NoticeService::dueKind(const MaintenanceOccurrence &occurrence, const QDateTime &now)
{
    if (occurrence.endsAt <= now) {
        return now < occurrence.endsAt.addSecs(kEndedGraceSeconds)
            ? MaintenanceNoticeMail::kindEnded()
            : QString();
    }
    if (now >= occurrence.startsAt)
        return {}; // running: the ahead notices are too late now
    if (now >= occurrence.startsAt.addSecs(-kAhead24Seconds))
        return MaintenanceNoticeMail::kindAhead24h();
    if (now >= occurrence.startsAt.addSecs(-kAhead72Seconds))
        return MaintenanceNoticeMail::kindAhead72h();
    return {};
}

models::Result<QList<MaintenanceOccurrence>> NoticeService::occurrences(const QDateTime &from,
                                                                        const QDateTime &to) const
{
    // Recurring windows expanded, skipped occurrences left out, moved ones at their new times.
    return MaintenanceService(m_context).occurrences(from, to);
}

models::Result<int> NoticeService::plan() const
{
    const QDateTime at = now();
    auto planned = occurrences(at.addSecs(-kEndedGraceSeconds), at.addSecs(kAhead72Seconds + 1));
    if (!planned)
        return planned.error();
    int queued = 0;
    for (const MaintenanceOccurrence &occurrence : planned.value()) {
        const QString kind = dueKind(occurrence, at);
        if (kind.isEmpty())
            continue;
        auto added = planOne(occurrence, kind, at);
        if (!added)
            return added.error();
        queued += added.value();
    }
    return queued;
}

models::Result<int> NoticeService::planOne(const MaintenanceOccurrence &occurrence,
                                           const QString &kind, const QDateTime &at) const
{
    return m_context.db->fetch<int>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<int> {
            auto done =
                NoticeStore::planned(session, occurrence.windowId, occurrence.startsAt, kind);
            if (!done)
                return done.error();
            if (done.value())
                return 0;
            auto recipients = NoticeStore::recipients(session);
            if (!recipients)
                return recipients.error();
            QList<NoticeStore::Mail> mails;
            mails.reserve(recipients->size());
            for (const NoticeStore::Recipient &recipient : recipients.value()) {
                const NoticeText text = NoticeText::compose(
                    kind, recipient.language, recipient.timezone, occurrence.startsAt,
                    occurrence.endsAt, recipient.companyName, occurrence.description);
                NoticeStore::Mail mail;
                mail.mail.id = QUuid::createUuid();
                mail.mail.windowId = occurrence.windowId;
                mail.mail.occurrenceStart = occurrence.startsAt;
                mail.mail.kind = kind;
                mail.mail.companyId = recipient.companyId;
                mail.mail.companyName = recipient.companyName;
                mail.mail.recipient = recipient.email;
                mail.mail.language = recipient.language;
                mail.mail.subject = text.subject;
                mail.mail.createdAt = at;
                mail.body = text.body;
                mails.append(mail);
            }
            if (auto stored = NoticeStore::enqueue(session, mails); !stored)
                return stored.error();
            return static_cast<int>(mails.size());
        });
}

models::Result<int> NoticeService::send(MailTransport &transport) const
{
    const QDateTime at = now();
    auto due = m_context.db->fetch<QList<NoticeStore::Mail>>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return NoticeStore::due(session, at, m_settings.batch); });
    if (!due)
        return due.error();
    int sent = 0;
    for (const NoticeStore::Mail &queued : due.value()) {
        bool delivered = false;
        if (auto done = deliver(transport, queued, delivered); !done)
            return done.error();
        sent += delivered ? 1 : 0;
    }
    return sent;
}

models::Status NoticeService::deliver(MailTransport &transport, const NoticeStore::Mail &queued,
                                      bool &sent) const
{
    const MaintenanceNoticeMail &mail = queued.mail;
    const QDateTime claimedAt = now();
    auto claimed = m_context.db->fetch<bool>(TxScope::forOperator(), [&](SqlSession &session) {
        return NoticeStore::claim(session, mail.id, claimedAt,
                                  claimedAt.addSecs(m_settings.lease.count()));
    });
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return models::Status::success(); // another sender has it
    const int attempt = mail.attempts + 1;
    if (mail.kind != MaintenanceNoticeMail::kindEnded() && mail.occurrenceStart <= claimedAt) {
        // A notice ahead of a window that has begun (SMTP was down until then) would only
        // confuse: given up instead of sent late.
        qCInfo(lcServices) << "maintenance notice" << mail.id << "to" << mail.recipient
                           << "given up: its window began at" << mail.occurrenceStart;
        return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            return NoticeStore::markAttemptFailed(
                session, mail.id,
                tr("Not sent: the maintenance window had begun before it could be."), QDateTime());
        });
    }

    MailMessage message;
    message.from = m_settings.fromAddress;
    message.to = mail.recipient;
    message.subject = mail.subject;
    message.body = queued.body;
    message.date = claimedAt;
    message.messageId = mail.id.toString(QUuid::WithoutBraces) + QStringLiteral("@sphair");
    const models::Status delivered = transport.send(message);
    const QDateTime at = now();

    if (delivered) {
        sent = true;
        return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
            if (auto marked = NoticeStore::markSent(session, mail.id, at); !marked)
                return marked;
            QJsonObject after {
                {QStringLiteral("recipient"), mail.recipient},
                {QStringLiteral("kind"), mail.kind},
                {QStringLiteral("window_id"), mail.windowId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("occurrence_start"),
                 models::WireTime::toString(mail.occurrenceStart)},
                {QStringLiteral("language"), mail.language},
                {QStringLiteral("subject"), mail.subject},
                {QStringLiteral("attempts"), attempt},
            };
            return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                    {QStringLiteral("maintenance.notice_sent"),
                                     QStringLiteral("maintenance_notice"),
                                     mail.id.toString(QUuid::WithoutBraces),
                                     mail.companyId,
                                     {},
                                     after});
        });
    }

    const bool giveUp =
        delivered.error().code == MailTransport::kRejected || attempt >= m_settings.maxAttempts;
    qint64 delay = m_settings.firstRetry.count();
    for (int i = 1; i < attempt && delay < m_settings.maxRetry.count(); ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, m_settings.maxRetry.count());
    const QDateTime next = giveUp ? QDateTime() : at.addSecs(delay);
    qCInfo(lcServices) << "maintenance notice" << mail.id << "to" << mail.recipient
                       << "not sent (attempt" << attempt << "):" << delivered.error().message
                       << (giveUp ? "giving up" : "retrying");
    return m_context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        return NoticeStore::markAttemptFailed(session, mail.id, delivered.error().message, next);
    });
}

models::Result<NoticeStore::MailPage> NoticeService::list(const NoticeStore::Filter &filter,
                                                          qint64 offset, int limit) const
{
    return m_context.db->fetch<NoticeStore::MailPage>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return NoticeStore::list(session, filter, offset, limit); });
}

} // namespace sphair::server
