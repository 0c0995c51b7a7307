#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QNetworkReply;

namespace sphair::client {

// The handle of one asynchronous PlatformClient call: cancel it, watch it, read how it ended.
// PlatformClient owns it and deletes it (deleteLater) after finished(); keep it in a
// QPointer. The call's result goes to the callback given to PlatformClient, exactly once,
// unless the call is cancelled first: a cancelled call never calls back.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    ~ApiCall() override;

    // "GET /admin/companies" (no query, no body).
    const QString &description() const { return m_description; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    bool isCancelled() const { return m_state == State::Cancelled; }
    // How it failed; only when state() == Failed.
    const models::Error &error() const { return m_error; }
    // The HTTP status of the last answer; 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    // Attempts sent so far (retries included; a conflict's follow-up GET counts too).
    int attempts() const { return m_attempts; }
    // The Idempotency-Key of a POST (the same on every retry); empty for other calls.
    const QByteArray &idempotencyKey() const { return m_idempotencyKey; }
    // The call has run longer than the client's slow threshold (500 ms by default).
    bool isSlow() const { return m_slow; }

public slots:
    // Stops the call: aborts the request in flight or the wait before a retry. The callback
    // is not called; finished() is emitted. Does nothing once the call has finished.
    void cancel();

signals:
    // Still running after the slow threshold: show a progress indicator.
    void slow();
    void finished();

private:
    friend class PlatformClient;
    friend class SecureTransport;

    ApiCall(QString description, QByteArray idempotencyKey, QObject *parent);

    // Marks the call finished (unless it is already) and schedules finished() and deletion.
    void finish(State state, const models::Error &error = {});
    void scheduleFinished();
    void markSlow();

    QString m_description;
    QByteArray m_idempotencyKey;
    State m_state = State::Running;
    models::Error m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_slow = false;
    QPointer<QNetworkReply> m_reply; // the attempt in flight
};

} // namespace sphair::client
