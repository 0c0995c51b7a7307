#include "licensing/LicenseFile.h"

#include <QTest>

using namespace sphair::licensing;
using sphair::models::Tier;

namespace {

const QByteArray kToken("v4.public.eyJpc3MiOiJ4In0AAAA.eyJraWQiOiJrNC5waWQueCJ9");

LicenseClaims claims()
{
    LicenseClaims c;
    c.licenseId = QUuid::fromString(u"0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01");
    c.companyCode = QStringLiteral("ACME");
    c.tier = Tier::Medium;
    c.maxUsers = 25;
    c.expiresAt = QDateTime(QDate(2027, 11, 22), QTime(0, 0), Qt::UTC);
    return c;
}

} // namespace

// The .lic text format: round trips, tolerance of line endings, and header warnings.
class TestLicenseFile : public QObject
{
    Q_OBJECT
private slots:
    void headersFor()
    {
        const auto headers = LicenseFile::headersFor(claims(), QStringLiteral("Acme Mining Ltd"));
        QCOMPARE(headers.value(u"Company"_qs), QStringLiteral("ACME (Acme Mining Ltd)"));
        QCOMPARE(headers.value(u"Tier"_qs), QStringLiteral("medium"));
        QCOMPARE(headers.value(u"Users"_qs), QStringLiteral("25"));
        QCOMPARE(headers.value(u"Expires"_qs), QStringLiteral("2027-11-22T00:00:00Z"));
        QCOMPARE(headers.value(u"License"_qs),
                 QStringLiteral("0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01"));
        QCOMPARE(LicenseFile::headersFor(claims()).value(u"Company"_qs), QStringLiteral("ACME"));
    }

