#pragma once

#include "models/domain/Result.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sphair::client {
class ApiCall;
}
namespace sphair::licensing {
class KeyVault;
class SecureBytes;
struct IssuerKeyInfo;
} // namespace sphair::licensing

namespace sphair::ui {

class ConsoleContext;
class IssuerKeyTableModel;

// The key manager (Tools → Key manager): the issuer keys of this computer, and what can be
// done with them: generate, label, back up (k4.secret-pw), restore, export the public key,
// register it with the platform (superadmin), delete. Non-blocking: open it with show() or
// open(). Keychain and Argon2id work runs asynchronously behind a busy indicator.
//
// Object names: keyManagerDialog, issuerKeysTable, keyMessageLabel, keyBusyIndicator,
// keyBusyLabel, generateKeyButton, renameKeyButton, backupKeyButton, restoreKeyButton,
// exportPublicKeyButton, copyPublicKeyButton, registerKeyButton, deleteKeyButton,
// refreshKeysButton. Sub-dialogs: KeyLabelDialog, PassphraseDialog, TypedConfirmDialog.
class KeyManagerDialog : public QDialog
{
    Q_OBJECT
public:
    KeyManagerDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~KeyManagerDialog() override;

    IssuerKeyTableModel *model() const { return m_model; }
    // A keychain, Argon2id or server call of this dialog is running.
    bool isBusy() const { return m_busy; }
    // The kid of the selected key; empty when none is selected.
    QString selectedKid() const;
    void selectKid(const QString &kid);

public slots:
    // Re-reads the vault and asks the server which keys it knows.
    void reload();

signals:
    void busyChanged(bool busy);
    // The server's list of issuer keys has been read (or could not be: `known` false).
    void registrationsLoaded(bool known);

protected:
    void showEvent(QShowEvent *event) override;

private:
    licensing::KeyVault *vault() const;
    std::optional<licensing::IssuerKeyInfo> selectedKey() const;

    void reloadKeys(const QString &selectKid = {});
    void fetchRegistrations();
    void fetchRegistrationPage(const QString &cursor, QSet<QString> seen, int pageNumber);
    void updateActions();

    void generateKey();
    void renameKey();
    void backupKey();
    void restoreKey();
    void exportPublicKey();
    void copyPublicKey();
    void registerKey();
    void deleteKey();

    void startBackup(const QString &kid, const QString &path,
                     const licensing::SecureBytes &passphrase);
    void startRestore(const QByteArray &backupText, const QString &path,
                      const licensing::SecureBytes &passphrase, const QString &label);

    // After a restore that left the key at seq 0 (a computer that never used it): asks the
    // platform for the last license it registered from the key and continues the chain from
    // it, or says plainly why it cannot. `restored` is the message of the restore itself.
    void continueChainFromPlatform(const QString &kid, const QString &restored);
    void continueChainFrom(const QString &kid, const QString &restored, qint64 lastSeq);
    void finishChain(const QString &kid, const QString &restored,
                     const models::Result<QByteArray> &token);

    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &what, const models::Error &error);
    void showInfo(const QString &message);

    QPointer<ConsoleContext> m_context;
    IssuerKeyTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_busy = false;
    bool m_shownBefore = false;
    QPointer<client::ApiCall> m_listCall;
    QPointer<client::ApiCall> m_registerCall;
    QPointer<client::ApiCall> m_chainCall;
};

} // namespace sphair::ui
