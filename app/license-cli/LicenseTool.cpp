#include "app/license-cli/LicenseTool.h"

#include "app/license-cli/PassphraseReader.h"
#include "core/AtomicFile.h"
#include "core/StrictJson.h"
#include "licensing/LicenseFile.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Paseto.h"
#include "licensing/vault/VaultSigner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace sphair::cli {

using namespace sphair::licensing;

namespace {

const QString kDefaultIssuer = QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
constexpr int kDefaultGraceDays = 14;
constexpr int kDefaultValidDays = 365;
constexpr int kMinBackupMemoryMiB = 64;
// The most the tool reads of a file it is handed: a key backup is a few hundred bytes, a
// claims file or a .lic file a few kilobytes.
constexpr int kMaxBackupBytes = 64 * 1024;
constexpr int kMaxInputBytes = 1024 * 1024;

void writeOut(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void writeErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QJsonObject claimsJson(const LicenseClaims &claims)
{
    return QJsonDocument::fromJson(claims.toJson()).object();
}

QJsonObject keyJson(const IssuerKeyInfo &info)
{
    return {
        {QStringLiteral("kid"), info.kid},
        {QStringLiteral("label"), info.label},
        {QStringLiteral("public_key"), info.publicPaserk()},
        {QStringLiteral("created"), toRfc3339(info.createdAt)},
        {QStringLiteral("seq"), static_cast<qint64>(info.seq)},
        {QStringLiteral("last_iat"),
         info.lastIssuedAt.isValid() ? QJsonValue(toRfc3339(info.lastIssuedAt)) : QJsonValue()}};
}

// "2027-01-31" (midnight UTC) or a full RFC 3339 UTC time.
QDateTime parseTime(const QString &text)
{
    if (text.size() == 10)
        return fromRfc3339(text + QStringLiteral("T00:00:00Z"));
    return fromRfc3339(text);
}

QString describeClaims(const LicenseClaims &claims)
{
    QString text;
    QTextStream out(&text);
    out << LicenseTool::tr("Company:    %1 (%2)")
               .arg(claims.companyCode, claims.companyId.toString(QUuid::WithoutBraces))
        << '\n'
        << LicenseTool::tr("License:    %1").arg(claims.licenseId.toString(QUuid::WithoutBraces))
        << '\n'
        << LicenseTool::tr("Tier:       %1, up to %n users", nullptr, claims.maxUsers)
               .arg(models::tierCode(claims.tier))
        << '\n'
        << LicenseTool::tr("Features:   %1").arg(claims.features.join(QStringLiteral(", "))) << '\n'
        << LicenseTool::tr("Valid:      %1 to %2 (+%n grace days)", nullptr, claims.graceDays)
               .arg(toRfc3339(claims.notBefore), toRfc3339(claims.expiresAt))
        << '\n'
        << LicenseTool::tr("Issued:     %1 by %2 (key sequence %3)")
               .arg(toRfc3339(claims.issuedAt), claims.issuer)
               .arg(claims.seq);
    if (claims.supersedes)
        out << '\n'
            << LicenseTool::tr("Supersedes: %1")
                   .arg(claims.supersedes->toString(QUuid::WithoutBraces));
    return text;
}

void addKeyOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("k"), QStringLiteral("key")},
                      LicenseTool::tr("Issuer key: its id (k4.pid…), a unique id prefix, or its "
                                      "label."),
                      QStringLiteral("KEY")});
}

void addPassphraseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      LicenseTool::tr("Read the passphrase from the first line of FILE instead "
                                      "of asking on the terminal."),
                      QStringLiteral("FILE")});
}

void addOutputOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      LicenseTool::tr("Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
}

void noOptions(QCommandLineParser &) { }

void keygenOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("label"), LicenseTool::tr("A name for the new key."),
                      QStringLiteral("LABEL")});
}

void keyArgumentOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
}

void backupOptions(QCommandLineParser &parser)
{
    addOutputOption(parser);
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("kdf-memory"),
                      LicenseTool::tr("Argon2id memory in MiB (default 256, at least 64)."),
                      QStringLiteral("MIB"), QStringLiteral("256")});
    parser.addOption({QStringLiteral("kdf-ops"),
                      LicenseTool::tr("Argon2id passes (default 3, at least 2)."),
                      QStringLiteral("N"), QStringLiteral("3")});
}

