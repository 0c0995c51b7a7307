// InputValidator: good and bad UUIDs, colours, URLs, e-mail addresses, text, enums and
// integers, and the field-level details a client receives.
#include "models/domain/Validation.h"
#include "server/http/InputValidator.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::server;

class TestInputValidator : public QObject
{
    Q_OBJECT

private slots:
    void uuid_data();
    void uuid();
    void colour_data();
    void colour();
    void httpsUrl_data();
    void httpsUrl();
    void email_data();
    void email();
    void text_data();
    void text();
    void integerFromJson_data();
    void integerFromJson();
    void integerFromText_data();
    void integerFromText();
    void oneOf();
    void collectsEveryField();
};

// Columns: input, expected reason ("" = valid), canonical output when valid.
static void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("canonical");
}

static QString reasonOf(const sphair::models::Error &error)
{
    return error.details.value(QStringLiteral("reason")).toString();
}

static void check(const sphair::models::Result<QString> &result)
{
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().code));
        QCOMPARE(result.value(), canonical);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("invalid_field"));
        QCOMPARE(reasonOf(result.error()), code);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestInputValidator::uuid_data()
{
    addColumns();
    const QString good = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    const QString format = QStringLiteral("format");
    QTest::newRow("canonical") << good << QString() << good;
    QTest::newRow("uppercase") << good.toUpper() << format << QString();
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << format
                         << QString();
    QTest::newRow("empty") << QString() << format << QString();
    QTest::newRow("braces") << QStringLiteral("{123e4567-e89b-12d3-a456-426614174000}") << format
                            << QString();
    QTest::newRow("urn") << QStringLiteral("urn:uuid:123e4567-e89b-12d3-a456-426614174000")
                         << format << QString();
    QTest::newRow("no dashes") << QStringLiteral("123e4567e89b12d3a456426614174000") << format
                               << QString();
    QTest::newRow("short") << QStringLiteral("123e4567-e89b-12d3-a456-42661417400") << format
                           << QString();
    QTest::newRow("long") << QStringLiteral("123e4567-e89b-12d3-a456-4266141740000") << format
                          << QString();
    QTest::newRow("not hex") << QStringLiteral("123e4567-e89b-12d3-a456-42661417400g") << format
                             << QString();
    QTest::newRow("dash moved") << QStringLiteral("123e456-7e89b-12d3-a456-426614174000") << format
                                << QString();
    QTest::newRow("sql") << QStringLiteral("1' OR '1'='1") << format << QString();
    QTest::newRow("space") << QStringLiteral(" 123e4567-e89b-12d3-a456-42661417400") << format
                           << QString();
    QTest::newRow("fullwidth digit")
        << QStringLiteral("\uff11\u0032\u0033e4567-e89b-12d3-a456-42661417400") << format
        << QString();
}

void TestInputValidator::uuid()
{
    QFETCH(QString, input);
    check(InputValidator::checkUuid(input));
}

void TestInputValidator::colour_data()
{
    addColumns();
    QTest::newRow("lower") << QStringLiteral("#1a2b3c") << QString() << QStringLiteral("#1a2b3c");
    QTest::newRow("upper") << QStringLiteral("#FFAA00") << QString() << QStringLiteral("#ffaa00");
    QTest::newRow("black") << QStringLiteral("#000000") << QString() << QStringLiteral("#000000");
    QTest::newRow("no hash") << QStringLiteral("ffaa00") << QStringLiteral("format") << QString();
    QTest::newRow("short") << QStringLiteral("#fa0") << QStringLiteral("format") << QString();
    QTest::newRow("alpha") << QStringLiteral("#ffaa0080") << QStringLiteral("format") << QString();
    QTest::newRow("not hex") << QStringLiteral("#ggaa00") << QStringLiteral("format") << QString();
    QTest::newRow("name") << QStringLiteral("red") << QStringLiteral("format") << QString();
    QTest::newRow("css") << QStringLiteral("rgb(1,2,3)") << QStringLiteral("format") << QString();
    QTest::newRow("injection") << QStringLiteral("#fff;}") << QStringLiteral("format") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("format") << QString();
}

