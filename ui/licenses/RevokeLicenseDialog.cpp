#include "ui/licenses/RevokeLicenseDialog.h"

#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

RevokeLicenseDialog::RevokeLicenseDialog(ConsoleContext *context,
                                         const models::LicenseRecord &license, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_license(license)
    , m_reason(new QPlainTextEdit)
    , m_confirm(new QCheckBox)
    , m_error(new QLabel)
    , m_revoke(new QPushButton(tr("&Revoke")))
{
    setObjectName(QStringLiteral("revokeLicenseDialog"));
    setWindowTitle(tr("Revoke the license of %1").arg(license.companyCode));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(
        tr("Revoking license %1 ends it at once: %2 (%3 tier, %n user(s)) can no longer use "
           "SPHAiR until a new license is issued. This cannot be undone.",
           nullptr, license.maxUsers)
            .arg(license.id.toString(QUuid::WithoutBraces), license.companyCode,
                 models::tierDisplayName(license.tier)));
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("revokeReasonEdit"));
    m_reason->setPlaceholderText(tr("Why is the license revoked? (required, for the audit log)"));
    m_confirm->setObjectName(QStringLiteral("revokeConfirmCheck"));
    m_confirm->setText(tr("I understand that %1 loses its license now.").arg(license.companyCode));
    m_error->setObjectName(QStringLiteral("revokeErrorLabel"));
    m_error->setWordWrap(true);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_revoke, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_revoke, &QPushButton::clicked, this, &RevokeLicenseDialog::revoke);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RevokeLicenseDialog::validate);
    connect(m_confirm, &QCheckBox::toggled, this, &RevokeLicenseDialog::validate);
    validate();
}

QString RevokeLicenseDialog::validationProblem() const
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty())
        return tr("Give a reason for the revocation.");
    if (reason.size() > models::LicenseRecord::kMaxRevokeReasonLength)
        return tr("The reason is %1 characters long; at most %2 are kept.")
            .arg(reason.size())
            .arg(models::LicenseRecord::kMaxRevokeReasonLength);
    if (!m_confirm->isChecked())
        return tr("Confirm that %1 loses its license.").arg(m_license.companyCode);
    return {};
}

void RevokeLicenseDialog::validate()
{
    if (m_busy)
        return;
    const QString problem = validationProblem();
    m_error->setText(problem);
    m_revoke->setEnabled(problem.isEmpty());
}

void RevokeLicenseDialog::fail(const QString &message)
{
    m_busy = false;
    m_reason->setEnabled(true);
    m_confirm->setEnabled(true);
    validate();
    m_error->setText(message);
}

void RevokeLicenseDialog::revoke()
{
    if (m_busy || !validationProblem().isEmpty() || !m_context || !m_context->client())
        return;
    m_busy = true;
    m_reason->setEnabled(false);
    m_confirm->setEnabled(false);
    m_revoke->setEnabled(false);
    m_error->setText(tr("Revoking…"));
    const QString reason = m_reason->toPlainText().trimmed();
    QPointer<RevokeLicenseDialog> self(this);
    QPointer<ConsoleContext> context(m_context);
    const QUuid id = m_license.id;
    // The list does not carry ETags: read the license's current version first.
    m_context->licensing().license(
        id,
        [self, context, id,
         reason](models::Result<client::Versioned<models::LicenseRecord>> current) {
            if (!self || !context || !context->client())
                return;
            if (!current) {
                self->fail(tr("The license could not be read: %1").arg(current.error().message));
                return;
            }
            if (current->value.status != models::LicenseRecordStatus::Active) {
                self->fail(tr("This license is %1 already; there is nothing to revoke.")
                               .arg(models::licenseRecordStatusCode(current->value.status)));
                return;
            }
            context->licensing().revokeLicense(
                id, reason, current->etag,
                [self](models::Result<client::Versioned<models::LicenseRecord>> revoked) {
                    if (!self)
                        return;
                    if (!revoked) {
                        self->fail(
                            tr("The license was not revoked: %1").arg(revoked.error().message));
                        return;
                    }
                    emit self->revoked(revoked->value);
                    self->accept();
                });
        });
}

} // namespace sphair::ui
