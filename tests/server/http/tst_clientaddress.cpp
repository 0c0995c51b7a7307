#include "server/http/ClientAddress.h"

#include <QTest>

using namespace sphair;
using server::ClientAddress;

// Whom X-Forwarded-For is believed from, and how far.
class TestClientAddress : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArrayList>("forwardedFor");
        QTest::addColumn<QString>("client");

        const QStringList proxy {QStringLiteral("10.0.0.5")};
        const QStringList subnet {QStringLiteral("10.0.0.0/8"), QStringLiteral("fd00::/8")};
        QTest::newRow("nothing trusted: the header is ignored")
            << QStringList() << QStringLiteral("198.51.100.9") << QByteArrayList {"203.0.113.7"}
            << QStringLiteral("198.51.100.9");
        QTest::newRow("untrusted peer: the header is ignored")
            << proxy << QStringLiteral("198.51.100.9") << QByteArrayList {"203.0.113.7"}
            << QStringLiteral("198.51.100.9");
        QTest::newRow("trusted peer: the hop before it")
            << proxy << QStringLiteral("10.0.0.5") << QByteArrayList {"203.0.113.7"}
            << QStringLiteral("203.0.113.7");
        QTest::newRow("trusted peer without a header keeps its own address")
            << proxy << QStringLiteral("10.0.0.5") << QByteArrayList {}
            << QStringLiteral("10.0.0.5");
        QTest::newRow("a forged entry left of the client is not believed")
            << proxy << QStringLiteral("10.0.0.5") << QByteArrayList {"1.2.3.4, 203.0.113.7"}
            << QStringLiteral("203.0.113.7");
        QTest::newRow("a chain of trusted proxies is walked")
            << subnet << QStringLiteral("10.0.0.5")
            << QByteArrayList {"1.2.3.4, 203.0.113.7, 10.1.1.1", "10.2.2.2"}
            << QStringLiteral("203.0.113.7");
        QTest::newRow("garbage stops at the last trusted hop")
            << subnet << QStringLiteral("10.0.0.5")
            << QByteArrayList {"203.0.113.7, not-an-address, 10.1.1.1"}
            << QStringLiteral("10.1.1.1");
        QTest::newRow("an empty entry stops too")
            << proxy << QStringLiteral("10.0.0.5") << QByteArrayList {"203.0.113.7,"}
            << QStringLiteral("10.0.0.5");
        QTest::newRow("IPv6 in brackets")
            << subnet << QStringLiteral("fd00::1") << QByteArrayList {"[2001:db8::7]"}
            << QStringLiteral("2001:db8::7");
        QTest::newRow("IPv4-mapped peer counts as IPv4")
            << proxy << QStringLiteral("::ffff:10.0.0.5") << QByteArrayList {"203.0.113.7"}
            << QStringLiteral("203.0.113.7");
        QTest::newRow("only trusted hops: the leftmost")
            << subnet << QStringLiteral("10.0.0.5") << QByteArrayList {"10.9.9.9, 10.1.1.1"}
            << QStringLiteral("10.9.9.9");
    }
    void resolve()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QByteArrayList, forwardedFor);
        QFETCH(QString, client);
        const auto clients = ClientAddress::trusting(trusted);
        QVERIFY2(clients.ok(), qPrintable(clients.error().message));
        QCOMPARE(clients->trustsAnyProxy(), !trusted.isEmpty());
        QCOMPARE(clients->resolve(peer, forwardedFor), client);
    }

    void refusesWhatIsNotAnAddress_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::newRow("host name") << QStringLiteral("proxy.example");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad prefix") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("not a number") << QStringLiteral("10.0.0.0/eight");
    }
    void refusesWhatIsNotAnAddress()
    {
        QFETCH(QString, proxy);
        const auto clients = ClientAddress::trusting({QStringLiteral("127.0.0.1"), proxy});
        QVERIFY(!clients.ok());
        QCOMPARE(clients.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("trusted_proxy"));
        QVERIFY2(clients.error().message.contains(proxy), qPrintable(clients.error().message));
    }
};

QTEST_GUILESS_MAIN(TestClientAddress)
#include "tst_clientaddress.moc"
