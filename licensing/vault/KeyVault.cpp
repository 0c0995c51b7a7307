#include "licensing/vault/KeyVault.h"

#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

#include <memory>

namespace sphair::licensing {

namespace {

const QString kGroup = QStringLiteral("issuer-keys");

// lupdate misreads a namespace-qualified return type here and files the tr() text under
// the wrong context, so the translation would never load: name the type unqualified.
using models::Error;

// Runs `work` (Argon2id: about a second of CPU) on the thread pool and hands its result back
// on `context`'s thread, so neither a GUI nor the CLI's event loop is blocked.
template<typename T>
void runInBackground(QObject *context, std::function<models::Result<T>()> work,
                     std::function<void(models::Result<T>)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<models::Result<T>>(work());
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [result, done = std::move(done)]() { done(std::move(*result)); },
                Qt::QueuedConnection);
        });
}

} // namespace

QString IssuerKeyInfo::publicPaserk() const
{
    return Paserk::encodePublic(publicKey);
}

QString KeyVault::defaultKeychainService()
{
    return QStringLiteral("SPHAiR issuer keys");
}

KeyVault::KeyVault(QSettings *settings, QString keychainService, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(std::move(keychainService))
{
    Q_ASSERT(settings);
}

QList<IssuerKeyInfo> KeyVault::keys() const
{
    QList<IssuerKeyInfo> result;
    m_settings->beginGroup(kGroup);
    const QStringList kids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &kid : kids) {
        if (auto info = key(kid))
            result.append(*info);
    }
    std::sort(result.begin(), result.end(), [](const IssuerKeyInfo &a, const IssuerKeyInfo &b) {
        return a.createdAt < b.createdAt;
    });
    return result;
}

std::optional<IssuerKeyInfo> KeyVault::key(const QString &kid) const
{
    if (kid.isEmpty() || !Paserk::isPublicId(kid))
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + kid);
    IssuerKeyInfo info;
    info.kid = kid;
    info.label = m_settings->value(QStringLiteral("label")).toString();
    info.createdAt = m_settings->value(QStringLiteral("created")).toDateTime();
    const QByteArray publicPaserk = m_settings->value(QStringLiteral("public")).toByteArray();
    info.seq = m_settings->value(QStringLiteral("seq"), 0).toULongLong();
    info.lastIssuedAt = m_settings->value(QStringLiteral("lastIssuedAt")).toDateTime();
    info.lastTokenHash = m_settings->value(QStringLiteral("lastTokenHash")).toByteArray();
    m_settings->endGroup();

    auto publicKey = Paserk::decodePublic(publicPaserk);
    // Metadata that does not describe the kid it is filed under is treated as absent: the
    // kid is what a signature is checked against.
    if (!publicKey || Paserk::publicId(publicKey.value()) != kid) {
        if (!publicPaserk.isEmpty())
            qCWarning(lcLicensing) << "ignoring inconsistent metadata for key" << kid;
        return std::nullopt;
    }
    info.publicKey = publicKey.value();
    return info;
}

