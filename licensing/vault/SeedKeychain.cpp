#include "licensing/vault/SeedKeychain.h"

#include "licensing/Logging.h"

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <QCoreApplication>

namespace sphair::licensing {

namespace {

// QtKeychain hands secrets around in implicitly shared QByteArrays. Once the job is done with
// one, wipe the shared buffer itself (constData, so no detaching copy is made) so the seed
// does not linger in ordinary heap memory.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// lupdate misreads a namespace-qualified return type here and files the tr() text under
// the wrong context, so the translation would never load: name the type unqualified.
using models::Error;

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {QStringLiteral("keychain_unavailable"),
                SeedKeychain::tr(
                    "No system keychain is available, so issuer keys cannot be stored or used. "
                    "Unlock or install the system keychain (Secret Service, macOS Keychain or "
                    "Windows Credential Manager) and try again."),
                {{QStringLiteral("detail"), job.errorString()}}};
    case QKeychain::EntryNotFound:
        return {QStringLiteral("key_not_in_keychain"),
                SeedKeychain::tr(
                    "This issuer key's secret is not in the system keychain. Restore the key "
                    "from its backup file."),
                {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {QStringLiteral("keychain_access_denied"),
                SeedKeychain::tr("Access to the system keychain was denied."),
                {{QStringLiteral("detail"), job.errorString()}}};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // QtKeychain reports a missing Secret Service (no D-Bus session, no daemon) as OtherError.
    return {QStringLiteral("keychain_unavailable"),
            SeedKeychain::tr("The system keychain did not answer: %1").arg(job.errorString()),
            {{QStringLiteral("detail"), job.errorString()}}};
}

template<typename JobT>
JobT *makeJob(const QString &service, const QString &kid, QObject *parent)
{
    auto *job = new JobT(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kid);
    return job;
}

} // namespace

SeedKeychain::SeedKeychain(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SeedKeychain::write(const QString &kid, const SecureBytes &seed,
                         std::function<void(models::Status)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, kid, this);
    auto buffer = std::make_shared<QByteArray>(reinterpret_cast<const char *>(seed.data()),
                                               static_cast<qsizetype>(seed.size()));
    job->setBinaryData(*buffer);
    connect(job, &QKeychain::Job::finished, this,
            [buffer, done = std::move(done)](QKeychain::Job *finished) {
                wipe(*buffer);
                if (finished->error() != QKeychain::NoError) {
                    qCWarning(lcLicensing) << "keychain write failed:" << finished->errorString();
                    done(keychainError(*finished));
                    return;
                }
                done(models::Status::success());
            });
    job->start();
}

void SeedKeychain::read(const QString &kid, std::function<void(models::Result<SecureBytes>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, kid, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError) {
                    done(keychainError(*finished));
                    return;
                }
                auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
                QByteArray bytes = reader->binaryData();
                SecureBytes seed = SecureBytes::copyOf(bytes);
                wipe(bytes);
                done(std::move(seed));
            });
    job->start();
}

void SeedKeychain::remove(const QString &kid, std::function<void(models::Status)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, kid, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError
                    && finished->error() != QKeychain::EntryNotFound) {
                    done(keychainError(*finished));
                    return;
                }
                done(models::Status::success());
            });
    job->start();
}

} // namespace sphair::licensing
