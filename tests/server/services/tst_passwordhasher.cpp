// PasswordHasher: Argon2id hashes, verification, wrong passwords, re-hash detection.
#include "server/services/PasswordHasher.h"

#include <QTest>

using namespace sphair::server;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashAndVerify();
    void saltedHashesDiffer();
    void refusesBadInput();
    void brokenStoredHash();
    void needsRehash();
};

void TestPasswordHasher::hashAndVerify()
{
    const PasswordHasher hasher(PasswordHasher::Limits::forTests());
    const auto hash = hasher.hash("correct horse battery staple");
    QVERIFY2(hash.ok(), qPrintable(hash.error().message));
    QVERIFY(hash.value().startsWith("$argon2id$v=19$"));
    QVERIFY(!hash.value().contains("correct horse"));
    QVERIFY(hasher.verify(hash.value(), "correct horse battery staple"));
    QVERIFY(!hasher.verify(hash.value(), "correct horse battery stapler"));
    QVERIFY(!hasher.verify(hash.value(), "Correct horse battery staple"));
    QVERIFY(!hasher.verify(hash.value(), ""));

    const auto unicode = hasher.hash(QStringLiteral("p\u00e4ssw\u00f6rd \U0001F511").toUtf8());
    QVERIFY(
        hasher.verify(unicode.value(), QStringLiteral("p\u00e4ssw\u00f6rd \U0001F511").toUtf8()));
}

void TestPasswordHasher::saltedHashesDiffer()
{
    const PasswordHasher hasher(PasswordHasher::Limits::forTests());
    const QByteArray a = hasher.hash("same password").value();
    const QByteArray b = hasher.hash("same password").value();
    QVERIFY(a != b);
    QVERIFY(hasher.verify(a, "same password"));
    QVERIFY(hasher.verify(b, "same password"));
}

void TestPasswordHasher::refusesBadInput()
{
    const PasswordHasher hasher(PasswordHasher::Limits::forTests());
    QCOMPARE(hasher.hash("").error().code, QStringLiteral("password_empty"));
    const QByteArray tooLong(PasswordHasher::kMaxPasswordBytes + 1, 'x');
    QCOMPARE(hasher.hash(tooLong).error().code, QStringLiteral("password_too_long"));
    QVERIFY(hasher.hash(QByteArray(PasswordHasher::kMaxPasswordBytes, 'x')).ok());
    const QByteArray hash = hasher.hash("x").value();
    QVERIFY(!hasher.verify(hash, tooLong));
}

void TestPasswordHasher::brokenStoredHash()
{
    const PasswordHasher hasher(PasswordHasher::Limits::forTests());
    // An unknown user (no stored hash) and a damaged hash both just fail.
    QVERIFY(!hasher.verify(QByteArray(), "anything"));
    QVERIFY(!hasher.verify("$argon2id$garbage", "anything"));
    QVERIFY(!hasher.verify(QByteArray(200, 'x'), "anything"));
    QVERIFY(!hasher.verify(QByteArray("$argon2id\0$", 11), "anything"));
}

void TestPasswordHasher::needsRehash()
{
    const PasswordHasher weak(PasswordHasher::Limits::forTests());
    const PasswordHasher stronger({PasswordHasher::Limits::forTests().opsLimit + 1,
                                   PasswordHasher::Limits::forTests().memLimit * 2});
    const QByteArray hash = weak.hash("password").value();
    QVERIFY(!weak.needsRehash(hash));
    QVERIFY(stronger.needsRehash(hash));
    QVERIFY(stronger.verify(hash, "password")); // old hashes still verify
    QVERIFY(weak.needsRehash("not a hash"));
    QCOMPARE(PasswordHasher::Limits::interactive().memLimit, std::size_t(64) * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
