#pragma once

#include "licensing/LicenseClaims.h"
#include "licensing/vault/KeyVault.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QSettings;

namespace sphair::licensing {
class VaultSigner;
}

namespace sphair::cli {

// The `sphair-license` command-line tool: issuer keys and offline license signing for scripts
// and sales laptops. start() runs one sub-command asynchronously (the keychain answers through
// the event loop) and emits finished() with the process exit code.
//
// Exit codes: 0 success; 1 the license is not valid (verify); 2 usage error; 3 key or keychain
// problem; 4 file problem; 5 the claims were refused.
class LicenseTool : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Ok = 0,
        LicenseInvalid = 1,
        UsageError = 2,
        KeyError = 3,
        FileError = 4,
        ClaimsRefused = 5,
    };
    Q_ENUM(ExitCode)

    explicit LicenseTool(QObject *parent = nullptr);
    ~LicenseTool() override;

    // `arguments` as from QCoreApplication::arguments() (program name first).
    void start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    using Handler = void (LicenseTool::*)(QCommandLineParser &);
    struct Command
    {
        QString name;
        QString summary;
        QString arguments;
        Handler handler;
        void (*addOptions)(QCommandLineParser &);
    };
    static const QList<Command> &commands();

    void keygen(QCommandLineParser &parser);
    void listKeys(QCommandLineParser &parser);
    void exportPublic(QCommandLineParser &parser);
    void label(QCommandLineParser &parser);
    void deleteKey(QCommandLineParser &parser);
    void backup(QCommandLineParser &parser);
    void restore(QCommandLineParser &parser);
    void sign(QCommandLineParser &parser);
    void verify(QCommandLineParser &parser);
    void inspect(QCommandLineParser &parser);

    models::Result<licensing::LicenseClaims> claimsFrom(QCommandLineParser &parser) const;
    models::Result<QByteArray> readTokenArgument(const QString &argument,
                                                 QByteArray *fileText) const;
    models::Result<licensing::SecureBytes> passphrase(QCommandLineParser &parser,
                                                      bool confirm) const;
    models::Result<licensing::IssuerKeyInfo> requireKey(const QString &kidOrLabel) const;
    licensing::KeyVault &vault();

    void printGeneralHelp() const;
    void succeed(const QJsonObject &json, const QString &text);
    void fail(ExitCode code, const models::Error &error);
    void fail(ExitCode code, const QString &errorCode, const QString &message);

    bool m_json = false;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<licensing::KeyVault> m_vault;
    std::unique_ptr<licensing::VaultSigner> m_signer;
};

} // namespace sphair::cli
