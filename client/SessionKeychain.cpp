#include "client/SessionKeychain.h"

#include "client/Logging.h"

#include <qt6keychain/keychain.h>

namespace sphair::client {

namespace {

// Overwrites the shared buffer of a QByteArray that held a token (constData, so no detaching
// copy is made) before letting it go.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fill_n(const_cast<char *>(bytes.constData()), bytes.size(), '\0');
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
                SessionKeychain::tr("No system keychain is available, so the console cannot "
                                    "remember your sign-in. You stay signed in until the "
                                    "console closes."),
                {{QStringLiteral("detail"), job.errorString()}}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {QStringLiteral("keychain_access_denied"),
                SessionKeychain::tr("Access to the system keychain was denied, so the console "
                                    "cannot remember your sign-in."),
                {{QStringLiteral("detail"), job.errorString()}}};
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // QtKeychain reports a missing Secret Service (no D-Bus session, no daemon) as OtherError.
    return {QStringLiteral("keychain_unavailable"),
            SessionKeychain::tr("The system keychain did not answer, so the console cannot "
                                "remember your sign-in: %1")
                .arg(job.errorString()),
            {{QStringLiteral("detail"), job.errorString()}}};
}

template<typename JobT>
JobT *makeJob(const QString &service, const QString &profile, QObject *parent)
{
    auto *job = new JobT(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profile);
    return job;
}

} // namespace

QString SessionKeychain::defaultService()
{
    return QStringLiteral("SPHAiR admin sessions");
}

SessionKeychain::SessionKeychain(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SessionKeychain::write(const QString &profile, const QByteArray &secret,
                            std::function<void(models::Status)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, profile, this);
    auto buffer = std::make_shared<QByteArray>(secret);
    job->setBinaryData(*buffer);
    connect(job, &QKeychain::Job::finished, this,
            [buffer, done = std::move(done)](QKeychain::Job *finished) {
                wipe(*buffer);
                if (finished->error() != QKeychain::NoError) {
                    qCWarning(lcClient) << "keychain write failed:" << finished->errorString();
                    done(keychainError(*finished));
                    return;
                }
                done(models::Status::success());
            });
    job->start();
}

void SessionKeychain::read(const QString &profile,
                           std::function<void(models::Result<QByteArray>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, profile, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::EntryNotFound) {
                    done(QByteArray());
                    return;
                }
                if (finished->error() != QKeychain::NoError) {
                    qCWarning(lcClient) << "keychain read failed:" << finished->errorString();
                    done(keychainError(*finished));
                    return;
                }
                auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
                done(reader->binaryData());
            });
    job->start();
}

void SessionKeychain::remove(const QString &profile, std::function<void(models::Status)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, profile, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() != QKeychain::NoError
                    && finished->error() != QKeychain::EntryNotFound) {
                    qCWarning(lcClient) << "keychain delete failed:" << finished->errorString();
                    done(keychainError(*finished));
                    return;
                }
                done(models::Status::success());
            });
    job->start();
}

} // namespace sphair::client