void restoreOptions(QCommandLineParser &parser)
{
    addPassphraseOption(parser);
    parser.addOption({QStringLiteral("label"),
                      LicenseTool::tr("A name for the restored key (default: the backup's)."),
                      QStringLiteral("LABEL")});
    parser.addOption(
        {QStringLiteral("continue-from"),
         LicenseTool::tr("The last license signed with the key (a .lic file or its token): the "
                         "next license continues its chain instead of starting again at 1."),
         QStringLiteral("FILE")});
}

void signOptions(QCommandLineParser &parser)
{
    addKeyOption(parser);
    addOutputOption(parser);
    const QList<QCommandLineOption> options {
        {QStringLiteral("claims"),
         LicenseTool::tr("Read the claims from a JSON file (keys as in the token: sub, "
                         "company_code, tier, max_users, features, nbf, exp, grace_days, "
                         "supersedes, iss; plus company_name for the .lic header)."),
         QStringLiteral("FILE")},
        {QStringLiteral("company-id"), LicenseTool::tr("The company's UUID."),
         QStringLiteral("UUID")},
        {QStringLiteral("company-code"), LicenseTool::tr("The company's code, e.g. ACME."),
         QStringLiteral("CODE")},
        {QStringLiteral("company-name"),
         LicenseTool::tr("The company's name (only for the .lic header)."), QStringLiteral("NAME")},
        {QStringLiteral("tier"), LicenseTool::tr("small, medium or large."),
         QStringLiteral("TIER")},
        {QStringLiteral("users"), LicenseTool::tr("The most users the license allows."),
         QStringLiteral("N")},
        {QStringLiteral("features"),
         LicenseTool::tr("Comma-separated feature codes (default: the tier's template)."),
         QStringLiteral("LIST")},
        {QStringLiteral("valid-days"),
         LicenseTool::tr("Days of validity from the start (default 365)."), QStringLiteral("DAYS")},
        {QStringLiteral("not-before"),
         LicenseTool::tr("Start date, YYYY-MM-DD or RFC 3339 UTC (default: now)."),
         QStringLiteral("TIME")},
        {QStringLiteral("expires"),
         LicenseTool::tr("Expiry date, YYYY-MM-DD or RFC 3339 UTC (instead of "
                         "--valid-days)."),
         QStringLiteral("TIME")},
        {QStringLiteral("grace-days"),
         LicenseTool::tr("Days the license keeps working after expiry (default 14)."),
         QStringLiteral("DAYS")},
        {QStringLiteral("supersedes"), LicenseTool::tr("The license id (jti) this license renews."),
         QStringLiteral("UUID")},
        {QStringLiteral("issuer"),
         LicenseTool::tr("The issuer name (default: BRIGHTSTEP TECHNOLOGIES)."),
         QStringLiteral("NAME")},
    };
    parser.addOptions(options);
}

void verifyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("public-key"),
                      LicenseTool::tr("Trust this public key (k4.public…); may be repeated. "
                                      "Default: the keys on this computer."),
                      QStringLiteral("PASERK")});
    parser.addOption({QStringLiteral("public-key-file"),
                      LicenseTool::tr("Trust the public keys listed in FILE, one per line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("at"),
                      LicenseTool::tr("Check validity at TIME instead of now."),
                      QStringLiteral("TIME")});
}

} // namespace

