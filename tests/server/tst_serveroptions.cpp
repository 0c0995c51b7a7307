#include "server/ServerOptions.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using namespace sphair::server;

namespace {

QProcessEnvironment environmentOf(const QStringList &variables)
{
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    return environment;
}

models::Result<ServerOptions> parse(const QStringList &arguments,
                                    const QStringList &environment = {})
{
    return ServerOptions::parse(QStringList {QStringLiteral("sphair-platformd")} + arguments,
                                environmentOf(environment));
}

// Everything parse() decided, one "name=value" each, for comparing whole results.
QStringList describe(const ServerOptions &options)
{
    const PlatformOptions &platform = options.platform;
    const ServerConfig &http = platform.http;
    QStringList lines;
    if (!options.sandboxDir.isEmpty()) {
        lines << QStringLiteral("sandbox=") + options.sandboxDir;
        if (options.sandboxPopulation > 0)
            lines << QStringLiteral("population=%1").arg(options.sandboxPopulation);
    } else if (platform.backend == PlatformOptions::Backend::Sqlite) {
        lines << QStringLiteral("sqlite=") + platform.sqlitePath;
    } else {
        lines << QStringLiteral("pg-owner=") + platform.postgres.ownerConninfo
              << QStringLiteral("pg-app=") + platform.postgres.appConninfo
              << QStringLiteral("pg-operator=") + platform.postgres.operatorConninfo
              << QStringLiteral("pool=%1").arg(platform.postgres.poolSize);
    }
    lines << QStringLiteral("listen=%1:%2").arg(http.bindAddress).arg(http.port)
          << QStringLiteral("threads=%1").arg(http.threads);
    if (!http.tlsCertificateFile.isEmpty() || !http.tlsPrivateKeyFile.isEmpty())
        lines << QStringLiteral("tls=") + http.tlsCertificateFile + QLatin1Char(',')
                + http.tlsPrivateKeyFile;
    if (!options.selfSignedDir.isEmpty())
        lines << QStringLiteral("tls-self-signed=") + options.selfSignedDir;
    if (http.allowPlainHttp)
        lines << QStringLiteral("plain-http");
    if (options.createAdmin) {
        lines << QStringLiteral("create-admin=%1 as %2")
                     .arg(options.createAdmin->username,
                          models::adminRoleCode(options.createAdmin->role));
    }
    if (options.exitWithParent)
        lines << QStringLiteral("exit-with-parent");
    return lines;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList kPostgresEnvironment {
    QStringLiteral("SPHAIR_PG_OWNER=dbname=p user=owner"),
    QStringLiteral("SPHAIR_PG_APP=dbname=p user=app"),
    QStringLiteral("SPHAIR_PG_OPERATOR=dbname=p user=operator"),
};

} // namespace

// sphair-platformd's command line and environment, read into ServerOptions without opening
// or creating anything: every option, the environment as a fallback, and a clear error for
// every value or combination that cannot work.
class TestServerOptions : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected"); // describe(), joined by " | "

