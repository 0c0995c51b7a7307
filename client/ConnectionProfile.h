#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sphair::client {

// Which platform a connection profile points at. Wire and settings codes: "production",
// "staging", "development", "sandbox". The console shows the environment's name and colour
// on the window at all times, so production is unmistakable.
enum class Environment { Production, Staging, Development, Sandbox };

QString environmentCode(Environment environment);
std::optional<Environment> environmentFromCode(QStringView code);
QStringList environmentCodes();
QString environmentDisplayName(Environment environment);
// The colour used when a profile names none: production red, staging amber, development
// green, sandbox blue.
QString defaultEnvironmentColour(Environment environment);

// One platform the console can connect to: where it is, how to recognise it (the pinned
// SPKI SHA-256 of its certificate, an optional extra CA) and how to show it. Profiles never
// hold tokens or passwords; the session token lives in the OS keychain.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(sphair::client::ConnectionProfile)
public:
    QString name; // unique; also the keychain key of the profile's session
    QUrl baseUrl; // e.g. https://platform.example.com or https://127.0.0.1:8443
    Environment environment = Environment::Production;
    QString colour; // "#RRGGBB"; empty: the environment's default
    QString pin; // base64 SHA-256 of the server's SubjectPublicKeyInfo; empty: not trusted yet
    QString caFile; // optional PEM file of extra CA certificates
    bool allowPlainHttpLoopback = false; // plain http:// only to 127.0.0.0/8, ::1, localhost

    static constexpr int kMaxNameLength = 100;

    // colour, or the environment's default when empty.
    QString effectiveColour() const;

    // Name set and not too long, a valid http(s) URL with a host, a well-formed pin (when
    // set), a #RRGGBB colour (when set), an existing CA file (when set). Errors are
    // "invalid_field" naming the field, or the URL errors of checkUrl().
    models::Status validate() const;

    // May a request go to `url` under this profile? https always; http only to a loopback
    // host and only with allowPlainHttpLoopback ("insecure_url"); anything else
    // "invalid_url".
    models::Status checkUrl(const QUrl &url) const;

    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

} // namespace sphair::client
