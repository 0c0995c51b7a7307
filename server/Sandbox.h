#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace sphair::server {

class PlatformServer;

// The zero-setup platform of `sphair-platformd --sandbox DIR`: a SQLite database, a
// self-signed certificate and demo data in DIR, created on first start and reopened after.
class Sandbox
{
public:
    struct Files
    {
        QString dir;
        QString databasePath;
        QString certificatePath;
        QString keyPath;
        QString pin; // SPKI SHA-256 pin of the certificate, "sha256//…"
        bool created = false; // true on the first start in this folder
    };

    // Creates DIR (mode 0700) and the certificate if they are missing.
    static models::Result<Files> prepare(const QString &dir);

    // Fills an empty platform with five demo companies (180 days of usage each), about 60 more
    // with a year of growth and churn (SandboxPopulation.h), branding, features, licenses
    // signed by a sandbox issuer key, per-feature and hour-of-week usage and the platform's
    // daily roll-up; with `syntheticCompanies` > 0 that many more for scale checks. All in one
    // transaction; does nothing when companies exist already.
    static models::Status seedDemoData(PlatformServer &server, const Files &files,
                                       int syntheticCompanies = 0);
};

} // namespace sphair::server