        const QString roles = QStringLiteral("pg-owner=dbname=p user=owner | pg-app=dbname=p "
                                             "user=app | pg-operator=dbname=p user=operator");
        const auto row = [](const char *name, const QStringList &arguments,
                            const QStringList &environment, const QString &expected) {
            QTest::newRow(name) << arguments << environment << expected;
        };
        row("sqlite with certificate files",
            words("--sqlite /var/p.db --tls-cert c.pem --tls-key k.pem"), {},
            QStringLiteral("sqlite=/var/p.db | listen=127.0.0.1:8443 | threads=16 | "
                           "tls=c.pem,k.pem"));
        row("every listener option",
            words("--sqlite p.db --listen 0.0.0.0 --port 9443 --threads 4 "
                  "--tls-self-signed /etc/tls --exit-with-parent"),
            {},
            QStringLiteral("sqlite=p.db | listen=0.0.0.0:9443 | threads=4 | "
                           "tls-self-signed=/etc/tls | exit-with-parent"));
        row("port 0 picks a free one", words("--sqlite p.db --port 0 --plain-http"), {},
            QStringLiteral("sqlite=p.db | listen=127.0.0.1:0 | threads=16 | plain-http"));
        row("plain http on ::1", words("--sqlite p.db --listen ::1 --plain-http"), {},
            QStringLiteral("sqlite=p.db | listen=::1:8443 | threads=16 | plain-http"));
        row("plain http on localhost", words("--sqlite p.db --listen localhost --plain-http"), {},
            QStringLiteral("sqlite=p.db | listen=localhost:8443 | threads=16 | plain-http"));
        row("sandbox picks a free port", words("--sandbox /tmp/sb --exit-with-parent"), {},
            QStringLiteral("sandbox=/tmp/sb | listen=127.0.0.1:0 | threads=16 | "
                           "exit-with-parent"));
        row("sandbox on a fixed port", words("--sandbox sb --port 8080"), {},
            QStringLiteral("sandbox=sb | listen=127.0.0.1:8080 | threads=16"));
        row("sandbox with a synthetic population", words("--sandbox sb --population 100000"), {},
            QStringLiteral("sandbox=sb | population=100000 | listen=127.0.0.1:0 | threads=16"));
        row("postgres from the command line",
            words("--pg-owner user=o --pg-app user=a --pg-operator user=p --threads 32 "
                  "--plain-http"),
            {},
            QStringLiteral("pg-owner=user=o | pg-app=user=a | pg-operator=user=p | pool=32 | "
                           "listen=127.0.0.1:8443 | threads=32 | plain-http"));
        row("postgres from the environment", words("--plain-http"), kPostgresEnvironment,
            roles + QStringLiteral(" | pool=16 | listen=127.0.0.1:8443 | threads=16 | plain-http"));
        row("the command line wins over the environment", words("--pg-app user=mine --plain-http"),
            kPostgresEnvironment,
            QStringLiteral("pg-owner=dbname=p user=owner | pg-app=user=mine | "
                           "pg-operator=dbname=p user=operator | pool=16 | "
                           "listen=127.0.0.1:8443 | threads=16 | plain-http"));
        row("--sqlite wins over SPHAIR_PG_*", words("--sqlite p.db --plain-http"),
            kPostgresEnvironment,
            QStringLiteral("sqlite=p.db | listen=127.0.0.1:8443 | threads=16 | plain-http"));
        row("create an admin without TLS", words("--sqlite p.db --create-admin alice"), {},
            QStringLiteral("sqlite=p.db | listen=127.0.0.1:8443 | threads=16 | "
                           "create-admin=alice as superadmin"));
        row("create an admin with a role", words("--create-admin bob --role support --plain-http"),
            kPostgresEnvironment,
            roles
                + QStringLiteral(" | pool=16 | listen=127.0.0.1:8443 | threads=16 | plain-http | "
                                 "create-admin=bob as support"));
        row("create an admin in the sandbox",
            words("--sandbox sb --create-admin carol --role sales"), {},
            QStringLiteral("sandbox=sb | listen=127.0.0.1:0 | threads=16 | "
                           "create-admin=carol as sales"));
        row("--option=value form", words("--sqlite=p.db --threads=1 --port=65535 --plain-http"), {},
            QStringLiteral("sqlite=p.db | listen=127.0.0.1:65535 | threads=1 | plain-http"));
        row("the most threads", words("--sqlite p.db --threads 1024 --plain-http"), {},
            QStringLiteral("sqlite=p.db | listen=127.0.0.1:8443 | threads=1024 | plain-http"));
    }
    void accepted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        const auto options = parse(arguments, environment);
        QVERIFY2(options.ok(), qPrintable(options.error().message));
        QVERIFY(!options->helpRequested);
        QCOMPARE(describe(options.value()).join(QStringLiteral(" | ")), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("message"); // a part of the error message

        QTest::newRow("no database")
            << words("--plain-http") << QStringList() << QStringLiteral("Choose a database");
        QTest::newRow("only part of the environment")
            << words("--plain-http")
            << QStringList {QStringLiteral("SPHAIR_PG_APP=x"),
                            QStringLiteral("SPHAIR_PG_OPERATOR=y")}
            << QStringLiteral("Choose a database");
        QTest::newRow("two databases") << words("--sqlite p.db --sandbox sb") << QStringList()
                                       << QStringLiteral("Choose one database");
        for (const char *population : {"ten", "0", "-5", "1000001", "1e5", ""}) {
            QTest::addRow("population \"%s\"", population)
                << QStringList {QStringLiteral("--sandbox"), QStringLiteral("sb"),
                                QStringLiteral("--population"), QString::fromLatin1(population)}
                << QStringList()
                << QStringLiteral("--population must be a whole number from 1 to 1000000, not "
                                  "\"%1\".")
                       .arg(QString::fromLatin1(population));
        }
        QTest::newRow("population without a sandbox")
            << words("--sqlite p.db --population 10 --plain-http") << QStringList()
            << QStringLiteral("--population goes with --sandbox DIR only");
        QTest::newRow("sqlite and postgres")
            << words("--sqlite p.db --pg-owner x --plain-http") << QStringList()
            << QStringLiteral("Choose one database");
        QTest::newRow("postgres without the app role")
            << words("--pg-owner o --pg-operator p --plain-http") << QStringList()
            << QStringLiteral("give --pg-app or set SPHAIR_PG_APP");
        QTest::newRow("postgres without the operator role")
            << words("--plain-http")
            << QStringList {QStringLiteral("SPHAIR_PG_OWNER=o"), QStringLiteral("SPHAIR_PG_APP=a")}
            << QStringLiteral("give --pg-operator or set SPHAIR_PG_OPERATOR");
        QTest::newRow("postgres without the owner role")
            << words("--pg-app a --pg-operator p --plain-http") << QStringList()
            << QStringLiteral("give --pg-owner or set SPHAIR_PG_OWNER");
        QTest::newRow("an empty database file")
            << QStringList {QStringLiteral("--sqlite="), QStringLiteral("--plain-http")}
            << QStringList() << QStringLiteral("--sqlite needs a value");
        QTest::newRow("no TLS") << words("--sqlite p.db") << QStringList()
                                << QStringLiteral("Choose TLS");
        QTest::newRow("plain http on every address")
            << words("--sqlite p.db --listen 0.0.0.0 --plain-http") << QStringList()
            << QStringLiteral("only served on a loopback address");
        QTest::newRow("plain http on a LAN address")
            << words("--sqlite p.db --listen 192.168.1.5 --plain-http") << QStringList()
            << QStringLiteral("not on 192.168.1.5");
        QTest::newRow("plain http on a host name")
            << words("--sqlite p.db --listen example.com --plain-http") << QStringList()
            << QStringLiteral("only served on a loopback address");
        QTest::newRow("an empty address")
            << QStringList {QStringLiteral("--sqlite"), QStringLiteral("p.db"),
                            QStringLiteral("--listen"), QString(), QStringLiteral("--plain-http")}
            << QStringList() << QStringLiteral("--listen needs an address");
        QTest::newRow("a certificate without its key")
            << words("--sqlite p.db --tls-cert c.pem") << QStringList()
            << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("a key without its certificate")
            << words("--sqlite p.db --tls-key k.pem") << QStringList()
            << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("two kinds of TLS")
            << words("--sqlite p.db --tls-self-signed d --plain-http") << QStringList()
            << QStringLiteral("Choose one of --tls-cert/--tls-key");
        QTest::newRow("certificate files and self-signed")
            << words("--sqlite p.db --tls-cert c --tls-key k --tls-self-signed d") << QStringList()
            << QStringLiteral("Choose one of --tls-cert/--tls-key");
        QTest::newRow("the sandbox with a certificate")
            << words("--sandbox sb --tls-self-signed d") << QStringList()
            << QStringLiteral("--sandbox makes its own certificate");
        QTest::newRow("the sandbox over plain http")
            << words("--sandbox sb --plain-http") << QStringList()
            << QStringLiteral("--sandbox makes its own certificate");
        QTest::newRow("no threads")
            << words("--sqlite p.db --threads 0 --plain-http") << QStringList()
            << QStringLiteral("--threads must be 1 to 1024");
        QTest::newRow("too many threads")
            << words("--sqlite p.db --threads 1025 --plain-http") << QStringList()
            << QStringLiteral("--threads must be 1 to 1024");
        QTest::newRow("threads not a number")
            << words("--sqlite p.db --threads many --plain-http") << QStringList()
            << QStringLiteral("--threads must be 1 to 1024");
        QTest::newRow("port not a number")
            << words("--sqlite p.db --port https --plain-http") << QStringList()
            << QStringLiteral("--port must be a number");
        QTest::newRow("port out of range")
            << words("--sqlite p.db --port 65536 --plain-http") << QStringList()
            << QStringLiteral("--port must be a number");
        QTest::newRow("negative port")
            << words("--sqlite p.db --port -1 --plain-http") << QStringList()
            << QStringLiteral("--port must be a number");
        QTest::newRow("unknown role")
            << words("--sqlite p.db --create-admin alice --role root") << QStringList()
            << QStringLiteral("--role must be superadmin, sales or support");
        QTest::newRow("a role without an admin")
            << words("--sqlite p.db --role sales --plain-http") << QStringList()
            << QStringLiteral("--role only goes with --create-admin");
        QTest::newRow("an admin without a name")
            << QStringList {QStringLiteral("--sqlite"), QStringLiteral("p.db"),
                            QStringLiteral("--create-admin"), QString()}
            << QStringList() << QStringLiteral("--create-admin needs a value");
        QTest::newRow("unknown option") << words("--sqlite p.db --plain-http --verbose")
                                        << QStringList() << QStringLiteral("verbose");
        QTest::newRow("option without its value")
            << words("--plain-http --sqlite") << QStringList() << QStringLiteral("sqlite");
        QTest::newRow("a stray argument")
            << words("--sqlite p.db --plain-http extra") << QStringList()
            << QStringLiteral("Unexpected argument “extra”");
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, message);
        const auto options = parse(arguments, environment);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().code, QStringLiteral("invalid_arguments"));
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }

    void helpIsAsked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << words("--help");
        QTest::newRow("-h") << words("-h");
        QTest::newRow("--help-all") << words("--help-all");
        // Help comes before any check of the rest.
        QTest::newRow("--help with nothing else right") << words("--plain-http --help");
    }
    void helpIsAsked()
    {
        QFETCH(QStringList, arguments);
        const auto options = parse(arguments);
        QVERIFY2(options.ok(), qPrintable(options.error().message));
        QVERIFY(options->helpRequested);
    }

    // The metrics token comes from a file (trimmed), never from the command line itself; a
    // missing, short or unpresentable token refuses the start, naming the file.
    void metricsOptions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const char *name, const QByteArray &content) {
            QFile file(dir.filePath(QLatin1String(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return QString();
            return file.fileName();
        };
        const QByteArray token = QByteArrayLiteral("abcdefghijklmnop_0123456789-+/~.==");
        const QString good = write("good", token + "\n");
        const QString tooShort = write("short", "abc\n");
        const QString spaced = write("spaced", "abcdefgh ijklmnopqrstuvwxyz\n");
        QVERIFY(!good.isEmpty() && !tooShort.isEmpty() && !spaced.isEmpty());
        const QStringList base = words("--sqlite p.db --plain-http");

        auto none = parse(base);
        QVERIFY2(none.ok(), qPrintable(none.error().message));
        QVERIFY(none->platform.metrics.token.isEmpty());
        QVERIFY(none->platform.metrics.instanceId.isEmpty());

        auto fromOption =
            parse(base
                      + QStringList {QStringLiteral("--metrics-token-file"), good,
                                     QStringLiteral("--instance-id"), QStringLiteral("blue-1")},
                  {QStringLiteral("SPHAIR_INSTANCE_ID=ignored")});
        QVERIFY2(fromOption.ok(), qPrintable(fromOption.error().message));
        QCOMPARE(fromOption->platform.metrics.token, token);
        QCOMPARE(fromOption->platform.metrics.instanceId, QStringLiteral("blue-1"));

        auto fromEnvironment = parse(base,
                                     {QStringLiteral("SPHAIR_METRICS_TOKEN_FILE=") + good,
                                      QStringLiteral("SPHAIR_INSTANCE_ID=green-2")});
        QVERIFY2(fromEnvironment.ok(), qPrintable(fromEnvironment.error().message));
        QCOMPARE(fromEnvironment->platform.metrics.token, token);
        QCOMPARE(fromEnvironment->platform.metrics.instanceId, QStringLiteral("green-2"));

        for (const QString &bad : {tooShort, spaced, dir.filePath(QStringLiteral("missing"))}) {
            auto refused = parse(base + QStringList {QStringLiteral("--metrics-token-file"), bad});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("invalid_arguments"));
            QVERIFY2(refused.error().message.contains(bad), qPrintable(refused.error().message));
            QVERIFY(!refused.error().message.contains(QLatin1String("abcdefgh")));
        }
    }

    // Where the maintenance notices go: an SMTP server or a folder, from the command line or
    // the environment; the sandbox's folder by default; contradictions refused.
    void noticeOptions()
    {
        const QStringList base = words("--sqlite p.db --plain-http");
        auto none = parse(base);
        QVERIFY2(none.ok(), qPrintable(none.error().message));
        QVERIFY(none->platform.notices.smtpHost.isEmpty());
        QVERIFY(none->platform.notices.mailFolder.isEmpty());

        auto smtp = parse(base + words("--smtp-host mail.example --smtp-port 2525"),
                          {QStringLiteral("SPHAIR_SMTP_HOST=ignored.example"),
                           QStringLiteral("SPHAIR_SMTP_FROM=Ops <ops@example.com>")});
        QVERIFY2(smtp.ok(), qPrintable(smtp.error().message));
        QCOMPARE(smtp->platform.notices.smtpHost, QStringLiteral("mail.example"));
        QCOMPARE(smtp->platform.notices.smtpPort, quint16(2525));
        QCOMPARE(smtp->platform.notices.fromAddress, QStringLiteral("Ops <ops@example.com>"));

        auto fromEnvironment = parse(base,
                                     {QStringLiteral("SPHAIR_SMTP_HOST=relay.example"),
                                      QStringLiteral("SPHAIR_SMTP_PORT=587")});
        QVERIFY2(fromEnvironment.ok(), qPrintable(fromEnvironment.error().message));
        QCOMPARE(fromEnvironment->platform.notices.smtpHost, QStringLiteral("relay.example"));
        QCOMPARE(fromEnvironment->platform.notices.smtpPort, quint16(587));

        auto sandbox = parse(words("--sandbox /tmp/sb"));
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error().message));
        QCOMPARE(sandbox->platform.notices.mailFolder, QStringLiteral("/tmp/sb/mail"));
        auto sandboxSmtp = parse(words("--sandbox /tmp/sb --smtp-host localhost"));
        QVERIFY2(sandboxSmtp.ok(), qPrintable(sandboxSmtp.error().message));
        QVERIFY(sandboxSmtp->platform.notices.mailFolder.isEmpty());

        const QList<QPair<QStringList, QString>> refused {
            {words("--smtp-host a.example --mail-folder /tmp/m"), QStringLiteral("not both")},
            {words("--smtp-host a.example --smtp-port 0"), QStringLiteral("--smtp-port")},
            {words("--smtp-host a.example --smtp-port 70000"), QStringLiteral("--smtp-port")},
            {words("--smtp-host a.example --smtp-from nobody"), QStringLiteral("--smtp-from")},
        };
        for (const auto &[arguments, message] : refused) {
            auto result = parse(base + arguments);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("invalid_arguments"));
            QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        }
    }

    // Whose X-Forwarded-For is believed (--trusted-proxy, repeatable, or a comma-separated
    // SPHAIR_TRUSTED_PROXIES) and how long a sign-in can be refreshed (--sign-in-days).
    void sessionOptions()
    {
        const QStringList base = words("--sqlite p.db --plain-http");
        auto none = parse(base);
        QVERIFY2(none.ok(), qPrintable(none.error().message));
        QVERIFY(none->platform.http.trustedProxies.isEmpty());
        QCOMPARE(none->platform.sessions.signIn, std::chrono::seconds(7 * 86400));

        auto fromOptions =
            parse(base + words("--trusted-proxy 10.0.0.0/8 --trusted-proxy ::1 --sign-in-days 2"),
                  {QStringLiteral("SPHAIR_TRUSTED_PROXIES=192.0.2.1")});
        QVERIFY2(fromOptions.ok(), qPrintable(fromOptions.error().message));
        QCOMPARE(fromOptions->platform.http.trustedProxies,
                 (QStringList {QStringLiteral("10.0.0.0/8"), QStringLiteral("::1")}));
        QCOMPARE(fromOptions->platform.sessions.signIn, std::chrono::seconds(2 * 86400));

        auto fromEnvironment =
            parse(base, {QStringLiteral("SPHAIR_TRUSTED_PROXIES=192.0.2.1, 198.51.100.0/24")});
        QVERIFY2(fromEnvironment.ok(), qPrintable(fromEnvironment.error().message));
        QCOMPARE(fromEnvironment->platform.http.trustedProxies,
                 (QStringList {QStringLiteral("192.0.2.1"), QStringLiteral("198.51.100.0/24")}));

        const QList<QPair<QStringList, QString>> refused {
            {words("--trusted-proxy lb.example"), QStringLiteral("lb.example")},
            {words("--trusted-proxy 10.0.0.0/40"), QStringLiteral("10.0.0.0/40")},
            {words("--sign-in-days 0"), QStringLiteral("--sign-in-days")},
            {words("--sign-in-days 91"), QStringLiteral("--sign-in-days")},
            {words("--sign-in-days week"), QStringLiteral("--sign-in-days")},
        };
        for (const auto &[arguments, message] : refused) {
            auto result = parse(base + arguments);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("invalid_arguments"));
            QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        }
        auto badEnvironment = parse(base, {QStringLiteral("SPHAIR_TRUSTED_PROXIES=10.0.0.1,x")});
        QVERIFY(!badEnvironment.ok());
        QVERIFY2(badEnvironment.error().message.contains(QStringLiteral("“x”")),
                 qPrintable(badEnvironment.error().message));
    }

    void helpNamesEveryOption()
    {
        const QString help = ServerOptions::helpText();
        for (const char *option : {"--sandbox",
                                   "--sqlite",
                                   "--pg-owner",
                                   "--pg-app",
                                   "--pg-operator",
                                   "--listen",
                                   "--port",
                                   "--threads",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--tls-self-signed",
                                   "--plain-http",
                                   "--create-admin",
                                   "--role",
                                   "--exit-with-parent",
                                   "--trusted-proxy",
                                   "--sign-in-days",
                                   "SPHAIR_TRUSTED_PROXIES",
                                   "--help",
                                   "SPHAIR_PG_OWNER",
                                   "SPHAIR_PG_APP",
                                   "SPHAIR_PG_OPERATOR",
                                   "--metrics-token-file",
                                   "SPHAIR_METRICS_TOKEN_FILE",
                                   "--instance-id",
                                   "SPHAIR_INSTANCE_ID"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