void TestInputValidator::colour()
{
    QFETCH(QString, input);
    check(InputValidator::checkColour(input));
}

void TestInputValidator::httpsUrl_data()
{
    addColumns();
    const auto same = [](const char *url) {
        return QString::fromLatin1(url);
    };
    QTest::newRow("plain") << same("https://example.com") << QString()
                           << same("https://example.com");
    QTest::newRow("path query") << same("https://cdn.example.com/brand/logo.png?v=2#top")
                                << QString()
                                << same("https://cdn.example.com/brand/logo.png?v=2#top");
    QTest::newRow("port") << same("https://example.com:8443/x") << QString()
                          << same("https://example.com:8443/x");
    QTest::newRow("upper scheme") << same("HTTPS://example.com/") << QString()
                                  << same("HTTPS://example.com/");
    QTest::newRow("ipv6") << same("https://[::1]/logo.png") << QString()
                          << same("https://[::1]/logo.png");
    QTest::newRow("at in path") << same("https://example.com/@brand/logo") << QString()
                                << same("https://example.com/@brand/logo");
    QTest::newRow("http") << same("http://example.com/logo.png") << QStringLiteral("format")
                          << QString();
    QTest::newRow("javascript") << same("javascript:alert(1)") << QStringLiteral("format")
                                << QString();
    QTest::newRow("data") << same("data:image/png;base64,AAAA") << QStringLiteral("format")
                          << QString();
    QTest::newRow("file") << same("file:///etc/passwd") << QStringLiteral("format") << QString();
    QTest::newRow("relative") << same("//example.com/logo.png") << QStringLiteral("format")
                              << QString();
    QTest::newRow("no slashes") << same("https:example.com") << QStringLiteral("format")
                                << QString();
    QTest::newRow("userinfo") << same("https://user:pass@example.com/") << QStringLiteral("format")
                              << QString();
    QTest::newRow("user only") << same("https://evil.com@example.com/") << QStringLiteral("format")
                               << QString();
    QTest::newRow("no host") << same("https:///path") << QStringLiteral("format") << QString();
    QTest::newRow("empty host port")
        << same("https://:443/") << QStringLiteral("format") << QString();
    QTest::newRow("space") << same("https://exa mple.com/") << QStringLiteral("format")
                           << QString();
    QTest::newRow("newline") << same("https://example.com/\nx") << QStringLiteral("format")
                             << QString();
    QTest::newRow("backslash") << same("https://example.com\\@evil.com/")
                               << QStringLiteral("format") << QString();
    QTest::newRow("bad port") << same("https://example.com:99999/") << QStringLiteral("format")
                              << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("format") << QString();
    QTest::newRow("too long") << QStringLiteral("https://example.com/")
            + QString(2100, QLatin1Char('a'))
                              << QStringLiteral("too_long") << QString();
}

void TestInputValidator::httpsUrl()
{
    QFETCH(QString, input);
    check(InputValidator::checkHttpsUrl(input));
}

void TestInputValidator::email_data()
{
    addColumns();
    const auto same = [](const char *text) {
        return QString::fromLatin1(text);
    };
    for (const char *good : {"admin@example.com", "first.last+tag@sub.example.co.za",
                             "o'neil@example.org", "x@a.io", "UPPER@EXAMPLE.COM"})
        QTest::newRow(good) << same(good) << QString() << same(good);
    for (const char *bad :
         {"", "plain", "@example.com", "admin@", "admin@localhost", "a@b@example.com",
          ".admin@example.com", "admin.@example.com", "ad..min@example.com", "admin@-example.com",
          "admin@example-.com", "admin@exa_mple.com", "admin@example..com", "admin @example.com",
          "admin@example.com ", "\"quoted\"@example.com", "admin@example.123", "admin@[127.0.0.1]",
          "admin@ex\u00e4mple.com"})
        QTest::newRow(bad[0] ? bad : "empty")
            << QString::fromUtf8(bad) << QStringLiteral("format") << QString();
    QTest::newRow("local too long")
        << QString(65, QLatin1Char('a')) + QStringLiteral("@example.com")
        << QStringLiteral("format") << QString();
    QTest::newRow("too long") << QStringLiteral("a@") + QString(250, QLatin1Char('b'))
            + QStringLiteral(".com")
                              << QStringLiteral("too_long") << QString();
}

