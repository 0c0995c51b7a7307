#include "client/PlatformClient.h"
#include "licensing/Paserk.h"
#include "licensing/vault/KeyVault.h"
#include "licensing/vault/VaultSigner.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/keys/IssuerKeyTableModel.h"
#include "ui/keys/KeyManagerDialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

#include <memory>

using namespace sphair;
using namespace sphair::licensing;
using sphair::tests::await;
using sphair::ui::FileChooser;
using sphair::ui::IssuerKeyTableModel;
using sphair::ui::KeyManagerDialog;

namespace {

constexpr int kSlowMs = 120000; // Argon2id at its interactive cost on a loaded CI machine
const QString kPassphrase = QStringLiteral("correct horse battery staple");

// The visible child dialog or widget `name` of `root`, waiting for it to appear.
template<typename T>
T *visibleChild(QObject *root, const QString &name)
{
    T *found = nullptr;
    // The result is `found`; a timeout leaves it null.
    (void)QTest::qWaitFor(
        [&] {
            for (T *child : root->findChildren<T *>(name)) {
                if (child->isVisible()) {
                    found = child;
                    return true;
                }
            }
            return false;
        },
        10000);
    return found;
}

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Fast Argon2id for backups the test makes itself (the dialog always uses the default cost).
Paserk::PasswordOptions fastKdf()
{
    Paserk::PasswordOptions options;
    options.memLimitBytes = 8 * 1024 * 1024;
    options.opsLimit = 1;
    return options;
}

} // namespace

