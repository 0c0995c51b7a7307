#include "ui/keys/KeyManagerDialog.h"

#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "client/Queries.h"
#include "core/AtomicFile.h"
#include "licensing/vault/KeyVault.h"
#include "models/domain/AdminRole.h"
#include "models/domain/IssuerKey.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/Tier.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/common/TypedConfirmDialog.h"
#include "ui/keys/IssuerKeyTableModel.h"
#include "ui/keys/KeyLabelDialog.h"
#include "ui/keys/PassphraseDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sphair::ui {

using core::AtomicFile;

namespace {

// A backup file is a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxBackupFileSize = 64 * 1024LL;
// Pages of the server's key list read at most (500 keys each).
constexpr int kMaxRegistrationPages = 100;
// How many of a key's newest licenses are searched for the last one it signed.
constexpr int kChainSearchLimit = 20;

const QString kBackupSuffix = QStringLiteral(".sphair-key-backup");
const QString kPublicKeySuffix = QStringLiteral(".k4-public.txt");

// A file name built from a key's label: letters, digits, '.', '_' and '-' only.
QString fileNameFor(const licensing::IssuerKeyInfo &key, const QString &suffix)
{
    QString base = key.label;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    base = base.left(60);
    while (base.startsWith(QLatin1Char('-')) || base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("issuer-key");
    return base + suffix;
}

QString displayLabel(const licensing::IssuerKeyInfo &key)
{
    return key.label.isEmpty() ? IssuerKeyTableModel::shortKid(key.kid) : key.label;
}

// The value of a "Name: value" header line of a backup file (untrusted: shown, never used).
QString backupHeader(const QByteArray &text, QByteArrayView name)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ':')
            return QString::fromUtf8(line.mid(name.size() + 1).trimmed());
    }
    return {};
}

bool looksLikeBackup(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().startsWith("k4.secret-pw."))
            return true;
    }
    return false;
}

} // namespace

KeyManagerDialog::KeyManagerDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("keyManagerDialog"));
    setWindowTitle(tr("Key manager"));
    setModal(false);
    resize(860, 420);

    auto *intro = new QLabel(
        tr("Issuer keys sign licenses on this computer. Their secret halves stay in the system "
           "keychain; back each key up, and register its public half with the platform."),
        this);
    intro->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keyMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    m_model = new IssuerKeyTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("issuerKeysTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(IssuerKeyTableModel::LabelColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Issuer keys"));

    auto makeButton = [this](const QString &objectName, const QString &text, const QString &toolTip,
                             void (KeyManagerDialog::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setToolTip(toolTip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_generate = makeButton(QStringLiteral("generateKeyButton"), tr("&Generate…"),
                            tr("Create a new issuer key in the system keychain."),
                            &KeyManagerDialog::generateKey);
    m_rename = makeButton(QStringLiteral("renameKeyButton"), tr("Re&name…"),
                          tr("Change the selected key's label on this computer (F2)."),
                          &KeyManagerDialog::renameKey);
    m_backup = makeButton(QStringLiteral("backupKeyButton"), tr("&Back up…"),
                          tr("Write the selected key to a file, encrypted with a passphrase."),
                          &KeyManagerDialog::backupKey);
    m_restore = makeButton(QStringLiteral("restoreKeyButton"), tr("R&estore…"),
                           tr("Put a key back into the system keychain from a backup file."),
                           &KeyManagerDialog::restoreKey);
    m_export = makeButton(QStringLiteral("exportPublicKeyButton"), tr("E&xport public key…"),
                          tr("Write the selected key's public key (k4.public) to a file."),
                          &KeyManagerDialog::exportPublicKey);
    m_copy = makeButton(QStringLiteral("copyPublicKeyButton"), tr("&Copy public key"),
                        tr("Put the selected key's public key (k4.public) on the clipboard."),
                        &KeyManagerDialog::copyPublicKey);
    m_register = makeButton(QStringLiteral("registerKeyButton"), tr("Re&gister with server"),
                            QString(), &KeyManagerDialog::registerKey);
    m_delete = makeButton(QStringLiteral("deleteKeyButton"), tr("&Delete…"),
                          tr("Remove the selected key from this computer (Delete)."),
                          &KeyManagerDialog::deleteKey);
    m_refresh = makeButton(QStringLiteral("refreshKeysButton"), tr("Re&fresh"),
                           tr("Read the keys again and ask the server which ones it knows."),
                           &KeyManagerDialog::reload);

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button :
         {m_generate, m_rename, m_backup, m_restore, m_export, m_copy, m_register, m_delete})
        buttonColumn->addWidget(button);
    buttonColumn->addStretch();
    buttonColumn->addWidget(m_refresh);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttonColumn);

    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("keyBusyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate: Argon2id and the keychain give no progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("keyBusyLabel"));
    m_busyLabel->hide();

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_busyIndicator);
    bottomRow->addWidget(m_busyLabel, 1);
    bottomRow->addWidget(closeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(tableRow, 1);
    layout->addLayout(bottomRow);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_table);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, [this] {
        if (m_delete->isEnabled())
            deleteKey();
    });
    auto *renameShortcut = new QShortcut(QKeySequence(Qt::Key_F2), m_table);
    renameShortcut->setContext(Qt::WidgetShortcut);
    connect(renameShortcut, &QShortcut::activated, this, [this] {
        if (m_rename->isEnabled())
            renameKey();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyManagerDialog::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeyManagerDialog::updateActions);

    if (m_context && m_context->client()) {
        connect(m_context->client(), &client::PlatformClient::sessionChanged, this, [this] {
            updateActions();
            fetchRegistrations();
        });
    }

    if (!vault()) {
        m_message->setText(tr("This console session has no issuer key vault, so keys cannot "
                              "be listed or changed here. Restart the console with access to "
                              "the system keychain."));
        m_message->show();
    }
    reload();
}

