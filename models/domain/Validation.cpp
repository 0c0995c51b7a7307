#include "models/domain/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace sphair::models::Validation {

namespace {

const QString kField = QStringLiteral("field");
const QString kReason = QStringLiteral("reason");

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar ch : label) {
        const char16_t c = ch.unicode();
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QString invalidFieldCode()
{
    return QStringLiteral("invalid_field");
}

Error invalidField(const QString &field, const QString &reason, const QString &message,
                   const QJsonObject &extra)
{
    QJsonObject details = extra;
    details.insert(kField, field);
    details.insert(kReason, reason);
    return Error {invalidFieldCode(), message, details};
}

Error missingField(const QString &field)
{
    return invalidField(
        field, QStringLiteral("missing"),
        QCoreApplication::translate("sphair::models::Validation", "“%1” is required.").arg(field));
}

QString fieldOf(const Error &error)
{
    return error.details.value(kField).toString();
}

Error withFieldPrefix(Error error, const QString &prefix)
{
    const auto it = error.details.find(kField);
    if (it != error.details.end() && it->isString())
        *it = prefix + it->toString();
    return error;
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
            continue;
        }
        const bool lowerHex = isAsciiDigit(c) || (c >= u'a' && c <= u'f');
        if (!lowerHex)
            return false;
        allZero = allZero && c == u'0';
    }
    return !allZero;
}

bool isColour(QStringView text)
{
    if (text.size() != 7 || text.front() != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        if (!isHexDigit(text[i].unicode()))
            return false;
    }
    return true;
}

bool isHttpsUrl(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxUrlLength)
        return false;
    for (QChar ch : text) {
        if (ch.isSpace() || ch.category() == QChar::Other_Control)
            return false;
    }
    if (!text.startsWith(u"https://", Qt::CaseInsensitive))
        return false;
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.scheme() != QLatin1String("https"))
        return false;
    // QUrl drops an empty user info ("https://@host"); the authority must not hold one at all.
    QStringView authority = text.mid(8);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const char16_t c = authority[i].unicode();
        if (c == u'/' || c == u'?' || c == u'#') {
            authority = authority.left(i);
            break;
        }
    }
    if (!url.userInfo().isEmpty() || authority.contains(u'@'))
        return false;
    return !url.host().isEmpty();
}

bool isEmail(QStringView text)
{
    if (text.size() > kMaxEmailLength)
        return false;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || at == text.size() - 1)
        return false;
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    static const QString specials = QStringLiteral("\"(),:;<>@[\\]");
    for (QChar ch : local) {
        if (ch.isSpace() || ch.category() == QChar::Other_Control || specials.contains(ch))
            return false;
    }
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    return isDomainName(domain);
}

bool isCompanyCode(QStringView text)
{
    if (text.size() < 2 || text.size() > 32)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool upper = c >= u'A' && c <= u'Z';
        if (i == 0 && !upper)
            return false;
        if (!upper && !isAsciiDigit(c) && c != u'-')
            return false;
    }
    return true;
}

bool isDomainName(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxDomainLength)
        return false;
    const QList<QStringView> labels = text.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (!isLabel(label))
            return false;
    }
    const QStringView last = labels.back();
    return std::any_of(last.begin(), last.end(), [](QChar ch) { return !ch.isDigit(); });
}

bool isSubdomainLabel(QStringView text)
{
    if (text.size() < kMinSubdomainLength || text.size() > kMaxSubdomainLength || !isLabel(text))
        return false;
    return std::none_of(text.begin(), text.end(),
                        [](QChar ch) { return ch.unicode() >= u'A' && ch.unicode() <= u'Z'; });
}

bool isReservedSubdomain(QStringView text)
{
    static const QStringList reserved {
        QStringLiteral("www"),     QStringLiteral("api"),     QStringLiteral("admin"),
        QStringLiteral("app"),     QStringLiteral("console"), QStringLiteral("platform"),
        QStringLiteral("mail"),    QStringLiteral("smtp"),    QStringLiteral("imap"),
        QStringLiteral("ftp"),     QStringLiteral("status"),  QStringLiteral("static"),
        QStringLiteral("cdn"),     QStringLiteral("assets"),  QStringLiteral("public"),
        QStringLiteral("auth"),    QStringLiteral("login"),   QStringLiteral("support"),
        QStringLiteral("help"),    QStringLiteral("docs"),    QStringLiteral("blog"),
        QStringLiteral("sandbox"), QStringLiteral("test"),    QStringLiteral("staging"),
        QStringLiteral("dev"),     QStringLiteral("sphair"),  QStringLiteral("brightstep"),
    };
    return reserved.contains(text.toString());
}

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasControlCharacters(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar ch) { return ch.category() == QChar::Other_Control; });
}

Status checkUuid(const QString &field, QStringView text)
{
    if (isUuid(text))
        return {};
    return invalidField(
        field, QStringLiteral("format"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "“%1” must be an ID written as 36 lowercase characters, such "
                                    "as 3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12.")
            .arg(field));
}

Status checkColour(const QString &field, QStringView text)
{
    if (isColour(text))
        return {};
    return invalidField(field, QStringLiteral("format"),
                        QCoreApplication::translate(
                            "sphair::models::Validation",
                            "“%1” must be a colour written as #RRGGBB, for example #1A73E8.")
                            .arg(field));
}

Status checkHttpsUrl(const QString &field, QStringView text)
{
    if (isHttpsUrl(text))
        return {};
    return invalidField(
        field, QStringLiteral("format"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "“%1” must be an https:// address with a host name and no user "
                                    "name or password, at most %2 characters.")
            .arg(field)
            .arg(kMaxUrlLength),
        {{QStringLiteral("max_length"), kMaxUrlLength}});
}