// The key manager against the real keychain (gnome-keyring in a private D-Bus session) and
// the real platform server over TLS, driven by object name.
class TestKeyManagerDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QVERIFY(m_dir.isValid());
        // A keychain service of our own, so runs never see each other's entries.
        m_vault = std::make_unique<KeyVault>(m_fixture.settings(),
                                             QStringLiteral("SPHAiR key manager test ")
                                                 + QUuid::createUuid().toString());
        m_context = std::make_unique<ui::ConsoleContext>(m_fixture.client(), m_fixture.settings(),
                                                         m_vault.get());
    }

    void init()
    {
        m_dialog = new KeyManagerDialog(m_context.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_dialog, &KeyManagerDialog::registrationsLoaded);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
    }

    void cleanup()
    {
        m_tester.reset();
        delete m_dialog;
        FileChooser::setOverride({});
        for (const IssuerKeyInfo &info : m_vault->keys())
            QVERIFY(
                await<models::Status>([&](auto done) { m_vault->remove(info.kid, done); }).ok());
    }

    void withoutVaultEveryActionIsDisabled()
    {
        KeyManagerDialog dialog(m_fixture.context()); // the fixture's context has no vault
        dialog.show();
        for (const char *name : {"generateKeyButton", "renameKeyButton", "backupKeyButton",
                                 "restoreKeyButton", "exportPublicKeyButton", "copyPublicKeyButton",
                                 "registerKeyButton", "deleteKeyButton"}) {
            auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            QVERIFY2(!button->isEnabled(), name);
        }
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("keyMessageLabel"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("vault")));
    }

    void generateAddsARowWithTheLabel()
    {
        button("generateKeyButton")->click();
        auto *labelDialog = visibleChild<QDialog>(m_dialog, QStringLiteral("keyLabelDialog"));
        QVERIFY(labelDialog);
        auto *ok = labelDialog->findChild<QPushButton *>(QStringLiteral("keyLabelOkButton"));
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled()); // a label is required
        QTest::keyClicks(labelDialog->findChild<QLineEdit *>(QStringLiteral("keyLabelEdit")),
                         QStringLiteral("Sales laptop 1"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);

        QCOMPARE(m_vault->keys().size(), 1);
        const IssuerKeyInfo key = m_vault->keys().first();
        QCOMPARE(key.label, QStringLiteral("Sales laptop 1"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(0, IssuerKeyTableModel::LabelColumn), QStringLiteral("Sales laptop 1"));
        // The kid is shortened in the cell; the tooltip has it whole.
        const QString shortKid = cell(0, IssuerKeyTableModel::KidColumn);
        QVERIFY(shortKid.size() < key.kid.size());
        QVERIFY(key.kid.startsWith(shortKid.chopped(1)));
        QCOMPARE(table()->model()->index(0, IssuerKeyTableModel::KidColumn).data(Qt::ToolTipRole),
                 QVariant(key.kid));
        QCOMPARE(cell(0, IssuerKeyTableModel::SeqColumn), QStringLiteral("0"));
        // The server was asked: the new key is known not to be registered.
        QCOMPARE(cell(0, IssuerKeyTableModel::RegisteredColumn), QStringLiteral("No"));
        QCOMPARE(m_dialog->selectedKid(), key.kid);
    }

    void renameChangesTheLabel()
    {
        const QString kid = generate(QStringLiteral("Old name"));
        QVERIFY(!kid.isEmpty());
        button("renameKeyButton")->click();
        auto *labelDialog = visibleChild<QDialog>(m_dialog, QStringLiteral("keyLabelDialog"));
        QVERIFY(labelDialog);
        auto *edit = labelDialog->findChild<QLineEdit *>(QStringLiteral("keyLabelEdit"));
        QCOMPARE(edit->text(), QStringLiteral("Old name"));
        edit->setText(QStringLiteral("Head office signer"));
        QTest::mouseClick(labelDialog->findChild<QPushButton *>(QStringLiteral("keyLabelOkButton")),
                          Qt::LeftButton);
        QCOMPARE(m_vault->key(kid)->label, QStringLiteral("Head office signer"));
        QCOMPARE(cell(0, IssuerKeyTableModel::LabelColumn), QStringLiteral("Head office signer"));
    }

    void backupDeleteAndRestoreBringTheKeyBack()
    {
        const QString kid = generate(QStringLiteral("Travel laptop"));
        QVERIFY(!kid.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("travel.sphair-key-backup"));
        answerFiles(path);

        // Back up.
        button("backupKeyButton")->click();
        QCOMPARE(m_lastMode, FileChooser::Mode::Save);
        auto *passphraseDialog =
            visibleChild<QDialog>(m_dialog, QStringLiteral("passphraseDialog"));
        QVERIFY(passphraseDialog);
        QPointer<QLineEdit> first =
            passphraseDialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QPointer<QLineEdit> repeat =
            passphraseDialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeatEdit"));
        QVERIFY(first && repeat);
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QTest::keyClicks(first, kPassphrase);
        QTest::keyClicks(repeat, kPassphrase);
        QTest::mouseClick(okButton(passphraseDialog), Qt::LeftButton);
        // The fields are emptied as soon as the passphrase has been taken.
        QVERIFY(!first || first->text().isEmpty());
        QVERIFY(!repeat || repeat->text().isEmpty());
        QVERIFY(m_dialog->isBusy());
        QVERIFY(visibleChild<QWidget>(m_dialog, QStringLiteral("keyBusyIndicator")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlowMs);

        const QByteArray backup = readAll(path);
        QVERIFY2(!backup.isEmpty(), qPrintable(messageText()));
        QVERIFY(backup.startsWith("# SPHAiR issuer key backup"));
        QVERIFY(backup.contains("\nk4.secret-pw."));
        QVERIFY(backup.contains(kid.toLatin1()));
        QCOMPARE(fileMode(path), 0600);
        // Neither the seed (in any usual spelling) nor the passphrase is in the file or the
        // settings.
        auto signingKey = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(kid, done); });
        QVERIFY(signingKey.ok());
        const QByteArray seed = signingKey->seed().view().toByteArray();
        QCOMPARE(seed.size(), SigningKey::kSeedSize);
        for (const QByteArray &spelling :
             {seed, seed.toHex(), seed.toBase64(),
              seed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
              Paserk::encodeSecret(signingKey.value()).view().toByteArray()})
            QVERIFY(!backup.contains(spelling));
        QVERIFY(!backup.contains(kPassphrase.toUtf8()));
        m_fixture.settings()->sync();
        QVERIFY(!readAll(m_fixture.settings()->fileName()).contains(kPassphrase.toUtf8()));

        // Delete, with the typed confirmation.
        button("deleteKeyButton")->click();
        auto *confirm = visibleChild<QDialog>(m_dialog, QStringLiteral("typedConfirmDialog"));
        QVERIFY(confirm);
        auto *confirmButton =
            confirm->findChild<QPushButton *>(QStringLiteral("typedConfirmButton"));
        auto *confirmEdit = confirm->findChild<QLineEdit *>(QStringLiteral("typedConfirmEdit"));
        QVERIFY(confirmButton && confirmEdit);
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("typedConfirmMessage"))
                    ->text()
                    .contains(QStringLiteral("backed up")));
        QVERIFY(!confirmButton->isEnabled());
        QTest::keyClicks(confirmEdit, QStringLiteral("Travel"));
        QVERIFY(!confirmButton->isEnabled());
        QTest::mouseClick(confirmButton, Qt::LeftButton);
        QVERIFY(m_vault->key(kid)); // a disabled button deletes nothing
        QTest::keyClicks(confirmEdit, QStringLiteral(" laptop"));
        QVERIFY(confirmButton->isEnabled());
        QTest::mouseClick(confirmButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
        QVERIFY(!m_vault->key(kid));
        QCOMPARE(table()->model()->rowCount(), 0);

        // Restore from the file.
        restoreWith(kPassphrase);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlowMs);
        QCOMPARE(m_lastMode, FileChooser::Mode::Open);
        QVERIFY2(m_vault->key(kid), qPrintable(messageText()));
        QCOMPARE(m_vault->key(kid)->label, QStringLiteral("Travel laptop"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(m_dialog->selectedKid(), kid);
        // The restored seed is the original one.
        auto restored = await<models::Result<SigningKey>>(
            [&](auto done) { m_vault->loadSigningKey(kid, done); });
        QVERIFY(restored.ok());
        QCOMPARE(restored->seed().view().toByteArray(), seed);
    }

    void restoreWithAWrongPassphraseChangesNothing()
    {
        // A backup made directly through the vault, then the key removed.
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("Archived"), done); });
        QVERIFY(info.ok());
        const QString path = backUpAndRemove(info->kid, "archived.sphair-key-backup");
        QVERIFY(!path.isEmpty());
        button("refreshKeysButton")->click();
        QCOMPARE(table()->model()->rowCount(), 0);

        answerFiles(path);
        QSignalSpy errors(m_context.get(), &ui::ConsoleContext::errorReported);
        restoreWith(QStringLiteral("not the passphrase at all"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlowMs);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).value<models::Error>().code,
                 QStringLiteral("wrong_passphrase"));
        QVERIFY(messageText().contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(messageText().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(m_vault->keys().isEmpty());
        QCOMPARE(table()->model()->rowCount(), 0);

        // The same file with the right passphrase restores it: the failure was the passphrase.
        restoreWith(kPassphrase);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlowMs);
        QVERIFY(m_vault->key(info->kid));
        QCOMPARE(table()->model()->rowCount(), 1);
    }

    // A key restored on a computer that never used it continues its chain from the last
    // license the platform registered from it, instead of starting again at 1.
    void restoreContinuesTheChainThePlatformKnows()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("Moved laptop"), done); });
        QVERIFY(info.ok());
        QCOMPARE(registerOnPlatform(info.value()).status, 201);
        licensing::VaultSigner signer(m_vault.get());
        QByteArray lastHash;
        for (const QString &code : {QStringLiteral("MOVED-1"), QStringLiteral("MOVED-2")}) {
            const auto company = m_fixture.platform().createCompany(code);
            QVERIFY2(company.ok(), qPrintable(company.error().message));
            licensing::LicenseClaims claims;
            claims.issuer = QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
            claims.companyId = company.value();
            claims.companyCode = code;
            claims.tier = models::Tier::Small;
            claims.maxUsers = 5;
            claims.expiresAt = QDateTime::currentDateTimeUtc().addDays(90);
            auto issued = await<models::Result<licensing::SignedLicense>>(
                [&](auto done) { signer.sign(info->kid, claims, done); });
            QVERIFY2(issued.ok(), qPrintable(issued.error().message));
            const tests::ApiReply registered = m_fixture.platform().admin().post(
                QStringLiteral("/admin/licenses"),
                {{QStringLiteral("token"), QString::fromLatin1(issued->token)}});
            QVERIFY2(registered.status == 201, registered.body.constData());
            lastHash = issued->tokenHash;
        }
        // The new computer: no trace of the key or its chain.
        const QString path = backUpAndRemove(info->kid, "moved.sphair-key-backup");
        QVERIFY(!path.isEmpty());
        QVERIFY(!m_vault->key(info->kid));
        button("refreshKeysButton")->click();

        answerFiles(path);
        restoreWith(kPassphrase);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kSlowMs);
        QVERIFY2(messageText().contains(QStringLiteral("continues after license 2")),
                 qPrintable(messageText()));
        const auto restored = m_vault->key(info->kid);
        QVERIFY(restored);
        QCOMPARE(restored->seq, quint64(2));
        QCOMPARE(restored->lastTokenHash, lastHash);
    }

    void restoreRefusesAFileThatIsNotABackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("k4.public.this-is-not-a-backup\n");
        }
        answerFiles(path);
        QSignalSpy errors(m_context.get(), &ui::ConsoleContext::errorReported);
        button("restoreKeyButton")->click();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).value<models::Error>().code,
                 QStringLiteral("malformed_backup"));
        QVERIFY(m_dialog->findChildren<QDialog *>(QStringLiteral("passphraseDialog")).isEmpty());
    }

    void passphraseRulesGateTheBackup()
    {
        QVERIFY(!generate(QStringLiteral("Rules")).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("never-written.sphair-key-backup"));
        answerFiles(path);
        button("backupKeyButton")->click();
        auto *passphraseDialog =
            visibleChild<QDialog>(m_dialog, QStringLiteral("passphraseDialog"));
        QVERIFY(passphraseDialog);
        auto *first = passphraseDialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        auto *repeat =
            passphraseDialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeatEdit"));
        auto *hint = passphraseDialog->findChild<QLabel *>(QStringLiteral("passphraseHint"));
        QPushButton *ok = okButton(passphraseDialog);
        QVERIFY(first && repeat && hint && ok);
        QVERIFY(!ok->isEnabled());

        // Long enough but different.
        QTest::keyClicks(first, QStringLiteral("long enough phrase 1"));
        QTest::keyClicks(repeat, QStringLiteral("long enough phrase 2"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(hint->text().contains(QStringLiteral("differ")));
        // Matching but shorter than the CLI's minimum (12).
        first->setText(QStringLiteral("elevenchars"));
        repeat->setText(QStringLiteral("elevenchars"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(hint->text().contains(QStringLiteral("12")));
        // Twelve, matching: accepted.
        first->setText(QStringLiteral("twelve chars"));
        repeat->setText(QStringLiteral("twelve chars"));
        QVERIFY(ok->isEnabled());
        // Enter with a mismatch does not accept either.
        repeat->setText(QStringLiteral("twelve charz"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(passphraseDialog->isVisible());

        // Cancelling empties the fields and writes nothing.
        QTest::keyClick(passphraseDialog, Qt::Key_Escape);
        QVERIFY(!passphraseDialog->isVisible());
        QVERIFY(first->text().isEmpty());
        QVERIFY(repeat->text().isEmpty());
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(!QFile::exists(path));
    }

    void exportPublicKeyWritesThePaserkAndCopiesIt()
    {
        const QString kid = generate(QStringLiteral("Public face"));
        QVERIFY(!kid.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("public.k4-public.txt"));
        answerFiles(path);
        button("exportPublicKeyButton")->click();
        QCOMPARE(m_lastMode, FileChooser::Mode::Save);
        const auto expected = m_vault->exportPublic(kid);
        QVERIFY(expected.ok());
        QVERIFY(expected->startsWith(QStringLiteral("k4.public.")));
        QCOMPARE(readAll(path), expected->toLatin1() + '\n');

        QGuiApplication::clipboard()->clear();
        QVERIFY(button("copyPublicKeyButton")->isEnabled());
        button("copyPublicKeyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected.value());
    }

    void registerAsSuperadminRegistersTheKey()
    {
        const QString kid = generate(QStringLiteral("Registered signer"));
        QVERIFY(!kid.isEmpty());
        QCOMPARE(cell(0, IssuerKeyTableModel::RegisteredColumn), QStringLiteral("No"));
        QPushButton *registerButton = button("registerKeyButton");
        QVERIFY(registerButton->isEnabled());
        registerButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
        QVERIFY2(messageText().contains(QStringLiteral("Registered")), qPrintable(messageText()));

        const tests::ApiReply reply =
            m_fixture.platform().admin().get(QStringLiteral("/admin/keys?limit=500"));
        QCOMPARE(reply.status, 200);
        QJsonObject listed;
        for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("kid")).toString() == kid)
                listed = item.toObject();
        }
        QVERIFY2(!listed.isEmpty(), reply.body.constData());
        QCOMPARE(listed.value(QStringLiteral("public_key")).toString(),
                 m_vault->exportPublic(kid).value());
        QCOMPARE(listed.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Registered signer"));

        QCOMPARE(cell(0, IssuerKeyTableModel::RegisteredColumn), QStringLiteral("Yes"));
        QVERIFY(!registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().contains(QStringLiteral("registered")));

        // A fresh dialog learns it from the server.
        KeyManagerDialog again(m_context.get());
        QSignalSpy loaded(&again, &KeyManagerDialog::registrationsLoaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(again.model()->index(0, IssuerKeyTableModel::RegisteredColumn).data().toString(),
                 QStringLiteral("Yes"));
    }

    void aKeyRegisteredElsewhereSaysSo()
    {
        auto info = await<models::Result<IssuerKeyInfo>>(
            [&](auto done) { m_vault->generate(QStringLiteral("Known elsewhere"), done); });
        QVERIFY(info.ok());
        QCOMPARE(registerOnPlatform(info.value()).status, 201);

        QSignalSpy loaded(m_dialog, &KeyManagerDialog::registrationsLoaded);
        button("refreshKeysButton")->click();
        QVERIFY(loaded.wait(30000));
        m_dialog->selectKid(info->kid);
        QCOMPARE(cell(0, IssuerKeyTableModel::RegisteredColumn), QStringLiteral("Yes"));
        QVERIFY(!button("registerKeyButton")->isEnabled());
        QVERIFY(button("registerKeyButton")->toolTip().contains(QStringLiteral("already")));
    }

    // Runs last: it signs the shared client in as a sales admin.
    void registerIsDisabledForOtherRoles()
    {
        const auto signedIn =
            m_fixture.signInAs(QStringLiteral("keys-sales"), models::AdminRole::Sales);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QCOMPARE(m_fixture.client()->session()->role, models::AdminRole::Sales);

        const QString kid = generate(QStringLiteral("Sales signer"));
        QVERIFY(!kid.isEmpty());
        QCOMPARE(m_dialog->selectedKid(), kid);
        QPushButton *registerButton = button("registerKeyButton");
        QVERIFY(!registerButton->isEnabled());
        QVERIFY(registerButton->toolTip().contains(QStringLiteral("superadmin")));
        // Everything local still works for them.
        QVERIFY(button("backupKeyButton")->isEnabled());
        QVERIFY(button("exportPublicKeyButton")->isEnabled());
        // And the server's list is readable: the key is known not to be registered.
        QTRY_COMPARE(cell(0, IssuerKeyTableModel::RegisteredColumn), QStringLiteral("No"));
    }

private:
    QPushButton *button(const char *name) const
    {
        auto *found = m_dialog->findChild<QPushButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }
    static QPushButton *okButton(QDialog *passphraseDialog)
    {
        return passphraseDialog->findChild<QPushButton *>(QStringLiteral("passphraseOkButton"));
    }
    QTableView *table() const
    {
        return m_dialog->findChild<QTableView *>(QStringLiteral("issuerKeysTable"));
    }
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }
    QString messageText() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("keyMessageLabel"))->text();
    }

    void answerFiles(const QString &path)
    {
        FileChooser::setOverride([this, path](FileChooser::Mode mode, const QString &,
                                              const QString &, const QString &) {
            m_lastMode = mode;
            return path;
        });
    }

    // Generates a key through the dialog; returns its kid (empty on failure).
    QString generate(const QString &label)
    {
        const int before = static_cast<int>(m_vault->keys().size());
        button("generateKeyButton")->click();
        auto *labelDialog = visibleChild<QDialog>(m_dialog, QStringLiteral("keyLabelDialog"));
        if (!labelDialog)
            return {};
        labelDialog->findChild<QLineEdit *>(QStringLiteral("keyLabelEdit"))->setText(label);
        QTest::mouseClick(labelDialog->findChild<QPushButton *>(QStringLiteral("keyLabelOkButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 30000))
            return {};
        if (m_vault->keys().size() != before + 1)
            return {};
        return m_dialog->selectedKid();
    }

    // Writes a backup of `kid` (made through the vault) to `name` in the test folder, then
    // removes the key from the vault; the backup's path, or empty on failure.
    QString backUpAndRemove(const QString &kid, const char *name)
    {
        auto text = await<models::Result<QByteArray>>([&](auto done) {
            m_vault->backup(kid, SecureBytes::copyOf(kPassphrase.toUtf8()), fastKdf(), done);
        });
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (!text.ok() || !file.open(QIODevice::WriteOnly) || file.write(text.value()) < 0)
            return {};
        file.close();
        if (!await<models::Status>([&](auto done) { m_vault->remove(kid, done); }).ok())
            return {};
        return path;
    }

    // Registers a key with the platform directly, as another superadmin would.
    tests::ApiReply registerOnPlatform(const IssuerKeyInfo &info)
    {
        return m_fixture.platform().admin().post(
            QStringLiteral("/admin/keys"),
            {{QStringLiteral("public_key"), info.publicPaserk()},
             {QStringLiteral("label"), info.label},
             {QStringLiteral("valid_from"), QStringLiteral("2024-01-01T00:00:00Z")},
             {QStringLiteral("max_tier"), QStringLiteral("large")},
             {QStringLiteral("max_users_cap"), 1000}});
    }

    // Clicks Restore and answers the passphrase dialog (the file comes from answerFiles()).
    void restoreWith(const QString &passphrase)
    {
        button("restoreKeyButton")->click();
        auto *dialog = visibleChild<QDialog>(m_dialog, QStringLiteral("passphraseDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeatEdit")));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("restoreLabelEdit")));
        QPointer<QLineEdit> edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        QVERIFY(edit);
        QTest::keyClicks(edit, passphrase);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!edit || edit->text().isEmpty());
    }

    tests::ConsoleFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<ui::ConsoleContext> m_context;
    QPointer<KeyManagerDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    FileChooser::Mode m_lastMode = FileChooser::Mode::Open;
};

QTEST_MAIN(TestKeyManagerDialog)
#include "tst_keymanagerdialog.moc"