KeyManagerDialog::~KeyManagerDialog()
{
    // Cancelled calls never call back, so nothing reaches this dialog after it is gone.
    if (m_listCall)
        m_listCall->cancel();
    if (m_registerCall)
        m_registerCall->cancel();
    if (m_chainCall)
        m_chainCall->cancel();
}

void KeyManagerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Shown again later: signing elsewhere in the console may have moved a key's seq, and
    // another admin may have registered a key meanwhile.
    if (m_shownBefore && !event->spontaneous() && !m_busy)
        reload();
    m_shownBefore = true;
}

licensing::KeyVault *KeyManagerDialog::vault() const
{
    return m_context ? m_context->vault() : nullptr;
}

QString KeyManagerDialog::selectedKid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(IssuerKeyTableModel::KidRole).toString();
}

void KeyManagerDialog::selectKid(const QString &kid)
{
    const int row = m_model->rowOf(kid);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, IssuerKeyTableModel::LabelColumn));
}

std::optional<licensing::IssuerKeyInfo> KeyManagerDialog::selectedKey() const
{
    const int row = m_model->rowOf(selectedKid());
    if (row < 0)
        return std::nullopt;
    return m_model->keys().at(row);
}

void KeyManagerDialog::reload()
{
    reloadKeys();
    fetchRegistrations();
}

void KeyManagerDialog::reloadKeys(const QString &kidToSelect)
{
    const QString keep = kidToSelect.isEmpty() ? selectedKid() : kidToSelect;
    m_model->setKeys(vault() ? vault()->keys() : QList<licensing::IssuerKeyInfo>());
    if (!keep.isEmpty())
        selectKid(keep);
    if (selectedKid().isEmpty() && m_model->rowCount() > 0)
        selectKid(m_model->keys().constFirst().kid);
    updateActions();
}

void KeyManagerDialog::fetchRegistrations()
{
    if (m_listCall)
        m_listCall->cancel();
    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    if (!client || !client->isSignedIn() || !vault()) {
        m_model->setRegisteredKids(std::nullopt);
        emit registrationsLoaded(false);
        return;
    }
    fetchRegistrationPage(QString(), QSet<QString>(), 1);
}

