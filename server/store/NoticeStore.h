#pragma once

#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The maintenance notice e-mail queue (maintenance_notice_mail) and who it goes to, read and
// changed inside the caller's transaction.
class NoticeStore
{
public:
    // An active admin of an active company, with the company's language and time zone.
    struct Recipient
    {
        QUuid companyId;
        QString companyName;
        QString email;
        QString language;
        QString timezone;
    };

    // A queued e-mail with its text (the body is not on the wire).
    struct Mail
    {
        models::MaintenanceNoticeMail mail;
        QString body;
    };

    struct Filter
    {
        QUuid windowId; // null: every window
        QString status; // empty: every status
        QUuid companyId; // null: every company
    };

    struct MailPage
    {
        QList<models::MaintenanceNoticeMail> items;
        qint64 total = 0;
    };

    // The active admins (role admin, status active) of the active companies, by company and
    // address.
    static models::Result<QList<Recipient>> recipients(SqlSession &session);
    // Whether any notice of this kind is queued for the occurrence already (planned once, in
    // one transaction, so "any" means "all").
    static models::Result<bool> planned(SqlSession &session, const QUuid &windowId,
                                        const QDateTime &occurrenceStart, const QString &kind);
    // Queues `mails` (status queued, next_attempt_at their created_at).
    static models::Status enqueue(SqlSession &session, const QList<Mail> &mails);
    // Up to `limit` queued mails whose next attempt is due at `now`, the longest waiting first.
    static models::Result<QList<Mail>> due(SqlSession &session, const QDateTime &now, int limit);
    // Takes a due mail for one attempt: counts the attempt and moves its next attempt to
    // `leaseUntil`, so no other sender takes it meanwhile (and a sender that dies leaves it to
    // be retried then). False when another sender took it first.
    static models::Result<bool> claim(SqlSession &session, const QUuid &id, const QDateTime &now,
                                      const QDateTime &leaseUntil);
    static models::Status markSent(SqlSession &session, const QUuid &id, const QDateTime &at);
    // A failed attempt: retried at `nextAttemptAt`, or failed for good when it is invalid.
    static models::Status markAttemptFailed(SqlSession &session, const QUuid &id,
                                            const QString &error, const QDateTime &nextAttemptAt);
    static models::Result<std::optional<Mail>> mail(SqlSession &session, const QUuid &id);
    // The queue newest occurrence first, then by company, recipient and kind.
    static models::Result<MailPage> list(SqlSession &session, const Filter &filter, qint64 offset,
                                         int limit);
};

} // namespace sphair::server
