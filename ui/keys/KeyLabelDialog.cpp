#include "ui/keys/KeyLabelDialog.h"

#include "models/domain/IssuerKey.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

KeyLabelDialog::KeyLabelDialog(const QString &title, const QString &prompt, const QString &label,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyLabelDialog"));
    setWindowTitle(title);

    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    m_edit = new QLineEdit(label, this);
    m_edit->setObjectName(QStringLiteral("keyLabelEdit"));
    m_edit->setMaxLength(models::IssuerKey::kMaxLabelLength);
    m_edit->setPlaceholderText(tr("e.g. Sales laptop 2025"));
    m_edit->selectAll();
    promptLabel->setBuddy(m_edit);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("keyLabelHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("keyLabelOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &KeyLabelDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateState();
}

QString KeyLabelDialog::label() const
{
    return m_edit->text().trimmed();
}

bool KeyLabelDialog::isAcceptable() const
{
    const QString text = label();
    return !text.isEmpty() && text.size() <= models::IssuerKey::kMaxLabelLength;
}

void KeyLabelDialog::updateState()
{
    m_ok->setEnabled(isAcceptable());
    m_hint->setText(label().isEmpty()
                        ? tr("A label is required: the platform lists the key under it.")
                        : QString());
}

} // namespace sphair::ui
