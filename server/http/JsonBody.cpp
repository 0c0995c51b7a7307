#include "server/http/JsonBody.h"

#include "core/StrictJson.h"
#include "server/services/ServerText.h"

namespace sphair::server {

models::Status JsonBody::checkContentType(const Request &request)
{
    const QByteArray header = request.header("content-type");
    const QList<QByteArray> parts = header.split(';');
    bool accepted = parts.first().trimmed().toLower() == "application/json";
    for (qsizetype i = 1; accepted && i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed().toLower();
        if (parameter.startsWith("charset="))
            accepted = parameter == "charset=utf-8" || parameter == "charset=\"utf-8\"";
    }
    if (accepted)
        return models::Status::success();
    return models::Status::failure(
        QStringLiteral("unsupported_media_type"),
        tr("The request body must be JSON, sent with Content-Type: application/json."),
        {{QStringLiteral("content_type"), QString::fromLatin1(header.left(200))}});
}

models::Result<QJsonObject> JsonBody::parseObject(const Request &request)
{
    if (models::Status type = checkContentType(request); !type)
        return type.error();
    if (request.body.trimmed().isEmpty()) {
        return models::Result<QJsonObject>::failure(
            QStringLiteral("malformed_json"), tr("The request body is empty; send a JSON object."),
            {{QStringLiteral("reason"), QStringLiteral("empty_body")}});
    }
    models::Result<QJsonObject> parsed = core::StrictJson::parseObject(request.body);
    if (parsed)
        return parsed;
    const models::Error &error = parsed.error();
    if (error.code == QLatin1String("duplicate_key")) {
        const QString key = error.details.value(QStringLiteral("key")).toString();
        return models::Result<QJsonObject>::failure(
            QStringLiteral("malformed_json"),
            tr("The request body names the field “%1” twice.").arg(key),
            {{QStringLiteral("reason"), QStringLiteral("duplicate_key")},
             {QStringLiteral("key"), key}});
    }
    QJsonObject details {{QStringLiteral("reason"), error.details.value(QStringLiteral("reason"))}};
    if (error.details.contains(QStringLiteral("offset")))
        details.insert(QStringLiteral("offset"), error.details.value(QStringLiteral("offset")));
    return models::Result<QJsonObject>::failure(QStringLiteral("malformed_json"),
                                                tr("The request body is not a valid JSON object."),
                                                details);
}

} // namespace sphair::server
