#include "client/ConnectionProfile.h"

#include "client/ClientError.h"
#include "client/SpkiPin.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace sphair::client {

namespace {

models::Error invalidField(const QString &field, const QString &reason, const QString &message)
{
    return {QStringLiteral("invalid_field"),
            message,
            {{QStringLiteral("field"), field}, {QStringLiteral("reason"), reason}}};
}

} // namespace

QString environmentCode(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QStringLiteral("production");
}

std::optional<Environment> environmentFromCode(QStringView code)
{
    for (Environment environment : {Environment::Production, Environment::Staging,
                                    Environment::Development, Environment::Sandbox}) {
        if (code == environmentCode(environment))
            return environment;
    }
    return std::nullopt;
}

QStringList environmentCodes()
{
    return {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development"),
            QStringLiteral("sandbox")};
}

QString environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return ConnectionProfile::tr("Production");
    case Environment::Staging:
        return ConnectionProfile::tr("Staging");
    case Environment::Development:
        return ConnectionProfile::tr("Development");
    case Environment::Sandbox:
        return ConnectionProfile::tr("Sandbox");
    }
    return ConnectionProfile::tr("Production");
}

QString defaultEnvironmentColour(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("#c62828");
    case Environment::Staging:
        return QStringLiteral("#ef6c00");
    case Environment::Development:
        return QStringLiteral("#2e7d32");
    case Environment::Sandbox:
        return QStringLiteral("#1565c0");
    }
    return QStringLiteral("#c62828");
}

QString ConnectionProfile::effectiveColour() const
{
    return colour.isEmpty() ? defaultEnvironmentColour(environment) : colour;
}

models::Status ConnectionProfile::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalidField(QStringLiteral("name"), QStringLiteral("empty"),
                            tr("Give the connection a name."));
    if (trimmed != name || name.size() > kMaxNameLength || name.contains(QLatin1Char('\n')))
        return invalidField(QStringLiteral("name"), QStringLiteral("format"),
                            tr("A connection name is one line of at most %n character(s), "
                               "without leading or trailing spaces.",
                               nullptr, kMaxNameLength));
    if (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http"))
        return ClientError::invalidUrl(baseUrl.toString());
    if (auto allowed = checkUrl(baseUrl); !allowed)
        return allowed;
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty())
        return invalidField(QStringLiteral("base_url"), QStringLiteral("format"),
                            tr("The server address must not carry a user name, a query or a "
                               "fragment."));
    if (!pin.isEmpty() && !SpkiPin::isWellFormed(pin))
        return invalidField(QStringLiteral("pin"), QStringLiteral("format"),
                            tr("A certificate fingerprint is the base64 form of 32 bytes (44 "
                               "characters ending in “=”)."));
    static const QRegularExpression hexColour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!colour.isEmpty() && !hexColour.match(colour).hasMatch())
        return invalidField(QStringLiteral("colour"), QStringLiteral("format"),
                            tr("Must be a colour written as #RRGGBB, such as #1a73e8."));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return invalidField(QStringLiteral("ca_file"), QStringLiteral("not_found"),
                            tr("The CA certificate file “%1” cannot be read.").arg(caFile));
    return models::Status::success();
}

models::Status ConnectionProfile::checkUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return ClientError::invalidUrl(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return models::Status::success();
    if (scheme == QLatin1String("http")) {
        if (allowPlainHttpLoopback && isLoopbackHost(url.host()))
            return models::Status::success();
        return ClientError::insecureUrl(url.toString());
    }
    return ClientError::invalidUrl(url.toString());
}

bool ConnectionProfile::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const
{
    return name == other.name && baseUrl == other.baseUrl && environment == other.environment
        && colour == other.colour && pin == other.pin && caFile == other.caFile
        && allowPlainHttpLoopback == other.allowPlainHttpLoopback;
}

} // namespace sphair::client
