#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Paserk.h"
#include "licensing/Paseto.h"
#include "tests/licensing/SampleClaims.h"

#include <QTest>

using namespace sphair;
using namespace sphair::licensing;

using sphair::tests::kLicensingNow;
using sphair::tests::sampleClaims;

// LicenseSigner's core with the key in hand, no keychain: what the server's sandbox signs
// with. What it signs verifies with the public key alone; what it refuses it never signs.
class TestLicenseSigner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        m_key = std::move(key).value();
        m_kid = Paserk::publicId(m_key.publicKey());
    }

    void signsWhatThePublicKeyVerifies()
    {
        const LicenseClaims expected = sampleClaims();
        auto issued = LicenseSigner::signWithKey(m_key, m_kid, expected, kLicensingNow,
                                                 models::TierPolicy::defaults());
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        QCOMPARE(issued->kid, m_kid);
        QCOMPARE(issued->claims, expected);
        QCOMPARE(issued->tokenHash, LicenseSigner::tokenHash(issued->token));

        LicenseVerifier verifier;
        QCOMPARE(verifier.addTrustedKey(m_key.publicKey()), m_kid);
        auto verified = verifier.verify(issued->token, kLicensingNow);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->claims, expected);
        QCOMPARE(verified->kid, m_kid);
        // The footer carries the kid; the implicit assertion is never transmitted.
        auto parts = Paseto::decodeUntrusted(issued->token);
        QVERIFY(parts.ok());
        QCOMPARE(parts->footer, LicenseSigner::footerFor(m_kid));
        QVERIFY(!issued->token.contains(LicenseSigner::implicitAssertion()));
    }

    void refusesAMismatchedKid()
    {
        auto other = SigningKey::generate();
        QVERIFY(other.ok());
        auto result = LicenseSigner::signWithKey(other.value(), m_kid, sampleClaims(),
                                                 kLicensingNow, models::TierPolicy::defaults());
        QCOMPARE(result.error().code, QStringLiteral("seed_mismatch"));
        QVERIFY(result.error().message.contains(m_kid));
    }

    void refusesClaimsThePolicyRefuses_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("code");
        QTest::newRow("too many users")
            << 100000 << QString() << QStringLiteral("users_out_of_range");
        QTest::newRow("unknown feature")
            << 25 << QStringLiteral("teleport") << QStringLiteral("unknown_feature");
    }
    void refusesClaimsThePolicyRefuses()
    {
        QFETCH(int, users);
        QFETCH(QString, feature);
        QFETCH(QString, code);
        LicenseClaims refused = sampleClaims();
        refused.maxUsers = users;
        if (!feature.isEmpty())
            refused.features.append(feature);
        auto result = LicenseSigner::signWithKey(m_key, m_kid, refused, kLicensingNow,
                                                 models::TierPolicy::defaults());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void tokenHashIsBlake2bInBase64Url()
    {
        // 32 bytes of BLAKE2b-256 are 43 base64url characters, without padding.
        const QByteArray hash = LicenseSigner::tokenHash("v4.public.x");
        QCOMPARE(hash.size(), 43);
        QVERIFY(!hash.contains('=') && !hash.contains('+') && !hash.contains('/'));
        QCOMPARE(LicenseSigner::tokenHash("v4.public.x"), hash);
        QVERIFY(LicenseSigner::tokenHash("v4.public.y") != hash);
    }

private:
    SigningKey m_key;
    QString m_kid;
};

QTEST_GUILESS_MAIN(TestLicenseSigner)
#include "tst_licensesigner.moc"
