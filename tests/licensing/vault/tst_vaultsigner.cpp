#include "licensing/LicenseVerifier.h"
#include "licensing/Paseto.h"
#include "licensing/vault/KeyVault.h"
#include "licensing/vault/VaultSigner.h"
#include "tests/support/TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::licensing;
using sphair::tests::await;

namespace {

LicenseClaims draft()
{
    LicenseClaims claims;
    claims.issuer = QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
    claims.companyId = QUuid::createUuid();
    claims.companyCode = QStringLiteral("KAROO-MINING");
    claims.tier = models::Tier::Small;
    claims.maxUsers = 8;
    claims.features = {QStringLiteral("calendar"), QStringLiteral("inventory")};
    claims.graceDays = 7;
    return claims;
}

} // namespace

// VaultSigner with a real vault (gnome-keyring): iat, seq and prev chain, the clock guard,
// and that what it signs verifies with the public key alone.
class TestVaultSigner : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("keys.ini")),
                                                 QSettings::IniFormat);
        m_vault = std::make_unique<KeyVault>(m_settings.get(),
                                             QStringLiteral("SPHAiR signer test ")
                                                 + QUuid::createUuid().toString());
        m_now = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        m_signer = std::make_unique<VaultSigner>(m_vault.get(), [this] { return m_now; });
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("signer"), done); });
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        m_kid = info->kid;
    }
    void cleanup()
    {
        QVERIFY(await<models::Status>([&](auto done) { m_vault->remove(m_kid, done); }).ok());
    }

    models::Result<SignedLicense> sign(LicenseClaims claims)
    {
        if (!claims.expiresAt.isValid())
            claims.expiresAt = m_now.addDays(365);
        return await<models::Result<SignedLicense>>(
            [&](auto done) { m_signer->sign(m_kid, claims, done); });
    }

    void signsAChainThatVerifies()
    {
        auto first = sign(draft());
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->claims.seq, quint64(1));
        QVERIFY(first->claims.prev.isEmpty());
        QCOMPARE(first->claims.issuedAt, m_now);
        QCOMPARE(first->claims.notBefore, m_now);
        QVERIFY(!first->claims.licenseId.isNull());
        QCOMPARE(first->tokenHash, LicenseSigner::tokenHash(first->token));

        m_now = m_now.addSecs(60);
        auto second = sign(draft());
        QVERIFY(second.ok());
        QCOMPARE(second->claims.seq, quint64(2));
        QCOMPARE(second->claims.prev, first->tokenHash);
        QVERIFY(second->claims.licenseId != first->claims.licenseId);

        const auto info = m_vault->key(m_kid);
        QCOMPARE(info->seq, quint64(2));
        QCOMPARE(info->lastIssuedAt, m_now);
        QCOMPARE(info->lastTokenHash, second->tokenHash);

        // Anyone with just the public key can verify.
        LicenseVerifier verifier;
        QVERIFY(verifier.addTrustedKey(info->publicPaserk().toLatin1()).ok());
        for (const auto *issued : {&first.value(), &second.value()}) {
            auto verified = verifier.verify(issued->token, m_now);
            QVERIFY2(verified.ok(), qPrintable(verified.error().message));
            QCOMPARE(verified->claims, issued->claims);
            QCOMPARE(verified->kid, m_kid);
        }
        // The footer carries the kid; the implicit assertion is never transmitted.
        auto parts = Paseto::decodeUntrusted(first->token);
        QVERIFY(parts.ok());
        QCOMPARE(parts->footer, LicenseSigner::footerFor(m_kid));
        QVERIFY(!first->token.contains("sphair-license-v1"));
    }

    void refusesWhenTheClockIsBehind()
    {
        QVERIFY(sign(draft()).ok());
        m_now = m_now.addSecs(-1);
        auto refused = sign(draft());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("clock_behind"));
        QCOMPARE(m_vault->key(m_kid)->seq, quint64(1)); // nothing counted
        m_now = m_now.addSecs(1); // the same second as the last token is fine
        QVERIFY(sign(draft()).ok());
    }

    void refusedClaimsLeaveTheChainAlone_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("code");
        QTest::newRow("too many users") << 11 << QString() << QStringLiteral("users_out_of_range");
        QTest::newRow("too few users") << 1 << QString() << QStringLiteral("users_out_of_range");
        QTest::newRow("unknown feature")
            << 5 << QStringLiteral("teleport") << QStringLiteral("unknown_feature");
    }
    void refusedClaimsLeaveTheChainAlone()
    {
        QFETCH(int, users);
        QFETCH(QString, feature);
        QFETCH(QString, code);
        LicenseClaims claims = draft();
        claims.maxUsers = users;
        if (!feature.isEmpty())
            claims.features.append(feature);
        auto refused = sign(claims);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(m_vault->key(m_kid)->seq, quint64(0));
    }

    void refusesAnUnknownKeyAndABusyKey()
    {
        auto unknown = await<models::Result<SignedLicense>>(
            [&](auto done) { m_signer->sign(QStringLiteral("k4.pid.unknown"), draft(), done); });
        QCOMPARE(unknown.error().code, QStringLiteral("key_not_found"));

        // Two signatures at once with one key would take the same seq.
        LicenseClaims claims = draft();
        claims.expiresAt = m_now.addDays(30);
        std::optional<models::Result<SignedLicense>> firstResult;
        m_signer->sign(m_kid, claims,
                       [&](models::Result<SignedLicense> r) { firstResult.emplace(std::move(r)); });
        auto second = await<models::Result<SignedLicense>>(
            [&](auto done) { m_signer->sign(m_kid, claims, done); });
        QCOMPARE(second.error().code, QStringLiteral("key_busy"));
        QTRY_VERIFY(firstResult.has_value());
        QVERIFY(firstResult->ok());
        QCOMPARE(m_vault->key(m_kid)->seq, quint64(1));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<VaultSigner> m_signer;
    QDateTime m_now;
    QString m_kid;
};

QTEST_GUILESS_MAIN(TestVaultSigner)
#include "tst_vaultsigner.moc"
