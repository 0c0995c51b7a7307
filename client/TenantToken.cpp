#include "client/TenantToken.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"

#include <QCoreApplication>

namespace sphair::client {

models::Result<TenantToken> TenantToken::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    TenantToken token;
    token.id = in.uuid(u"id");
    token.label = in.string(u"label");
    token.createdAt = in.time(u"created_at");
    token.expiresAt = in.optionalTime(u"expires_at");
    token.lastUsedAt = in.optionalTime(u"last_used_at");
    if (!in.ok())
        return in.error();
    return token;
}

IssuedTenantToken::~IssuedTenantToken()
{
    // Only a detached buffer may be wiped; a shared one still belongs to another copy.
    if (!secret.isDetached())
        return;
    secret.fill('\0');
}

models::Result<IssuedTenantToken> IssuedTenantToken::fromJson(const QJsonObject &object)
{
    auto metadata = TenantToken::fromJson(object);
    if (!metadata)
        return metadata.error();
    models::WireReader in(object);
    QString secret = in.string(u"token");
    if (!in.ok())
        return in.error();
    if (!secret.startsWith(QLatin1String("spht_"))) {
        // The message names the field only: the value is a secret.
        return models::Validation::invalidField(
            QStringLiteral("token"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::client::TenantToken",
                                        "Must be a tenant token starting with spht_."));
    }
    IssuedTenantToken issued;
    issued.token = metadata.value();
    issued.secret = secret.toLatin1();
    secret.fill(QLatin1Char('\0'));
    return issued;
}

models::Result<TenantTokenList> TenantTokenList::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    TenantTokenList list;
    list.items = in.objects<TenantToken>(u"items");
    if (!in.ok())
        return in.error();
    return list;
}

} // namespace sphair::client
