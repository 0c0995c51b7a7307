#include "server/http/JsonFields.h"

#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return tr("Must be true or false.");
    case QJsonValue::Double:
        return tr("Must be a number.");
    case QJsonValue::String:
        return tr("Must be a string.");
    case QJsonValue::Array:
        return tr("Must be an array.");
    case QJsonValue::Object:
        return tr("Must be an object.");
    default:
        return tr("Has the wrong type.");
    }
}

} // namespace

JsonFields::JsonFields(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{ }

std::optional<QJsonValue> JsonFields::take(const QString &key, QJsonValue::Type type,
                                           Presence presence)
{
    m_read.insert(key);
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd() || found->isNull()) {
        if (presence == Presence::Required) {
            m_validator.addProblem(fieldName(key), QStringLiteral("missing"),
                                   tr("This field is required."));
        } else if (found != m_object.constEnd() && presence == Presence::Optional) {
            m_validator.addProblem(fieldName(key), QStringLiteral("wrong_type"),
                                   tr("Must not be null."));
        }
        return std::nullopt;
    }
    if (found->type() != type) {
        m_validator.addProblem(fieldName(key), QStringLiteral("wrong_type"), typeName(type));
        return std::nullopt;
    }
    return *found;
}

std::optional<QString> JsonFields::string(const QString &key, int minLength, int maxLength,
                                          Presence presence, bool multiLine)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.text(fieldName(key), value->toString(), minLength, maxLength, multiLine);
}

std::optional<QString> JsonFields::uuid(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.uuid(fieldName(key), value->toString());
}

std::optional<QString> JsonFields::colour(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.colour(fieldName(key), value->toString());
}

std::optional<QString> JsonFields::httpsUrl(const QString &key, Presence presence, int maxLength)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.httpsUrl(fieldName(key), value->toString(), maxLength);
}

std::optional<QString> JsonFields::email(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.email(fieldName(key), value->toString());
}

std::optional<QString> JsonFields::enumValue(const QString &key, const QStringList &allowed,
                                             Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    return m_validator.oneOf(fieldName(key), value->toString(), allowed);
}

std::optional<qint64> JsonFields::integer(const QString &key, qint64 minimum, qint64 maximum,
                                          Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::Double, presence);
    if (!value)
        return std::nullopt;
    return m_validator.integer(fieldName(key), *value, minimum, maximum);
}

std::optional<bool> JsonFields::boolean(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::Bool, presence);
    if (!value)
        return std::nullopt;
    return value->toBool();
}

std::optional<QDateTime> JsonFields::dateTime(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::String, presence);
    if (!value)
        return std::nullopt;
    const QString text = value->toString();
    // RFC 3339 needs the 'T', seconds and a zone; Qt would also take a date alone.
    const bool shaped = text.size() >= 20 && text.size() <= 35 && text[10] == QLatin1Char('T')
        && (text.endsWith(QLatin1Char('Z')) || text[text.size() - 6] == QLatin1Char('+')
            || text[text.size() - 6] == QLatin1Char('-'));
    const QDateTime parsed = shaped ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!parsed.isValid()) {
        m_validator.addProblem(fieldName(key), QStringLiteral("format"),
                               tr("Must be a date and time like 2025-01-31T12:00:00Z."));
        return std::nullopt;
    }
    return parsed.toUTC();
}

std::optional<QStringList> JsonFields::stringList(const QString &key, const QStringList &allowed,
                                                  int maxItems, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::Array, presence);
    if (!value)
        return std::nullopt;
    const QJsonArray items = value->toArray();
    if (items.size() > maxItems) {
        m_validator.addProblem(fieldName(key), QStringLiteral("too_long"),
                               tr("Must have at most %n items.", nullptr, maxItems),
                               {{QStringLiteral("max_items"), maxItems}});
        return std::nullopt;
    }
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemField = fieldName(key) + QStringLiteral("[%1]").arg(i);
        if (!items[i].isString()) {
            m_validator.addProblem(itemField, QStringLiteral("wrong_type"),
                                   typeName(QJsonValue::String));
            return std::nullopt;
        }
        const QString item = items[i].toString();
        const std::optional<QString> checked = allowed.isEmpty()
            ? m_validator.text(itemField, item, 1, 200)
            : m_validator.oneOf(itemField, item, allowed);
        if (!checked)
            return std::nullopt;
        if (result.contains(*checked)) {
            m_validator.addProblem(itemField, QStringLiteral("format"),
                                   tr("Appears more than once."));
            return std::nullopt;
        }
        result.append(*checked);
    }
    return result;
}

std::optional<QJsonObject> JsonFields::object(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::Object, presence);
    if (!value)
        return std::nullopt;
    return value->toObject();
}

std::optional<QJsonArray> JsonFields::array(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> value = take(key, QJsonValue::Array, presence);
    if (!value)
        return std::nullopt;
    return value->toArray();
}

void JsonFields::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            m_validator.addProblem(fieldName(it.key()), QStringLiteral("unknown_field"),
                                   tr("This field is not known here."));
        }
    }
}

} // namespace sphair::server
