#include "licensing/vault/KeyVault.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using namespace sphair::licensing;
using sphair::tests::await;

// With no keychain backend at all (no D-Bus session), the vault fails closed with a clear
// error: no key is created and nothing secret is written anywhere else instead.
class TestKeyVaultNoBackend : public QObject
{
    Q_OBJECT
private slots:
    void generateFailsClearly()
    {
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "run this test through its CTest wrapper, which hides the D-Bus session");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
        KeyVault vault(&settings, QStringLiteral("SPHAiR no-backend test"));
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { vault.generate(QStringLiteral("nowhere"), done); });
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("keychain_unavailable"));
        QVERIFY(info.error().message.contains(QStringLiteral("keychain")));
        QVERIFY(vault.keys().isEmpty());

        // No plaintext fallback: the only file in the folder is (at most) the empty settings.
        settings.sync();
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("k4."), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultNoBackend)
#include "tst_keyvault_nobackend.moc"