models::Result<IssuerKeyInfo> KeyVault::find(const QString &kidOrLabel) const
{
    const QList<IssuerKeyInfo> all = keys();
    QList<IssuerKeyInfo> matches;
    for (const IssuerKeyInfo &info : all) {
        if (info.kid == kidOrLabel)
            return info;
        if (info.label == kidOrLabel
            || (kidOrLabel.size() >= 10 && info.kid.startsWith(kidOrLabel)))
            matches.append(info);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return keyNotFound(kidOrLabel);
    return models::Error {QStringLiteral("ambiguous_key"),
                          KeyVault::tr("\"%1\" matches %n issuer keys; give the full key id.",
                                       nullptr, static_cast<int>(matches.size()))
                              .arg(kidOrLabel),
                          {}};
}

void KeyVault::storeMetadata(const IssuerKeyInfo &info)
{
    m_settings->beginGroup(kGroup + QLatin1Char('/') + info.kid);
    m_settings->setValue(QStringLiteral("label"), info.label);
    m_settings->setValue(QStringLiteral("created"), info.createdAt);
    m_settings->setValue(QStringLiteral("public"), info.publicPaserk());
    m_settings->setValue(QStringLiteral("seq"), info.seq);
    m_settings->setValue(QStringLiteral("lastIssuedAt"), info.lastIssuedAt);
    m_settings->setValue(QStringLiteral("lastTokenHash"), info.lastTokenHash);
    m_settings->endGroup();
    m_settings->sync();
}

void KeyVault::storeNewKey(SigningKey signingKey, const QString &label,
                           std::function<void(models::Result<IssuerKeyInfo>)> done)
{
    IssuerKeyInfo info;
    info.publicKey = signingKey.publicKey();
    info.kid = Paserk::publicId(info.publicKey);
    info.label = label;
    info.createdAt = QDateTime::currentDateTimeUtc();
    if (auto existing = key(info.kid)) {
        // A restore of a key we already know: keep its chain so the next token links on.
        info.createdAt = existing->createdAt;
        info.seq = existing->seq;
        info.lastIssuedAt = existing->lastIssuedAt;
        info.lastTokenHash = existing->lastTokenHash;
        if (info.label.isEmpty())
            info.label = existing->label;
    }
    const SecureBytes seed = signingKey.seed();
    m_keychain.write(info.kid, seed,
                     [this, info, done = std::move(done)](const models::Status &status) {
                         if (!status) {
                             done(status.error());
                             return;
                         }
                         storeMetadata(info);
                         qCInfo(lcLicensing) << "stored issuer key" << info.kid;
                         done(info);
                     });
}

void KeyVault::generate(const QString &label,
                        std::function<void(models::Result<IssuerKeyInfo>)> done)
{
    auto signingKey = SigningKey::generate();
    if (!signingKey) {
        done(signingKey.error());
        return;
    }
    storeNewKey(std::move(signingKey).value(), label.trimmed(), std::move(done));
}

models::Status KeyVault::setLabel(const QString &kid, const QString &label)
{
    auto info = key(kid);
    if (!info)
        return keyNotFound(kid);
    info->label = label.trimmed();
    storeMetadata(*info);
    return models::Status::success();
}

models::Result<QString> KeyVault::exportPublic(const QString &kid) const
{
    auto info = key(kid);
    if (!info)
        return keyNotFound(kid);
    return info->publicPaserk();
}

void KeyVault::backup(const QString &kid, const SecureBytes &passphrase,
                      const Paserk::PasswordOptions &options,
                      std::function<void(models::Result<QByteArray>)> done)
{
    const auto info = key(kid);
    if (!info) {
        done(keyNotFound(kid));
        return;
    }
    if (passphrase.size() < kMinPassphraseLength) {
        done(models::Error {QStringLiteral("passphrase_too_short"),
                            KeyVault::tr("A backup passphrase needs at least %n characters.",
                                         nullptr, kMinPassphraseLength),
                            {}});
        return;
    }
    auto secret = std::make_shared<SecureBytes>(passphrase.clone());
    loadSigningKey(
        kid,
        [this, info = *info, secret, options,
         done = std::move(done)](models::Result<SigningKey> loaded) mutable {
            if (!loaded) {
                done(loaded.error());
                return;
            }
            auto signingKey = std::make_shared<SigningKey>(std::move(loaded).value());
            runInBackground<QByteArray>(
                this,
                [signingKey, secret, options]() {
                    return Paserk::wrapSecretWithPassword(*signingKey, *secret, options);
                },
                [info, done = std::move(done)](models::Result<QByteArray> wrapped) {
                    if (!wrapped) {
                        done(wrapped.error());
                        return;
                    }
                    QByteArray text;
                    text += "# SPHAiR issuer key backup: the secret key below is encrypted with "
                            "your passphrase (PASERK k4.secret-pw).\n";
                    text += "# Keep it offline. Restore with: sphair-license restore FILE\n";
                    text += "Label: " + info.label.toUtf8() + '\n';
                    text += "Key-Id: " + info.kid.toLatin1() + '\n';
                    text += "Public-Key: " + info.publicPaserk().toLatin1() + '\n';
                    text += "Created: " + info.createdAt.toUTC().toString(Qt::ISODate).toLatin1()
                        + "\n\n";
                    text += wrapped.value() + '\n';
                    done(text);
                });
        });
}

void KeyVault::restore(const QByteArray &backupText, const SecureBytes &passphrase,
                       const QString &label,
                       std::function<void(models::Result<IssuerKeyInfo>)> done)
{
    QByteArray paserk;
    QString backupLabel;
    for (const QByteArray &rawLine : backupText.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("k4.secret-pw.")) {
            if (!paserk.isEmpty()) {
                paserk.clear();
                break;
            }
            paserk = line;
        } else if (line.startsWith("Label:")) {
            backupLabel = QString::fromUtf8(line.mid(6).trimmed());
        }
    }
    if (paserk.isEmpty()) {
        done(models::Error {
            QStringLiteral("malformed_backup"),
            KeyVault::tr("This is not an issuer key backup: it must contain exactly one "
                         "k4.secret-pw line."),
            {}});
        return;
    }
    auto secret = std::make_shared<SecureBytes>(passphrase.clone());
    const QString chosenLabel = label.trimmed().isEmpty() ? backupLabel : label.trimmed();
    runInBackground<SigningKey>(
        this, [paserk, secret]() { return Paserk::unwrapSecretWithPassword(paserk, *secret); },
        [this, chosenLabel, done = std::move(done)](models::Result<SigningKey> unwrapped) mutable {
            if (!unwrapped) {
                done(unwrapped.error());
                return;
            }
            storeNewKey(std::move(unwrapped).value(), chosenLabel, std::move(done));
        });
}

