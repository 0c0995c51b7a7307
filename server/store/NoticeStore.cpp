#include "server/store/NoticeStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

namespace {

using models::MaintenanceNoticeMail;

const QString kColumns = QStringLiteral(
    "m.id AS id, m.window_id AS window_id, m.occurrence_start AS occurrence_start, "
    "m.kind AS kind, m.company_id AS company_id, c.name AS company_name, "
    "m.recipient AS recipient, m.language AS language, m.subject AS subject, "
    "m.status AS status, m.attempts AS attempts, m.created_at AS created_at, "
    "m.sent_at AS sent_at, m.next_attempt_at AS next_attempt_at, m.last_error AS last_error, "
    "m.body AS body");

const QString kFrom =
    QStringLiteral("maintenance_notice_mail m JOIN companies c ON c.id = m.company_id");

models::Result<NoticeStore::Mail> mailFrom(const SqlRow &row)
{
    auto mail = fromRow<MaintenanceNoticeMail>(row,
                                               {{u"occurrence_start", WireColumn::Time},
                                                {u"created_at", WireColumn::Time},
                                                {u"sent_at", WireColumn::Time},
                                                {u"next_attempt_at", WireColumn::Time}});
    if (!mail)
        return mail.error();
    return NoticeStore::Mail {std::move(mail).value(), row.text(u"body")};
}

models::Result<MaintenanceNoticeMail> listItemFrom(const SqlRow &row)
{
    auto mail = mailFrom(row);
    if (!mail)
        return mail.error();
    return mail->mail;
}

} // namespace

models::Result<QList<NoticeStore::Recipient>> NoticeStore::recipients(SqlSession &session)
{
    return readAll(session.exec(QStringLiteral(
                       "SELECT c.id AS company_id, c.name AS company_name, u.email AS email, "
                       "COALESCE(s.language, 'en') AS language, "
                       "COALESCE(s.timezone, 'Africa/Johannesburg') AS timezone "
                       "FROM users u JOIN companies c ON c.id = u.company_id "
                       "LEFT JOIN company_settings s ON s.company_id = c.id "
                       "WHERE u.role = 'admin' AND u.status = 'active' AND c.status = 'active' "
                       "ORDER BY c.id, u.email")),
                   [](const SqlRow &row) {
                       return Recipient {row.uuid(u"company_id"), row.text(u"company_name"),
                                         row.text(u"email"), row.text(u"language"),
                                         row.text(u"timezone")};
                   });
}

models::Result<bool> NoticeStore::planned(SqlSession &session, const QUuid &windowId,
                                          const QDateTime &occurrenceStart, const QString &kind)
{
    auto count = countRows(session,
                           QStringLiteral("maintenance_notice_mail WHERE window_id = $1 AND "
                                          "occurrence_start = $2 AND kind = $3"),
                           {windowId, occurrenceStart, kind});
    if (!count)
        return count.error();
    return count.value() > 0;
}

models::Status NoticeStore::enqueue(SqlSession &session, const QList<Mail> &mails)
{
    return insertRows(session,
                      QStringLiteral("maintenance_notice_mail (id, window_id, occurrence_start, "
                                     "kind, company_id, recipient, language, subject, body, "
                                     "status, attempts, created_at, next_attempt_at)"),
                      13, mails, [](const Mail &queued, SqlParams &params) {
                          const MaintenanceNoticeMail &mail = queued.mail;
                          params << mail.id << mail.windowId << mail.occurrenceStart << mail.kind
                                 << mail.companyId << mail.recipient << mail.language
                                 << mail.subject << queued.body
                                 << MaintenanceNoticeMail::statusQueued() << 0 << mail.createdAt
                                 << mail.createdAt;
                      });
}

models::Result<QList<NoticeStore::Mail>> NoticeStore::due(SqlSession &session, const QDateTime &now,
                                                          int limit)
{
    return readAll(session.exec(QStringLiteral("SELECT %1 FROM %2 WHERE m.status = 'queued' AND "
                                               "m.next_attempt_at <= $1 ORDER BY "
                                               "m.next_attempt_at, m.id LIMIT $2")
                                    .arg(kColumns, kFrom),
                                {now, limit}),
                   mailFrom);
}

models::Result<bool> NoticeStore::claim(SqlSession &session, const QUuid &id, const QDateTime &now,
                                        const QDateTime &leaseUntil)
{
    auto updated =
        session.exec(QStringLiteral("UPDATE maintenance_notice_mail SET attempts = attempts + 1, "
                                    "next_attempt_at = $3 WHERE id = $1 AND status = 'queued' AND "
                                    "next_attempt_at <= $2"),
                     {id, now, leaseUntil});
    if (!updated)
        return updated.error();
    return updated->rowsAffected() == 1;
}

models::Status NoticeStore::markSent(SqlSession &session, const QUuid &id, const QDateTime &at)
{
    return session.perform(
        QStringLiteral("UPDATE maintenance_notice_mail SET status = 'sent', sent_at = $2, "
                       "next_attempt_at = NULL WHERE id = $1"),
        {id, at});
}

models::Status NoticeStore::markAttemptFailed(SqlSession &session, const QUuid &id,
                                              const QString &error, const QDateTime &nextAttemptAt)
{
    if (!nextAttemptAt.isValid()) {
        return session.perform(
            QStringLiteral("UPDATE maintenance_notice_mail SET status = 'failed', "
                           "last_error = $2, next_attempt_at = NULL WHERE id = $1"),
            {id, error});
    }
    return session.perform(QStringLiteral("UPDATE maintenance_notice_mail SET last_error = $2, "
                                          "next_attempt_at = $3 WHERE id = $1"),
                           {id, error, nextAttemptAt});
}

models::Result<std::optional<NoticeStore::Mail>> NoticeStore::mail(SqlSession &session,
                                                                   const QUuid &id)
{
    return readOptional(
        session.queryOptional(
            QStringLiteral("SELECT %1 FROM %2 WHERE m.id = $1").arg(kColumns, kFrom), {id}),
        mailFrom);
}

models::Result<NoticeStore::MailPage> NoticeStore::list(SqlSession &session, const Filter &filter,
                                                        qint64 offset, int limit)
{
    SqlFilter where;
    if (!filter.windowId.isNull())
        where.require(QStringLiteral("m.window_id = %1"), filter.windowId);
    if (!filter.status.isEmpty())
        where.require(QStringLiteral("m.status = %1"), filter.status);
    if (!filter.companyId.isNull())
        where.require(QStringLiteral("m.company_id = %1"), filter.companyId);
    return where.countedPage<MailPage>(
        session, kFrom, kColumns,
        QStringLiteral("m.occurrence_start DESC, c.name, m.recipient, m.kind"), limit, offset,
        listItemFrom);
}

} // namespace sphair::server
