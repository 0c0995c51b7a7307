#include "server/http/QueryParameters.h"

#include "models/domain/Page.h"
#include "models/domain/WireTime.h"
#include "server/services/ServerText.h"

#include <QJsonDocument>

namespace sphair::server {

namespace {

constexpr int kMaxCursorLength = 512;
const QByteArray kCursorPrefix = QByteArrayLiteral("c1.");

} // namespace

QueryParameters::QueryParameters(const Request &request)
    : m_request(request)
{ }

std::optional<QString> QueryParameters::value(const QString &name) const
{
    std::optional<QString> found = m_request.queryValue(name);
    if (found && found->isEmpty())
        return std::nullopt;
    return found;
}

std::optional<QString> QueryParameters::text(const QString &name, int maxLength)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    return m_validator.text(name, *value, 1, maxLength);
}

std::optional<QUuid> QueryParameters::uuid(const QString &name)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    const std::optional<QString> checked = m_validator.uuid(name, *value);
    if (!checked)
        return std::nullopt;
    return QUuid::fromString(*checked);
}

std::optional<QString> QueryParameters::oneOf(const QString &name, const QStringList &allowed)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    return m_validator.oneOf(name, *value, allowed);
}

std::optional<qint64> QueryParameters::integer(const QString &name, qint64 minimum, qint64 maximum)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    return m_validator.integer(name, QStringView(*value), minimum, maximum);
}

std::optional<QDateTime> QueryParameters::dateTime(const QString &name)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    const QDateTime parsed = models::WireTime::fromString(*value);
    if (!parsed.isValid()) {
        m_validator.addProblem(name, QStringLiteral("format"),
                               tr("Must be a UTC time such as 2025-01-31T12:00:00Z."));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDate> QueryParameters::date(const QString &name)
{
    const std::optional<QString> value = this->value(name);
    if (!value)
        return std::nullopt;
    const QDate parsed = models::WireTime::dateFromString(*value);
    if (!parsed.isValid()) {
        m_validator.addProblem(name, QStringLiteral("format"),
                               tr("Must be a day such as 2025-01-31."));
        return std::nullopt;
    }
    return parsed;
}

int QueryParameters::limit()
{
    using Page = models::Page<int>;
    const std::optional<qint64> value = integer(QStringLiteral("limit"), 1, Page::kMaxLimit);
    return value ? static_cast<int>(*value) : Page::kDefaultLimit;
}

QJsonObject QueryParameters::cursor()
{
    const std::optional<QString> value = this->value(QStringLiteral("cursor"));
    if (!value)
        return {};
    QJsonObject position;
    const QByteArray raw = value->toLatin1();
    if (value->size() <= kMaxCursorLength && raw.startsWith(kCursorPrefix)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            raw.mid(kCursorPrefix.size()),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const QJsonDocument document = QJsonDocument::fromJson(*decoded);
            if (document.isObject())
                position = document.object();
        }
    }
    if (position.isEmpty()) {
        m_validator.addProblem(QStringLiteral("cursor"), QStringLiteral("format"),
                               tr("Pass back next_cursor from the previous page unchanged."));
    }
    return position;
}

QString QueryParameters::encodeCursor(const QJsonObject &position)
{
    return QString::fromLatin1(
        kCursorPrefix
        + QJsonDocument(position)
              .toJson(QJsonDocument::Compact)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sphair::server
