#pragma once

#include "licensing/SecureBytes.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sphair::cli {

// Reads a passphrase straight into guarded memory: from the controlling terminal with echo
// off, or from a file (first line). Never from the command line, where `ps` and shell
// history would show it. Reads at most KeyVault::kMaxPassphraseLength bytes.
class PassphraseReader
{
    Q_DECLARE_TR_FUNCTIONS(sphair::cli::PassphraseReader)
public:
    // "no_terminal" when there is no terminal to ask (e.g. in CI): use a file instead.
    static models::Result<licensing::SecureBytes> fromTerminal(const QString &prompt);
    // Asks twice and insists that both answers match ("passphrase_mismatch").
    static models::Result<licensing::SecureBytes>
    fromTerminalConfirmed(const QString &prompt, const QString &confirmPrompt);
    static models::Result<licensing::SecureBytes> fromFile(const QString &path);
};

} // namespace sphair::cli
