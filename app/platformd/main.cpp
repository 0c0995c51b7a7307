// sphair-platformd: the reference SPHAiR platform API server. Wiring only; see server/.

#include "server/PlatformServer.h"
#include "server/Sandbox.h"
#include "server/http/TlsCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace sphair;
using namespace sphair::server;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "sphair-platformd: " << message << Qt::endl;
    return 1;
}

// Blocks until SIGINT or SIGTERM; the HTTP server runs on threads of its own.
void waitForStopSignal()
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    int received = 0;
    sigwait(&stopSignals, &received);
}

} // namespace

int main(int argc, char *argv[])
{
    // Block the stop stopSignals before any thread starts, so every thread inherits the mask and
    // only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sphair-platformd"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference SPHAiR platform API server (PostgreSQL or SQLite)."));
    parser.addHelpOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QStringLiteral("Create or reopen a SQLite sandbox platform with demo data in DIR and "
                       "print its URL, certificate pin and a one-time superadmin password "
                       "as one JSON line."),
        QStringLiteral("DIR"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite"),
                                    QStringLiteral("Use the SQLite database FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pgOwner(QStringLiteral("pg-owner"),
                                     QStringLiteral("PostgreSQL conninfo of the owner role "
                                                    "(migrations). Or SPHAIR_PG_OWNER."),
                                     QStringLiteral("CONNINFO"));
    const QCommandLineOption pgApp(QStringLiteral("pg-app"),
                                   QStringLiteral("PostgreSQL conninfo of the app role (tenant "
                                                  "routes). Or SPHAIR_PG_APP."),
                                   QStringLiteral("CONNINFO"));
    const QCommandLineOption pgOperator(QStringLiteral("pg-operator"),
                                        QStringLiteral("PostgreSQL conninfo of the operator role "
                                                       "(admin routes). Or SPHAIR_PG_OPERATOR."),
                                        QStringLiteral("CONNINFO"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to bind (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (default 8443; 0 picks a free one)."),
                                  QStringLiteral("PORT"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default 16)."),
                                     QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("TLS certificate (PEM)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("TLS private key (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tlsSelfSigned(
        QStringLiteral("tls-self-signed"),
        QStringLiteral("Create a self-signed certificate in DIR (if missing) and print its "
                       "SPKI SHA-256 pin."),
        QStringLiteral("DIR"));
    const QCommandLineOption plainHttp(QStringLiteral("plain-http"),
                                       QStringLiteral("Serve plain HTTP (loopback addresses "
                                                      "only)."));
    const QCommandLineOption createAdmin(
        QStringLiteral("create-admin"),
        QStringLiteral("Create admin account USER with a one-time password, print it as "
                       "JSON and exit."),
        QStringLiteral("USER"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Role for --create-admin: superadmin, sales or "
                                                 "support."),
                                  QStringLiteral("ROLE"), QStringLiteral("superadmin"));
    const QCommandLineOption exitWithParent(
        QStringLiteral("exit-with-parent"),
        QStringLiteral("Stop when the process that started this one exits."));
    parser.addOptions({sandbox, sqlite, pgOwner, pgApp, pgOperator, listen, port, threads, tlsCert,
                       tlsKey, tlsSelfSigned, plainHttp, createAdmin, role, exitWithParent});
    parser.process(app);

#ifdef Q_OS_LINUX
    if (parser.isSet(exitWithParent))
        prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif

    PlatformOptions options;
    options.http.bindAddress = parser.value(listen);
    bool ok = false;
    options.http.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.http.threads < 1 || options.http.threads > 1024)
        return fail(QStringLiteral("--threads must be 1 to 1024."));
    options.postgres.poolSize = options.http.threads;
    const QString portText = parser.value(port);
    options.http.port = static_cast<quint16>(portText.isEmpty() ? (parser.isSet(sandbox) ? 0 : 8443)
                                                                : portText.toUInt(&ok));
    if (!portText.isEmpty() && !ok)
        return fail(QStringLiteral("--port must be a number."));

    std::optional<Sandbox::Files> sandboxFiles;
    QString pin;
    if (parser.isSet(sandbox)) {
        auto files = Sandbox::prepare(parser.value(sandbox));
        if (!files)
            return fail(files.error().message);
        sandboxFiles = files.value();
        options.sqlitePath = files->databasePath;
        options.http.tlsCertificateFile = files->certificatePath;
        options.http.tlsPrivateKeyFile = files->keyPath;
        pin = files->pin;
    } else {
        const QString owner =
            parser.isSet(pgOwner) ? parser.value(pgOwner) : qEnvironmentVariable("SPHAIR_PG_OWNER");
        if (!owner.isEmpty()) {
            options.backend = PlatformOptions::Backend::Postgres;
            options.postgres.ownerConninfo = owner;
            options.postgres.appConninfo =
                parser.isSet(pgApp) ? parser.value(pgApp) : qEnvironmentVariable("SPHAIR_PG_APP");
            options.postgres.operatorConninfo = parser.isSet(pgOperator)
                ? parser.value(pgOperator)
                : qEnvironmentVariable("SPHAIR_PG_OPERATOR");
        } else if (parser.isSet(sqlite)) {
            options.sqlitePath = parser.value(sqlite);
        } else {
            return fail(QStringLiteral("Choose a database: --sandbox DIR, --sqlite FILE or "
                                       "--pg-owner/--pg-app/--pg-operator."));
        }
        if (parser.isSet(tlsSelfSigned)) {
            const QString dir = parser.value(tlsSelfSigned);
            options.http.tlsCertificateFile = dir + QStringLiteral("/certificate.pem");
            options.http.tlsPrivateKeyFile = dir + QStringLiteral("/private-key.pem");
            // Reuse the certificate made on an earlier start, so clients keep their pin.
            const bool exists = QFileInfo::exists(options.http.tlsCertificateFile)
                && QFileInfo::exists(options.http.tlsPrivateKeyFile);
            if (!exists && !QDir().mkpath(dir))
                return fail(QStringLiteral("Cannot create the folder %1.").arg(dir));
            auto made = exists ? TlsCertificate::spkiPinOfFile(options.http.tlsCertificateFile)
                               : TlsCertificate::createSelfSigned(options.http.tlsCertificateFile,
                                                                  options.http.tlsPrivateKeyFile);
            if (!made)
                return fail(made.error().message);
            pin = made.value();
        } else if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
            options.http.tlsCertificateFile = parser.value(tlsCert);
            options.http.tlsPrivateKeyFile = parser.value(tlsKey);
        } else if (parser.isSet(plainHttp)) {
            options.http.allowPlainHttp = true;
        } else if (!parser.isSet(createAdmin)) {
            return fail(QStringLiteral("Choose TLS: --tls-cert/--tls-key, --tls-self-signed DIR, "
                                       "or --plain-http on a loopback address."));
        }
    }

    auto server = PlatformServer::create(options);
    if (!server)
        return fail(server.error().message);

    if (parser.isSet(createAdmin)) {
        const auto adminRole = models::adminRoleFromCode(parser.value(role));
        if (!adminRole)
            return fail(QStringLiteral("--role must be superadmin, sales or support."));
        auto password = server.value()->createAdmin(parser.value(createAdmin), *adminRole);
        if (!password)
            return fail(password.error().message);
        QTextStream(stdout)
            << QJsonDocument(QJsonObject {{QStringLiteral("username"), parser.value(createAdmin)},
                                          {QStringLiteral("password"), password.value()}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 0;
    }

    QString oneTimePassword;
    if (sandboxFiles) {
        if (auto seeded = Sandbox::seedDemoData(*server.value(), *sandboxFiles); !seeded)
            return fail(seeded.error().message);
        auto password = server.value()->resetOneTimePassword(QStringLiteral("admin"),
                                                             models::AdminRole::Superadmin);
        if (!password)
            return fail(password.error().message);
        oneTimePassword = password.value();
    }

    if (auto started = server.value()->start(); !started)
        return fail(started.error().message);

    QJsonObject ready {{QStringLiteral("event"), QStringLiteral("ready")},
                       {QStringLiteral("url"), server.value()->baseUrl()},
                       {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    if (!pin.isEmpty())
        ready.insert(QStringLiteral("spki_sha256"), pin);
    if (sandboxFiles) {
        ready.insert(QStringLiteral("sandbox_dir"), sandboxFiles->dir);
        ready.insert(QStringLiteral("username"), QStringLiteral("admin"));
        // Shown once so the console (or a person) can sign in; it must be changed then.
        ready.insert(QStringLiteral("one_time_password"), oneTimePassword);
    }
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);

    waitForStopSignal();
    server.value()->stop();
    return 0;
}
