#include "licensing/LicenseClaims.h"

#include "core/StrictJson.h"
#include "licensing/Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace sphair::licensing {

namespace {

using models::Status;

// JSON numbers are doubles in most languages; anything beyond 2^53 - 1 cannot be read back
// exactly everywhere, so it is refused rather than silently rounded.
constexpr qint64 kMaxJsonInteger = (qint64(1) << 53) - 1;
constexpr int kMaxIssuerLength = 200;
// 32 bytes of BLAKE2b-256 in unpadded base64url.
constexpr int kPrevTextSize = 43;
constexpr int kPrevHashSize = 32;

namespace Key {
const QLatin1String iss("iss");
const QLatin1String sub("sub");
const QLatin1String jti("jti");
const QLatin1String iat("iat");
const QLatin1String nbf("nbf");
const QLatin1String exp("exp");
const QLatin1String companyCode("company_code");
const QLatin1String tier("tier");
const QLatin1String maxUsers("max_users");
const QLatin1String features("features");
const QLatin1String graceDays("grace_days");
const QLatin1String supersedes("supersedes");
const QLatin1String seq("seq");
const QLatin1String prev("prev");
} // namespace Key

bool isKnownClaim(QStringView key)
{
    for (const QLatin1String &known :
         {Key::iss, Key::sub, Key::jti, Key::iat, Key::nbf, Key::exp, Key::companyCode, Key::tier,
          Key::maxUsers, Key::features, Key::graceDays, Key::supersedes, Key::seq, Key::prev}) {
        if (key == known)
            return true;
    }
    return false;
}

// What a salesperson calls each claim.
QString claimLabel(const QString &key)
{
    static const char *const labels[][2] = {
        {"iss", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "issuer")},
        {"sub", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "company ID")},
        {"jti", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "license ID")},
        {"iat", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "issue date")},
        {"nbf", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "start date")},
        {"exp", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "expiry date")},
        {"company_code", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "company code")},
        {"tier", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "tier")},
        {"max_users", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "number of users")},
        {"features", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "feature list")},
        {"grace_days", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "grace period")},
        {"supersedes", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "replaced license")},
        {"seq", QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "issue number")},
        {"prev",
         QT_TRANSLATE_NOOP("sphair::licensing::LicenseClaims", "link to the previous license")},
    };
    for (const auto &label : labels) {
        if (key == QLatin1String(label[0]))
            return QCoreApplication::translate("sphair::licensing::LicenseClaims", label[1]);
    }
    return key;
}

QJsonObject claimDetails(const QString &key)
{
    return {{QStringLiteral("claim"), key}};
}

models::Error missingClaim(const QString &key)
{
    return {QStringLiteral("missing_claim"),
            QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                        "The license is incomplete: it has no %1.")
                .arg(claimLabel(key)),
            claimDetails(key)};
}

models::Error invalidClaim(const QString &key, QString message = {})
{
    if (message.isEmpty())
        message = QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                              "The license's %1 is not valid.")
                      .arg(claimLabel(key));
    return {QStringLiteral("invalid_claim"), message, claimDetails(key)};
}

models::Error usersOutOfRange(models::Tier tier, const models::TierRange &range, qint64 users)
{
    return {QStringLiteral("users_out_of_range"),
            QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                        "A %1 license allows %2 to %3 users; this one says %4.")
                .arg(models::tierDisplayName(tier).toLower())
                .arg(range.minUsers)
                .arg(range.maxUsers)
                .arg(users),
            {{QStringLiteral("tier"), models::tierCode(tier)},
             {QStringLiteral("min"), range.minUsers},
             {QStringLiteral("max"), range.maxUsers},
             {QStringLiteral("users"), users}}};
}

models::Error graceOutOfRange(qint64 days)
{
    return invalidClaim(
        Key::graceDays,
        QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                    "The grace period must be between 0 and %1 days; this license "
                                    "says %2.")
            .arg(LicenseClaims::kMaxGraceDays)
            .arg(days));
}

QString displayTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

bool isCanonicalUuid(const QString &text, QUuid *uuid)
{
    // Only the lowercase form without braces that toJson() writes; anything else would be a
    // second spelling of the same id.
    const QUuid parsed = QUuid::fromString(text);
    if (parsed.toString(QUuid::WithoutBraces) != text)
        return false;
    *uuid = parsed;
    return true;
}

Status readValue(const QJsonObject &object, QLatin1String key, QJsonValue *value)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return missingClaim(key);
    *value = it.value();
    return {};
}