void TestInputValidator::email()
{
    QFETCH(QString, input);
    check(InputValidator::checkEmail(input));
}

void TestInputValidator::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("multiLine");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QStringLiteral("Acme Mining (Pty) Ltd") << 200 << false << QString();
    QTest::newRow("sql stored verbatim")
        << QStringLiteral("Robert'); DROP TABLE companies;--") << 200 << false << QString();
    QTest::newRow("unicode") << QStringLiteral("Caf\u00e9 \U0001F600") << 10 << false << QString();
    QTest::newRow("empty") << QString() << 10 << false << QStringLiteral("empty");
    QTest::newRow("too long") << QString(11, QLatin1Char('a')) << 10 << false
                              << QStringLiteral("too_long");
    // 10 emoji are 20 UTF-16 units but 10 characters.
    QTest::newRow("emoji count as one")
        << QString(QStringLiteral("\U0001F600")).repeated(10) << 10 << false << QString();
    QTest::newRow("newline single")
        << QStringLiteral("a\nb") << 10 << false << QStringLiteral("format");
    QTest::newRow("newline multi") << QStringLiteral("a\nb") << 10 << true << QString();
    QTest::newRow("nul") << QString::fromUtf16(u"a\u0000b", 3) << 10 << true
                         << QStringLiteral("format");
    QTest::newRow("escape") << QStringLiteral("a\u001b[31m") << 10 << false
                            << QStringLiteral("format");
    QTest::newRow("bidi override")
        << QStringLiteral("abc\u202Edef") << 10 << false << QStringLiteral("format");
    QTest::newRow("lone surrogate")
        << QString(QChar(0xd800)) << 10 << false << QStringLiteral("format");
}

void TestInputValidator::text()
{
    QFETCH(QString, input);
    QFETCH(int, maxLength);
    QFETCH(bool, multiLine);
    QFETCH(QString, code);
    const auto result = InputValidator::checkText(input, 1, maxLength, multiLine);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().code));
        QCOMPARE(result.value(), input);
    } else {
        QCOMPARE(reasonOf(result.error()), code);
    }
}

void TestInputValidator::integerFromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("min") << QJsonValue(2) << QString() << qint64(2);
    QTest::newRow("max") << QJsonValue(30) << QString() << qint64(30);
    QTest::newRow("whole double") << QJsonValue(10.0) << QString() << qint64(10);
    QTest::newRow("below") << QJsonValue(1) << QStringLiteral("out_of_range") << qint64(0);
    QTest::newRow("above") << QJsonValue(31) << QStringLiteral("out_of_range") << qint64(0);
    QTest::newRow("negative") << QJsonValue(-5) << QStringLiteral("out_of_range") << qint64(0);
    QTest::newRow("huge") << QJsonValue(1e300) << QStringLiteral("out_of_range") << qint64(0);
    QTest::newRow("fraction") << QJsonValue(10.5) << QStringLiteral("format") << qint64(0);
    QTest::newRow("string") << QJsonValue(QStringLiteral("10")) << QStringLiteral("wrong_type")
                            << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << QStringLiteral("wrong_type") << qint64(0);
    QTest::newRow("null") << QJsonValue() << QStringLiteral("wrong_type") << qint64(0);
}

void TestInputValidator::integerFromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(qint64, expected);
    const auto result = InputValidator::checkInteger(value, 2, 30);
    if (code.isEmpty())
        QCOMPARE(result.value(), expected);
    else
        QCOMPARE(reasonOf(result.error()), code);
}

void TestInputValidator::integerFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << QStringLiteral("30") << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QString();
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("out_of_range");
    QTest::newRow("plus") << QStringLiteral("+5") << QStringLiteral("format");
    QTest::newRow("space") << QStringLiteral(" 5") << QStringLiteral("format");
    QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("format");
    QTest::newRow("empty") << QString() << QStringLiteral("format");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << QStringLiteral("format");
    QTest::newRow("big") << QStringLiteral("366") << QStringLiteral("out_of_range");
}

