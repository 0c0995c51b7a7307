#pragma once

#include "licensing/SecureBytes.h"
#include "licensing/vault/KeyVault.h"

#include <QDialog>

#include <cstddef>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sphair::ui {

// Asks for a backup passphrase. For a new backup it asks twice and checks, as the user types,
// that both entries match and follow the same rule as `sphair-license backup` (at least 12
// bytes of UTF-8, at most 1024). For a restore it asks once, with an optional label for the
// restored key. Object names: passphraseDialog, passphraseEdit, passphraseRepeatEdit (new
// backups only), restoreLabelEdit (restores only), passphraseHint, passphraseOkButton.
//
// The caller takes the passphrase with takePassphrase() once accepted; that also empties
// the fields. Rejecting the dialog empties them as well.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { NewBackup, Restore };

    // The same limits as the CLI: KeyVault::backup() refuses shorter passphrases, and
    // sphair-license reads no more than the longest.
    static constexpr std::size_t kMinBytes = licensing::KeyVault::kMinPassphraseLength;
    static constexpr std::size_t kMaxBytes = licensing::KeyVault::kMaxPassphraseLength;

    // `message` says what the passphrase is for (which key, which file).
    PassphraseDialog(Mode mode, const QString &message, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    Mode mode() const { return m_mode; }
    bool isAcceptable() const;
    // The passphrase as UTF-8 in guarded memory; clears the fields.
    licensing::SecureBytes takePassphrase();
    // Restores only: the label the user typed (empty: keep the backup's).
    QString label() const;

    void done(int result) override;

    // Why `passphrase` / `repeat` cannot be used for a new backup; empty when they can.
    static QString newPassphraseProblem(const QString &passphrase, const QString &repeat);

private:
    void updateState();
    void clearFields();

    Mode m_mode;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sphair::ui
