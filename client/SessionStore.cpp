#include "client/SessionStore.h"

#include "client/Logging.h"
#include "client/SessionKeychain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

namespace sphair::client {

namespace {

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

SessionStore::SessionStore(bool remember, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_keychain(new SessionKeychain(
          keychainService.isEmpty() ? SessionKeychain::defaultService() : keychainService, this))
    , m_remember(remember)
{ }

SessionStore::~SessionStore()
{
    wipe(m_token);
    wipe(m_refreshToken);
}

void SessionStore::restore(const QString &profileName)
{
    clear();
    m_profileName = profileName;
    const quint64 generation = ++m_generation;
    if (!m_remember || profileName.isEmpty()) {
        m_restoring = false;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit restored(false);
        });
        return;
    }
    m_restoring = true;
    m_keychain->read(profileName, [this, generation](models::Result<QByteArray> secret) {
        if (generation != m_generation)
            return;
        m_restoring = false;
        if (!secret) {
            emit keychainFailed(secret.error());
        } else if (!secret->isEmpty()) {
            const QJsonObject stored = QJsonDocument::fromJson(secret.value()).object();
            const auto session =
                models::AdminSession::fromJson(stored.value(QStringLiteral("session")).toObject());
            QByteArray token = stored.value(QStringLiteral("token")).toString().toLatin1();
            QByteArray refreshToken =
                stored.value(QStringLiteral("refresh_token")).toString().toLatin1();
            if (session && !token.isEmpty()) {
                take(token, refreshToken, session.value());
                qCInfo(lcClient).noquote()
                    << "restored the session of" << m_session->username << "for" << m_profileName;
            } else {
                qCWarning(lcClient).noquote()
                    << "ignoring an unreadable saved session for" << m_profileName;
            }
            wipe(token);
            wipe(refreshToken);
            secret->fill('\0');
        }
        emit restored(isSignedIn());
    });
}

void SessionStore::adopt(const models::SessionGrant &grant)
{
    take(grant.token, grant.refreshToken, grant.session);
    qCInfo(lcClient).noquote() << "signed in as" << grant.session.username << "on" << m_profileName;
    emit changed();
    persist();
}

void SessionStore::take(const QByteArray &token, const QByteArray &refreshToken,
                        const models::AdminSession &session)
{
    wipe(m_token);
    wipe(m_refreshToken);
    m_token = token;
    m_refreshToken = refreshToken;
    m_session = session;
}

void SessionStore::persist()
{
    if (!m_remember || m_profileName.isEmpty() || !m_session)
        return;
    QByteArray secret =
        QJsonDocument(QJsonObject {
                          {QStringLiteral("token"), QString::fromLatin1(m_token)},
                          {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
                          {QStringLiteral("session"), m_session->toJson()},
                      })
            .toJson(QJsonDocument::Compact);
    m_keychain->write(m_profileName, secret, [this](const models::Status &written) {
        if (written)
            emit saved();
        else
            emit keychainFailed(written.error());
    });
    wipe(secret);
}

void SessionStore::clear()
{
    const bool had = isSignedIn() || m_session.has_value();
    wipe(m_token);
    wipe(m_refreshToken);
    m_session.reset();
    if (had)
        emit changed();
}

void SessionStore::end()
{
    clear();
    if (m_remember && !m_profileName.isEmpty())
        forget(m_profileName, nullptr);
}

void SessionStore::forget(const QString &profileName, std::function<void(models::Status)> done)
{
    m_keychain->remove(profileName, [this, done = std::move(done)](const models::Status &removed) {
        if (removed)
            emit forgotten();
        else
            emit keychainFailed(removed.error());
        if (done)
            done(removed);
    });
}

} // namespace sphair::client