Status readString(const QJsonObject &object, QLatin1String key, QString *out)
{
    QJsonValue value;
    if (auto found = readValue(object, key, &value); !found)
        return found;
    if (!value.isString())
        return invalidClaim(key);
    *out = value.toString();
    return {};
}

// An exact JSON integer within ±(2^53 - 1); 1e3 counts as 1000, 10.5 is refused.
Status readInteger(const QJsonObject &object, QLatin1String key, qint64 *out)
{
    QJsonValue value;
    if (auto found = readValue(object, key, &value); !found)
        return found;
    if (!value.isDouble())
        return invalidClaim(key);
    const double number = value.toDouble();
    const auto limit = static_cast<double>(kMaxJsonInteger);
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > limit)
        return invalidClaim(key);
    *out = static_cast<qint64>(number);
    return {};
}

Status readUuid(const QJsonObject &object, QLatin1String key, QUuid *out)
{
    QString text;
    if (auto read = readString(object, key, &text); !read)
        return read;
    if (!isCanonicalUuid(text, out))
        return invalidClaim(key);
    return {};
}

Status readTime(const QJsonObject &object, QLatin1String key, QDateTime *out)
{
    QString text;
    if (auto read = readString(object, key, &text); !read)
        return read;
    *out = fromRfc3339(text);
    if (!out->isValid())
        return invalidClaim(key);
    return {};
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

// Writes `"key":` with the separating comma, so toJson() reads as a list of fields.
class JsonWriter
{
public:
    void key(QLatin1String name)
    {
        m_out.append(m_first ? '{' : ',');
        m_first = false;
        appendJsonString(m_out, QString(name));
        m_out.append(':');
    }
    void string(QLatin1String name, QStringView value)
    {
        key(name);
        appendJsonString(m_out, value);
    }
    void integer(QLatin1String name, qint64 value)
    {
        key(name);
        m_out.append(QByteArray::number(value));
    }
    void strings(QLatin1String name, const QStringList &values)
    {
        key(name);
        m_out.append('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out.append(',');
            appendJsonString(m_out, values.at(i));
        }
        m_out.append(']');
    }
    QByteArray finish()
    {
        m_out.append(m_first ? "{}" : "}");
        return m_out;
    }

private:
    QByteArray m_out;
    bool m_first = true;
};

} // namespace

QString toRfc3339(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime fromRfc3339(QStringView text)
{
    // "YYYY-MM-DDTHH:MM:SSZ": exactly 20 characters, digits where digits belong.
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != 20)
        return {};
    for (int i = 0; i < 20; ++i) {
        const char16_t c = text[i].unicode();
        if (kPattern[i] == 'd' ? (c < u'0' || c > u'9') : c != char16_t(kPattern[i]))
            return {};
    }
    const auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (text[i].unicode() - u'0');
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return {date, time, Qt::UTC};
}

QByteArray LicenseClaims::toJson() const
{
    JsonWriter json;
    json.string(Key::iss, issuer);
    json.string(Key::sub, companyId.toString(QUuid::WithoutBraces));
    json.string(Key::jti, licenseId.toString(QUuid::WithoutBraces));
    json.string(Key::iat, toRfc3339(issuedAt));
    json.string(Key::nbf, toRfc3339(notBefore));
    json.string(Key::exp, toRfc3339(expiresAt));
    json.string(Key::companyCode, companyCode);
    json.string(Key::tier, models::tierCode(tier));
    json.integer(Key::maxUsers, maxUsers);
    json.strings(Key::features, features);
    json.integer(Key::graceDays, graceDays);
    if (supersedes)
        json.string(Key::supersedes, supersedes->toString(QUuid::WithoutBraces));
    json.integer(Key::seq, static_cast<qint64>(seq));
    if (!prev.isEmpty())
        json.string(Key::prev, QString::fromUtf8(prev));
    return json.finish();
}

