#pragma once

#include "models/domain/AdminRole.h"
#include "models/domain/Result.h"
#include "server/PlatformServer.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace sphair::server {

// What sphair-platformd is asked to do, read from its command line and, for the PostgreSQL
// connections, the SPHAIR_PG_* environment (the command line wins). parse() checks every
// value and combination up front, so a wrong start fails with one clear sentence before
// anything is opened or created.
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(sphair::server::ServerOptions)
public:
    struct AdminAccount
    {
        QString username;
        models::AdminRole role = models::AdminRole::Superadmin;
    };

    // Database, listener and TLS certificate files; for --sandbox and --tls-self-signed the
    // files are filled in by ServerLauncher once it has made them.
    PlatformOptions platform;
    QString sandboxDir; // --sandbox DIR: SQLite, certificate and demo data in DIR
    int sandboxPopulation = 0; // --population N: synthetic companies seeded with the sandbox
    static constexpr int kMaxPopulation = 1000000;
    static constexpr int kMaxSignInDays = 90; // --sign-in-days
    QString selfSignedDir; // --tls-self-signed DIR
    std::optional<AdminAccount> createAdmin; // --create-admin USER [--role ROLE], then exit
    bool exitWithParent = false;
    bool helpRequested = false; // -h/--help: print helpText() and exit

    // `arguments` as from QCoreApplication::arguments() (program name first). Errors
    // ("invalid_arguments") name the option and what it takes.
    static models::Result<ServerOptions> parse(const QStringList &arguments,
                                               const QProcessEnvironment &environment);
    static QString helpText();
};

} // namespace sphair::server
