#include "ui/keys/PassphraseDialog.h"

#include "models/domain/IssuerKey.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

QLineEdit *makeSecretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
    // No context menu: nothing to copy out, and no "paste" history to keep.
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

// Empties a field so that neither its text nor its undo history keeps the secret (setText()
// drops the history, clear() would keep it).
void wipe(QLineEdit *edit)
{
    if (edit)
        edit->setText(QString());
}

std::size_t utf8Length(const QString &text)
{
    // Counted in place: no converted copy of the secret is left behind.
    std::size_t bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) {
            bytes += 1;
        } else if (unit < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
                   && text.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::NewBackup ? tr("Back up issuer key") : tr("Restore issuer key"));

    auto *messageLabel = new QLabel(message, this);
    messageLabel->setWordWrap(true);
    messageLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    m_passphrase = makeSecretEdit(QStringLiteral("passphraseEdit"), this);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::NewBackup) {
        m_repeat = makeSecretEdit(QStringLiteral("passphraseRepeatEdit"), this);
        form->addRow(tr("&Repeat passphrase:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    } else {
        m_label = new QLineEdit(this);
        m_label->setObjectName(QStringLiteral("restoreLabelEdit"));
        m_label->setMaxLength(models::IssuerKey::kMaxLabelLength);
        m_label->setPlaceholderText(tr("Optional: keep the label stored in the backup"));
        form->addRow(tr("&Label:"), m_label);
    }
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("passphraseOkButton"));
    m_ok->setText(mode == Mode::NewBackup ? tr("&Back up") : tr("&Restore"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageLabel);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateState();
}

PassphraseDialog::~PassphraseDialog()
{
    clearFields();
}

QString PassphraseDialog::newPassphraseProblem(const QString &passphrase, const QString &repeat)
{
    const std::size_t length = utf8Length(passphrase);
    if (length < kMinBytes) {
        return tr("Use at least %n characters: the backup is only as strong as its passphrase.",
                  nullptr, static_cast<int>(kMinBytes));
    }
    if (length > kMaxBytes)
        return tr("Use at most %n characters.", nullptr, static_cast<int>(kMaxBytes));
    if (passphrase != repeat)
        return tr("The two passphrases differ.");
    return {};
}

bool PassphraseDialog::isAcceptable() const
{
    if (m_mode == Mode::NewBackup)
        return newPassphraseProblem(m_passphrase->text(), m_repeat->text()).isEmpty();
    const std::size_t length = utf8Length(m_passphrase->text());
    return length > 0 && length <= kMaxBytes;
}

void PassphraseDialog::updateState()
{
    m_ok->setEnabled(isAcceptable());
    if (m_mode == Mode::NewBackup) {
        const QString problem = newPassphraseProblem(m_passphrase->text(), m_repeat->text());
        m_hint->setText(problem.isEmpty()
                            ? tr("Keep the passphrase apart from the backup file: without it "
                                 "the backup cannot be restored.")
                            : problem);
    } else {
        m_hint->setText(m_passphrase->text().isEmpty()
                            ? tr("Enter the passphrase the backup was made with.")
                            : QString());
    }
}

licensing::SecureBytes PassphraseDialog::takePassphrase()
{
    QString text = m_passphrase->text();
    clearFields();
    QByteArray utf8 = text.toUtf8();
    licensing::SecureBytes secret = licensing::SecureBytes::copyOf(utf8);
    // Overwrite our own copies in place (the fields no longer share them).
    utf8.fill('\0');
    text.fill(QChar());
    return secret;
}

QString PassphraseDialog::label() const
{
    return m_label ? m_label->text().trimmed() : QString();
}

void PassphraseDialog::done(int result)
{
    if (result != QDialog::Accepted)
        clearFields();
    QDialog::done(result);
}

void PassphraseDialog::clearFields()
{
    wipe(m_passphrase);
    wipe(m_repeat);
}

} // namespace sphair::ui
