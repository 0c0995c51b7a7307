#include "models/domain/SessionGrant.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

// Only a detached buffer may be wiped; a shared one still belongs to another copy.
void wipe(QByteArray &secret)
{
    if (secret.isDetached())
        secret.fill('\0');
}

} // namespace

SessionGrant::~SessionGrant()
{
    wipe(token);
    wipe(refreshToken);
}

Result<SessionGrant> SessionGrant::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    const bool older = !in.has(u"session_token") && in.has(u"token");
    const QString token = in.string(older ? u"token" : u"session_token");
    const QString refreshToken = in.optionalString(u"refresh_token");
    if (!in.ok())
        return in.error();
    auto session = AdminSession::fromJson(object);
    if (!session)
        return session.error();
    SessionGrant grant;
    grant.token = token.toLatin1();
    grant.refreshToken = refreshToken.toLatin1();
    grant.session = std::move(session).value();
    return grant;
}

QJsonObject SessionGrant::toJson() const
{
    return WireWriter(session.toJson())
        .text(u"session_token", QString::fromLatin1(token))
        .text(u"refresh_token", QString::fromLatin1(refreshToken))
        .text(u"token_type", QStringLiteral("Bearer"))
        .object();
}

bool SessionGrant::operator==(const SessionGrant &other) const
{
    return token == other.token && refreshToken == other.refreshToken && session == other.session;
}

} // namespace sphair::models
