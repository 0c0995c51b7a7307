#pragma once

#include "licensing/Ed25519Keys.h"
#include "licensing/Paserk.h"
#include "licensing/SecureBytes.h"
#include "licensing/vault/SeedKeychain.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace sphair::licensing {

// What is known about an issuer key without touching its secret.
struct IssuerKeyInfo
{
    QString kid; // k4.pid of the public key
    QString label;
    QDateTime createdAt;
    PublicKey publicKey;
    quint64 seq = 0; // the seq of the last token signed with this key
    QDateTime lastIssuedAt; // the iat of that token
    QByteArray lastTokenHash; // its BLAKE2b-256, base64url (the next token's `prev`)

    QString publicPaserk() const;
};

// The issuer keys of this user: seeds in the OS keychain (SeedKeychain), metadata in
// QSettings under "issuer-keys/<kid>". Calls that touch the keychain or run Argon2id are
// asynchronous and report through a callback on the caller's thread.
class KeyVault : public QObject
{
    Q_OBJECT
public:
    static QString defaultKeychainService();
    // "key_not_found" naming `kid`.
    static models::Error keyNotFound(const QString &kid);
    // backup() refuses shorter passphrases (bytes of UTF-8): a backup file may be copied
    // anywhere, and Argon2id only slows guessing down.
    static constexpr int kMinPassphraseLength = 12;
    // The longest backup passphrase (bytes of UTF-8) the console and sphair-license take.
    static constexpr int kMaxPassphraseLength = 1024;

    KeyVault(QSettings *settings, QString keychainService = defaultKeychainService(),
             QObject *parent = nullptr);

    QList<IssuerKeyInfo> keys() const;
    std::optional<IssuerKeyInfo> key(const QString &kid) const;
    // A key by exact kid, by a unique kid prefix or by exact label ("key_not_found",
    // "ambiguous_key").
    models::Result<IssuerKeyInfo> find(const QString &kidOrLabel) const;

    void generate(const QString &label, std::function<void(models::Result<IssuerKeyInfo>)> done);
    models::Status setLabel(const QString &kid, const QString &label);
    models::Result<QString> exportPublic(const QString &kid) const;

    // A backup file's text: comment lines and a k4.secret-pw line.
    void backup(const QString &kid, const SecureBytes &passphrase,
                const Paserk::PasswordOptions &options,
                std::function<void(models::Result<QByteArray>)> done);
    // Accepts a backup file's text or a bare k4.secret-pw. Keeps chain metadata if the key is
    // already known; otherwise starts it at seq 0 (the server reports the gap).
    void restore(const QByteArray &backupText, const SecureBytes &passphrase, const QString &label,
                 std::function<void(models::Result<IssuerKeyInfo>)> done);
    void remove(const QString &kid, std::function<void(models::Status)> done);
    // Continues the chain of `kid` from a license signed with it (its token): the next license
    // takes the seq after it and links to it. A key restored on a new computer knows nothing
    // of what it signed elsewhere, and starting again at 1 would look like a copied key to the
    // platform. Refuses a token that is not a license signed with this key
    // ("not_signed_by_key"); keeps a chain that is already further on.
    models::Result<IssuerKeyInfo> continueChain(const QString &kid, QByteArrayView token);

    // Reads the seed and checks that it belongs to `kid` ("seed_mismatch" otherwise).
    void loadSigningKey(const QString &kid, std::function<void(models::Result<SigningKey>)> done);

    // Records the chain state after a token has been signed with `kid`.
    models::Status recordIssued(const QString &kid, quint64 seq, const QDateTime &issuedAt,
                                const QByteArray &tokenHash);

    // Every process (the console, each sphair-license run) holds this lock from reading a
    // key's chain to recording the token it signed, so no two take the same seq: a lock file
    // beside the settings. Waits up to `timeout`, then re-reads the settings, so key() sees
    // the chain as the last process left it. "key_busy" if another process held it that long,
    // "vault_lock_failed" if the lock file cannot be made.
    models::Result<std::unique_ptr<QLockFile>>
    lockChain(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    QString lockFilePath() const;

private:
    void storeMetadata(const IssuerKeyInfo &info);
    void storeNewKey(SigningKey key, const QString &label,
                     std::function<void(models::Result<IssuerKeyInfo>)> done);

    QPointer<QSettings> m_settings;
    SeedKeychain m_keychain;
};

} // namespace sphair::licensing
