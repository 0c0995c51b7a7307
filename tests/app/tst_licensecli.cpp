#include "licensing/LicenseSigner.h"
#include "licensing/vault/KeyVault.h"
#include "licensing/vault/SeedKeychain.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace sphair;
using namespace sphair::licensing;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

// `sphair-license` as a salesperson or a script uses it: the real binary, the real keychain
// (gnome-keyring in a private D-Bus session), its own config/data/temp folders, no terminal.
class TestLicenseCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *sub : {"config", "data", "tmp", "work"})
            QVERIFY(QDir(m_home.path()).mkpath(QLatin1String(sub)));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        m_env.insert(QStringLiteral("TMPDIR"), path("tmp"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("SPHAIR_LANG"));
        writeFile(path("work/pass.txt"), "a long backup passphrase\n");
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"keygen", "keys", "export-public", "backup", "restore", "sign",
                                    "verify", "inspect", "label", "delete"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        const Run run = cli({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Usage: sphair-license " + command.toLatin1()), run.out);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run general = cli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains("Exit codes"));
        const Run badOption = cli({QStringLiteral("sign"), QStringLiteral("--nonsense")});
        QCOMPARE(badOption.exitCode, 2);
    }

    void keygenListAndExport()
    {
        const Run made = cli({QStringLiteral("--json"), QStringLiteral("keygen"),
                              QStringLiteral("--label"), QStringLiteral("Sales laptop")});
        QCOMPARE(made.exitCode, 0);
        m_kid = made.json().value(QStringLiteral("kid")).toString();
        QVERIFY2(m_kid.startsWith(QStringLiteral("k4.pid.")), made.out);
        const Run keys = cli({QStringLiteral("keys"), QStringLiteral("--json")});
        QCOMPARE(keys.exitCode, 0);
        const QJsonArray list = keys.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Sales laptop"));

        const Run exported = cli({QStringLiteral("export-public"), QStringLiteral("Sales laptop"),
                                  QStringLiteral("-o"), path("work/issuer.pub")});
        QCOMPARE(exported.exitCode, 0);
        m_publicKey = readFile(path("work/issuer.pub")).trimmed();
        QVERIFY(m_publicKey.startsWith("k4.public."));
    }

    void signVerifyInspect()
    {
        m_companyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Run signedRun =
            cli({QStringLiteral("--json"), QStringLiteral("sign"), QStringLiteral("--key"), m_kid,
                 QStringLiteral("--company-id"), m_companyId, QStringLiteral("--company-code"),
                 QStringLiteral("ACME"), QStringLiteral("--company-name"),
                 QStringLiteral("Acme Mining"), QStringLiteral("--tier"), QStringLiteral("medium"),
                 QStringLiteral("--users"), QStringLiteral("25"), QStringLiteral("--valid-days"),
                 QStringLiteral("90"), QStringLiteral("-o"), path("work/acme.lic")});
        QVERIFY2(signedRun.exitCode == 0, signedRun.out + signedRun.err);
        QCOMPARE(signedRun.json().value(QStringLiteral("seq")).toInt(), 1);
        const QByteArray lic = readFile(path("work/acme.lic"));
        QCOMPARE(QFile::permissions(path("work/acme.lic"))
                     & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(lic.contains("Company: ACME (Acme Mining)"));
        QVERIFY(lic.contains("Users: 25"));

        // With the vault's own keys, and with only the exported public key.
        const Run verified = cli({QStringLiteral("verify"), path("work/acme.lic")});
        QVERIFY2(verified.exitCode == 0, verified.err);
        QVERIFY(verified.out.startsWith("VALID"));
        const Run verifiedWithKey =
            cli({QStringLiteral("--json"), QStringLiteral("verify"), path("work/acme.lic"),
                 QStringLiteral("--public-key"), QString::fromLatin1(m_publicKey)});
        QCOMPARE(verifiedWithKey.exitCode, 0);
        const QJsonObject claims =
            verifiedWithKey.json().value(QStringLiteral("claims")).toObject();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), m_companyId);
        QCOMPARE(claims.value(QStringLiteral("max_users")).toInt(), 25);
        QCOMPARE(verifiedWithKey.json().value(QStringLiteral("warnings")).toArray().size(), 0);

        // Too late: expired (90 days + 14 days of grace).
        const Run late =
            cli({QStringLiteral("verify"), path("work/acme.lic"), QStringLiteral("--at"),
                 QDateTime::currentDateTimeUtc().addDays(120).toString(Qt::ISODate)});
        QCOMPARE(late.exitCode, 1);

        const Run inspected = cli({QStringLiteral("inspect"), path("work/acme.lic")});
        QCOMPARE(inspected.exitCode, 0);
        QVERIFY(inspected.out.startsWith("UNVERIFIED"));
        QVERIFY(inspected.out.contains("ACME"));
        const Run inspectedJson =
            cli({QStringLiteral("--json"), QStringLiteral("inspect"), path("work/acme.lic")});
        QCOMPARE(inspectedJson.json().value(QStringLiteral("verified")).toBool(true), false);
    }

    void editedHeadersWarnAndATamperedTokenFails()
    {
        QByteArray lic = readFile(path("work/acme.lic"));
        writeFile(path("work/edited.lic"), QByteArray(lic).replace("Users: 25", "Users: 250"));
        const Run edited =
            cli({QStringLiteral("--json"), QStringLiteral("verify"), path("work/edited.lic")});
        QCOMPARE(edited.exitCode, 0);
        const QJsonArray warnings = edited.json().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QStringLiteral("250")));

        const qsizetype at = lic.indexOf("v4.public.") + 20;
        lic[at] = lic.at(at) == 'A' ? 'B' : 'A';
        writeFile(path("work/tampered.lic"), lic);
        const Run tampered = cli({QStringLiteral("verify"), path("work/tampered.lic")});
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY(tampered.err.contains("NOT VALID"));
    }

    void signFromAClaimsFileAndRefusals()
    {
        const QByteArray claims =
            QJsonDocument(
                QJsonObject {
                    {QStringLiteral("sub"), m_companyId},
                    {QStringLiteral("company_code"), QStringLiteral("ACME")},
                    {QStringLiteral("tier"), QStringLiteral("large")},
                    {QStringLiteral("max_users"), 120},
                    {QStringLiteral("features"),
                     QJsonArray {QStringLiteral("inventory"), QStringLiteral("white_label")}},
                    {QStringLiteral("exp"), QStringLiteral("2030-01-01T00:00:00Z")},
                })
                .toJson();
        writeFile(path("work/claims.json"), claims);
        const Run fromFile =
            cli({QStringLiteral("--json"), QStringLiteral("sign"), QStringLiteral("--key"), m_kid,
                 QStringLiteral("--claims"), path("work/claims.json")});
        QVERIFY2(fromFile.exitCode == 0, fromFile.out + fromFile.err);
        QCOMPARE(fromFile.json().value(QStringLiteral("seq")).toInt(), 2);
        QVERIFY(fromFile.json()
                    .value(QStringLiteral("token"))
                    .toString()
                    .startsWith(QStringLiteral("v4.public.")));

        const Run tooMany =
            cli({QStringLiteral("--json"), QStringLiteral("sign"), QStringLiteral("--key"), m_kid,
                 QStringLiteral("--company-id"), m_companyId, QStringLiteral("--company-code"),
                 QStringLiteral("ACME"), QStringLiteral("--tier"), QStringLiteral("small"),
                 QStringLiteral("--users"), QStringLiteral("40")});
        QCOMPARE(tooMany.exitCode, 5);
        QCOMPARE(tooMany.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("users_out_of_range"));

        writeFile(path("work/bad-claims.json"), "{\"sub\":\"x\",\"sub\":\"y\"}");
        const Run duplicate = cli({QStringLiteral("sign"), QStringLiteral("--key"), m_kid,
                                   QStringLiteral("--claims"), path("work/bad-claims.json")});
        QCOMPARE(duplicate.exitCode, 2);
    }

    // Processes signing with one key at once each take their own seq (the vault's lock file),
    // and each links to the token before it.
    void concurrentSignsTakeDistinctSeqs()
    {
        constexpr int kRuns = 6;
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < kRuns; ++i) {
            runs.push_back(
                startCli({QStringLiteral("--json"), QStringLiteral("sign"), QStringLiteral("--key"),
                          m_kid, QStringLiteral("--claims"), path("work/claims.json")}));
        }
        QList<int> seqs;
        for (auto &run : runs) {
            QVERIFY(run->waitForFinished(120000));
            const QByteArray out = run->readAllStandardOutput();
            QVERIFY2(run->exitCode() == 0, out + run->readAllStandardError());
            seqs << QJsonDocument::fromJson(out).object().value(QStringLiteral("seq")).toInt();
        }
        std::sort(seqs.begin(), seqs.end());
        QCOMPARE(seqs, (QList<int> {3, 4, 5, 6, 7, 8}));
        const Run listed = cli({QStringLiteral("keys"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.out + listed.err);
        qint64 recorded = -1;
        for (const auto &key : listed.json().value(QStringLiteral("keys")).toArray()) {
            if (key.toObject().value(QStringLiteral("kid")).toString() == m_kid)
                recorded = key.toObject().value(QStringLiteral("seq")).toInteger();
        }
        QCOMPARE(recorded, qint64(8));
    }

    void passphrasesNeverComeFromArgvOrAMissingTerminal()
    {
        // No --passphrase-file and no terminal: a clear refusal, not a hang.
        const Run noTty = cli({QStringLiteral("--json"), QStringLiteral("backup"), m_kid,
                               QStringLiteral("-o"), path("work/nope.backup")});
        QCOMPARE(noTty.exitCode, 2);
        QCOMPARE(noTty.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no_terminal"));
        QVERIFY(!QFile::exists(path("work/nope.backup")));
        QCOMPARE(cli({QStringLiteral("backup"), m_kid, QStringLiteral("--passphrase"),
                      QStringLiteral("secret")})
                     .exitCode,
                 2);
    }

    void backupDeleteRestoreAndSignAgain()
    {
        // The last license signed before the key leaves this computer.
        const Run last =
            cli({QStringLiteral("sign"), QStringLiteral("--key"), m_kid, QStringLiteral("--claims"),
                 path("work/claims.json"), QStringLiteral("-o"), path("work/last.lic")});
        QVERIFY2(last.exitCode == 0, last.out + last.err);
        const Run backedUp =
            cli({QStringLiteral("backup"), m_kid, QStringLiteral("-o"), path("work/issuer.backup"),
                 QStringLiteral("--passphrase-file"), path("work/pass.txt"),
                 QStringLiteral("--kdf-memory"), QStringLiteral("64"), QStringLiteral("--kdf-ops"),
                 QStringLiteral("2")});
        QVERIFY2(backedUp.exitCode == 0, backedUp.err);
        QVERIFY(readFile(path("work/issuer.backup")).contains("k4.secret-pw."));

        // The seed hygiene check runs while the key exists: after keygen, backup and sign.
        checkSeedIsInNoFile();

        QCOMPARE(cli({QStringLiteral("delete"), m_kid}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sign"), QStringLiteral("--key"), m_kid}).exitCode, 3);

        writeFile(path("work/wrong.txt"), "not the passphrase at all\n");
        const Run wrong =
            cli({QStringLiteral("--json"), QStringLiteral("restore"), path("work/issuer.backup"),
                 QStringLiteral("--passphrase-file"), path("work/wrong.txt")});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("wrong_passphrase"));

        const Run restored =
            cli({QStringLiteral("--json"), QStringLiteral("restore"), path("work/issuer.backup"),
                 QStringLiteral("--passphrase-file"), path("work/pass.txt")});
        QVERIFY2(restored.exitCode == 0, restored.out + restored.err);
        QCOMPARE(restored.json().value(QStringLiteral("kid")).toString(), m_kid);
        QCOMPARE(restored.json().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Sales laptop"));
        // Like a new computer, it knows nothing of what the key signed, and says so.
        QCOMPARE(restored.json().value(QStringLiteral("seq")).toInt(), 0);
        const QString warning =
            restored.json().value(QStringLiteral("warnings")).toArray().first().toString();
        QVERIFY2(warning.contains(QLatin1String("--continue-from")), qPrintable(warning));

        // Continuing from something that is not a license of this key changes nothing.
        const QStringList restore {QStringLiteral("--json"),   QStringLiteral("restore"),
                                   path("work/issuer.backup"), QStringLiteral("--passphrase-file"),
                                   path("work/pass.txt"),      QStringLiteral("--continue-from")};
        const Run tampered = cli(restore + QStringList {path("work/tampered.lic")});
        QCOMPARE(tampered.exitCode, 3);
        QCOMPARE(tampered.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_signed_by_key"));
        QVERIFY(cli(restore + QStringList {path("work/missing.lic")}).exitCode != 0);

        const Run continued = cli(restore + QStringList {path("work/last.lic")});
        QVERIFY2(continued.exitCode == 0, continued.out + continued.err);
        QCOMPARE(continued.json().value(QStringLiteral("seq")).toInt(), 9);
        QVERIFY(!continued.json().contains(QStringLiteral("warnings")));

        const Run again =
            cli({QStringLiteral("--json"), QStringLiteral("sign"), QStringLiteral("--key"), m_kid,
                 QStringLiteral("--company-id"), m_companyId, QStringLiteral("--company-code"),
                 QStringLiteral("ACME"), QStringLiteral("--tier"), QStringLiteral("small"),
                 QStringLiteral("--users"), QStringLiteral("5")});
        QVERIFY2(again.exitCode == 0, again.out + again.err);
        QCOMPARE(again.json().value(QStringLiteral("seq")).toInt(), 10);
        const QString token = again.json().value(QStringLiteral("token")).toString();
        const Run verified =
            cli({QStringLiteral("--json"), QStringLiteral("verify"), token,
                 QStringLiteral("--public-key"), QString::fromLatin1(m_publicKey)});
        QVERIFY2(verified.exitCode == 0, verified.out + verified.err);
        // It links to the last license signed before the key moved.
        QByteArray lastToken;
        for (const QByteArray &line : readFile(path("work/last.lic")).split('\n')) {
            if (line.startsWith("v4.public."))
                lastToken = line.trimmed();
        }
        QCOMPARE(verified.json()
                     .value(QStringLiteral("claims"))
                     .toObject()
                     .value(QStringLiteral("prev"))
                     .toString()
                     .toLatin1(),
                 licensing::LicenseSigner::tokenHash(lastToken));
    }

private:
    QString path(const char *relative) const { return m_home.filePath(QLatin1String(relative)); }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
    static QByteArray readFile(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    std::unique_ptr<QProcess> startCli(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_env);
        process->setWorkingDirectory(path("work"));
        // A new session has no controlling terminal, as in CI: prompts must not be possible.
        // And a umask that hides nothing: files holding licenses and keys must be owner-only
        // by themselves.
        process->setChildProcessModifier([] {
            ::setsid();
            ::umask(0);
        });
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(QStringLiteral(SPHAIR_LICENSE_CLI), arguments);
        return process;
    }

    Run cli(const QStringList &arguments)
    {
        const std::unique_ptr<QProcess> process = startCli(arguments);
        Run run;
        if (!process->waitForFinished(120000)) {
            qWarning("sphair-license did not finish: %s", qPrintable(arguments.join(u' ')));
            process->kill();
            return run;
        }
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.out = process->readAllStandardOutput();
        run.err = process->readAllStandardError();
        return run;
    }

    // Reads the seed back from the keychain and searches every file under the tool's config,
    // data and temp folders (and the work folder with the .lic and backup files) for it, raw
    // and in the usual text encodings.
    void checkSeedIsInNoFile()
    {
        QSettings settings(path("config") + QStringLiteral("/BRIGHTSTEP/sphair-issuer-keys.ini"),
                           QSettings::IniFormat);
        QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
        KeyVault vault(&settings);
        auto key = tests::await<models::Result<SigningKey>>(
            [&](auto done) { vault.loadSigningKey(m_kid, done); });
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        const QByteArray seed = key->seed().view().toByteArray();
        QCOMPARE(seed.size(), 32);
        const QList<QByteArray> needles {
            seed,
            seed.toHex(),
            seed.toHex().toUpper(),
            seed.toBase64(),
            seed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            seed.left(16).toBase64(QByteArray::Base64UrlEncoding)};
        int filesSearched = 0;
        for (const char *folder : {"config", "data", "tmp", "work"}) {
            QDirIterator it(path(folder), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                ++filesSearched;
                for (const QByteArray &needle : needles)
                    QVERIFY2(!content.contains(needle), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(filesSearched >= 4, "expected the settings, .lic, backup and key files");
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_kid;
    QByteArray m_publicKey;
    QString m_companyId;
};

QTEST_GUILESS_MAIN(TestLicenseCli)
#include "tst_licensecli.moc"
