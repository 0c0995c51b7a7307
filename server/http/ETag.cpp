#include "server/http/ETag.h"

#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

struct EntityTag
{
    bool weak = false;
    QByteArray opaque; // without quotes
};

// Splits a comma-separated list of entity tags; nullopt if any element is malformed.
std::optional<QList<EntityTag>> parseList(const QByteArray &header)
{
    QList<EntityTag> tags;
    for (const QByteArray &raw : header.split(',')) {
        QByteArray item = raw.trimmed();
        if (item.isEmpty())
            continue;
        EntityTag tag;
        if (item.startsWith("W/")) {
            tag.weak = true;
            item = item.mid(2);
        }
        if (item.size() < 2 || !item.startsWith('"') || !item.endsWith('"'))
            return std::nullopt;
        tag.opaque = item.mid(1, item.size() - 2);
        if (tag.opaque.contains('"'))
            return std::nullopt;
        tags.append(tag);
    }
    return tags;
}

QByteArray opaqueFor(qint64 version)
{
    return 'v' + QByteArray::number(version);
}

} // namespace

QByteArray ETag::strong(qint64 version)
{
    return '"' + opaqueFor(version) + '"';
}

QByteArray ETag::weak(qint64 version)
{
    return "W/" + strong(version);
}

std::optional<qint64> ETag::parseVersion(QByteArrayView tag)
{
    const std::optional<QList<EntityTag>> tags = parseList(tag.toByteArray());
    if (!tags || tags->size() != 1 || !tags->first().opaque.startsWith('v'))
        return std::nullopt;
    const QByteArray digits = tags->first().opaque.mid(1);
    bool ok = false;
    const qint64 version = digits.toLongLong(&ok);
    if (!ok || digits.isEmpty() || QByteArray::number(version) != digits)
        return std::nullopt;
    return version;
}

models::Status ETag::checkIfMatch(const Request &request, qint64 currentVersion, bool required)
{
    const QJsonObject current {
        {QStringLiteral("current_etag"), QString::fromLatin1(strong(currentVersion))}};
    const QList<QByteArray> headers = request.headerValues("if-match");
    if (headers.isEmpty()) {
        const bool writes =
            request.method == "PUT" || request.method == "PATCH" || request.method == "DELETE";
        if (!required && !writes)
            return models::Status::success();
        return models::Status::failure(
            QStringLiteral("precondition_required"),
            tr("Send If-Match with the ETag you last read, so a change made meanwhile by "
               "someone else is not overwritten."),
            current);
    }
    const QByteArray header = headers.join(',');
    if (header.trimmed() == "*")
        return models::Status::success();
    const std::optional<QList<EntityTag>> tags = parseList(header);
    if (!tags) {
        return models::Status::failure(
            QStringLiteral("invalid_header"),
            tr("If-Match must list entity tags in quotes, as the ETag header gave them."),
            {{QStringLiteral("header"), QStringLiteral("If-Match")}});
    }
    const QByteArray expected = opaqueFor(currentVersion);
    for (const EntityTag &tag : *tags) {
        if (!tag.weak && tag.opaque == expected)
            return models::Status::success();
    }
    return models::Status::failure(
        QStringLiteral("precondition_failed"),
        tr("Someone else changed this since you read it. Reload it and apply your change "
           "again."),
        current);
}

VersionCheck ETag::versionCheck(const Request &request)
{
    return [&request](qint64 currentVersion) {
        return checkIfMatch(request, currentVersion);
    };
}

bool ETag::ifNoneMatchHits(const Request &request, qint64 currentVersion)
{
    return ifNoneMatchHits(request, opaqueFor(currentVersion));
}

bool ETag::ifNoneMatchHits(const Request &request, const QByteArray &opaque)
{
    const QList<QByteArray> headers = request.headerValues("if-none-match");
    if (headers.isEmpty())
        return false;
    const QByteArray header = headers.join(',');
    if (header.trimmed() == "*")
        return true;
    const std::optional<QList<EntityTag>> tags = parseList(header);
    if (!tags)
        return false;
    for (const EntityTag &tag : *tags) {
        if (tag.opaque == opaque)
            return true;
    }
    return false;
}

} // namespace sphair::server