void KeyManagerDialog::fetchRegistrationPage(const QString &cursor, QSet<QString> seen,
                                             int pageNumber)
{
    client::IssuerKeyQuery query;
    query.limit = models::Page<models::IssuerKey>::kMaxLimit;
    query.cursor = cursor;
    QPointer<KeyManagerDialog> self(this);
    m_listCall = m_context->licensing().list(
        query,
        [self, seen, pageNumber](models::Result<models::Page<models::IssuerKey>> page) mutable {
            if (!self)
                return;
            if (!page) {
                self->m_model->setRegisteredKids(std::nullopt);
                self->showError(tr("Checking which issuer keys the platform knows"), page.error());
                emit self->registrationsLoaded(false);
                return;
            }
            for (const models::IssuerKey &key : page->items)
                seen.insert(key.kid);
            // Stop after a sane number of pages rather than follow a cursor forever.
            if (page->hasMore() && pageNumber < kMaxRegistrationPages) {
                self->fetchRegistrationPage(page->nextCursor, std::move(seen), pageNumber + 1);
                return;
            }
            self->m_model->setRegisteredKids(seen);
            emit self->registrationsLoaded(true);
        });
}

void KeyManagerDialog::updateActions()
{
    const bool haveVault = vault() != nullptr;
    const bool ready = haveVault && !m_busy;
    const auto key = selectedKey();
    const bool selected = ready && key.has_value();

    m_generate->setEnabled(ready);
    m_restore->setEnabled(ready);
    m_rename->setEnabled(selected);
    m_backup->setEnabled(selected);
    m_export->setEnabled(selected);
    m_copy->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_refresh->setEnabled(ready);
    m_table->setEnabled(haveVault);

    // Registering: superadmins only (the server's rule, from the shared permission table).
    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    const auto session = client ? client->session() : std::nullopt;
    bool mayRegister = false;
    QString why;
    if (!haveVault) {
        why = tr("There is no issuer key vault in this session.");
    } else if (!client || !client->isSignedIn() || !session) {
        why = tr("Sign in to the platform to register keys with it.");
    } else if (!models::adminRoleMayChange(session->role, models::AdminArea::IssuerKeys)) {
        why = tr("Only a superadmin can register issuer keys with the platform; you are "
                 "signed in as %1 (%2).")
                  .arg(session->username, models::adminRoleDisplayName(session->role));
    } else if (!key) {
        why = tr("Select a key to register its public half with the platform.");
    } else if (m_model->registration(key->kid) == IssuerKeyTableModel::Registration::Registered) {
        why = tr("The platform knows this key already: it is registered.");
    } else {
        mayRegister = true;
        why = tr("Register this key's public half with the platform, so that the licenses it "
                 "signs are accepted.");
    }
    m_register->setEnabled(mayRegister && !m_busy);
    m_register->setToolTip(why);
}

void KeyManagerDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setText(busy ? what : QString());
    m_busyLabel->setVisible(busy);
    if (busy)
        m_message->hide();
    updateActions();
    emit busyChanged(busy);
}

