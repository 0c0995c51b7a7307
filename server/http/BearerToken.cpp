#include "server/http/BearerToken.h"

#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

// RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/", then "=" padding.
bool isTokenCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

} // namespace

models::Result<QByteArray> BearerToken::fromRequest(const Request &request)
{
    const QList<QByteArray> headers = request.headerValues("authorization");
    if (headers.isEmpty()) {
        return models::Result<QByteArray>::failure(QStringLiteral("unauthorized"),
                                                   tr("Sign in first: this route needs a bearer "
                                                      "token."));
    }
    const auto malformed = [] {
        return models::Result<QByteArray>::failure(
            QStringLiteral("unauthorized"),
            tr("The Authorization header must be \"Bearer <token>\"."));
    };
    if (headers.size() != 1)
        return malformed();
    const QByteArray header = headers.first().trimmed();
    static constexpr QByteArrayView kScheme = "bearer ";
    if (header.size() <= kScheme.size()
        || QByteArrayView(header).first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return malformed();
    const QByteArray token = header.sliced(kScheme.size()).trimmed();
    if (!isWellFormed(token))
        return malformed();
    return token;
}

bool BearerToken::isWellFormed(QByteArrayView token)
{
    qsizetype at = 0;
    while (at < token.size() && isTokenCharacter(token[at]))
        ++at;
    while (at < token.size() && token[at] == '=')
        ++at;
    return !token.isEmpty() && at == token.size() && token.size() <= 4096;
}

} // namespace sphair::server