models::Status LicenseClaims::validate(const models::TierPolicy &policy, const QDateTime &now) const
{
    if (issuer.isEmpty() || issuer.size() > kMaxIssuerLength)
        return invalidClaim(Key::iss);
    if (companyId.isNull())
        return invalidClaim(Key::sub);
    if (licenseId.isNull())
        return invalidClaim(Key::jti);
    if (!issuedAt.isValid())
        return invalidClaim(Key::iat);
    if (!notBefore.isValid())
        return invalidClaim(Key::nbf);
    if (!expiresAt.isValid())
        return invalidClaim(Key::exp);
    if (!isValidCompanyCode(companyCode)) {
        return invalidClaim(Key::companyCode,
                            QCoreApplication::translate(
                                "sphair::licensing::LicenseClaims",
                                "The company code “%1” is not valid: it must be 2 to 32 capital "
                                "letters, digits or hyphens, starting with a letter.")
                                .arg(companyCode));
    }
    if (!models::tierFromCode(models::tierCode(tier))) {
        return models::Status::failure(
            QStringLiteral("unknown_tier"),
            QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                        "The license names a tier this program does not "
                                        "know."));
    }
    const models::TierRange range = policy.range(tier);
    if (!range.contains(maxUsers))
        return usersOutOfRange(tier, range, maxUsers);

    QSet<QString> seen;
    for (const QString &feature : features) {
        if (!models::FeatureCatalog::contains(feature)) {
            return models::Status::failure(
                QStringLiteral("unknown_feature"),
                QCoreApplication::translate(
                    "sphair::licensing::LicenseClaims",
                    "The license includes a feature this program does not know: “%1”.")
                    .arg(feature),
                {{QStringLiteral("feature"), feature}});
        }
        if (seen.contains(feature)) {
            return models::Status::failure(
                QStringLiteral("duplicate_feature"),
                QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                            "The license lists the feature “%1” twice.")
                    .arg(models::FeatureCatalog::displayName(feature)),
                {{QStringLiteral("feature"), feature}});
        }
        seen.insert(feature);
    }

    if (graceDays < 0 || graceDays > kMaxGraceDays)
        return graceOutOfRange(graceDays);
    if (expiresAt <= notBefore) {
        return models::Status::failure(
            QStringLiteral("invalid_validity"),
            QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                        "The license ends (%1) before it starts (%2).")
                .arg(displayTime(expiresAt), displayTime(notBefore)));
    }
    if (issuedAt > now.addSecs(kClockSkewSeconds)) {
        return models::Status::failure(
            QStringLiteral("issued_in_future"),
            QCoreApplication::translate(
                "sphair::licensing::LicenseClaims",
                "The license says it was issued on %1, which is later than the time on this "
                "computer. Check this computer's date and time.")
                .arg(displayTime(issuedAt)));
    }

    if (seq < 1 || seq > static_cast<quint64>(kMaxJsonInteger))
        return invalidClaim(Key::seq);
    if (seq == 1 && !prev.isEmpty())
        return invalidClaim(Key::prev);
    if (seq > 1 && prev.isEmpty())
        return missingClaim(Key::prev);
    if (!prev.isEmpty()) {
        const auto hash = Base64Url::decode(prev);
        if (prev.size() != kPrevTextSize || !hash || hash->size() != kPrevHashSize)
            return invalidClaim(Key::prev);
    }
    if (supersedes && (supersedes->isNull() || *supersedes == licenseId))
        return invalidClaim(Key::supersedes);
    return {};
}