    void serializeLayout()
    {
        LicenseFile file {LicenseFile::headersFor(claims(), QStringLiteral("Acme Mining Ltd")),
                          kToken};
        const QByteArray text = file.serialize();
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY(lines.value(0).startsWith('#'));
        QCOMPARE(lines.value(1), QByteArray("Company: ACME (Acme Mining Ltd)"));
        QCOMPARE(lines.value(2), QByteArray("Tier: medium"));
        QCOMPARE(lines.value(3), QByteArray("Users: 25"));
        QCOMPARE(lines.value(4), QByteArray("Expires: 2027-11-22T00:00:00Z"));
        QCOMPARE(lines.value(5), QByteArray("License: 0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01"));
        QCOMPARE(lines.value(6), QByteArray());
        QCOMPARE(lines.value(7), kToken);
        QVERIFY(text.endsWith(kToken + '\n'));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("companyName");
        QTest::newRow("with name") << QStringLiteral("Acme Mining Ltd");
        QTest::newRow("without name") << QString();
        QTest::newRow("non-ascii name") << QStringLiteral("Bergbau Müller & Söhne: Nord");
        QTest::newRow("name with newline") << QStringLiteral("Two\nLines");
    }
    void roundTrip()
    {
        QFETCH(QString, companyName);
        LicenseFile file {LicenseFile::headersFor(claims(), companyName), kToken};
        const auto parsed = LicenseFile::parse(file.serialize());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->token, kToken);
        QCOMPARE(parsed->headers.size(), 5);
        QCOMPARE(parsed->headers.value(u"Users"_qs), QStringLiteral("25"));
        if (!companyName.contains(u'\n'))
            QCOMPARE(parsed->headers, file.headers);
        QVERIFY(parsed->headersDisagreeWith(claims()).isEmpty());
    }

    void tolerantReading_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("headers");
        QTest::newRow("crlf") << QByteArray("# c\r\nTier: medium\r\nUsers: 25\r\n\r\n" + kToken
                                            + "\r\n")
                              << 2;
        QTest::newRow("trailing whitespace")
            << QByteArray("Tier: medium  \t\n\n" + kToken + " \t\n\n") << 1;
        QTest::newRow("token only") << kToken << 0;
        QTest::newRow("no final newline") << QByteArray("Users: 25\n\n" + kToken) << 1;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbfUsers: 25\n" + kToken) << 1;
        QTest::newRow("comment after token") << QByteArray(kToken + "\n# end\n") << 0;
    }
    void tolerantReading()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, headers);
        const auto parsed = LicenseFile::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->token, kToken);
        QCOMPARE(parsed->headers.size(), headers);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("headers only") << QByteArray("Company: ACME\nTier: medium\n");
        QTest::newRow("two tokens") << QByteArray("Users: 25\n\n" + kToken + "\n" + kToken + "\n");
        QTest::newRow("two different tokens") << QByteArray(kToken + "\n\nv4.public.AAAA\n");
        QTest::newRow("token wrapped over two lines")
            << QByteArray("Users: 25\n\n" + kToken.left(30) + "\n" + kToken.mid(30) + "\n");
        QTest::newRow("garbage line") << QByteArray("hello world\n" + kToken);
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        const auto parsed = LicenseFile::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("malformed_license_file"));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void disagreements_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("users") << QStringLiteral("Users") << QStringLiteral("50")
                               << QStringLiteral("The file says Users: 50, but the signed license "
                                                 "says 25.");
        QTest::newRow("users not a number") << QStringLiteral("Users") << QStringLiteral("lots")
                                            << QStringLiteral("The file says Users: lots, but the "
                                                              "signed license says 25.");
        QTest::newRow("tier") << QStringLiteral("Tier") << QStringLiteral("large")
                              << QStringLiteral("The file says Tier: large, but the signed "
                                                "license says medium.");
        QTest::newRow("company") << QStringLiteral("Company")
                                 << QStringLiteral("GLOBEX (Acme Mining Ltd)")
                                 << QStringLiteral("The file says Company: GLOBEX (Acme Mining "
                                                   "Ltd), but the signed license says ACME.");
        QTest::newRow("company prefix") << QStringLiteral("Company") << QStringLiteral("ACMEX")
                                        << QStringLiteral("The file says Company: ACMEX, but the "
                                                          "signed license says ACME.");
        QTest::newRow("expires") << QStringLiteral("Expires")
                                 << QStringLiteral("2028-11-22T00:00:00Z")
                                 << QStringLiteral("The file says Expires: 2028-11-22T00:00:00Z, "
                                                   "but the signed license says "
                                                   "2027-11-22T00:00:00Z.");
        QTest::newRow("license id")
            << QStringLiteral("License") << QStringLiteral("11111111-2222-4333-8444-555555555555")
            << QStringLiteral("The file says License: "
                              "11111111-2222-4333-8444-555555555555, but "
                              "the signed license says "
                              "0b6c3c52-8f0e-4d8e-9c57-2a8d3e1f4b01.");
    }
    void disagreements()
    {
        QFETCH(QString, header);
        QFETCH(QString, value);
        QFETCH(QString, sentence);
        LicenseFile file {LicenseFile::headersFor(claims()), kToken};
        QVERIFY(file.headersDisagreeWith(claims()).isEmpty());
        file.headers.insert(header, value);
        QCOMPARE(file.headersDisagreeWith(claims()), QStringList {sentence});
    }

    void agreeingSpellings_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::newRow("company with name")
            << QStringLiteral("Company") << QStringLiteral("ACME (Acme Mining Ltd)");
        QTest::newRow("company name without space")
            << QStringLiteral("Company") << QStringLiteral("ACME(Acme)");
        QTest::newRow("tier capitalised") << QStringLiteral("Tier") << QStringLiteral("Medium");
        QTest::newRow("unknown header") << QStringLiteral("Issued-By") << QStringLiteral("Sales");
    }
    void agreeingSpellings()
    {
        QFETCH(QString, header);
        QFETCH(QString, value);
        LicenseFile file {{{header, value}}, kToken};
        QVERIFY(file.headersDisagreeWith(claims()).isEmpty());
    }

    void severalDisagreements()
    {
        const QByteArray text =
            "Company: GLOBEX\nTier: small\nUsers: 5\nExpires: 2030-01-01T00:00:00Z\n\n" + kToken
            + "\n";
        const auto parsed = LicenseFile::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->headersDisagreeWith(claims()).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLicenseFile)
#include "tst_licensefile.moc"
