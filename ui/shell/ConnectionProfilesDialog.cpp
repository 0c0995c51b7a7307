#include "ui/shell/ConnectionProfilesDialog.h"

#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ProfileEditorDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui::shell {

ConnectionProfilesDialog::ConnectionProfilesDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_profiles(context->settings())
{
    setObjectName(QStringLiteral("connectionProfilesDialog"));
    setWindowTitle(tr("Connection profiles"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profilesList"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(selectedName()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { openEditor(selectedName()); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionProfilesDialog::askToRemove);
    connect(m_list, &QListWidget::currentRowChanged, this,
            &ConnectionProfilesDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(560, 320);
}

void ConnectionProfilesDialog::reload(const QString &select)
{
    const QString keep = select.isEmpty() ? selectedName() : select;
    m_list->clear();
    for (const client::ConnectionProfile &profile : m_profiles.list()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 — %3")
                .arg(profile.name, client::environmentDisplayName(profile.environment),
                     profile.baseUrl.toString()),
            m_list);
        item->setData(Qt::UserRole, profile.name);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(profile.effectiveColour()));
        item->setIcon(QIcon(swatch));
        if (profile.name == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ConnectionProfilesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

QString ConnectionProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionProfilesDialog::openEditor(const QString &name)
{
    if (m_editor)
        m_editor->close();
    m_editor = new ProfileEditorDialog(m_context->settings(), name, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditorDialog::profileSaved, this,
            [this](const client::ConnectionProfile &saved) {
                reload(saved.name);
                emit profilesChanged();
            });
    m_editor->open();
}

void ConnectionProfilesDialog::askToRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Remove connection profile"),
        tr("Remove the connection profile “%1”? Its saved sign-in is removed from the "
           "keychain too. The platform itself is not affected.")
            .arg(name),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeProfileConfirm"));
    QPushButton *removeButton = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("removeProfileConfirmButton"));
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, removeButton, name](QAbstractButton *clicked) {
                if (clicked == removeButton)
                    remove(name);
            });
    question->open();
}

void ConnectionProfilesDialog::remove(const QString &name)
{
    if (auto removed = m_profiles.remove(name); !removed) {
        m_context->reportError(tr("Removing the connection profile “%1”").arg(name),
                               removed.error());
        return;
    }
    if (m_profiles.lastUsed() == name)
        m_profiles.setLastUsed({});
    // A keychain failure is reported by the client's keychainFailed(), which the console
    // shows; nothing else to do here.
    if (client::PlatformClient *client = m_context->client())
        client->forgetSession(name, nullptr);
    reload();
    emit profilesChanged();
}

} // namespace sphair::ui::shell
