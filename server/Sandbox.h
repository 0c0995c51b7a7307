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

    // Fills an empty platform with demo companies, branding, features, licenses signed by a
    // sandbox issuer key, and 180 days of usage. Does nothing when companies exist already.
    static models::Status seedDemoData(PlatformServer &server, const Files &files);
};

} // namespace sphair::server
