#include "client/ApiCall.h"

#include "client/Logging.h"

#include <QNetworkReply>
#include <QTimer>

namespace sphair::client {

ApiCall::ApiCall(QString description, QByteArray idempotencyKey, QObject *parent)
    : QObject(parent)
    , m_description(std::move(description))
    , m_idempotencyKey(std::move(idempotencyKey))
{ }

ApiCall::~ApiCall()
{
    if (m_reply) {
        // Going away with an attempt in flight (the client is being destroyed): nobody is
        // left to answer, so the reply's slots are cut before it is aborted.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    qCDebug(lcClient).noquote() << "cancelled" << m_description;
    // Cancelled before the abort, so the reply's finished handler knows to stay silent.
    m_state = State::Cancelled;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
    scheduleFinished();
}

void ApiCall::finish(State state, const models::Error &error)
{
    if (isFinished())
        return;
    m_state = state;
    m_error = error;
    scheduleFinished();
}

void ApiCall::scheduleFinished()
{
    // Queued, so whoever ends the call (a reply's slot, cancel()) returns first.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
}

void ApiCall::markSlow()
{
    if (isFinished() || m_slow)
        return;
    m_slow = true;
    emit slow();
}

} // namespace sphair::client
