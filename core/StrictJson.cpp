#include "core/StrictJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>

namespace sphair::core::StrictJson {

namespace {

// Deeper nesting than any license needs; the limit keeps the recursion bounded.
constexpr int kMaxDepth = 64;

// One pass over the bytes that checks RFC 8259 grammar and UTF-8, and remembers the decoded
// keys of every open object so that "a" and "\u0061" count as the same key. QJsonDocument is
// only asked to build the object once this pass has accepted the text.
class Validator
{
public:
    explicit Validator(QByteArrayView json)
        : m_begin(reinterpret_cast<const unsigned char *>(json.data()))
        , m_at(m_begin)
        , m_end(m_begin + json.size())
    { }

    bool validateDocument()
    {
        skipWhitespace();
        if (m_at == m_end || *m_at != '{')
            return fail("not_object");
        if (!parseObject(0))
            return false;
        skipWhitespace();
        if (m_at != m_end)
            return fail("trailing_data");
        return true;
    }

    const char *reason() const { return m_reason; }
    qsizetype offset() const { return m_at - m_begin; }
    const QByteArray &duplicateKey() const { return m_duplicateKey; }

private:
    bool fail(const char *reason)
    {
        m_reason = reason;
        return false;
    }

    bool atEnd() const { return m_at == m_end; }

    void skipWhitespace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    bool parseValue(int depth)
    {
        if (atEnd())
            return fail("unexpected_end");
        switch (*m_at) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return parseString(nullptr);
        case 't':
            return parseLiteral("true");
        case 'f':
            return parseLiteral("false");
        case 'n':
            return parseLiteral("null");
        default:
            if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
                return parseNumber();
            return fail("unexpected_character");
        }
    }

    bool parseObject(int depth)
    {
        if (depth + 1 > kMaxDepth)
            return fail("too_deep");
        ++m_at; // '{'
        skipWhitespace();
        if (!atEnd() && *m_at == '}') {
            ++m_at;
            return true;
        }
        // Objects here are small (a license has 14 keys): a linear scan beats hashing until
        // an object grows large, and then a set takes over.
        constexpr std::size_t kLinearLimit = 32;
        std::vector<QByteArray> keys;
        QSet<QByteArray> manyKeys;
        for (;;) {
            skipWhitespace();
            if (atEnd() || *m_at != '"')
                return fail("expected_key");
            QByteArray key;
            if (!parseString(&key))
                return false;
            const bool seen = manyKeys.isEmpty()
                ? std::find(keys.cbegin(), keys.cend(), key) != keys.cend()
                : manyKeys.contains(key);
            if (seen) {
                m_duplicateKey = key;
                return fail("duplicate_key");
            }
            if (!manyKeys.isEmpty()) {
                manyKeys.insert(std::move(key));
            } else {
                keys.push_back(std::move(key));
                if (keys.size() == kLinearLimit)
                    manyKeys = QSet<QByteArray>(keys.cbegin(), keys.cend());
            }
            skipWhitespace();
            if (atEnd() || *m_at != ':')
                return fail("expected_colon");
            ++m_at;
            skipWhitespace();
            if (!parseValue(depth + 1))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail("unexpected_end");
            if (*m_at == ',') {
                ++m_at;
                continue;
            }
            if (*m_at == '}') {
                ++m_at;
                return true;
            }
            return fail("expected_comma_or_brace");
        }
    }

    bool parseArray(int depth)
    {
        if (depth + 1 > kMaxDepth)
            return fail("too_deep");
        ++m_at; // '['
        skipWhitespace();
        if (!atEnd() && *m_at == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!parseValue(depth + 1))
                return false;
            skipWhitespace();
            if (atEnd())
                return fail("unexpected_end");
            if (*m_at == ',') {
                ++m_at;
                continue;
            }
            if (*m_at == ']') {
                ++m_at;
                return true;
            }
            return fail("expected_comma_or_bracket");
        }
    }

    bool parseLiteral(const char *literal)
    {
        for (const char *c = literal; *c != '\0'; ++c, ++m_at) {
            if (atEnd() || *m_at != static_cast<unsigned char>(*c))
                return fail("invalid_literal");
        }
        return true;
    }