models::Result<LicenseClaims> LicenseClaims::parse(QByteArrayView json, const QDateTime &now,
                                                   const models::TierPolicy &policy)
{
    auto parsed = core::StrictJson::parseObject(json);
    if (!parsed) {
        models::Error error = parsed.error();
        // A repeated claim is the classic way to smuggle a second value past a checker that
        // reads the first; say which claim in words the reader knows.
        const QString key = error.details.value(QStringLiteral("key")).toString();
        if (error.code != QStringLiteral("duplicate_key"))
            error.message = QCoreApplication::translate(
                "sphair::licensing::LicenseClaims",
                "The license data is damaged: it is not in the expected format.");
        else if (isKnownClaim(key))
            error.message =
                QCoreApplication::translate("sphair::licensing::LicenseClaims",
                                            "The license is damaged: it states the %1 twice.")
                    .arg(claimLabel(key));
        else
            error.message = QCoreApplication::translate(
                                "sphair::licensing::LicenseClaims",
                                "The license data is damaged: the field “%1” appears twice.")
                                .arg(key);
        return error;
    }
    const QJsonObject &object = parsed.value();

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isKnownClaim(it.key())) {
            return models::Result<LicenseClaims>::failure(
                QStringLiteral("unknown_claim"),
                QCoreApplication::translate(
                    "sphair::licensing::LicenseClaims",
                    "The license contains information this program does not understand "
                    "(“%1”). It may have been made for a newer version.")
                    .arg(it.key()),
                claimDetails(it.key()));
        }
    }

    LicenseClaims claims;
    QString tierText;
    qint64 users = 0;
    qint64 grace = 0;
    qint64 seq = 0;
    QJsonValue featureValue;
    const Status reads[] = {
        readString(object, Key::iss, &claims.issuer),
        readUuid(object, Key::sub, &claims.companyId),
        readUuid(object, Key::jti, &claims.licenseId),
        readTime(object, Key::iat, &claims.issuedAt),
        readTime(object, Key::nbf, &claims.notBefore),
        readTime(object, Key::exp, &claims.expiresAt),
        readString(object, Key::companyCode, &claims.companyCode),
        readString(object, Key::tier, &tierText),
        readInteger(object, Key::maxUsers, &users),
        readValue(object, Key::features, &featureValue),
        readInteger(object, Key::graceDays, &grace),
        readInteger(object, Key::seq, &seq),
    };
    for (const Status &read : reads) {
        if (!read)
            return read.error();
    }

    const auto tier = models::tierFromCode(tierText);
    if (!tier) {
        return models::Result<LicenseClaims>::failure(
            QStringLiteral("unknown_tier"),
            QCoreApplication::translate(
                "sphair::licensing::LicenseClaims",
                "The license names a tier this program does not know: “%1”.")
                .arg(tierText),
            {{QStringLiteral("tier"), tierText}});
    }
    claims.tier = *tier;
    // Out-of-range values are reported here, before they are narrowed to int.
    const models::TierRange range = policy.range(claims.tier);
    if (users < range.minUsers || users > range.maxUsers)
        return usersOutOfRange(claims.tier, range, users);
    claims.maxUsers = static_cast<int>(users);
    if (grace < 0 || grace > kMaxGraceDays)
        return graceOutOfRange(grace);
    claims.graceDays = static_cast<int>(grace);
    if (seq < 1)
        return invalidClaim(Key::seq);
    claims.seq = static_cast<quint64>(seq);

    if (!featureValue.isArray())
        return invalidClaim(Key::features);
    const QJsonArray featureArray = featureValue.toArray();
    for (const auto &feature : featureArray) {
        if (!feature.isString())
            return invalidClaim(Key::features);
        claims.features.append(feature.toString());
    }

    if (object.contains(Key::supersedes)) {
        QUuid supersedes;
        if (auto read = readUuid(object, Key::supersedes, &supersedes); !read)
            return read.error();
        claims.supersedes = supersedes;
    }
    if (object.contains(Key::prev)) {
        QString prev;
        if (auto read = readString(object, Key::prev, &prev); !read)
            return read.error();
        // An empty "prev" would read back as "absent"; refuse it rather than guess.
        if (prev.isEmpty())
            return invalidClaim(Key::prev);
        claims.prev = prev.toUtf8();
    }

    if (auto valid = claims.validate(policy, now); !valid)
        return valid.error();
    return claims;
}

bool LicenseClaims::isValidCompanyCode(QStringView code)
{
    if (code.size() < 2 || code.size() > 32)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        const bool letter = c >= u'A' && c <= u'Z';
        const bool other = (c >= u'0' && c <= u'9') || c == u'-';
        if (!letter && (i == 0 || !other))
            return false;
    }
    return true;
}

models::LicenseRecord LicenseClaims::toRecord(const QString &kid, const QByteArray &token) const
{
    models::LicenseRecord record;
    record.id = licenseId;
    record.companyId = companyId;
    record.companyCode = companyCode;
    record.kid = kid;
    record.seq = static_cast<qint64>(seq);
    record.tier = tier;
    record.maxUsers = maxUsers;
    record.features = features;
    record.issuedAt = issuedAt;
    record.notBefore = notBefore;
    record.expiresAt = expiresAt;
    record.graceDays = graceDays;
    record.supersedes = supersedes.value_or(QUuid());
    record.status = models::LicenseRecordStatus::Active;
    record.token = QString::fromLatin1(token);
    return record;
}

bool LicenseClaims::operator==(const LicenseClaims &other) const
{
    return issuer == other.issuer && companyId == other.companyId && licenseId == other.licenseId
        && issuedAt == other.issuedAt && notBefore == other.notBefore
        && expiresAt == other.expiresAt && companyCode == other.companyCode && tier == other.tier
        && maxUsers == other.maxUsers && features == other.features && graceDays == other.graceDays
        && supersedes == other.supersedes && seq == other.seq && prev == other.prev;
}

} // namespace sphair::licensing
