#include "server/http/InputValidator.h"

#include "models/domain/Validation.h"
#include "server/services/ServerText.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace sphair::server {

namespace {

const QString kReason = QStringLiteral("reason");
const QString kMessage = QStringLiteral("message");

template<typename T>
models::Result<T> problem(const char *reason, const QString &message, QJsonObject extra = {})
{
    extra.insert(kReason, QLatin1String(reason));
    return models::Result<T>::failure(models::Validation::invalidFieldCode(), message, extra);
}

// Controls, and the bidirectional overrides that make text display differently from what
// it is (a company name shown in the console must read as stored).
bool isForbiddenCharacter(char32_t c, bool multiLine)
{
    if (multiLine && (c == '\t' || c == '\n' || c == '\r'))
        return false;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

models::Result<QString> InputValidator::checkUuid(QStringView text)
{
    if (!models::Validation::isUuid(text)) {
        return problem<QString>("format",
                                tr("Must be an ID of 36 lowercase characters, such as "
                                   "3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12."));
    }
    return text.toString();
}

models::Result<QString> InputValidator::checkColour(QStringView text)
{
    if (!models::Validation::isColour(text))
        return problem<QString>("format",
                                tr("Must be a colour written as #RRGGBB, such as "
                                   "#1a73e8."));
    return text.toString().toLower();
}

models::Result<QString> InputValidator::checkHttpsUrl(QStringView text, int maxLength)
{
    maxLength = std::min(maxLength, models::Validation::kMaxUrlLength);
    if (text.size() > maxLength) {
        return problem<QString>("too_long",
                                tr("Must be at most %n characters long.", nullptr, maxLength),
                                {{QStringLiteral("max_length"), maxLength}});
    }
    if (models::Validation::isHttpsUrl(text))
        return text.toString();
    // Only the message differs; the reason is "format" either way.
    if (!text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return problem<QString>("format", tr("Must be an https:// address."));
    const qsizetype authorityEnd = [&] {
        const QStringView rest = text.sliced(8);
        const auto end = std::find_if(rest.begin(), rest.end(), [](QChar c) {
            return c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#');
        });
        return static_cast<qsizetype>(end - rest.begin());
    }();
    if (text.sliced(8, authorityEnd).contains(QLatin1Char('@')))
        return problem<QString>("format", tr("Must not contain a user name or password."));
    return problem<QString>("format",
                            tr("Must be a valid https:// address with a host name and without "
                               "spaces."));
}

models::Result<QString> InputValidator::checkEmail(QStringView text)
{
    if (text.size() > models::Validation::kMaxEmailLength) {
        return problem<QString>(
            "too_long",
            tr("Must be at most %n characters long.", nullptr, models::Validation::kMaxEmailLength),
            {{QStringLiteral("max_length"), models::Validation::kMaxEmailLength}});
    }
    if (!models::Validation::isEmail(text))
        return problem<QString>("format",
                                tr("Must be an e-mail address such as name@example.com."));
    return text.toString();
}

models::Result<QString> InputValidator::checkText(QStringView text, int minLength, int maxLength,
                                                  bool multiLine)
{
    qsizetype length = 0;
    bool onlySpaces = true;
    for (qsizetype i = 0; i < text.size(); ++i, ++length) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (text[i].isSurrogate()) {
            return problem<QString>("format", tr("Contains a broken character."));
        }
        if (isForbiddenCharacter(c, multiLine))
            return problem<QString>("format", tr("Must not contain control characters."));
        onlySpaces = onlySpaces && QChar::isSpace(c);
    }
    if (minLength > 0 && onlySpaces)
        return problem<QString>("empty", tr("Must not be empty."));
    if (length < minLength) {
        return problem<QString>("too_short",
                                tr("Must be at least %n characters long.", nullptr, minLength),
                                {{QStringLiteral("min_length"), minLength}});
    }
    if (length > maxLength) {
        return problem<QString>("too_long",
                                tr("Must be at most %n characters long.", nullptr, maxLength),
                                {{QStringLiteral("max_length"), maxLength}});
    }
    return text.toString();
}

models::Result<QString> InputValidator::checkOneOf(QStringView text, const QStringList &allowed)
{
    for (const QString &value : allowed) {
        if (text == value)
            return value;
    }
    return problem<QString>("unknown_value",
                            tr("Must be one of: %1.").arg(allowed.join(QStringLiteral(", "))),
                            {{QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
}

models::Result<qint64> InputValidator::checkInteger(const QJsonValue &value, qint64 minimum,
                                                    qint64 maximum)
{
    if (!value.isDouble())
        return problem<qint64>("wrong_type", tr("Must be a whole number."));
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number))
        return problem<qint64>("format", tr("Must be a whole number."));
    // Beyond 2^53 a JSON number no longer names one integer.
    constexpr double kExact = 9007199254740992.0;
    const qint64 integer = std::fabs(number) <= kExact ? static_cast<qint64>(number) : 0;
    if (std::fabs(number) > kExact || integer < minimum || integer > maximum) {
        return problem<qint64>(
            "out_of_range", tr("Must be between %1 and %2.").arg(minimum).arg(maximum),
            {{QStringLiteral("min"), minimum}, {QStringLiteral("max"), maximum}});
    }
    return integer;
}

models::Result<qint64> InputValidator::checkInteger(QStringView text, qint64 minimum,
                                                    qint64 maximum)
{
    const QStringView digits = text.startsWith(QLatin1Char('-')) ? text.sliced(1) : text;
    bool valid = !digits.isEmpty() && digits.size() <= 18;
    for (QChar c : digits)
        valid = valid && c.unicode() >= '0' && c.unicode() <= '9';
    if (!valid)
        return problem<qint64>("format", tr("Must be a whole number."));
    const qint64 integer = text.toLongLong();
    if (integer < minimum || integer > maximum) {
        return problem<qint64>(
            "out_of_range", tr("Must be between %1 and %2.").arg(minimum).arg(maximum),
            {{QStringLiteral("min"), minimum}, {QStringLiteral("max"), maximum}});
    }
    return integer;
}

template<typename T>
std::optional<T> InputValidator::record(const QString &field, models::Result<T> result)
{
    if (!result) {
        addProblem(result.error(), field);
        return std::nullopt;
    }
    return std::move(result).value();
}

std::optional<QString> InputValidator::uuid(const QString &field, QStringView text)
{
    return record(field, checkUuid(text));
}

std::optional<QString> InputValidator::colour(const QString &field, QStringView text)
{
    return record(field, checkColour(text));
}

std::optional<QString> InputValidator::httpsUrl(const QString &field, QStringView text,
                                                int maxLength)
{
    return record(field, checkHttpsUrl(text, maxLength));
}

std::optional<QString> InputValidator::email(const QString &field, QStringView text)
{
    return record(field, checkEmail(text));
}

std::optional<QString> InputValidator::text(const QString &field, QStringView text, int minLength,
                                            int maxLength, bool multiLine)
{
    return record(field, checkText(text, minLength, maxLength, multiLine));
}

std::optional<QString> InputValidator::oneOf(const QString &field, QStringView text,
                                             const QStringList &allowed)
{
    return record(field, checkOneOf(text, allowed));
}

std::optional<qint64> InputValidator::integer(const QString &field, const QJsonValue &value,
                                              qint64 minimum, qint64 maximum)
{
    return record(field, checkInteger(value, minimum, maximum));
}

std::optional<qint64> InputValidator::integer(const QString &field, QStringView text,
                                              qint64 minimum, qint64 maximum)
{
    return record(field, checkInteger(text, minimum, maximum));
}

void InputValidator::addProblem(const QString &field, const QString &reason, const QString &message,
                                const QJsonObject &extra)
{
    if (m_fields.contains(field))
        return;
    QJsonObject entry = extra;
    entry.remove(QStringLiteral("field"));
    entry.insert(kReason, reason);
    entry.insert(kMessage, message);
    m_fields.insert(field, entry);
    if (m_firstField.isEmpty())
        m_firstField = field;
}

void InputValidator::addProblem(const models::Error &error, const QString &field)
{
    const QString name = field.isEmpty() ? models::Validation::fieldOf(error) : field;
    QString reason = error.details.value(kReason).toString();
    if (reason.isEmpty())
        reason = QStringLiteral("format");
    QJsonObject extra = error.details;
    extra.remove(kReason);
    addProblem(name, reason, error.message, extra);
}

QString InputValidator::reasonOf(const QString &field) const
{
    return m_fields.value(field).toObject().value(kReason).toString();
}

models::Error InputValidator::error() const
{
    const QJsonObject first = m_fields.value(m_firstField).toObject();
    const QString message = m_fields.size() == 1
        ? tr("“%1”: %2").arg(m_firstField, first.value(kMessage).toString())
        : tr("Some fields are not valid: %1.").arg(m_fields.keys().join(QStringLiteral(", ")));
    return {models::Validation::invalidFieldCode(),
            message,
            {{QStringLiteral("field"), m_firstField},
             {kReason, first.value(kReason)},
             {QStringLiteral("fields"), m_fields}}};
}

models::Status InputValidator::status() const
{
    if (ok())
        return models::Status::success();
    return error();
}

} // namespace sphair::server
