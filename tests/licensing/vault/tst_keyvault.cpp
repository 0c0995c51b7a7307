#include "licensing/Paserk.h"
#include "licensing/vault/KeyVault.h"
#include "tests/support/TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::licensing;
using sphair::tests::await;

namespace {

// Fast Argon2id settings: these tests are about the vault, not about the KDF's cost.
Paserk::PasswordOptions fastKdf()
{
    Paserk::PasswordOptions options;
    options.memLimitBytes = 8 * 1024 * 1024;
    options.opsLimit = 1;
    return options;
}

SecureBytes passphrase(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

} // namespace

// KeyVault against the real Secret Service (gnome-keyring in a private D-Bus session).
class TestKeyVault : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("keys.ini")),
                                                 QSettings::IniFormat);
        // A service name of our own, so runs never see each other's entries.
        m_service = QStringLiteral("SPHAiR test ") + QUuid::createUuid().toString();
        m_vault = std::make_unique<KeyVault>(m_settings.get(), m_service);
    }
    void cleanup()
    {
        if (m_vault) {
            for (const IssuerKeyInfo &info : m_vault->keys())
                QVERIFY(await<models::Status>([&](auto done) {
                            m_vault->remove(info.kid, done);
                        }).ok());
        }
        m_vault.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void generateStoresSeedInKeychainAndMetadataInSettings()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("Sales laptop 1"), done); });
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QVERIFY(Paserk::isPublicId(info->kid));
        QCOMPARE(info->label, QStringLiteral("Sales laptop 1"));
        QCOMPARE(info->seq, quint64(0));
        QCOMPARE(Paserk::publicId(info->publicKey), info->kid);

        QCOMPARE(m_vault->keys().size(), 1);
        QCOMPARE(m_vault->key(info->kid)->publicKey, info->publicKey);

        // The seed is in the keychain and derives the listed public key.
        auto key = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(info->kid, done); });
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->publicKey(), info->publicKey);

        // The settings file holds the public key, never a secret.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains(info->publicPaserk().toLatin1()));
        const SecureBytes seed = key->seed();
        QVERIFY(!ini.contains(seed.view().toByteArray()));
        QVERIFY(!ini.contains(seed.view().toByteArray().toHex()));
        QVERIFY(!ini.contains(seed.view().toByteArray().toBase64()));
        QVERIFY(!ini.contains("secret"));
    }

    void labelsFindAndExport()
    {
        auto first = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("alpha"), done); });
        auto second = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("beta"), done); });
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(m_vault->find(QStringLiteral("alpha"))->kid, first->kid);
        QCOMPARE(m_vault->find(second->kid)->kid, second->kid);
        QCOMPARE(m_vault->find(second->kid.left(20))->kid, second->kid);
        QCOMPARE(m_vault->find(QStringLiteral("k4.pid.")).error().code,
                 QStringLiteral("key_not_found")); // too short a prefix to mean anything
        QVERIFY(m_vault->setLabel(second->kid, QStringLiteral("alpha")).ok());
        QCOMPARE(m_vault->find(QStringLiteral("alpha")).error().code,
                 QStringLiteral("ambiguous_key"));
        QCOMPARE(m_vault->find(QStringLiteral("gamma")).error().code,
                 QStringLiteral("key_not_found"));

        QVERIFY(m_vault->setLabel(first->kid, QStringLiteral("  renamed ")).ok());
        QCOMPARE(m_vault->key(first->kid)->label, QStringLiteral("renamed"));
        QCOMPARE(
            m_vault->setLabel(QStringLiteral("k4.pid.nothere"), QStringLiteral("x")).error().code,
            QStringLiteral("key_not_found"));

        auto exported = m_vault->exportPublic(first->kid);
        QVERIFY(exported.ok());
        auto decoded = Paserk::decodePublic(exported->toLatin1());
        QVERIFY(decoded.ok());
        QCOMPARE(Paserk::publicId(decoded.value()), first->kid);
    }

    void backupRestoreRoundTrip()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("to back up"), done); });
        QVERIFY(info.ok());
        QVERIFY(
            m_vault
                ->recordIssued(info->kid, 7, QDateTime::currentDateTimeUtc(), QByteArray(43, 'A'))
                .ok());

        auto tooShort = await<models::Result<QByteArray>>(
            [&](auto done) { m_vault->backup(info->kid, passphrase("short"), fastKdf(), done); });
        QCOMPARE(tooShort.error().code, QStringLiteral("passphrase_too_short"));

        auto backupText = await<models::Result<QByteArray>>([&](auto done) {
            m_vault->backup(info->kid, passphrase("correct horse battery"), fastKdf(), done);
        });
        QVERIFY2(backupText.ok(), qPrintable(backupText.error().message));
        QVERIFY(backupText->contains("k4.secret-pw."));
        QVERIFY(backupText->contains(info->kid.toLatin1()));

        // Deleting removes both the keychain entry and the metadata.
        auto removed = await<models::Status>([&](auto done) { m_vault->remove(info->kid, done); });
        QVERIFY(removed.ok());
        QVERIFY(!m_vault->key(info->kid));
        auto gone = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(info->kid, done); });
        QCOMPARE(gone.error().code, QStringLiteral("key_not_found"));

        auto wrong = await<models::Result<IssuerKeyInfo>>([&](auto done) {
            m_vault->restore(backupText.value(), passphrase("correct horse battery!"), {}, done);
        });
        QCOMPARE(wrong.error().code, QStringLiteral("wrong_passphrase"));
        QVERIFY(m_vault->keys().isEmpty());

        auto restored = await<models::Result<IssuerKeyInfo>>([&](auto done) {
            m_vault->restore(backupText.value(), passphrase("correct horse battery"), {}, done);
        });
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE(restored->kid, info->kid);
        QCOMPARE(restored->label, QStringLiteral("to back up"));
        // The chain starts over on a computer that never saw this key's tokens.
        QCOMPARE(restored->seq, quint64(0));
        auto key = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(info->kid, done); });
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey(), info->publicKey);
    }

    void restoreOverAKnownKeyKeepsItsChain()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("chain"), done); });
        QVERIFY(info.ok());
        const QDateTime lastIat = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        QVERIFY(m_vault->recordIssued(info->kid, 3, lastIat, QByteArray(43, 'B')).ok());
        auto backupText = await<models::Result<QByteArray>>([&](auto done) {
            m_vault->backup(info->kid, passphrase("another long passphrase"), fastKdf(), done);
        });
        QVERIFY(backupText.ok());
        auto restored = await<models::Result<IssuerKeyInfo>>([&](auto done) {
            m_vault->restore(backupText.value(), passphrase("another long passphrase"),
                             QStringLiteral("chain again"), done);
        });
        QVERIFY(restored.ok());
        QCOMPARE(restored->seq, quint64(3));
        QCOMPARE(restored->lastIssuedAt, lastIat);
        QCOMPARE(restored->label, QStringLiteral("chain again"));
    }

    void restoreRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed_backup");
        QTest::newRow("public key")
            << QByteArray("k4.public.AAAA") << QStringLiteral("malformed_backup");
        QTest::newRow("two secrets") << QByteArray("k4.secret-pw.AAAA\nk4.secret-pw.BBBB")
                                     << QStringLiteral("malformed_backup");
        QTest::newRow("truncated")
            << QByteArray("k4.secret-pw.AAAA") << QStringLiteral("invalid_paserk");
    }
    void restoreRejectsGarbage()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto result = await<models::Result<IssuerKeyInfo>>([&](auto done) {
            m_vault->restore(text, passphrase("whatever passphrase"), {}, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(m_vault->keys().isEmpty());
    }

    void aSeedThatDoesNotMatchItsKidIsRefused()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("victim"), done); });
        QVERIFY(info.ok());
        // Overwrite the keychain entry with another key's seed.
        auto other = SigningKey::generate();
        QVERIFY(other.ok());
        SeedKeychain keychain(m_service);
        auto written = await<models::Status>(
            [&](auto done) { keychain.write(info->kid, other->seed(), done); });
        QVERIFY(written.ok());
        auto key = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(info->kid, done); });
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("seed_mismatch"));
    }

    void aMissingKeychainEntryIsReported()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("lost"), done); });
        QVERIFY(info.ok());
        SeedKeychain keychain(m_service);
        QVERIFY(await<models::Status>([&](auto done) { keychain.remove(info->kid, done); }).ok());
        auto key = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(info->kid, done); });
        QCOMPARE(key.error().code, QStringLiteral("key_not_in_keychain"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeyVault> m_vault;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
