#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/CompanySettings.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
namespace WireSamples = sphair::tests::WireSamples;

namespace {

// Built field by field rather than from a raw string: moc reads "//" in a raw string as the
// start of a comment.
} // namespace

// White-label settings: wire shape, validation, and the WCAG contrast warnings.
class TestCompanySettings : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto settings = CompanySettings::fromJson(WireSamples::companySettings());
        QVERIFY2(settings.ok(), qPrintable(settings.error().message));
        QCOMPARE(settings->accentColor, QStringLiteral("#00695C"));
        QCOMPARE(settings->version, 3);
        QCOMPARE(settings->toJson(), WireSamples::companySettings());
        QVERIFY(settings->validate().ok());
        QCOMPARE(CompanySettings::fromJson(settings->toJson()).value(), settings.value());
    }

    void optionalFieldsAreNullWhenEmpty()
    {
        CompanySettings settings = CompanySettings::defaults(QStringLiteral("NewCo"));
        const QJsonObject json = settings.toJson();
        for (const char *optional : {"logo_url", "favicon_url", "login_background_url",
                                     "footer_text", "custom_subdomain", "custom_domain"})
            QVERIFY2(json.value(QLatin1String(optional)).isNull(), optional);
        QCOMPARE(CompanySettings::fromJson(json).value(), settings);
        QVERIFY(settings.validate().ok());
        QVERIFY2(settings.contrastWarnings().isEmpty(), "the default colours must read well");
    }

    void shapeRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        for (const char *required :
             {"display_name", "primary_color", "secondary_color", "accent_color"}) {
            QTest::addRow("%s missing", required)
                << QString::fromLatin1(required) << absent() << QStringLiteral("missing");
        }
        QTest::newRow("colour number") << QStringLiteral("primary_color") << QJsonValue(0x1F4E79)
                                       << QStringLiteral("wrong_type");
        QTest::newRow("logo object") << QStringLiteral("logo_url") << QJsonValue(QJsonObject())
                                     << QStringLiteral("wrong_type");
        QTest::newRow("version text")
            << QStringLiteral("version") << QJsonValue(QStringLiteral("3"))
            << QStringLiteral("wrong_type");
    }
    void shapeRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto settings =
            CompanySettings::fromJson(patched(WireSamples::companySettings(), key, value));
        QVERIFY(!settings.ok());
        QVERIFY(isFieldError(settings.error(), key, reason));
    }

    void rulesRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("display_name empty")
            << QStringLiteral("display_name") << QJsonValue(QString()) << QStringLiteral("empty");
        QTest::newRow("display_name long")
            << QStringLiteral("display_name") << QJsonValue(QString(101, u'x'))
            << QStringLiteral("too_long");
        QTest::newRow("primary short")
            << QStringLiteral("primary_color") << QJsonValue(QStringLiteral("#FFF"))
            << QStringLiteral("format");
        QTest::newRow("secondary named")
            << QStringLiteral("secondary_color") << QJsonValue(QStringLiteral("navy"))
            << QStringLiteral("format");
        QTest::newRow("accent css")
            << QStringLiteral("accent_color") << QJsonValue(QStringLiteral("red;background:url(x)"))
            << QStringLiteral("format");
        QTest::newRow("footer long")
            << QStringLiteral("footer_text") << QJsonValue(QString(501, u'x'))
            << QStringLiteral("too_long");
        QTest::newRow("subdomain short")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("ab"))
            << QStringLiteral("format");
        QTest::newRow("subdomain long")
            << QStringLiteral("custom_subdomain") << QJsonValue(QString(64, u'a'))
            << QStringLiteral("format");
        QTest::newRow("subdomain upper case")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("Acme"))
            << QStringLiteral("format");
        QTest::newRow("subdomain dotted")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("acme.portal"))
            << QStringLiteral("format");
        QTest::newRow("subdomain leading hyphen")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("-acme"))
            << QStringLiteral("format");
        QTest::newRow("subdomain trailing hyphen")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("acme-"))
            << QStringLiteral("format");
        QTest::newRow("subdomain underscore")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("ac_me"))
            << QStringLiteral("format");
        QTest::newRow("subdomain www")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("www"))
            << QStringLiteral("not_allowed");
        QTest::newRow("subdomain api")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("api"))
            << QStringLiteral("not_allowed");
        QTest::newRow("subdomain admin")
            << QStringLiteral("custom_subdomain") << QJsonValue(QStringLiteral("admin"))
            << QStringLiteral("not_allowed");
        QTest::newRow("login_title long")
            << QStringLiteral("login_title") << QJsonValue(QString(101, u'x'))
            << QStringLiteral("too_long");
        QTest::newRow("login_title two lines")
            << QStringLiteral("login_title") << QJsonValue(QStringLiteral("a\nb"))
            << QStringLiteral("format");
        QTest::newRow("login_message long")
            << QStringLiteral("login_message") << QJsonValue(QString(1001, u'x'))
            << QStringLiteral("too_long");
        QTest::newRow("custom_domain url")
            << QStringLiteral("custom_domain")
            << QJsonValue(QStringLiteral("https://portal.acme.com")) << QStringLiteral("format");
        QTest::newRow("language unknown")
            << QStringLiteral("language") << QJsonValue(QStringLiteral("fr"))
            << QStringLiteral("unknown_value");
        QTest::newRow("timezone unknown")
            << QStringLiteral("timezone") << QJsonValue(QStringLiteral("Mars/Olympus"))
            << QStringLiteral("unknown_value");
    }
    void rulesRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto settings =
            CompanySettings::fromJson(patched(WireSamples::companySettings(), key, value));
        QVERIFY2(settings.ok(), qPrintable(settings.error().message));
        const Status status = settings->validate();
        QVERIFY(!status.ok());
        QVERIFY(isFieldError(status.error(), key, reason));
    }

    void contrastWarnings()
    {
        CompanySettings settings =
            CompanySettings::fromJson(WireSamples::companySettings()).value();
        QVERIFY(settings.contrastWarnings().isEmpty());

        settings.primaryColor = QStringLiteral("#FFEB3B"); // yellow: white text unreadable
        settings.accentColor = QStringLiteral("#777777"); // 4.48: just under AA
        const auto warnings = settings.contrastWarnings();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).field, QStringLiteral("primary_color"));
        QCOMPARE(warnings.at(0).foreground, QStringLiteral("#FFFFFF"));
        QCOMPARE(warnings.at(0).background, QStringLiteral("#FFEB3B"));
        QVERIFY(warnings.at(0).ratio < 1.5);
        QCOMPARE(warnings.at(1).field, QStringLiteral("accent_color"));
        QVERIFY(std::abs(warnings.at(1).ratio - 4.48) < 0.005);
        QCOMPARE(warnings.at(1).minimum, 4.5);
        QVERIFY(warnings.at(1).message.contains(QLatin1String("4.48")));

        settings.secondaryColor = QStringLiteral("not a colour"); // left to validate()
        QCOMPARE(settings.contrastWarnings().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCompanySettings)
#include "tst_companysettings.moc"