void KeyManagerDialog::showError(const QString &what, const models::Error &error)
{
    m_message->setText(tr("%1 failed: %2").arg(what, error.message));
    m_message->setProperty("severity", QStringLiteral("error"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->show();
    if (m_context)
        m_context->reportError(what, error);
}

void KeyManagerDialog::showInfo(const QString &message)
{
    m_message->setText(message);
    m_message->setProperty("severity", QStringLiteral("info"));
    m_message->setStyleSheet(QString());
    m_message->show();
    if (m_context)
        m_context->reportInfo(message);
}

// --- generate and rename -------------------------------------------------------------------

void KeyManagerDialog::generateKey()
{
    if (!vault() || m_busy)
        return;
    auto *dialog = new KeyLabelDialog(
        tr("Generate issuer key"), tr("A label for the new key, so that people can tell it apart:"),
        QString(), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString label = dialog->label();
        setBusy(true, tr("Generating the key and storing it in the system keychain…"));
        QPointer<KeyManagerDialog> self(this);
        vault()->generate(label, [self](models::Result<licensing::IssuerKeyInfo> info) {
            if (!self)
                return;
            self->setBusy(false);
            if (!info) {
                self->showError(tr("Generating an issuer key"), info.error());
                return;
            }
            self->reloadKeys(info->kid);
            self->showInfo(tr("Created issuer key “%1” (%2). Back it up now: without a backup "
                              "it is lost with this computer's keychain.")
                               .arg(info->label, info->kid));
        });
    });
    dialog->open();
}

void KeyManagerDialog::renameKey()
{
    const auto key = selectedKey();
    if (!key || !vault() || m_busy)
        return;
    auto *dialog = new KeyLabelDialog(
        tr("Rename issuer key"), tr("A new label for key %1:").arg(key->kid), key->label, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const QString kid = key->kid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, kid] {
        if (!vault())
            return;
        const QString label = dialog->label();
        if (auto renamed = vault()->setLabel(kid, label); !renamed) {
            showError(tr("Renaming key %1").arg(kid), renamed.error());
            return;
        }
        reloadKeys(kid);
        showInfo(tr("Key %1 is now labelled “%2” on this computer.").arg(kid, label));
    });
    dialog->open();
}

// --- backup and restore --------------------------------------------------------------------

void KeyManagerDialog::backupKey()
{
    const auto key = selectedKey();
    if (!key || !vault() || m_busy)
        return;
    // Where first, then the passphrase: the secret is then used at once, not kept while a
    // file dialog is open.
    const QString path =
        FileChooser::saveFile(this, tr("Save key backup"), fileNameFor(*key, kBackupSuffix),
                              tr("Issuer key backups (*%1);;All files (*)").arg(kBackupSuffix));
    if (path.isEmpty())
        return;
    auto *dialog = new PassphraseDialog(
        PassphraseDialog::Mode::NewBackup,
        tr("Choose a passphrase for the backup of “%1” (%2). The backup is written to %3; "
           "keep the passphrase somewhere else.")
            .arg(displayLabel(*key), key->kid, path),
        this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const QString kid = key->kid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, kid, path] {
        const licensing::SecureBytes passphrase = dialog->takePassphrase();
        startBackup(kid, path, passphrase);
    });
    dialog->open();
}

void KeyManagerDialog::startBackup(const QString &kid, const QString &path,
                                   const licensing::SecureBytes &passphrase)
{
    if (!vault())
        return;
    setBusy(true, tr("Encrypting the backup (Argon2id takes a moment)…"));
    QPointer<KeyManagerDialog> self(this);
    // The vault copies the passphrase into its own guarded memory; ours is wiped on return.
    vault()->backup(
        kid, passphrase, licensing::Paserk::PasswordOptions(),
        [self, kid, path](models::Result<QByteArray> text) {
            if (!self)
                return;
            self->setBusy(false);
            const QString what = tr("Backing up key %1").arg(kid);
            if (!text) {
                self->showError(what, text.error());
                return;
            }
            if (auto written = AtomicFile::write(path, text.value(), AtomicFile::Access::OwnerOnly);
                !written) {
                self->showError(what, written.error());
                return;
            }
            self->showInfo(tr("Wrote an encrypted backup of key %1 to %2. Keep it "
                              "offline, apart from its passphrase.")
                               .arg(kid, path));
        });
}

