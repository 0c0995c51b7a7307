#include "models/domain/IssuedTenantToken.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

IssuedTenantToken::~IssuedTenantToken()
{
    // Only a detached buffer may be wiped; a shared one still belongs to another copy.
    if (secret.isDetached())
        secret.fill('\0');
}

Result<IssuedTenantToken> IssuedTenantToken::fromJson(const QJsonObject &object)
{
    auto metadata = TenantToken::fromJson(object);
    if (!metadata)
        return metadata.error();
    WireReader in(object);
    QString secret = in.string(u"token");
    if (!in.ok())
        return in.error();
    if (!secret.startsWith(QLatin1String("spht_"))) {
        // The message names the field only: the value is a secret.
        return Validation::invalidField(
            QStringLiteral("token"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::IssuedTenantToken",
                                        "Must be a tenant token starting with spht_."));
    }
    IssuedTenantToken issued;
    issued.token = metadata.value();
    issued.secret = secret.toLatin1();
    secret.fill(QLatin1Char('\0'));
    return issued;
}

QJsonObject IssuedTenantToken::toJson() const
{
    return WireWriter(token.toJson()).text(u"token", QString::fromLatin1(secret)).object();
}

bool IssuedTenantToken::operator==(const IssuedTenantToken &other) const
{
    return token == other.token && secret == other.secret;
}

} // namespace sphair::models
