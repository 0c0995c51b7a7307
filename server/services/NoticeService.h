#pragma once

#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/Result.h"
#include "server/services/MailTransport.h"
#include "server/services/ServiceContext.h"
#include "server/store/NoticeStore.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <functional>

namespace sphair::server {

// How the notices are sent and retried.
struct NoticeSettings
{
    QString fromAddress = QStringLiteral("SPHAiR <notices@sphair.app>");
    int maxAttempts = 8;
    std::chrono::seconds firstRetry {60}; // doubled after every failed attempt …
    std::chrono::seconds maxRetry {3600}; // … up to this
    std::chrono::seconds lease {600}; // how long a claimed mail is another sender's
    int batch = 100; // mails per send() pass
};

// Maintenance notices: every active admin of every active company is told about each window
// occurrence 72 and 24 hours before it starts and once it has ended, by e-mail, in the
// company's language and time zone.
//
// plan() queues what is due at the context's clock in the maintenance_notice_mail table, each
// notice (window, occurrence, kind) for all recipients in one transaction and only once, so a
// second pass or a restart queues nothing twice. send() delivers queued mail through a
// MailTransport: each mail is claimed first (one attempt counted, held for a lease), then
// sent, then marked sent with its audit row in the company's timeline
// ("maintenance.notice_sent"), or retried later with a doubling delay, and failed after
// Settings::maxAttempts attempts or a permanent refusal. Nothing is lost while the SMTP server
// is down: the mail waits in the table.
class NoticeService
{
public:
    using Settings = NoticeSettings;

    // How long before an occurrence starts each "ahead" notice is due, and how long after it
    // ended the "ended" notice still goes out (a server that was down longer sends none).
    static constexpr qint64 kAhead72Seconds = qint64(72) * 3600;
    static constexpr qint64 kAhead24Seconds = qint64(24) * 3600;
    static constexpr qint64 kEndedGraceSeconds = qint64(24) * 3600;

    explicit NoticeService(ServiceContext &context, Settings settings = {})
        : m_context(context)
        , m_settings(std::move(settings))
    { }

    // The clock plan() and send() go by; without one, the context's. Tests move it days ahead
    // without expiring the admin sessions that go by the context's clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Queues the notices due now; returns how many mails it queued.
    models::Result<int> plan() const;
    // Sends the queued mails whose attempt is due; returns how many were sent. A notice ahead
    // of an occurrence that has begun meanwhile is failed instead of sent late.
    models::Result<int> send(MailTransport &transport) const;

    models::Result<NoticeStore::MailPage> list(const NoticeStore::Filter &filter, qint64 offset,
                                               int limit) const;

    // The kind of notice due for `occurrence` at `now`, or empty when none is.
    static QString dueKind(const models::MaintenanceOccurrence &occurrence, const QDateTime &now);

private:
    models::Result<QList<models::MaintenanceOccurrence>> occurrences(const QDateTime &from,
                                                                     const QDateTime &to) const;
    models::Result<int> planOne(const models::MaintenanceOccurrence &occurrence,
                                const QString &kind, const QDateTime &at) const;
    models::Status deliver(MailTransport &transport, const NoticeStore::Mail &queued,
                           bool &sent) const;

    QDateTime now() const { return m_clock ? m_clock() : m_context.now(); }

    ServiceContext &m_context;
    Settings m_settings;
    std::function<QDateTime()> m_clock;
};

} // namespace sphair::server
