#include "models/domain/ApiErrorBody.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

bool isSnakeCase(QStringView code)
{
    if (code.isEmpty() || code.size() > 64 || code.front() < u'a' || code.front() > u'z')
        return false;
    for (QChar ch : code) {
        const char16_t c = ch.unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

ApiErrorBody ApiErrorBody::fromError(const Error &error)
{
    return {error.code, error.message, error.details};
}

Error ApiErrorBody::toError() const
{
    return {error, message, details};
}

Result<ApiErrorBody> ApiErrorBody::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    ApiErrorBody body;
    body.error = in.string(u"error");
    body.message = in.string(u"message");
    body.details = in.optionalJsonObject(u"details");
    if (!in.ok())
        return in.error();
    return body;
}

QJsonObject ApiErrorBody::toJson() const
{
    return WireWriter()
        .text(u"error", error)
        .text(u"message", message)
        .value(u"details", details)
        .object();
}

Status ApiErrorBody::validate() const
{
    if (!isSnakeCase(error)) {
        return Validation::invalidField(
            QStringLiteral("error"), QStringLiteral("format"),
            QCoreApplication::translate(
                "sphair::models::ApiErrorBody",
                "An error code must be lower_snake_case, such as “invalid_field”."));
    }
    return Validation::checkLength(QStringLiteral("message"), message, 1, 2000);
}

bool ApiErrorBody::operator==(const ApiErrorBody &other) const
{
    return error == other.error && message == other.message && details == other.details;
}

} // namespace sphair::models
