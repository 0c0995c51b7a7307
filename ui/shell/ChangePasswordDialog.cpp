#include "ui/shell/ChangePasswordDialog.h"

#include "client/PlatformClient.h"
#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui::shell {

ChangePasswordDialog::ChangePasswordDialog(client::PlatformClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change your password"));
    auto makeEdit = [this](const char *objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_serverError = false;
            revalidate();
        });
        return edit;
    };
    m_current = makeEdit("currentPasswordEdit");
    m_new = makeEdit("newPasswordEdit");
    m_repeat = makeEdit("repeatPasswordEdit");
    auto *intro =
        new QLabel(tr("The platform asks you to choose a new password before you continue. Use at "
                      "least %n character(s).",
                      nullptr, kMinLength),
                   this);
    intro->setWordWrap(true);
    m_error = newErrorLabel(QStringLiteral("changePasswordErrorLabel"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    revalidate();
}

void ChangePasswordDialog::setCurrentPassword(const QString &password)
{
    m_current->setText(password);
    m_new->setFocus();
}

QString ChangePasswordDialog::problem() const
{
    if (m_current->text().isEmpty())
        return tr("Enter your current password.");
    if (m_new->text().size() < kMinLength)
        return tr("The new password needs at least %n character(s).", nullptr, kMinLength);
    if (m_new->text() == m_current->text())
        return tr("The new password must differ from the current one.");
    if (m_repeat->text() != m_new->text())
        return tr("The two new passwords do not match.");
    return {};
}

void ChangePasswordDialog::revalidate()
{
    if (m_serverError)
        return;
    const QString text = problem();
    // Nothing typed yet is not an error worth shouting about.
    m_error->setText(m_new->text().isEmpty() && m_repeat->text().isEmpty() ? QString() : text);
    m_change->setEnabled(text.isEmpty() && !m_call);
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_current->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_change->setEnabled(!busy && problem().isEmpty());
}

void ChangePasswordDialog::submit()
{
    if (!problem().isEmpty() || m_call)
        return;
    m_error->setText(tr("Changing the password…"));
    QPointer<ChangePasswordDialog> self(this);
    m_call = m_client->changePassword(
        m_current->text(), m_new->text(), [self](const models::Status &changed) {
            if (!self)
                return;
            self->m_call.clear();
            self->setBusy(false);
            if (changed) {
                emit self->passwordChanged();
                self->QDialog::accept();
                return;
            }
            if (changed.error().code == QLatin1String("invalid_credentials")) {
                self->m_current->clear();
                self->m_current->setFocus();
            }
            // Set after clear(): the edit's textChanged must not wipe the server's answer.
            self->m_error->setText(changed.error().message);
            self->m_error->setToolTip(tr("Error code: %1").arg(changed.error().code));
            self->m_serverError = true;
        });
    setBusy(true);
}

void ChangePasswordDialog::reject()
{
    if (m_call)
        m_call->cancel();
    QDialog::reject();
}

} // namespace sphair::ui::shell