const QList<LicenseTool::Command> &LicenseTool::commands()
{
    static const QList<Command> all {
        {QStringLiteral("keygen"),
         tr("Create an issuer key in the system keychain."),
         {},
         &LicenseTool::keygen,
         &keygenOptions},
        {QStringLiteral("keys"),
         tr("List the issuer keys on this computer."),
         {},
         &LicenseTool::listKeys,
         &noOptions},
        {QStringLiteral("export-public"), tr("Print or write a key's public key (k4.public)."),
         QStringLiteral("KEY"), &LicenseTool::exportPublic, &keyArgumentOptions},
        {QStringLiteral("label"), tr("Rename a key."), QStringLiteral("KEY LABEL"),
         &LicenseTool::label, &noOptions},
        {QStringLiteral("delete"), tr("Delete a key from this computer (keychain and list)."),
         QStringLiteral("KEY"), &LicenseTool::deleteKey, &noOptions},
        {QStringLiteral("backup"),
         tr("Write a passphrase-encrypted backup of a key (k4.secret-pw)."), QStringLiteral("KEY"),
         &LicenseTool::backup, &backupOptions},
        {QStringLiteral("restore"), tr("Restore a key from a backup file into the keychain."),
         QStringLiteral("FILE"), &LicenseTool::restore, &restoreOptions},
        {QStringLiteral("sign"),
         tr("Sign a license and write a .lic file or print the token."),
         {},
         &LicenseTool::sign,
         &signOptions},
        {QStringLiteral("verify"), tr("Verify a .lic file or token against trusted keys."),
         QStringLiteral("FILE|TOKEN|-"), &LicenseTool::verify, &verifyOptions},
        {QStringLiteral("inspect"),
         tr("Show what a .lic file or token contains, WITHOUT verifying it."),
         QStringLiteral("FILE|TOKEN|-"), &LicenseTool::inspect, &noOptions},
    };
    return all;
}

LicenseTool::LicenseTool(QObject *parent)
    : QObject(parent)
{ }

LicenseTool::~LicenseTool() = default;

KeyVault &LicenseTool::vault()
{
    if (!m_vault) {
        // Shared with the console: same organisation, same file.
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                 QStringLiteral("BRIGHTSTEP"),
                                                 QStringLiteral("sphair-issuer-keys"));
        m_vault = std::make_unique<KeyVault>(m_settings.get());
    }
    return *m_vault;
}

