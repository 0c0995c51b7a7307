#include "ui/companies/CompanyStatusDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

CompanyStatusDialog::CompanyStatusDialog(const models::Company &company, Change change,
                                         QWidget *parent)
    : QDialog(parent)
    , m_company(company)
    , m_change(change)
{
    setObjectName(QStringLiteral("companyStatusDialog"));
    setModal(true);
    const bool suspend = change == Change::Suspend;
    setWindowTitle(suspend ? tr("Suspend %1").arg(company.code)
                           : tr("Activate %1").arg(company.code));

    QString text;
    if (suspend) {
        text = tr("Suspend %1 (%2)?").arg(company.name, company.code) + QLatin1String("\n\n")
            + tr("%n user(s) of this company lose access until it is activated again.", nullptr,
                 company.userCount)
            + QLatin1Char(' ')
            + tr("While it is suspended, its tenant API calls and tokens are refused.");
    } else {
        text = tr("Activate %1 (%2)?").arg(company.name, company.code) + QLatin1String("\n\n")
            + tr("%n user(s) of this company regain access.", nullptr, company.userCount)
            + QLatin1Char(' ') + tr("Its tenant API calls and tokens are accepted again.");
    }
    m_message = new QLabel(text, this);
    m_message->setObjectName(QStringLiteral("companyStatusMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *reasonLabel = new QLabel(tr("&Reason (optional, kept in the audit log):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("companyStatusReasonEdit"));
    m_reason->setMaxLength(kMaxReasonLength);
    reasonLabel->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = buttons->addButton(
        suspend ? tr("&Suspend company") : tr("&Activate company"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("companyStatusConfirmButton"));
    // Suspending locks people out: Enter must not do it by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(suspend);
    confirm->setDefault(!suspend);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString CompanyStatusDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString CompanyStatusDialog::message() const
{
    return m_message->text();
}

} // namespace sphair::ui
