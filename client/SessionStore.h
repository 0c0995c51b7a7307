#pragma once

#include "models/domain/AdminSession.h"
#include "models/domain/Result.h"
#include "models/domain/SessionGrant.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace sphair::client {

class SessionKeychain;

// The admin session of the current connection profile: its tokens and what the server said
// of it, in memory, and a copy in the OS keychain (SessionKeychain, key = the profile's name)
// so that the console opens signed in. Tokens are wiped from memory when replaced or dropped.
// Without a keychain, keychainFailed() is emitted and the session lives in memory only.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    // `remember`: keep sessions in the keychain under `keychainService`.
    SessionStore(bool remember, const QString &keychainService, QObject *parent = nullptr);
    ~SessionStore() override;

    bool isSignedIn() const { return !m_token.isEmpty(); }
    const QByteArray &token() const { return m_token; }
    const QByteArray &refreshToken() const { return m_refreshToken; }
    const std::optional<models::AdminSession> &session() const { return m_session; }
    // The keychain is being read after restore().
    bool isRestoring() const { return m_restoring; }

    // Drops the session in memory (the keychain keeps it) and reads `profileName`'s from the
    // keychain; restored() follows, never from inside this call.
    void restore(const QString &profileName);
    // A session from sign-in or refresh: kept in memory and saved for the profile.
    void adopt(const models::SessionGrant &grant);
    // Drops the session in memory only.
    void clear();
    // Drops it here and in the keychain: the session has ended.
    void end();
    // Removes a profile's saved session from the keychain (e.g. when the profile is deleted).
    void forget(const QString &profileName, std::function<void(models::Status)> done);

signals:
    void changed();
    void restored(bool signedIn);
    void saved();
    void forgotten();
    void keychainFailed(const sphair::models::Error &error);

private:
    void take(const QByteArray &token, const QByteArray &refreshToken,
              const models::AdminSession &session);
    void persist();

    SessionKeychain *m_keychain;
    bool m_remember;
    QString m_profileName;
    QByteArray m_token;
    QByteArray m_refreshToken;
    std::optional<models::AdminSession> m_session;
    bool m_restoring = false;
    quint64 m_generation = 0;
};

} // namespace sphair::client