void LicenseTool::printGeneralHelp() const
{
    QString text = tr("Usage: sphair-license [--json] COMMAND [OPTIONS]\n\n"
                      "Issue and check SPHAiR licenses offline. Issuer keys live in the "
                      "system keychain.\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name, -15).arg(command.summary);
    text += tr("\nRun 'sphair-license COMMAND --help' for a command's options.\n\n"
               "Exit codes: 0 success, 1 license not valid, 2 usage error, 3 key or keychain "
               "problem, 4 file problem, 5 claims refused.");
    writeOut(text);
}

void LicenseTool::start(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    m_json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printGeneralHelp();
        emit finished(args.isEmpty() ? UsageError : Ok);
        return;
    }
    if (args.first() == QLatin1String("--version")) {
        writeOut(QStringLiteral("sphair-license %1").arg(QCoreApplication::applicationVersion()));
        emit finished(Ok);
        return;
    }
    const QString name = args.first();
    const auto command = std::find_if(commands().cbegin(), commands().cend(),
                                      [&](const Command &c) { return c.name == name; });
    if (command == commands().cend()) {
        fail(UsageError, QStringLiteral("unknown_command"),
             tr("Unknown command \"%1\". Run 'sphair-license --help' for the list.").arg(name));
        return;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addPositionalArgument(command->name, command->summary);
    if (!command->arguments.isEmpty())
        parser.addPositionalArgument(command->arguments, QString());
    command->addOptions(parser);
    if (!parser.parse(QStringList {QStringLiteral("sphair-license")} + args)) {
        fail(UsageError, QStringLiteral("usage"), parser.errorText());
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's first line names the binary's full path; say how to type it instead.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        writeOut(tr("Usage: sphair-license %1 [options] %2")
                     .arg(command->name, command->arguments)
                     .trimmed()
                 + QLatin1Char('\n') + help);
        emit finished(Ok);
        return;
    }
    (this->*(command->handler))(parser);
}

void LicenseTool::succeed(const QJsonObject &json, const QString &text)
{
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    else if (!text.isEmpty())
        writeOut(text);
    emit finished(Ok);
}

void LicenseTool::fail(ExitCode code, const models::Error &error)
{
    if (m_json) {
        QJsonObject json {{QStringLiteral("error"), error.code},
                          {QStringLiteral("message"), error.message}};
        if (!error.details.isEmpty())
            json.insert(QStringLiteral("details"), error.details);
        writeOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        writeErr(tr("sphair-license: %1").arg(error.message));
    }
    emit finished(code);
}

void LicenseTool::fail(ExitCode code, const QString &errorCode, const QString &message)
{
    fail(code, models::Error {errorCode, message, {}});
}

models::Result<IssuerKeyInfo> LicenseTool::requireKey(const QString &kidOrLabel) const
{
    if (kidOrLabel.isEmpty())
        return models::Error {QStringLiteral("usage"), tr("Name the issuer key to use."), {}};
    return const_cast<LicenseTool *>(this)->vault().find(kidOrLabel);
}

models::Result<SecureBytes> LicenseTool::passphrase(QCommandLineParser &parser, bool confirm) const
{
    if (parser.isSet(QStringLiteral("passphrase-file")))
        return PassphraseReader::fromFile(parser.value(QStringLiteral("passphrase-file")));
    if (confirm)
        return PassphraseReader::fromTerminalConfirmed(tr("New backup passphrase: "),
                                                       tr("Repeat the passphrase: "));
    return PassphraseReader::fromTerminal(tr("Backup passphrase: "));
}

void LicenseTool::keygen(QCommandLineParser &parser)
{
    const QString label = parser.value(QStringLiteral("label"));
    vault().generate(label, [this](models::Result<IssuerKeyInfo> info) {
        if (!info) {
            fail(KeyError, info.error());
            return;
        }
        succeed(keyJson(info.value()),
                tr("Created issuer key %1 (\"%2\").\nPublic key: %3\nBack it up now: "
                   "sphair-license backup %1 -o FILE")
                    .arg(info->kid, info->label, info->publicPaserk()));
    });
}

void LicenseTool::listKeys(QCommandLineParser &)
{
    const QList<IssuerKeyInfo> keys = vault().keys();
    QJsonArray array;
    QString text = keys.isEmpty() ? tr("No issuer keys on this computer. Create one with "
                                       "'sphair-license keygen --label NAME'.")
                                  : QString();
    for (const IssuerKeyInfo &info : keys) {
        array.append(keyJson(info));
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += tr("%1  %2  created %3, %n licenses signed", nullptr, static_cast<int>(info.seq))
                    .arg(info.kid, info.label.isEmpty() ? tr("(no label)") : info.label,
                         toRfc3339(info.createdAt));
    }
    succeed({{QStringLiteral("keys"), array}}, text);
}

void LicenseTool::exportPublic(QCommandLineParser &parser)
{
    auto info = requireKey(parser.positionalArguments().value(1));
    if (!info) {
        fail(KeyError, info.error());
        return;
    }
    const QString paserk = info->publicPaserk();
    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        if (auto written = core::AtomicFile::write(output, paserk.toLatin1() + '\n',
                                                   core::AtomicFile::Access::Readable);
            !written) {
            fail(FileError, written.error());
            return;
        }
    }
    succeed({{QStringLiteral("kid"), info->kid}, {QStringLiteral("public_key"), paserk}},
            output.isEmpty() ? paserk
                             : tr("Wrote the public key of %1 to %2.").arg(info->kid, output));
}

void LicenseTool::label(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        fail(UsageError, QStringLiteral("usage"), tr("Usage: sphair-license label KEY LABEL"));
        return;
    }
    auto info = requireKey(args.at(1));
    if (!info) {
        fail(KeyError, info.error());
        return;
    }
    if (auto status = vault().setLabel(info->kid, args.at(2)); !status) {
        fail(KeyError, status.error());
        return;
    }
    succeed({{QStringLiteral("kid"), info->kid}, {QStringLiteral("label"), args.at(2)}},
            tr("Key %1 is now labelled \"%2\".").arg(info->kid, args.at(2)));
}

void LicenseTool::deleteKey(QCommandLineParser &parser)
{
    auto info = requireKey(parser.positionalArguments().value(1));
    if (!info) {
        fail(KeyError, info.error());
        return;
    }
    const QString kid = info->kid;
    vault().remove(kid, [this, kid](const models::Status &status) {
        if (!status) {
            fail(KeyError, status.error());
            return;
        }
        succeed({{QStringLiteral("kid"), kid}, {QStringLiteral("deleted"), true}},
                tr("Deleted issuer key %1 from this computer.").arg(kid));
    });
}