Status checkEmail(const QString &field, QStringView text)
{
    if (isEmail(text))
        return {};
    return invalidField(
        field, QStringLiteral("format"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "“%1” must be an e-mail address such as name@example.com.")
            .arg(field));
}

Status checkCompanyCode(const QString &field, QStringView text)
{
    if (isCompanyCode(text))
        return {};
    return invalidField(
        field, QStringLiteral("format"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "“%1” must be 2 to 32 characters long and use only capital "
                                    "letters A–Z, digits and “-”, starting with a letter.")
            .arg(field));
}

Status checkDomainName(const QString &field, QStringView text)
{
    if (isDomainName(text))
        return {};
    return invalidField(
        field, QStringLiteral("format"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "“%1” must be a domain name such as portal.example.com.")
            .arg(field));
}

Status checkSubdomain(const QString &field, QStringView text)
{
    if (!isSubdomainLabel(text)) {
        return invalidField(
            field, QStringLiteral("format"),
            QCoreApplication::translate(
                "sphair::models::Validation",
                "“%1” must be %2–%3 lowercase letters, digits or hyphens, not starting or ending "
                "with a hyphen.")
                .arg(field)
                .arg(kMinSubdomainLength)
                .arg(kMaxSubdomainLength));
    }
    if (isReservedSubdomain(text)) {
        return invalidField(field, QStringLiteral("not_allowed"),
                            QCoreApplication::translate("sphair::models::Validation",
                                                        "“%1” is reserved by the platform; "
                                                        "choose another name.")
                                .arg(text.toString()));
    }
    return {};
}

Status checkLength(const QString &field, QStringView text, int min, int max)
{
    const qsizetype length = characterCount(text);
    if (min > 0 && text.trimmed().isEmpty()) {
        return invalidField(
            field, QStringLiteral("empty"),
            QCoreApplication::translate("sphair::models::Validation", "“%1” must not be empty.")
                .arg(field));
    }
    if (length < min) {
        return invalidField(
            field, QStringLiteral("too_short"),
            QCoreApplication::translate("sphair::models::Validation",
                                        "“%1” must be at least %n character(s) long.", nullptr, min)
                .arg(field),
            {{QStringLiteral("min_length"), min}});
    }
    if (length > max) {
        return invalidField(
            field, QStringLiteral("too_long"),
            QCoreApplication::translate("sphair::models::Validation",
                                        "“%1” must be at most %n character(s) long.", nullptr, max)
                .arg(field),
            {{QStringLiteral("max_length"), max}});
    }
    return {};
}

Status checkSingleLine(const QString &field, QStringView text, int min, int max)
{
    if (auto length = checkLength(field, text, min, max); !length)
        return length;
    if (hasControlCharacters(text)) {
        return invalidField(
            field, QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::Validation",
                                        "“%1” must be a single line without control characters.")
                .arg(field));
    }
    return {};
}

Status checkTimeOrder(const QString &startField, const QDateTime &start, const QString &endField,
                      const QDateTime &end, const QString &orderMessage)
{
    if (!start.isValid())
        return missingField(startField);
    if (!end.isValid())
        return missingField(endField);
    if (end <= start)
        return invalidField(endField, QStringLiteral("order"), orderMessage);
    return {};
}

Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value >= min && value <= max)
        return {};
    return invalidField(field, QStringLiteral("out_of_range"),
                        QCoreApplication::translate("sphair::models::Validation",
                                                    "“%1” must be between %2 and %3; it is %4.")
                            .arg(field)
                            .arg(min)
                            .arg(max)
                            .arg(value),
                        {{QStringLiteral("min"), min}, {QStringLiteral("max"), max}});
}

Status checkTierUsers(Tier tier, qint64 maxUsers, const TierPolicy &policy)
{
    const TierRange range = policy.range(tier);
    if (maxUsers >= range.minUsers && maxUsers <= range.maxUsers)
        return {};
    return invalidField(
        QStringLiteral("max_users"), QStringLiteral("out_of_range"),
        QCoreApplication::translate("sphair::models::Validation",
                                    "The %1 tier allows %2 to %3 users; %4 is outside that range.")
            .arg(tierDisplayName(tier))
            .arg(range.minUsers)
            .arg(range.maxUsers)
            .arg(maxUsers),
        {{QStringLiteral("tier"), tierCode(tier)},
         {QStringLiteral("min"), range.minUsers},
         {QStringLiteral("max"), range.maxUsers}});
}

Status checkFeatureCodes(const QString &field, const QStringList &codes)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!FeatureCatalog::contains(codes.at(i))) {
            return invalidField(
                field, QStringLiteral("unknown_value"),
                QCoreApplication::translate("sphair::models::Validation",
                                            "“%1” is not a feature in the catalog.")
                    .arg(codes.at(i)),
                {{QStringLiteral("value"), codes.at(i)},
                 {QStringLiteral("allowed"), QJsonArray::fromStringList(FeatureCatalog::codes())}});
        }
        if (codes.indexOf(codes.at(i)) != i) {
            return invalidField(field, QStringLiteral("format"),
                                QCoreApplication::translate("sphair::models::Validation",
                                                            "The feature “%1” is listed twice.")
                                    .arg(codes.at(i)),
                                {{QStringLiteral("value"), codes.at(i)}});
        }
    }
    return {};
}

Status checkKnownFields(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return invalidField(
                it.key(), QStringLiteral("unknown_field"),
                QCoreApplication::translate("sphair::models::Validation",
                                            "“%1” is not a field this request accepts; the "
                                            "accepted fields are: %2.")
                    .arg(it.key(), allowed.join(QStringLiteral(", "))),
                {{QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
        }
    }
    return {};
}

} // namespace sphair::models::Validation