void TestInputValidator::integerFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto result = InputValidator::checkInteger(QStringView(text), 0, 365);
    if (code.isEmpty())
        QCOMPARE(result.value(), text.toLongLong());
    else
        QCOMPARE(reasonOf(result.error()), code);
}

void TestInputValidator::oneOf()
{
    const QStringList tiers {QStringLiteral("small"), QStringLiteral("medium"),
                             QStringLiteral("large")};
    QCOMPARE(InputValidator::checkOneOf(u"medium", tiers).value(), QStringLiteral("medium"));
    const auto refused = InputValidator::checkOneOf(u"Medium", tiers);
    QCOMPARE(reasonOf(refused.error()), QStringLiteral("unknown_value"));
    QCOMPARE(refused.error().details.value(QStringLiteral("allowed")).toArray().size(), 3);
    QVERIFY(refused.error().message.contains(QStringLiteral("small, medium, large")));
}

void TestInputValidator::collectsEveryField()
{
    InputValidator v;
    const QString id = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    QCOMPARE(v.uuid(QStringLiteral("id"), id), std::optional<QString>(id));
    QCOMPARE(v.colour(QStringLiteral("accent_color"), u"#ABCDEF"),
             std::optional<QString>(QStringLiteral("#abcdef")));
    QVERIFY(v.ok());
    QVERIFY(v.status().ok());
    QVERIFY(!v.colour(QStringLiteral("primary_color"), u"blue"));
    QVERIFY(!v.httpsUrl(QStringLiteral("logo_url"), u"http://x.com"));
    QVERIFY(!v.email(QStringLiteral("contact_email"), u"nobody"));
    QVERIFY(!v.integer(QStringLiteral("max_users"), QJsonValue(0), 1, 10));
    QVERIFY(!v.text(QStringLiteral("name"), u"  ", 1, 10));
    // The first problem of a field is kept.
    v.addProblem(QStringLiteral("name"), QStringLiteral("other"), QStringLiteral("other"));
    QVERIFY(!v.ok());
    QCOMPARE(v.reasonOf(QStringLiteral("name")), QStringLiteral("empty"));

    // The shared invalid_field shape: the first field at the top, all of them in "fields".
    const sphair::models::Error error = v.error();
    QCOMPARE(error.code, QStringLiteral("invalid_field"));
    QCOMPARE(sphair::models::Validation::fieldOf(error), QStringLiteral("primary_color"));
    QCOMPARE(reasonOf(error), QStringLiteral("format"));
    const QJsonObject fields = error.details.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.keys(),
             QStringList({QStringLiteral("contact_email"), QStringLiteral("logo_url"),
                          QStringLiteral("max_users"), QStringLiteral("name"),
                          QStringLiteral("primary_color")}));
    const QJsonObject users = fields.value(QStringLiteral("max_users")).toObject();
    QCOMPARE(users.value(QStringLiteral("reason")).toString(), QStringLiteral("out_of_range"));
    QCOMPARE(users.value(QStringLiteral("min")).toInt(), 1);
    QCOMPARE(users.value(QStringLiteral("max")).toInt(), 10);
    QVERIFY(!users.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(error.message.contains(QStringLiteral("primary_color")));
    QVERIFY(!v.status().ok());

    // An error from models::Validation lands under its own field.
    InputValidator shared;
    shared.addProblem(
        sphair::models::Validation::checkColour(QStringLiteral("secondary_color"), u"red").error());
    QCOMPARE(shared.reasonOf(QStringLiteral("secondary_color")), QStringLiteral("format"));
    QCOMPARE(sphair::models::Validation::fieldOf(shared.error()),
             QStringLiteral("secondary_color"));
    QVERIFY(shared.error().message.contains(QStringLiteral("secondary_color")));
}

QTEST_GUILESS_MAIN(TestInputValidator)
#include "tst_inputvalidator.moc"