void LicenseTool::backup(QCommandLineParser &parser)
{
    auto info = requireKey(parser.positionalArguments().value(1));
    if (!info) {
        fail(KeyError, info.error());
        return;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        fail(UsageError, QStringLiteral("usage"), tr("Name the backup file with --output FILE."));
        return;
    }
    bool memoryOk = false;
    bool opsOk = false;
    const int memoryMiB = parser.value(QStringLiteral("kdf-memory")).toInt(&memoryOk);
    const int ops = parser.value(QStringLiteral("kdf-ops")).toInt(&opsOk);
    if (!memoryOk || !opsOk || memoryMiB < kMinBackupMemoryMiB || memoryMiB > 1024 || ops < 2
        || ops > 16) {
        fail(UsageError, QStringLiteral("usage"),
             tr("--kdf-memory must be 64 to 1024 (MiB) and --kdf-ops 2 to 16."));
        return;
    }
    auto secret = passphrase(parser, /*confirm=*/true);
    if (!secret) {
        fail(UsageError, secret.error());
        return;
    }
    Paserk::PasswordOptions options;
    options.memLimitBytes = static_cast<quint64>(memoryMiB) * 1024 * 1024;
    options.opsLimit = static_cast<quint32>(ops);
    const QString kid = info->kid;
    vault().backup(
        kid, secret.value(), options, [this, kid, output](models::Result<QByteArray> text) {
            if (!text) {
                fail(text.error().code == QLatin1String("passphrase_too_short") ? UsageError
                                                                                : KeyError,
                     text.error());
                return;
            }
            // Owner-only, like the console's backups: the file is encrypted, but it is a key.
            if (auto written = core::AtomicFile::write(output, text.value(),
                                                       core::AtomicFile::Access::OwnerOnly);
                !written) {
                fail(FileError, written.error());
                return;
            }
            succeed({{QStringLiteral("kid"), kid}, {QStringLiteral("file"), output}},
                    tr("Wrote an encrypted backup of %1 to %2. Keep it offline, "
                       "apart from the passphrase.")
                        .arg(kid, output));
        });
}

void LicenseTool::restore(QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(1);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        fail(FileError, QStringLiteral("read_failed"),
             tr("Cannot read the backup file \"%1\".").arg(path));
        return;
    }
    const QByteArray text = file.read(kMaxBackupBytes);
    auto secret = passphrase(parser, /*confirm=*/false);
    if (!secret) {
        fail(UsageError, secret.error());
        return;
    }
    // Read before anything is restored, so a wrong path changes nothing.
    QByteArray lastToken;
    if (parser.isSet(QStringLiteral("continue-from"))) {
        auto token = readTokenArgument(parser.value(QStringLiteral("continue-from")), nullptr);
        if (!token) {
            fail(token.error().code == QLatin1String("usage") ? UsageError : FileError,
                 token.error());
            return;
        }
        lastToken = token.value();
    }
    vault().restore(
        text, secret.value(), parser.value(QStringLiteral("label")),
        [this, lastToken](models::Result<IssuerKeyInfo> info) {
            if (!info) {
                fail(KeyError, info.error());
                return;
            }
            IssuerKeyInfo restored = info.value();
            QString said = tr("Restored issuer key %1 (\"%2\") into the system keychain.")
                               .arg(restored.kid, restored.label);
            QJsonObject json = keyJson(restored);
            if (!lastToken.isEmpty()) {
                auto continued = vault().continueChain(restored.kid, lastToken);
                if (!continued) {
                    models::Error error = continued.error();
                    error.message = tr("The key was restored, but its chain does not continue: "
                                       "%1")
                                        .arg(error.message);
                    fail(KeyError, error);
                    return;
                }
                restored = continued.value();
                json = keyJson(restored);
                said += QLatin1Char('\n')
                    + tr("Its next license takes number %1 and links to the last one.")
                          .arg(restored.seq + 1);
            } else if (restored.seq == 0) {
                // Said plainly: the platform would take the next license for a copied key's.
                const QString warning =
                    tr("This computer knows of no license signed with this key, so its next "
                       "license takes number 1. If it signed licenses before, the platform "
                       "will flag that one as coming from a copied key: restore again with "
                       "--continue-from and the last license it signed.");
                json.insert(QStringLiteral("warnings"), QJsonArray {warning});
                said += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
            }
            succeed(json, said);
        });
}