    bool skipDigits()
    {
        const unsigned char *start = m_at;
        while (!atEnd() && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        return m_at != start;
    }

    bool parseNumber()
    {
        if (*m_at == '-')
            ++m_at;
        if (atEnd())
            return fail("invalid_number");
        if (*m_at == '0') {
            ++m_at; // no leading zeros: "01" leaves '1' to be refused by the caller
        } else if (!skipDigits()) {
            return fail("invalid_number");
        }
        if (!atEnd() && *m_at == '.') {
            ++m_at;
            if (!skipDigits())
                return fail("invalid_number");
        }
        if (!atEnd() && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (!atEnd() && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!skipDigits())
                return fail("invalid_number");
        }
        return true;
    }

    bool readHex4(char32_t *value)
    {
        if (m_end - m_at < 4)
            return fail("invalid_escape");
        char32_t v = 0;
        for (int i = 0; i < 4; ++i, ++m_at) {
            const unsigned char c = *m_at;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return fail("invalid_escape");
        }
        *value = v;
        return true;
    }

    static void appendUtf8(QByteArray *out, char32_t cp)
    {
        if (cp < 0x80) {
            out->append(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out->append(static_cast<char>(0xc0 | (cp >> 6)));
            out->append(static_cast<char>(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out->append(static_cast<char>(0xe0 | (cp >> 12)));
            out->append(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out->append(static_cast<char>(0x80 | (cp & 0x3f)));
        } else {
            out->append(static_cast<char>(0xf0 | (cp >> 18)));
            out->append(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
            out->append(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
            out->append(static_cast<char>(0x80 | (cp & 0x3f)));
        }
    }

    bool parseEscape(QByteArray *decoded)
    {
        ++m_at; // '\\'
        if (atEnd())
            return fail("unterminated_string");
        const unsigned char c = *m_at++;
        char simple = 0;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            simple = static_cast<char>(c);
            break;
        case 'b':
            simple = '\b';
            break;
        case 'f':
            simple = '\f';
            break;
        case 'n':
            simple = '\n';
            break;
        case 'r':
            simple = '\r';
            break;
        case 't':
            simple = '\t';
            break;
        case 'u': {
            char32_t cp = 0;
            if (!readHex4(&cp))
                return false;
            if (cp >= 0xdc00 && cp <= 0xdfff)
                return fail("lone_surrogate");
            if (cp >= 0xd800 && cp <= 0xdbff) {
                // A high surrogate is only meaningful with a low one right behind it.
                if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                    return fail("lone_surrogate");
                m_at += 2;
                char32_t low = 0;
                if (!readHex4(&low))
                    return false;
                if (low < 0xdc00 || low > 0xdfff)
                    return fail("lone_surrogate");
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            }
            if (decoded != nullptr)
                appendUtf8(decoded, cp);
            return true;
        }
        default:
            return fail("invalid_escape");
        }
        if (decoded != nullptr)
            decoded->append(simple);
        return true;
    }

    // Checks one UTF-8 sequence starting at a byte >= 0x80 (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF).
    bool parseUtf8(QByteArray *decoded)
    {
        const unsigned char *start = m_at;
        const unsigned char lead = *m_at;
        int continuation = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            continuation = 1;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            continuation = 2;
            if (lead == 0xe0)
                min = 0xa0;
            else if (lead == 0xed)
                max = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            continuation = 3;
            if (lead == 0xf0)
                min = 0x90;
            else if (lead == 0xf4)
                max = 0x8f;
        } else {
            return fail("invalid_utf8");
        }
        ++m_at;
        if (m_end - m_at < continuation)
            return fail("invalid_utf8");
        // Only the first continuation byte has narrowed bounds.
        if (*m_at < min || *m_at > max)
            return fail("invalid_utf8");
        for (int i = 0; i < continuation; ++i, ++m_at) {
            if ((*m_at & 0xc0) != 0x80)
                return fail("invalid_utf8");
        }
        if (decoded != nullptr)
            decoded->append(reinterpret_cast<const char *>(start), m_at - start);
        return true;
    }

    bool parseString(QByteArray *decoded)
    {
        ++m_at; // opening quote
        for (;;) {
            if (atEnd())
                return fail("unterminated_string");
            const unsigned char c = *m_at;
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c == '\\') {
                if (!parseEscape(decoded))
                    return false;
            } else if (c < 0x20) {
                return fail("control_character");
            } else if (c >= 0x80) {
                if (!parseUtf8(decoded))
                    return false;
            } else {
                // A run of plain characters is copied in one go.
                const unsigned char *run = m_at;
                while (m_at < m_end && *m_at >= 0x20 && *m_at < 0x80 && *m_at != '"'
                       && *m_at != '\\')
                    ++m_at;
                if (decoded != nullptr)
                    decoded->append(reinterpret_cast<const char *>(run), m_at - run);
            }
        }
    }

    const unsigned char *m_begin;
    const unsigned char *m_at;
    const unsigned char *m_end;
    const char *m_reason = "";
    QByteArray m_duplicateKey;
};

core::Error invalidJson(const char *reason, qsizetype offset)
{
    return {QStringLiteral("invalid_json"),
            QCoreApplication::translate("sphair::core::StrictJson",
                                        "The data is not a valid JSON object."),
            {{QStringLiteral("reason"), QLatin1String(reason)},
             {QStringLiteral("offset"), static_cast<qint64>(offset)}}};
}

} // namespace

core::Result<QJsonObject> parseObject(QByteArrayView json)
{
    Validator validator(json);
    if (!validator.validateDocument()) {
        if (qstrcmp(validator.reason(), "duplicate_key") == 0) {
            const QString key = QString::fromUtf8(validator.duplicateKey());
            return core::Result<QJsonObject>::failure(
                QStringLiteral("duplicate_key"),
                QCoreApplication::translate("sphair::core::StrictJson",
                                            "The data names the field “%1” twice.")
                    .arg(key),
                {{QStringLiteral("key"), key}});
        }
        return invalidJson(validator.reason(), validator.offset());
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidJson("rejected_by_qt", error.offset);
    return document.object();
}

} // namespace sphair::core::StrictJson
