#include "licensing/Base64Url.h"
#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Paserk.h"
#include "licensing/Paseto.h"
#include "tests/licensing/SampleClaims.h"

#include <QTest>

using namespace sphair;
using namespace sphair::licensing;

using sphair::tests::sampleClaims;

namespace {

const QDateTime kNow = sphair::tests::kLicensingNow;

} // namespace

// The verifier's tamper suite: every altered, truncated, extended, foreign or out-of-date
// token is rejected, and only the untouched one is accepted.
class TestLicenseVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto key = SigningKey::generate();
        QVERIFY(key.ok());
        m_key = std::move(key).value();
        m_kid = Paserk::publicId(m_key.publicKey());
        auto other = SigningKey::generate();
        QVERIFY(other.ok());
        m_otherKey = std::move(other).value();
        m_verifier.addTrustedKey(m_key.publicKey());
        m_verifier.addTrustedKey(m_otherKey.publicKey());
        auto issued = LicenseSigner::signWithKey(m_key, m_kid, sampleClaims(), kNow,
                                                 models::TierPolicy::defaults());
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        m_token = issued->token;
    }

    void acceptsTheUntouchedToken()
    {
        auto verified = m_verifier.verify(m_token, kNow);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->kid, m_kid);
        QCOMPARE(verified->claims, sampleClaims());
        QCOMPARE(verified->state, LicenseState::Valid);
        QCOMPARE(verified->token, m_token);
    }

    void rejectsEverySingleBitFlip()
    {
        int accepted = 0;
        int tried = 0;
        for (qsizetype i = 0; i < m_token.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = m_token;
                tampered[i] = static_cast<char>(tampered.at(i) ^ (1 << bit));
                ++tried;
                if (m_verifier.verify(tampered, kNow).ok()) {
                    ++accepted;
                    qWarning("accepted a flip of bit %d at offset %lld", bit,
                             static_cast<long long>(i));
                }
            }
        }
        QCOMPARE(tried, m_token.size() * 8);
        QCOMPARE(accepted, 0);
    }

    void rejectsEveryTruncation()
    {
        for (qsizetype length = 0; length < m_token.size(); ++length)
            QVERIFY2(!m_verifier.verify(m_token.left(length), kNow).ok(),
                     qPrintable(QStringLiteral("truncated to %1").arg(length)));
    }

    void rejectsAppendedBytes_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("letter") << QByteArray("A");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("second footer") << QByteArray(".e30");
        QTest::newRow("newline") << QByteArray("\n");
        QTest::newRow("space") << QByteArray(" ");
        QTest::newRow("nul") << QByteArray(1, '\0');
        QTest::newRow("padding") << QByteArray("==");
    }
    void rejectsAppendedBytes()
    {
        QFETCH(QByteArray, suffix);
        QVERIFY(!m_verifier.verify(m_token + suffix, kNow).ok());
    }

    void rejectsOtherVersionsAndPurposes_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("v3.public") << QByteArray("v3.public.");
        QTest::newRow("v2.public") << QByteArray("v2.public.");
        QTest::newRow("v4.local") << QByteArray("v4.local.");
        QTest::newRow("V4.PUBLIC") << QByteArray("V4.PUBLIC.");
        QTest::newRow("no header") << QByteArray();
    }
    void rejectsOtherVersionsAndPurposes()
    {
        QFETCH(QByteArray, header);
        const QByteArray body = m_token.mid(qsizetype(sizeof(Paseto::kV4PublicHeader) - 1));
        auto result = m_verifier.verify(header + body, kNow);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    }

    void rejectsAnotherKeysKid()
    {
        // Same claims, signed by a trusted key, but the footer names the other trusted key.
        const QString otherKid = Paserk::publicId(m_otherKey.publicKey());
        auto forged =
            Paseto::signV4Public(m_key, sampleClaims().toJson(), LicenseSigner::footerFor(otherKid),
                                 LicenseSigner::implicitAssertion());
        QVERIFY(forged.ok());
        auto result = m_verifier.verify(forged.value(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bad_signature"));

        // A kid nobody trusts.
        auto stranger = SigningKey::generate();
        QVERIFY(stranger.ok());
        const QString strangerKid = Paserk::publicId(stranger->publicKey());
        auto foreign = LicenseSigner::signWithKey(stranger.value(), strangerKid, sampleClaims(),
                                                  kNow, models::TierPolicy::defaults());
        QVERIFY(foreign.ok());
        result = m_verifier.verify(foreign->token, kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("unknown_key"));
    }

    void rejectsAWrongImplicitAssertion_data()
    {
        QTest::addColumn<QByteArray>("assertion");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("other version") << QByteArray("sphair-license-v2");
        QTest::newRow("trailing space") << QByteArray("sphair-license-v1 ");
    }
    void rejectsAWrongImplicitAssertion()
    {
        QFETCH(QByteArray, assertion);
        auto token = Paseto::signV4Public(m_key, sampleClaims().toJson(),
                                          LicenseSigner::footerFor(m_kid), assertion);
        QVERIFY(token.ok());
        auto result = m_verifier.verify(token.value(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bad_signature"));
    }

    void timeWindow_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("state");
        const LicenseClaims claims = sampleClaims();
        QTest::newRow("one second before nbf")
            << claims.notBefore.addSecs(-1) << QStringLiteral("license_not_yet_valid") << -1;
        QTest::newRow("at nbf") << claims.notBefore << QString() << int(LicenseState::Valid);
        QTest::newRow("last second")
            << claims.expiresAt.addSecs(-1) << QString() << int(LicenseState::Valid);
        QTest::newRow("at exp, in grace")
            << claims.expiresAt << QString() << int(LicenseState::InGrace);
        QTest::newRow("last grace second") << claims.expiresAt.addDays(claims.graceDays).addSecs(-1)
                                           << QString() << int(LicenseState::InGrace);
        QTest::newRow("grace over") << claims.expiresAt.addDays(claims.graceDays)
                                    << QStringLiteral("license_expired") << -1;
    }
    void timeWindow()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, error);
        QFETCH(int, state);
        // iat must not be in the future of `at`: sign with iat at nbf.
        auto result = m_verifier.verify(m_token, at);
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(int(result->state), state);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, error);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void ignoresTheWindowWhenAsked()
    {
        const QDateTime late = sampleClaims().expiresAt.addYears(3);
        QVERIFY(!m_verifier.verify(m_token, late).ok());
        QVERIFY(m_verifier.verify(m_token, late, {/*checkValidityWindow=*/false}).ok());
    }

    void rejectsBadFooters_data()
    {
        QTest::addColumn<QByteArray>("footer");
        QTest::newRow("no footer") << QByteArray();
        QTest::newRow("not json") << QByteArray("kid=whatever");
        QTest::newRow("array") << QByteArray("[\"k4.pid\"]");
        QTest::newRow("extra key")
            << (LicenseSigner::footerFor(m_kid).chopped(1) + QByteArray(",\"wpk\":\"x\"}"));
        QTest::newRow("duplicate kid") << (LicenseSigner::footerFor(m_kid).chopped(1) + ","
                                           + LicenseSigner::footerFor(m_kid).mid(1));
        QTest::newRow("kid not a pid") << QByteArray("{\"kid\":\"k4.lid.abc\"}");
        QTest::newRow("kid a number") << QByteArray("{\"kid\":42}");
    }
    void rejectsBadFooters()
    {
        QFETCH(QByteArray, footer);
        auto token = Paseto::signV4Public(m_key, sampleClaims().toJson(), footer,
                                          LicenseSigner::implicitAssertion());
        QVERIFY(token.ok());
        auto result = m_verifier.verify(token.value(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bad_footer"));
    }

    void rejectsSignedButInvalidClaims_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("code");
        const QByteArray good = sampleClaims().toJson();
        QTest::newRow("duplicate key") << QByteArray(good.chopped(1) + ",\"tier\":\"large\"}")
                                       << QStringLiteral("duplicate_key");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("invalid_json");
        LicenseClaims tooMany = sampleClaims();
        tooMany.maxUsers = 31;
        QTest::newRow("users out of range")
            << tooMany.toJson() << QStringLiteral("users_out_of_range");
        LicenseClaims future = sampleClaims();
        future.issuedAt = kNow.addSecs(LicenseClaims::kClockSkewSeconds + 60);
        QTest::newRow("issued in the future")
            << future.toJson() << QStringLiteral("issued_in_future");
    }
    void rejectsSignedButInvalidClaims()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, code);
        auto token = Paseto::signV4Public(m_key, payload, LicenseSigner::footerFor(m_kid),
                                          LicenseSigner::implicitAssertion());
        QVERIFY(token.ok());
        auto result = m_verifier.verify(token.value(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
    }

    void reencodedPayloadIsNotTheSignedOne()
    {
        // Pretty-printing the (valid) claims changes the bytes: the signature must not hold.
        const QByteArray body = m_token.mid(10, m_token.indexOf('.', 10) - 10);
        auto raw = Base64Url::decode(body);
        QVERIFY(raw.ok());
        QByteArray payload = raw->chopped(64);
        payload.replace(",", ", ");
        const QByteArray forged = QByteArray(Paseto::kV4PublicHeader)
            + Base64Url::encode(payload + raw->right(64)) + m_token.mid(m_token.indexOf('.', 10));
        QVERIFY(!m_verifier.verify(forged, kNow).ok());
    }

private:
    SigningKey m_key;
    SigningKey m_otherKey;
    QString m_kid;
    LicenseVerifier m_verifier;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestLicenseVerifier)
#include "tst_licenseverifier.moc"