models::Result<LicenseClaims> LicenseTool::claimsFrom(QCommandLineParser &parser) const
{
    auto usage = [](const QString &message) {
        return models::Error {QStringLiteral("usage"), message, {}};
    };
    // Start from the claims file, if any; flags override it.
    QJsonObject json;
    if (parser.isSet(QStringLiteral("claims"))) {
        QFile file(parser.value(QStringLiteral("claims")));
        if (!file.open(QIODevice::ReadOnly))
            return models::Error {QStringLiteral("read_failed"),
                                  tr("Cannot read the claims file \"%1\".").arg(file.fileName()),
                                  {}};
        auto parsed = core::StrictJson::parseObject(file.read(kMaxInputBytes));
        if (!parsed)
            return parsed.error();
        json = parsed.value();
        for (const char *reserved : {"iat", "seq", "prev"}) {
            if (json.contains(QLatin1String(reserved)))
                return usage(tr("The claims file must not set \"%1\": the signer sets it.")
                                 .arg(QLatin1String(reserved)));
        }
    }
    auto text = [&](const char *option, const char *claim) {
        const QString name = QLatin1String(option);
        return parser.isSet(name) ? parser.value(name)
                                  : json.value(QLatin1String(claim)).toVariant().toString();
    };

    LicenseClaims claims;
    claims.issuer = text("issuer", "iss");
    if (claims.issuer.isEmpty())
        claims.issuer = kDefaultIssuer;
    claims.companyId = QUuid::fromString(text("company-id", "sub"));
    if (claims.companyId.isNull())
        return usage(tr("Give the company's UUID with --company-id (or \"sub\")."));
    const QString jti = json.value(QStringLiteral("jti")).toString();
    if (!jti.isEmpty())
        claims.licenseId = QUuid::fromString(jti);
    claims.companyCode = text("company-code", "company_code");
    if (claims.companyCode.isEmpty())
        return usage(tr("Give the company's code with --company-code."));
    const auto tier = models::tierFromCode(text("tier", "tier"));
    if (!tier)
        return usage(tr("Give the tier with --tier: small, medium or large."));
    claims.tier = *tier;
    bool ok = false;
    claims.maxUsers = text("users", "max_users").toInt(&ok);
    if (!ok)
        return usage(tr("Give the number of users with --users."));

    if (parser.isSet(QStringLiteral("features"))) {
        claims.features =
            parser.value(QStringLiteral("features")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &feature : claims.features)
            feature = feature.trimmed();
    } else if (json.contains(QStringLiteral("features"))) {
        for (const QJsonValue feature : json.value(QStringLiteral("features")).toArray())
            claims.features.append(feature.toString());
    } else {
        claims.features = models::FeatureCatalog::tierTemplate(claims.tier);
    }
    claims.features.sort();

    const QString graceText = text("grace-days", "grace_days");
    claims.graceDays = graceText.isEmpty() ? kDefaultGraceDays : graceText.toInt(&ok);
    if (!graceText.isEmpty() && !ok)
        return usage(tr("--grace-days must be a whole number."));

    const QString notBefore = text("not-before", "nbf");
    claims.notBefore = notBefore.isEmpty() ? QDateTime() : parseTime(notBefore);
    if (!notBefore.isEmpty() && !claims.notBefore.isValid())
        return usage(tr("The start date \"%1\" is not YYYY-MM-DD or RFC 3339 UTC.").arg(notBefore));
    const QDateTime start = claims.notBefore.isValid()
        ? claims.notBefore
        : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QString expires = text("expires", "exp");
    if (!expires.isEmpty()) {
        claims.expiresAt = parseTime(expires);
        if (!claims.expiresAt.isValid())
            return usage(tr("The expiry \"%1\" is not YYYY-MM-DD or RFC 3339 UTC.").arg(expires));
    } else {
        const QString days = parser.value(QStringLiteral("valid-days"));
        const int validDays = days.isEmpty() ? kDefaultValidDays : days.toInt(&ok);
        if ((!days.isEmpty() && !ok) || validDays <= 0)
            return usage(tr("--valid-days must be a positive whole number."));
        claims.expiresAt = start.addDays(validDays);
    }
    const QString supersedes = text("supersedes", "supersedes");
    if (!supersedes.isEmpty()) {
        const QUuid old = QUuid::fromString(supersedes);
        if (old.isNull())
            return usage(tr("--supersedes must be the UUID of the license being renewed."));
        claims.supersedes = old;
    }
    return claims;
}