void KeyVault::remove(const QString &kid, std::function<void(models::Status)> done)
{
    if (!key(kid)) {
        done(keyNotFound(kid));
        return;
    }
    m_keychain.remove(kid, [this, kid, done = std::move(done)](const models::Status &status) {
        if (!status) {
            done(status);
            return;
        }
        m_settings->remove(kGroup + QLatin1Char('/') + kid);
        m_settings->sync();
        qCInfo(lcLicensing) << "deleted issuer key" << kid;
        done(models::Status::success());
    });
}

void KeyVault::loadSigningKey(const QString &kid,
                              std::function<void(models::Result<SigningKey>)> done)
{
    if (!key(kid)) {
        done(keyNotFound(kid));
        return;
    }
    m_keychain.read(kid, [kid, done = std::move(done)](models::Result<SecureBytes> seed) {
        if (!seed) {
            done(seed.error());
            return;
        }
        auto signingKey = SigningKey::fromSeed(seed.value());
        if (!signingKey) {
            done(signingKey.error());
            return;
        }
        if (Paserk::publicId(signingKey->publicKey()) != kid) {
            done(models::Error {
                QStringLiteral("seed_mismatch"),
                KeyVault::tr("The secret stored in the keychain for key %1 belongs to a "
                             "different key. Signing is refused; restore the key from its "
                             "backup.")
                    .arg(kid),
                {{QStringLiteral("kid"), kid}}});
            return;
        }
        done(std::move(signingKey));
    });
}

models::Result<IssuerKeyInfo> KeyVault::continueChain(const QString &kid, QByteArrayView token)
{
    const auto known = key(kid);
    if (!known)
        return keyNotFound(kid);
    LicenseVerifier verifier;
    verifier.addTrustedKey(known->publicKey);
    // Expired or not: only whose it is and where it stands in the chain matter here.
    const auto verified =
        verifier.verify(token, QDateTime::currentDateTimeUtc(), {/*checkValidityWindow=*/false});
    if (!verified) {
        return Error {
            QStringLiteral("not_signed_by_key"),
            KeyVault::tr("This is not a license signed with the key %1 (%2), so the "
                         "key's chain cannot continue from it.")
                .arg(kid, verified.error().message),
            {{QStringLiteral("kid"), kid}, {QStringLiteral("cause"), verified.error().code}}};
    }
    auto lock = lockChain();
    if (!lock)
        return lock.error();
    const auto current = key(kid);
    if (!current)
        return keyNotFound(kid);
    const LicenseClaims &claims = verified->claims;
    if (claims.seq <= current->seq)
        return *current;
    if (auto recorded =
            recordIssued(kid, claims.seq, claims.issuedAt, LicenseSigner::tokenHash(token));
        !recorded)
        return recorded.error();
    return *key(kid);
}

Error KeyVault::keyNotFound(const QString &kid)
{
    return {QStringLiteral("key_not_found"),
            KeyVault::tr("There is no issuer key \"%1\" on this computer.").arg(kid),
            {{QStringLiteral("kid"), kid}}};
}

QString KeyVault::lockFilePath() const
{
    const QString settingsFile = m_settings ? m_settings->fileName() : QString();
    // Not "<settings>.lock": QSettings takes that one itself while it syncs.
    if (QFileInfo(settingsFile).isAbsolute())
        return settingsFile + QStringLiteral(".chain-lock");
    // Settings kept elsewhere (the Windows registry): one lock per settings location.
    const QByteArray name =
        QCryptographicHash::hash(settingsFile.toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("sphair-issuer-keys-%1.lock").arg(QString::fromLatin1(name)));
}

models::Result<std::unique_ptr<QLockFile>> KeyVault::lockChain(std::chrono::milliseconds timeout)
{
    if (!m_settings)
        return models::Error {
            QStringLiteral("no_vault"), KeyVault::tr("No key vault is open."), {}};
    const QString path = lockFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    if (!lock->tryLock(static_cast<int>(timeout.count()))) {
        if (lock->error() == QLockFile::LockFailedError) {
            return models::Error {QStringLiteral("key_busy"),
                                  KeyVault::tr("Another program is signing with these keys; try "
                                               "again when it is done."),
                                  {{QStringLiteral("lock_file"), path}}};
        }
        return models::Error {
            QStringLiteral("vault_lock_failed"),
            KeyVault::tr("The lock file %1 cannot be created, so signing is refused: two "
                         "programs could otherwise give two licenses the same number.")
                .arg(path),
            {{QStringLiteral("lock_file"), path}}};
    }
    m_settings->sync(); // what other processes recorded until now
    return lock;
}

models::Status KeyVault::recordIssued(const QString &kid, quint64 seq, const QDateTime &issuedAt,
                                      const QByteArray &tokenHash)
{
    auto info = key(kid);
    if (!info)
        return keyNotFound(kid);
    info->seq = seq;
    info->lastIssuedAt = issuedAt;
    info->lastTokenHash = tokenHash;
    storeMetadata(*info);
    if (m_settings->status() != QSettings::NoError)
        return models::Error {QStringLiteral("settings_write_failed"),
                              KeyVault::tr("The key's issue counter could not be saved."),
                              {}};
    return models::Status::success();
}

} // namespace sphair::licensing