void KeyManagerDialog::restoreKey()
{
    if (!vault() || m_busy)
        return;
    const QString path =
        FileChooser::openFile(this, tr("Open key backup"),
                              tr("Issuer key backups (*%1);;All files (*)").arg(kBackupSuffix));
    if (path.isEmpty())
        return;
    const QString what = tr("Restoring a key from %1").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(what,
                  {QStringLiteral("read_failed"),
                   tr("The file cannot be read: %1").arg(file.errorString()),
                   {{QStringLiteral("path"), path}}});
        return;
    }
    const QByteArray text = file.read(kMaxBackupFileSize + 1);
    if (text.size() > kMaxBackupFileSize || !looksLikeBackup(text)) {
        showError(what,
                  {QStringLiteral("malformed_backup"),
                   tr("This is not an issuer key backup: it has no k4.secret-pw line."),
                   {{QStringLiteral("path"), path}}});
        return;
    }

    // The header lines are not authenticated; they only help the user recognise the file.
    const QString headerLabel = backupHeader(text, "Label");
    const QString headerKid = backupHeader(text, "Key-Id");
    QString message = tr("Enter the passphrase of the backup %1.").arg(path);
    if (!headerKid.isEmpty())
        message +=
            QLatin1Char(' ') + tr("It says it holds key “%1” (%2).").arg(headerLabel, headerKid);
    if (!headerKid.isEmpty() && m_model->rowOf(headerKid) >= 0)
        message += QLatin1Char(' ')
            + tr("That key is on this computer already; restoring keeps its history.");

    auto *dialog = new PassphraseDialog(PassphraseDialog::Mode::Restore, message, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog, text, path] {
        const QString label = dialog->label();
        const licensing::SecureBytes passphrase = dialog->takePassphrase();
        startRestore(text, path, passphrase, label);
    });
    dialog->open();
}

void KeyManagerDialog::startRestore(const QByteArray &backupText, const QString &path,
                                    const licensing::SecureBytes &passphrase, const QString &label)
{
    if (!vault())
        return;
    setBusy(true, tr("Decrypting the backup (Argon2id takes a moment)…"));
    QPointer<KeyManagerDialog> self(this);
    vault()->restore(
        backupText, passphrase, label, [self, path](models::Result<licensing::IssuerKeyInfo> info) {
            if (!self)
                return;
            self->setBusy(false);
            const QString what = tr("Restoring a key from %1").arg(path);
            if (!info) {
                models::Error error = info.error();
                if (error.code == QLatin1String("wrong_passphrase"))
                    error.message = tr("The passphrase is wrong, or the backup file is "
                                       "damaged. Nothing was changed.");
                self->showError(what, error);
                return;
            }
            self->reloadKeys(info->kid);
            const QString restored =
                tr("Restored key “%1” (%2) into the system keychain.").arg(info->label, info->kid);
            if (info->seq > 0) {
                // Known here already: its chain was kept.
                self->showInfo(restored + QLatin1Char(' ')
                               + tr("Its next license takes number %1.").arg(info->seq + 1));
                return;
            }
            self->continueChainFromPlatform(info->kid, restored);
        });
}

void KeyManagerDialog::continueChainFromPlatform(const QString &kid, const QString &restored)
{
    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    if (!client || !client->isSignedIn()) {
        finishChain(kid, restored,
                    models::Error {QStringLiteral("not_signed_in"),
                                   tr("The console is not signed in to the platform."),
                                   {}});
        return;
    }
    setBusy(true, tr("Asking the platform which license the key signed last…"));
    QPointer<KeyManagerDialog> self(this);
    m_chainCall = m_context->licensing().issuerKey(
        kid,
        [self, kid, restored](const models::Result<client::Versioned<models::IssuerKey>> &key) {
            if (!self)
                return;
            if (!key && key.error().code == QLatin1String("not_found")) {
                self->finishChain(kid, restored, QByteArray()); // it signed nothing registered
                return;
            }
            if (!key) {
                self->finishChain(kid, restored, key.error());
                return;
            }
            if (key->value.lastSeq == 0) {
                self->finishChain(kid, restored, QByteArray());
                return;
            }
            self->continueChainFrom(kid, restored, key->value.lastSeq);
        });
}