void LicenseTool::sign(QCommandLineParser &parser)
{
    auto info = requireKey(parser.value(QStringLiteral("key")));
    if (!info) {
        fail(info.error().code == QLatin1String("usage") ? UsageError : KeyError, info.error());
        return;
    }
    auto claims = claimsFrom(parser);
    if (!claims) {
        fail(claims.error().code == QLatin1String("read_failed") ? FileError : UsageError,
             claims.error());
        return;
    }
    QString companyName = parser.value(QStringLiteral("company-name"));
    if (companyName.isEmpty() && parser.isSet(QStringLiteral("claims"))) {
        QFile file(parser.value(QStringLiteral("claims")));
        if (file.open(QIODevice::ReadOnly))
            companyName = QJsonDocument::fromJson(file.readAll())
                              .object()
                              .value(QStringLiteral("company_name"))
                              .toString();
    }
    const QString output = parser.value(QStringLiteral("output"));
    m_signer = std::make_unique<VaultSigner>(&vault());
    m_signer->sign(
        info->kid, claims.value(),
        [this, output, companyName](models::Result<SignedLicense> signedLicense) {
            if (!signedLicense) {
                const bool keyProblem = signedLicense.error().code.startsWith(QLatin1String("key"))
                    || signedLicense.error().code == QLatin1String("seed_mismatch")
                    || signedLicense.error().code == QLatin1String("clock_behind");
                fail(keyProblem ? KeyError : ClaimsRefused, signedLicense.error());
                return;
            }
            const SignedLicense &issued = signedLicense.value();
            QJsonObject json {
                {QStringLiteral("token"), QString::fromLatin1(issued.token)},
                {QStringLiteral("kid"), issued.kid},
                {QStringLiteral("jti"), issued.claims.licenseId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("seq"), static_cast<qint64>(issued.claims.seq)},
                {QStringLiteral("claims"), claimsJson(issued.claims)}};
            if (output.isEmpty()) {
                succeed(json, QString::fromLatin1(issued.token));
                return;
            }
            LicenseFile file;
            file.headers = LicenseFile::headersFor(issued.claims, companyName);
            file.token = issued.token;
            if (auto written = core::AtomicFile::write(output, file.serialize()); !written) {
                // The token is signed and counted: print it so it is not lost.
                writeErr(QString::fromLatin1(issued.token));
                models::Error error = written.error();
                error.message = tr("%1; the signed token is printed above.").arg(error.message);
                fail(FileError, error);
                return;
            }
            json.insert(QStringLiteral("file"), output);
            succeed(json,
                    tr("Signed license %1 for %2 and wrote it to %3.")
                        .arg(issued.claims.licenseId.toString(QUuid::WithoutBraces),
                             issued.claims.companyCode, output));
        });
}

models::Result<QByteArray> LicenseTool::readTokenArgument(const QString &argument,
                                                          QByteArray *fileText) const
{
    if (argument.isEmpty())
        return models::Error {QStringLiteral("usage"), tr("Give a .lic file, a token or -."), {}};
    if (argument.startsWith(QLatin1String("v")) && argument.count(QLatin1Char('.')) >= 2
        && !QFile::exists(argument))
        return argument.toLatin1();
    QFile file;
    if (argument == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return models::Error {
                QStringLiteral("read_failed"), tr("Cannot read standard input."), {}};
    } else {
        file.setFileName(argument);
        if (!file.open(QIODevice::ReadOnly))
            return models::Error {
                QStringLiteral("read_failed"), tr("Cannot read \"%1\".").arg(argument), {}};
    }
    const QByteArray text = file.read(kMaxInputBytes);
    auto parsed = LicenseFile::parse(text);
    if (!parsed)
        return parsed.error();
    if (fileText)
        *fileText = text;
    return parsed->token;
}

