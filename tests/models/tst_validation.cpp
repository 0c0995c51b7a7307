#include "ModelTestSupport.h"

#include "models/domain/Validation.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::isFieldError;

// The shared format rules: every accepted and refused shape, and the errors' field details.
class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void uuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical")
            << QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12") << true;
        QTest::newRow("uppercase")
            << QStringLiteral("3F2B6C1E-8A4D-4F6B-9C2E-1D5A7B9E0F12") << false;
        QTest::newRow("braces") << QStringLiteral("{3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f12}")
                                << false;
        QTest::newRow("no hyphens") << QStringLiteral("3f2b6c1e8a4d4f6b9c2e1d5a7b9e0f12") << false;
        QTest::newRow("short") << QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f1") << false;
        QTest::newRow("not hex") << QStringLiteral("3f2b6c1e-8a4d-4f6b-9c2e-1d5a7b9e0f1g") << false;
        QTest::newRow("hyphen moved")
            << QStringLiteral("3f2b6c1e8-a4d-4f6b-9c2e-1d5a7b9e0f12") << false;
        QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("sql") << QStringLiteral("' OR 1=1 --") << false;
    }
    void uuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isUuid(text), valid);
        const Status status = Validation::checkUuid(QStringLiteral("id"), text);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(isFieldError(status.error(), QStringLiteral("id"), QStringLiteral("format")));
    }

    void colour_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("upper") << QStringLiteral("#1A73E8") << true;
        QTest::newRow("lower") << QStringLiteral("#1a73e8") << true;
        QTest::newRow("black") << QStringLiteral("#000000") << true;
        QTest::newRow("short form") << QStringLiteral("#FFF") << false;
        QTest::newRow("no hash") << QStringLiteral("1A73E8") << false;
        QTest::newRow("alpha") << QStringLiteral("#1A73E8FF") << false;
        QTest::newRow("not hex") << QStringLiteral("#1A73G8") << false;
        QTest::newRow("name") << QStringLiteral("red") << false;
        QTest::newRow("rgb()") << QStringLiteral("rgb(0,0,0)") << false;
        QTest::newRow("trailing space") << QStringLiteral("#1A73E8 ") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void colour()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isColour(text), valid);
        const Status status = Validation::checkColour(QStringLiteral("primary_color"), text);
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QVERIFY(isFieldError(status.error(), QStringLiteral("primary_color"),
                                 QStringLiteral("format")));
        }
    }

    void httpsUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("https://cdn.example.com/logo.png") << true;
        QTest::newRow("port and query")
            << QStringLiteral("https://cdn.example.com:8443/a/b.svg?v=2#top") << true;
        QTest::newRow("upper scheme") << QStringLiteral("HTTPS://cdn.example.com/") << true;
        QTest::newRow("ip host") << QStringLiteral("https://192.0.2.7/logo.png") << true;
        QTest::newRow("http") << QStringLiteral("http://cdn.example.com/logo.png") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:image/png;base64,AAAA") << false;
        QTest::newRow("no host") << QStringLiteral("https:///logo.png") << false;
        QTest::newRow("relative") << QStringLiteral("/logo.png") << false;
        QTest::newRow("userinfo") << QStringLiteral("https://user:pw@cdn.example.com/") << false;
        QTest::newRow("user only") << QStringLiteral("https://user@cdn.example.com/") << false;
        QTest::newRow("empty userinfo") << QStringLiteral("https://@cdn.example.com/") << false;
        QTest::newRow("space") << QStringLiteral("https://cdn.example.com/my logo.png") << false;
        QTest::newRow("newline") << QStringLiteral("https://cdn.example.com/\nx") << false;
        QTest::newRow("empty") << QString() << false;
        const QString base = QStringLiteral("https://cdn.example.com/");
        QTest::newRow("2048 chars")
            << base + QString(Validation::kMaxUrlLength - base.size(), u'a') << true;
        QTest::newRow("2049 chars")
            << base + QString(Validation::kMaxUrlLength - base.size() + 1, u'a') << false;
    }
    void httpsUrl()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isHttpsUrl(text), valid);
        const Status status = Validation::checkHttpsUrl(QStringLiteral("logo_url"), text);
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QVERIFY(
                isFieldError(status.error(), QStringLiteral("logo_url"), QStringLiteral("format")));
        }
    }

    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ops@brightstep.co.za") << true;
        QTest::newRow("plus and dots") << QStringLiteral("first.last+admin@example.com") << true;
        QTest::newRow("hyphen domain") << QStringLiteral("a@mail-1.example.org") << true;
        QTest::newRow("no at") << QStringLiteral("ops.brightstep.co.za") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("no local") << QStringLiteral("@example.com") << false;
        QTest::newRow("no domain") << QStringLiteral("ops@") << false;
        QTest::newRow("single label") << QStringLiteral("ops@localhost") << false;
        QTest::newRow("space") << QStringLiteral("o ps@example.com") << false;
        QTest::newRow("leading dot") << QStringLiteral(".ops@example.com") << false;
        QTest::newRow("double dot") << QStringLiteral("o..ps@example.com") << false;
        QTest::newRow("label hyphen") << QStringLiteral("ops@-example.com") << false;
        QTest::newRow("numeric tld") << QStringLiteral("ops@example.123") << false;
        QTest::newRow("display name") << QStringLiteral("Ops <ops@example.com>") << false;
        QTest::newRow("local 65") << QString(65, u'a') + QStringLiteral("@example.com") << false;
        QTest::newRow("local 64") << QString(64, u'a') + QStringLiteral("@example.com") << true;
        QTest::newRow("empty") << QString() << false;
    }
    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isEmail(text), valid);
        const Status status = Validation::checkEmail(QStringLiteral("contact_email"), text);
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QVERIFY(isFieldError(status.error(), QStringLiteral("contact_email"),
                                 QStringLiteral("format")));
        }
    }

    void companyCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ACME") << true;
        QTest::newRow("digits and hyphen") << QStringLiteral("ACME-01") << true;
        QTest::newRow("two") << QStringLiteral("AB") << true;
        QTest::newRow("thirty-two") << QString(32, u'A') << true;
        QTest::newRow("one") << QStringLiteral("A") << false;
        QTest::newRow("thirty-three") << QString(33, u'A') << false;
        QTest::newRow("lowercase") << QStringLiteral("acme") << false;
        QTest::newRow("starts with digit") << QStringLiteral("1ACME") << false;
        QTest::newRow("starts with hyphen") << QStringLiteral("-ACME") << false;
        QTest::newRow("underscore") << QStringLiteral("ACME_01") << false;
        QTest::newRow("space") << QStringLiteral("AC ME") << false;
        QTest::newRow("accent") << QStringLiteral("ÄCME") << false;
    }
    void companyCode()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isCompanyCode(text), valid);
        const Status status = Validation::checkCompanyCode(QStringLiteral("code"), text);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(isFieldError(status.error(), QStringLiteral("code"), QStringLiteral("format")));
    }

    void domainName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two labels") << QStringLiteral("example.com") << true;
        QTest::newRow("subdomain") << QStringLiteral("portal.acme.co.za") << true;
        QTest::newRow("hyphen inside") << QStringLiteral("my-portal.example.com") << true;
        QTest::newRow("one label") << QStringLiteral("localhost") << false;
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << false;
        QTest::newRow("empty label") << QStringLiteral("a..example.com") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-a.example.com") << false;
        QTest::newRow("underscore") << QStringLiteral("a_b.example.com") << false;
        QTest::newRow("ip address") << QStringLiteral("192.0.2.7") << false;
        QTest::newRow("with scheme") << QStringLiteral("https://example.com") << false;
        QTest::newRow("label 64") << QString(64, u'a') + QStringLiteral(".com") << false;
        QTest::newRow("label 63") << QString(63, u'a') + QStringLiteral(".com") << true;
    }
    void domainName()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isDomainName(text), valid);
        const Status status = Validation::checkDomainName(QStringLiteral("custom_domain"), text);
        QCOMPARE(status.ok(), valid);
    }

    void length_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("inside") << QStringLiteral("Acme") << 1 << 10 << QString();
        QTest::newRow("at max") << QStringLiteral("0123456789") << 1 << 10 << QString();
        QTest::newRow("over max") << QStringLiteral("0123456789A") << 1 << 10
                                  << QStringLiteral("too_long");
        QTest::newRow("under min")
            << QStringLiteral("ab") << 3 << 10 << QStringLiteral("too_short");
        QTest::newRow("empty required") << QString() << 1 << 10 << QStringLiteral("empty");
        QTest::newRow("spaces required")
            << QStringLiteral("   ") << 1 << 10 << QStringLiteral("empty");
        QTest::newRow("empty optional") << QString() << 0 << 10 << QString();
        // Four emoji are eight UTF-16 units but four characters.
        QTest::newRow("code points") << QStringLiteral("😀😀😀😀") << 1 << 4 << QString();
        QTest::newRow("code points over")
            << QStringLiteral("😀😀😀😀😀") << 1 << 4 << QStringLiteral("too_long");
    }
    void length()
    {
        QFETCH(QString, text);
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(QString, reason);
        const Status status = Validation::checkLength(QStringLiteral("name"), text, min, max);
        QCOMPARE(status.ok(), reason.isEmpty());
        if (!reason.isEmpty())
            QVERIFY(isFieldError(status.error(), QStringLiteral("name"), reason));
    }

    void singleLine()
    {
        QVERIFY(Validation::checkSingleLine(QStringLiteral("name"), u"Acme Ltd", 1, 100).ok());
        const Status status =
            Validation::checkSingleLine(QStringLiteral("name"), u"Acme\nLtd", 1, 100);
        QVERIFY(!status.ok());
        QVERIFY(isFieldError(status.error(), QStringLiteral("name"), QStringLiteral("format")));
    }

    void range()
    {
        QVERIFY(Validation::checkRange(QStringLiteral("n"), 5, 1, 5).ok());
        const Status status = Validation::checkRange(QStringLiteral("n"), 6, 1, 5);
        QVERIFY(isFieldError(status.error(), QStringLiteral("n"), QStringLiteral("out_of_range")));
        QCOMPARE(status.error().details.value(QLatin1String("max")).toInt(), 5);
    }

    void tierUsers_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("users");
        QTest::addColumn<bool>("valid");
        QTest::newRow("small 2") << QStringLiteral("small") << 2 << true;
        QTest::newRow("small 10") << QStringLiteral("small") << 10 << true;
        QTest::newRow("small 1") << QStringLiteral("small") << 1 << false;
        QTest::newRow("small 11") << QStringLiteral("small") << 11 << false;
        QTest::newRow("medium 10") << QStringLiteral("medium") << 10 << true;
        QTest::newRow("medium 31") << QStringLiteral("medium") << 31 << false;
        QTest::newRow("large 29") << QStringLiteral("large") << 29 << false;
        QTest::newRow("large 5000") << QStringLiteral("large") << 5000 << true;
    }
    void tierUsers()
    {
        QFETCH(QString, tier);
        QFETCH(int, users);
        QFETCH(bool, valid);
        const Status status =
            Validation::checkTierUsers(*tierFromCode(tier), users, TierPolicy::defaults());
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QVERIFY(isFieldError(status.error(), QStringLiteral("max_users"),
                                 QStringLiteral("out_of_range")));
            QCOMPARE(status.error().details.value(QLatin1String("tier")).toString(), tier);
        }
    }

    void featureCodes()
    {
        QVERIFY(Validation::checkFeatureCodes(
                    QStringLiteral("features"),
                    {QStringLiteral("inventory"), QStringLiteral("white_label")})
                    .ok());
        const Status unknown =
            Validation::checkFeatureCodes(QStringLiteral("features"), {QStringLiteral("teleport")});
        QVERIFY(isFieldError(unknown.error(), QStringLiteral("features"),
                             QStringLiteral("unknown_value")));
        const Status twice = Validation::checkFeatureCodes(
            QStringLiteral("features"), {QStringLiteral("calendar"), QStringLiteral("calendar")});
        QVERIFY(isFieldError(twice.error(), QStringLiteral("features"), QStringLiteral("format")));
    }

    void knownFields()
    {
        const QStringList allowed {QStringLiteral("reason")};
        QVERIFY(Validation::checkKnownFields({{QStringLiteral("reason"), 1}}, allowed).ok());
        const Status status = Validation::checkKnownFields(
            {{QStringLiteral("reason"), 1}, {QStringLiteral("reasn"), 2}}, allowed);
        QVERIFY(
            isFieldError(status.error(), QStringLiteral("reasn"), QStringLiteral("unknown_field")));
    }

    void fieldPrefix()
    {
        const Error error = Validation::withFieldPrefix(
            Validation::missingField(QStringLiteral("code")), QStringLiteral("items[2]."));
        QCOMPARE(Validation::fieldOf(error), QStringLiteral("items[2].code"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