void KeyManagerDialog::continueChainFrom(const QString &kid, const QString &restored,
                                         qint64 lastSeq)
{
    // A key's iat never goes back (VaultSigner refuses), so its last license is among the
    // newest it signed.
    client::LicenseQuery query;
    query.kid = kid;
    query.limit = kChainSearchLimit;
    QPointer<KeyManagerDialog> self(this);
    m_chainCall = m_context->licensing().list(
        query,
        [self, kid, restored,
         lastSeq](const models::Result<models::Page<models::LicenseRecord>> &page) {
            if (!self)
                return;
            if (!page) {
                self->finishChain(kid, restored, page.error());
                return;
            }
            const auto last = std::find_if(
                page->items.cbegin(), page->items.cend(),
                [lastSeq](const models::LicenseRecord &license) { return license.seq == lastSeq; });
            if (last == page->items.cend()) {
                self->finishChain(
                    kid, restored,
                    models::Error {QStringLiteral("chain_head_missing"),
                                   tr("The platform counts %1 licenses from this key but does "
                                      "not list the last one.")
                                       .arg(lastSeq),
                                   {}});
                return;
            }
            self->m_chainCall = self->m_context->licensing().license(
                last->id,
                [self, kid, restored](
                    const models::Result<client::Versioned<models::LicenseRecord>> &license) {
                    if (!self)
                        return;
                    if (!license)
                        self->finishChain(kid, restored, license.error());
                    else
                        self->finishChain(kid, restored, license->value.token.toLatin1());
                });
        });
}

void KeyManagerDialog::finishChain(const QString &kid, const QString &restored,
                                   const models::Result<QByteArray> &token)
{
    setBusy(false);
    const QString what = tr("Continuing the chain of key %1").arg(kid);
    if (!token) {
        models::Error error = token.error();
        error.message = tr("%1 This computer does not know which licenses the key signed "
                           "before, so its next license would take number 1, and the platform "
                           "takes such a license for one from a copied key. Restore again "
                           "while signed in, or with sphair-license restore --continue-from "
                           "and the last license it signed.")
                            .arg(error.message);
        showError(what, error);
        return;
    }
    if (token.value().isEmpty()) {
        showInfo(restored + QLatin1Char(' ')
                 + tr("The platform has no license from it, so its chain starts at 1."));
        return;
    }
    auto continued = vault() ? vault()->continueChain(kid, token.value())
                             : models::Result<licensing::IssuerKeyInfo>(
                                 models::Error {QStringLiteral("no_vault"), {}, {}});
    if (!continued) {
        showError(what, continued.error());
        return;
    }
    reloadKeys(kid);
    showInfo(restored + QLatin1Char(' ')
             + tr("Its chain continues after license %1, the last one the platform registered.")
                   .arg(continued->seq));
}

// --- public key ----------------------------------------------------------------------------

void KeyManagerDialog::exportPublicKey()
{
    const auto key = selectedKey();
    if (!key || !vault() || m_busy)
        return;
    auto paserk = vault()->exportPublic(key->kid);
    const QString what = tr("Exporting the public key of %1").arg(key->kid);
    if (!paserk) {
        showError(what, paserk.error());
        return;
    }
    const QString path =
        FileChooser::saveFile(this, tr("Export public key"), fileNameFor(*key, kPublicKeySuffix),
                              tr("Public keys (*%1);;All files (*)").arg(kPublicKeySuffix));
    if (path.isEmpty())
        return;
    // The same content as `sphair-license export-public -o FILE`: the PASERK and a newline.
    if (auto written =
            AtomicFile::write(path, paserk->toLatin1() + '\n', AtomicFile::Access::Readable);
        !written) {
        showError(what, written.error());
        return;
    }
    showInfo(tr("Wrote the public key of “%1” to %2. “Copy public key” puts it on the "
                "clipboard.")
                 .arg(displayLabel(*key), path));
}

