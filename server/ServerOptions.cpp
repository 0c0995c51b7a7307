#include "server/ServerOptions.h"

#include "server/http/BearerToken.h"
#include "server/http/ClientAddress.h"
#include "server/http/HttpServer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace sphair::server {

namespace {

constexpr int kMaxThreads = 1024;
constexpr quint16 kDefaultPort = 8443;
constexpr int kMinMetricsTokenLength = 16;
constexpr qint64 kMaxMetricsTokenFileSize = 4096;

models::Error invalid(const QString &message)
{
    return {QStringLiteral("invalid_arguments"), message, {}};
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        ServerOptions::tr("The reference SPHAiR platform API server (PostgreSQL or SQLite)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sandbox"),
         ServerOptions::tr("Create or reopen a SQLite sandbox platform with demo data in DIR and "
                           "print its URL, certificate pin and a one-time superadmin password "
                           "as one JSON line."),
         QStringLiteral("DIR")},
        {QStringLiteral("population"),
         ServerOptions::tr("With --sandbox: seed N more synthetic companies (1 to %1) with a "
                           "year of platform usage, for scale checks.")
             .arg(ServerOptions::kMaxPopulation),
         QStringLiteral("N")},
        {QStringLiteral("sqlite"), ServerOptions::tr("Use the SQLite database FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("pg-owner"),
         ServerOptions::tr("PostgreSQL conninfo of the owner role (migrations). Or "
                           "SPHAIR_PG_OWNER."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("pg-app"),
         ServerOptions::tr("PostgreSQL conninfo of the app role (tenant routes). Or "
                           "SPHAIR_PG_APP."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("pg-operator"),
         ServerOptions::tr("PostgreSQL conninfo of the operator role (admin routes). Or "
                           "SPHAIR_PG_OPERATOR."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("listen"), ServerOptions::tr("Address to bind (default 127.0.0.1)."),
         QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"),
         ServerOptions::tr("Port (default 8443, with --sandbox 0; 0 picks a free one)."),
         QStringLiteral("PORT")},
        {QStringLiteral("threads"), ServerOptions::tr("Worker threads (default 16)."),
         QStringLiteral("N"), QStringLiteral("16")},
        {QStringLiteral("tls-cert"), ServerOptions::tr("TLS certificate (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), ServerOptions::tr("TLS private key (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-self-signed"),
         ServerOptions::tr("Create a self-signed certificate in DIR (if missing) and print its "
                           "SPKI SHA-256 pin."),
         QStringLiteral("DIR")},
        {QStringLiteral("plain-http"),
         ServerOptions::tr("Serve plain HTTP (loopback addresses only).")},
        {QStringLiteral("create-admin"),
         ServerOptions::tr("Create admin account USER with a one-time password, print it as "
                           "JSON and exit."),
         QStringLiteral("USER")},
        {QStringLiteral("role"),
         ServerOptions::tr("Role for --create-admin: superadmin, sales or support."),
         QStringLiteral("ROLE"), QStringLiteral("superadmin")},
        {QStringLiteral("metrics-token-file"),
         ServerOptions::tr("Serve GET /metrics to scrapers presenting the bearer token in FILE "
                           "(without it, there is no /metrics). Or SPHAIR_METRICS_TOKEN_FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("instance-id"),
         ServerOptions::tr("Name of this server in its metrics (default: host name and process "
                           "id). Or SPHAIR_INSTANCE_ID."),
         QStringLiteral("ID")},
        {QStringLiteral("smtp-host"),
         ServerOptions::tr("Send the maintenance notices to company admins through the SMTP "
                           "server HOST. Or SPHAIR_SMTP_HOST."),
         QStringLiteral("HOST")},
        {QStringLiteral("smtp-port"),
         ServerOptions::tr("Port of the SMTP server (default 25). Or SPHAIR_SMTP_PORT."),
         QStringLiteral("PORT")},
        {QStringLiteral("smtp-from"),
         ServerOptions::tr("Sender of the maintenance notices (default \"SPHAiR "
                           "<notices@sphair.app>\"). Or SPHAIR_SMTP_FROM."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("mail-folder"),
         ServerOptions::tr("Write the maintenance notices as .eml files into DIR instead of "
                           "sending them (the sandbox writes them to DIR/mail). Or "
                           "SPHAIR_MAIL_FOLDER."),
         QStringLiteral("DIR")},
        {QStringLiteral("trusted-proxy"),
         ServerOptions::tr("Believe X-Forwarded-For from this load balancer or proxy (an "
                           "address or a subnet such as 10.0.0.0/8; repeat for several). Or "
                           "SPHAIR_TRUSTED_PROXIES, comma-separated."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("sign-in-days"),
         ServerOptions::tr("Admin sessions can be refreshed for at most N days after signing "
                           "in (1 to %1, default 7).")
             .arg(ServerOptions::kMaxSignInDays),
         QStringLiteral("N")},
        {QStringLiteral("exit-with-parent"),
         ServerOptions::tr("Stop when the process that started this one exits.")},
    });
}

// Who may speak for a client (--trusted-proxy) and how long a sign-in lasts (--sign-in-days).
models::Status readSessions(const QCommandLineParser &parser,
                            const QProcessEnvironment &environment, PlatformOptions &platform)
{
    const QString proxyOption = QStringLiteral("trusted-proxy");
    QStringList proxies = parser.values(proxyOption);
    if (!parser.isSet(proxyOption)) {
        const QString listed = environment.value(QStringLiteral("SPHAIR_TRUSTED_PROXIES"));
        for (const QString &proxy : listed.split(u',', Qt::SkipEmptyParts))
            proxies.append(proxy.trimmed());
    }
    if (auto trusted = ClientAddress::trusting(proxies); !trusted)
        return invalid(ServerOptions::tr("--trusted-proxy: %1").arg(trusted.error().message));
    platform.http.trustedProxies = proxies;
    const QString daysOption = QStringLiteral("sign-in-days");
    if (parser.isSet(daysOption)) {
        bool ok = false;
        const int days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > ServerOptions::kMaxSignInDays) {
            return invalid(ServerOptions::tr("--sign-in-days must be a whole number from 1 to %1.")
                               .arg(ServerOptions::kMaxSignInDays));
        }
        platform.sessions.signIn = std::chrono::hours(24) * days;
    }
    return {};
}

// The value of an option that was given, refusing an empty one ("--sqlite ''").
models::Result<QString> nonEmpty(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value.isEmpty())
        return invalid(ServerOptions::tr("--%1 needs a value.").arg(name));
    return value;
}

models::Status readListener(const QCommandLineParser &parser, bool sandbox, ServerConfig &http)
{
    http.bindAddress = parser.value(QStringLiteral("listen"));
    if (http.bindAddress.isEmpty())
        return invalid(ServerOptions::tr("--listen needs an address, e.g. 127.0.0.1."));
    bool ok = false;
    http.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || http.threads < 1 || http.threads > kMaxThreads)
        return invalid(ServerOptions::tr("--threads must be 1 to %1.").arg(kMaxThreads));
    if (!parser.isSet(QStringLiteral("port"))) {
        // The sandbox runs beside other programs on a developer's machine: any free port.
        http.port = sandbox ? 0 : kDefaultPort;
        return {};
    }
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return invalid(ServerOptions::tr("--port must be a number from 0 to 65535."));
    http.port = static_cast<quint16>(port);
    return {};
}

// The PostgreSQL options of the three roles: each from the command line, else from the
// environment; all three are needed.
models::Status readPostgres(const QCommandLineParser &parser,
                            const QProcessEnvironment &environment, PostgresOptions &postgres)
{
    const struct
    {
        const char *option;
        const char *variable;
        QString *conninfo;
    } roles[] = {
        {"pg-owner", "SPHAIR_PG_OWNER", &postgres.ownerConninfo},
        {"pg-app", "SPHAIR_PG_APP", &postgres.appConninfo},
        {"pg-operator", "SPHAIR_PG_OPERATOR", &postgres.operatorConninfo},
    };
    for (const auto &role : roles) {
        const QString option = QLatin1String(role.option);
        const QString variable = QLatin1String(role.variable);
        *role.conninfo = parser.isSet(option) ? parser.value(option) : environment.value(variable);
        if (role.conninfo->isEmpty()) {
            return invalid(ServerOptions::tr("PostgreSQL needs the conninfo of all three roles; "
                                             "give --%1 or set %2.")
                               .arg(option, variable));
        }
    }
    return {};
}

models::Status readDatabase(const QCommandLineParser &parser,
                            const QProcessEnvironment &environment, ServerOptions &options)
{
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    const bool sqlite = parser.isSet(QStringLiteral("sqlite"));
    const bool postgresArguments = parser.isSet(QStringLiteral("pg-owner"))
        || parser.isSet(QStringLiteral("pg-app")) || parser.isSet(QStringLiteral("pg-operator"));
    if (int(sandbox) + int(sqlite) + int(postgresArguments) > 1) {
        return invalid(ServerOptions::tr("Choose one database: --sandbox DIR, --sqlite FILE or "
                                         "--pg-owner/--pg-app/--pg-operator, not several."));
    }
    if (sandbox) {
        auto dir = nonEmpty(parser, QStringLiteral("sandbox"));
        if (!dir)
            return dir.error();
        options.sandboxDir = dir.value();
        if (parser.isSet(QStringLiteral("population"))) {
            bool ok = false;
            options.sandboxPopulation = parser.value(QStringLiteral("population")).toInt(&ok);
            if (!ok || options.sandboxPopulation < 1
                || options.sandboxPopulation > ServerOptions::kMaxPopulation) {
                return invalid(ServerOptions::tr("--population must be a whole number from 1 to "
                                                 "%1, not \"%2\".")
                                   .arg(ServerOptions::kMaxPopulation)
                                   .arg(parser.value(QStringLiteral("population"))));
            }
        }
        return {};
    }
    if (parser.isSet(QStringLiteral("population")))
        return invalid(ServerOptions::tr("--population goes with --sandbox DIR only."));
    if (sqlite) {
        auto path = nonEmpty(parser, QStringLiteral("sqlite"));
        if (!path)
            return path.error();
        options.platform.backend = PlatformOptions::Backend::Sqlite;
        options.platform.sqlitePath = path.value();
        return {};
    }
    // The environment is a fallback: it chooses PostgreSQL only when the command line
    // names no database.
    if (postgresArguments || !environment.value(QStringLiteral("SPHAIR_PG_OWNER")).isEmpty()) {
        options.platform.backend = PlatformOptions::Backend::Postgres;
        return readPostgres(parser, environment, options.platform.postgres);
    }
    return invalid(ServerOptions::tr("Choose a database: --sandbox DIR, --sqlite FILE or "
                                     "--pg-owner/--pg-app/--pg-operator (or SPHAIR_PG_OWNER, "
                                     "SPHAIR_PG_APP and SPHAIR_PG_OPERATOR)."));
}

models::Status readTls(const QCommandLineParser &parser, ServerOptions &options)
{
    const bool files =
        parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    const bool selfSigned = parser.isSet(QStringLiteral("tls-self-signed"));
    const bool plain = parser.isSet(QStringLiteral("plain-http"));
    const int choices = int(files) + int(selfSigned) + int(plain);
    if (!options.sandboxDir.isEmpty()) {
        if (choices > 0) {
            return invalid(ServerOptions::tr("--sandbox makes its own certificate; leave out "
                                             "--tls-cert, --tls-key, --tls-self-signed and "
                                             "--plain-http."));
        }
        return {};
    }
    if (choices > 1) {
        return invalid(ServerOptions::tr("Choose one of --tls-cert/--tls-key, --tls-self-signed "
                                         "DIR and --plain-http, not several."));
    }
    ServerConfig &http = options.platform.http;
    if (files) {
        if (!parser.isSet(QStringLiteral("tls-cert")) || !parser.isSet(QStringLiteral("tls-key")))
            return invalid(ServerOptions::tr("--tls-cert and --tls-key go together: name both "
                                             "files."));
        auto certificate = nonEmpty(parser, QStringLiteral("tls-cert"));
        auto key = nonEmpty(parser, QStringLiteral("tls-key"));
        if (!certificate || !key)
            return certificate ? key.error() : certificate.error();
        http.tlsCertificateFile = certificate.value();
        http.tlsPrivateKeyFile = key.value();
    } else if (selfSigned) {
        auto dir = nonEmpty(parser, QStringLiteral("tls-self-signed"));
        if (!dir)
            return dir.error();
        options.selfSignedDir = dir.value();
    } else if (plain) {
        if (!HttpServer::isLoopbackAddress(http.bindAddress)) {
            return invalid(ServerOptions::tr("Plain HTTP is only served on a loopback address "
                                             "(127.0.0.1 or ::1), not on %1; use TLS there.")
                               .arg(http.bindAddress));
        }
        http.allowPlainHttp = true;
    } else if (!options.createAdmin) {
        // Creating an admin account opens the database only; it serves nothing.
        return invalid(ServerOptions::tr("Choose TLS: --tls-cert/--tls-key, --tls-self-signed "
                                         "DIR, or --plain-http on a loopback address."));
    }
    return {};
}

models::Status readAdmin(const QCommandLineParser &parser, ServerOptions &options)
{
    const bool roleSet = parser.isSet(QStringLiteral("role"));
    if (!parser.isSet(QStringLiteral("create-admin"))) {
        if (roleSet)
            return invalid(ServerOptions::tr("--role only goes with --create-admin USER."));
        return {};
    }
    auto username = nonEmpty(parser, QStringLiteral("create-admin"));
    if (!username)
        return username.error();
    const auto role = models::adminRoleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return invalid(ServerOptions::tr("--role must be superadmin, sales or support."));
    options.createAdmin = ServerOptions::AdminAccount {username.value(), *role};
    return {};
}

// The metrics token from the file the command line or the environment names (never from the
// command line itself, where other users of the machine could read it).
models::Status readMetrics(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                           PlatformOptions::Metrics &metrics)
{
    const QString idOption = QStringLiteral("instance-id");
    metrics.instanceId = parser.isSet(idOption)
        ? parser.value(idOption)
        : environment.value(QStringLiteral("SPHAIR_INSTANCE_ID"));
    if (parser.isSet(idOption) && metrics.instanceId.isEmpty())
        return invalid(ServerOptions::tr("--instance-id needs a value."));
    const QString fileOption = QStringLiteral("metrics-token-file");
    const QString path = parser.isSet(fileOption)
        ? parser.value(fileOption)
        : environment.value(QStringLiteral("SPHAIR_METRICS_TOKEN_FILE"));
    if (parser.isSet(fileOption) && path.isEmpty())
        return invalid(ServerOptions::tr("--metrics-token-file needs a value."));
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return invalid(ServerOptions::tr("Cannot read the metrics token file %1: %2")
                           .arg(path, file.errorString()));
    }
    const QByteArray token = file.read(kMaxMetricsTokenFileSize + 1).trimmed();
    if (token.size() < kMinMetricsTokenLength || token.size() > kMaxMetricsTokenFileSize
        || !BearerToken::isWellFormed(token)) {
        return invalid(ServerOptions::tr("The metrics token file %1 must hold one token of at "
                                         "least %2 characters (letters, digits, -._~+/, then "
                                         "= padding).")
                           .arg(path)
                           .arg(kMinMetricsTokenLength));
    }
    metrics.token = token;
    return {};
}

// Where the maintenance notices go: an SMTP server or a folder, each from the command line or
// else the environment.
models::Status readNotices(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                           bool sandbox, PlatformOptions::Notices &notices)
{
    const auto value = [&](const char *option, const char *variable) {
        const QString name = QLatin1String(option);
        return parser.isSet(name) ? parser.value(name) : environment.value(QLatin1String(variable));
    };
    notices.smtpHost = value("smtp-host", "SPHAIR_SMTP_HOST").trimmed();
    notices.mailFolder = value("mail-folder", "SPHAIR_MAIL_FOLDER");
    const QString from = value("smtp-from", "SPHAIR_SMTP_FROM").trimmed();
    if (!from.isEmpty()) {
        if (!from.contains(u'@') || from.contains(u'\r') || from.contains(u'\n'))
            return invalid(ServerOptions::tr("--smtp-from must be an e-mail address, e.g. "
                                             "\"SPHAiR <notices@example.com>\"."));
        notices.fromAddress = from;
    }
    const QString port = value("smtp-port", "SPHAIR_SMTP_PORT");
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return invalid(ServerOptions::tr("--smtp-port must be a number from 1 to 65535."));
        notices.smtpPort = static_cast<quint16>(number);
    }
    if (!notices.smtpHost.isEmpty() && !notices.mailFolder.isEmpty())
        return invalid(ServerOptions::tr("Choose one of --smtp-host and --mail-folder, not both."));
    if (sandbox && notices.smtpHost.isEmpty() && notices.mailFolder.isEmpty()) {
        notices.mailFolder =
            QDir(parser.value(QStringLiteral("sandbox"))).filePath(QStringLiteral("mail"));
    }
    return {};
}

} // namespace

models::Result<ServerOptions> ServerOptions::parse(const QStringList &arguments,
                                                   const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return invalid(parser.errorText());
    ServerOptions options;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        options.helpRequested = true;
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return invalid(tr("Unexpected argument “%1”: every setting is an option (see --help).")
                           .arg(parser.positionalArguments().constFirst()));
    }
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (auto listener = readListener(parser, sandbox, options.platform.http); !listener)
        return listener.error();
    // Before TLS: creating an admin account needs none.
    if (auto admin = readAdmin(parser, options); !admin)
        return admin.error();
    if (auto database = readDatabase(parser, environment, options); !database)
        return database.error();
    if (auto tls = readTls(parser, options); !tls)
        return tls.error();
    if (auto metrics = readMetrics(parser, environment, options.platform.metrics); !metrics)
        return metrics.error();
    if (auto notices = readNotices(parser, environment, sandbox, options.platform.notices);
        !notices)
        return notices.error();
    if (auto sessions = readSessions(parser, environment, options.platform); !sessions)
        return sessions.error();
    // One pooled database connection per worker thread (PostgresOptions::poolSize).
    options.platform.postgres.poolSize = options.platform.http.threads;
    options.exitWithParent = parser.isSet(QStringLiteral("exit-with-parent"));
    return options;
}

QString ServerOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

} // namespace sphair::server