void LicenseTool::verify(QCommandLineParser &parser)
{
    QByteArray fileText;
    auto token = readTokenArgument(parser.positionalArguments().value(1), &fileText);
    if (!token) {
        fail(token.error().code == QLatin1String("usage") ? UsageError : FileError, token.error());
        return;
    }
    LicenseVerifier verifier;
    QStringList keys = parser.values(QStringLiteral("public-key"));
    if (parser.isSet(QStringLiteral("public-key-file"))) {
        QFile file(parser.value(QStringLiteral("public-key-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(FileError, QStringLiteral("read_failed"),
                 tr("Cannot read \"%1\".").arg(file.fileName()));
            return;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                keys.append(QString::fromLatin1(line.trimmed()));
        }
    }
    if (keys.isEmpty()) {
        for (const IssuerKeyInfo &info : vault().keys())
            verifier.addTrustedKey(info.publicKey);
    }
    for (const QString &key : keys) {
        if (auto added = verifier.addTrustedKey(key.toLatin1()); !added) {
            fail(UsageError, added.error());
            return;
        }
    }
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("at"))) {
        at = parseTime(parser.value(QStringLiteral("at")));
        if (!at.isValid()) {
            fail(UsageError, QStringLiteral("usage"),
                 tr("--at must be YYYY-MM-DD or RFC 3339 UTC."));
            return;
        }
    }
    auto verified = verifier.verify(token.value(), at);
    if (!verified) {
        if (m_json) {
            fail(LicenseInvalid, verified.error());
            return;
        }
        writeErr(tr("NOT VALID: %1").arg(verified.error().message));
        emit finished(LicenseInvalid);
        return;
    }
    QStringList warnings;
    if (!fileText.isEmpty()) {
        auto file = LicenseFile::parse(fileText);
        if (file)
            warnings = file->headersDisagreeWith(verified->claims);
    }
    const bool inGrace = verified->state == LicenseState::InGrace;
    if (inGrace)
        warnings.prepend(
            tr("The license has expired and is in its grace period until %1.")
                .arg(toRfc3339(verified->claims.expiresAt.addDays(verified->claims.graceDays))));
    QString text = inGrace ? tr("VALID (in grace period), signed by %1").arg(verified->kid)
                           : tr("VALID, signed by %1").arg(verified->kid);
    text += QLatin1Char('\n') + describeClaims(verified->claims);
    for (const QString &warning : warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    succeed(
        {{QStringLiteral("valid"), true},
         {QStringLiteral("state"), inGrace ? QStringLiteral("in_grace") : QStringLiteral("valid")},
         {QStringLiteral("kid"), verified->kid},
         {QStringLiteral("claims"), claimsJson(verified->claims)},
         {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}},
        text);
}

void LicenseTool::inspect(QCommandLineParser &parser)
{
    auto token = readTokenArgument(parser.positionalArguments().value(1), nullptr);
    if (!token) {
        fail(token.error().code == QLatin1String("usage") ? UsageError : FileError, token.error());
        return;
    }
    auto parts = Paseto::decodeUntrusted(token.value());
    if (!parts) {
        fail(LicenseInvalid, parts.error());
        return;
    }
    const QString notice = tr("UNVERIFIED: decoded without checking the signature. Do not trust "
                              "anything below; use 'sphair-license verify' for that.");
    const QJsonDocument payload = QJsonDocument::fromJson(parts->payload);
    const QJsonDocument footer = QJsonDocument::fromJson(parts->footer);
    QString text = notice + QLatin1Char('\n')
        + tr("Footer:  %1").arg(QString::fromUtf8(parts->footer)) + QLatin1Char('\n')
        + tr("Payload:") + QLatin1Char('\n')
        + QString::fromUtf8(payload.isObject() ? payload.toJson(QJsonDocument::Indented)
                                               : parts->payload);
    succeed({{QStringLiteral("verified"), false},
             {QStringLiteral("notice"), notice},
             {QStringLiteral("purpose"), QStringLiteral("v4.public")},
             {QStringLiteral("footer"),
              footer.isObject() ? QJsonValue(footer.object())
                                : QJsonValue(QString::fromUtf8(parts->footer))},
             {QStringLiteral("payload"),
              payload.isObject() ? QJsonValue(payload.object())
                                 : QJsonValue(QString::fromUtf8(parts->payload))}},
            text.trimmed());
}

} // namespace sphair::cli
