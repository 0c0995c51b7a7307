#include "ui/common/TypedConfirmDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &message,
                                       const QString &expected, const QString &confirmText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
{
    setObjectName(QStringLiteral("typedConfirmDialog"));
    setWindowTitle(title);
    setModal(true);

    m_message = new QLabel(message, this);
    m_message->setObjectName(QStringLiteral("typedConfirmMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(expected), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("typedConfirmEdit"));
    m_edit->setPlaceholderText(expected);
    prompt->setBuddy(m_edit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = m_buttons->addButton(confirmText, QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("typedConfirmButton"));
    // Cancel stays the default: Enter must never confirm by accident.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(confirm, &QPushButton::clicked, this, [this] {
        if (isConfirmable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TypedConfirmDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    updateButton();
}

bool TypedConfirmDialog::isConfirmable() const
{
    return !m_expected.isEmpty() && m_edit->text() == m_expected;
}

void TypedConfirmDialog::updateButton()
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::DestructiveRole)
            button->setEnabled(isConfirmable());
    }
}

} // namespace sphair::ui