void KeyManagerDialog::copyPublicKey()
{
    const auto key = selectedKey();
    if (!key || !vault())
        return;
    auto paserk = vault()->exportPublic(key->kid);
    if (!paserk) {
        showError(tr("Copying the public key of %1").arg(key->kid), paserk.error());
        return;
    }
    QGuiApplication::clipboard()->setText(paserk.value());
    showInfo(tr("Copied the public key of “%1” to the clipboard.").arg(displayLabel(*key)));
}

// --- server --------------------------------------------------------------------------------

void KeyManagerDialog::registerKey()
{
    const auto key = selectedKey();
    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    if (!key || !client || m_busy || !m_register->isEnabled())
        return;
    const QString kid = key->kid;
    if (m_model->registration(kid) == IssuerKeyTableModel::Registration::Registered) {
        showInfo(tr("The platform knows key %1 already.").arg(kid));
        return;
    }

    models::IssuerKey issuerKey;
    issuerKey.kid = kid;
    issuerKey.publicKey = key->publicPaserk();
    issuerKey.label = displayLabel(*key).left(models::IssuerKey::kMaxLabelLength);
    issuerKey.status = models::IssuerKeyStatus::Active;
    // Valid from its creation (to the second), open-ended, no caps beyond the platform's: a
    // superadmin narrows them on the server when a key should sign less.
    QDateTime validFrom = key->createdAt.toUTC();
    validFrom.setTime(
        QTime(validFrom.time().hour(), validFrom.time().minute(), validFrom.time().second()));
    issuerKey.validFrom = validFrom.isValid() ? validFrom : QDateTime::currentDateTimeUtc();
    issuerKey.maxTier = models::Tier::Large;
    issuerKey.maxUsersCap = models::kMaxLicensedUsers;

    setBusy(true, tr("Registering the key with the platform…"));
    QPointer<KeyManagerDialog> self(this);
    m_registerCall = client::LicensingClient(client).registerIssuerKey(
        issuerKey,
        [self, kid](const models::Result<client::Versioned<models::IssuerKey>> &registered) {
            if (!self)
                return;
            self->setBusy(false);
            if (!registered) {
                // 409: someone registered it meanwhile. That is the outcome wanted.
                if (registered.error().code == QLatin1String("conflict")
                    && registered.error().details.value(QStringLiteral("kid")).toString() == kid) {
                    self->m_model->markRegistered(kid);
                    self->showInfo(tr("The platform knows key %1 already.").arg(kid));
                    return;
                }
                self->showError(tr("Registering key %1").arg(kid), registered.error());
                return;
            }
            self->m_model->markRegistered(kid);
            self->showInfo(tr("Registered key %1 with the platform: licenses it signs are "
                              "accepted from now on.")
                               .arg(kid));
        });
}

// --- delete --------------------------------------------------------------------------------

void KeyManagerDialog::deleteKey()
{
    const auto key = selectedKey();
    if (!key || !vault() || m_busy)
        return;
    const QString expected = key->label.isEmpty() ? key->kid : key->label;
    auto *dialog = new TypedConfirmDialog(
        tr("Delete issuer key"),
        tr("Delete the issuer key “%1” (%2) from this computer? Its secret is removed from the "
           "system keychain. Licenses it signed stay valid, but they can no longer be renewed "
           "or re-issued from this computer unless the key was backed up. The platform keeps "
           "its public key.")
            .arg(displayLabel(*key), key->kid),
        expected, tr("Delete key"), this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const QString kid = key->kid;
    connect(dialog, &QDialog::accepted, this, [this, kid] {
        if (!vault())
            return;
        setBusy(true, tr("Removing the key from the system keychain…"));
        QPointer<KeyManagerDialog> self(this);
        vault()->remove(kid, [self, kid](const models::Status &removed) {
            if (!self)
                return;
            self->setBusy(false);
            if (!removed) {
                self->showError(tr("Deleting key %1").arg(kid), removed.error());
                return;
            }
            self->reloadKeys();
            self->showInfo(tr("Deleted key %1 from this computer.").arg(kid));
        });
    });
    dialog->open();
}

} // namespace sphair::ui
