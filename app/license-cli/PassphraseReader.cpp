#include "app/license-cli/PassphraseReader.h"

#include "licensing/vault/KeyVault.h"

#include <sodium.h>

#include <QFile>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <conio.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sphair::cli {

using namespace sphair::licensing;

namespace {

// lupdate misreads a namespace-qualified return type here and files the tr() text under
// the wrong context, so the translation would never load: name the type unqualified.
using models::Error;

Error noTerminal()
{
    return {QStringLiteral("no_terminal"),
            PassphraseReader::tr("There is no terminal to ask for a passphrase. Use "
                                 "--passphrase-file FILE instead."),
            {}};
}

// Reads one line, character by character, into a guarded buffer; returns its length.
std::size_t readLine(FILE *in, SecureBytes &buffer)
{
    std::size_t length = 0;
    for (int c = std::fgetc(in); c != EOF && c != '\n' && c != '\r'; c = std::fgetc(in)) {
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    return length;
}

SecureBytes truncated(const SecureBytes &buffer, std::size_t length)
{
    SecureBytes result(length);
    if (length > 0)
        std::memcpy(result.data(), buffer.data(), length);
    return result;
}

} // namespace

models::Result<SecureBytes> PassphraseReader::fromTerminal(const QString &prompt)
{
    SecureBytes buffer(KeyVault::kMaxPassphraseLength);
    std::size_t length = 0;
#ifdef Q_OS_WIN
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    for (int c = _getch(); c != '\r' && c != '\n' && c != EOF; c = _getch()) {
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    std::fputs("\n", stderr);
#else
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return noTerminal();
    // Unbuffered, so the passphrase never sits in a stdio buffer that is freed unwiped.
    std::setvbuf(tty, nullptr, _IONBF, 0);
    const int fd = fileno(tty);
    termios saved {};
    if (tcgetattr(fd, &saved) != 0) {
        std::fclose(tty);
        return noTerminal();
    }
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    silent.c_lflag |= ECHONL;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &silent);
    length = readLine(tty, buffer);
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fclose(tty);
#endif
    return truncated(buffer, length);
}

models::Result<SecureBytes> PassphraseReader::fromTerminalConfirmed(const QString &prompt,
                                                                    const QString &confirmPrompt)
{
    auto first = fromTerminal(prompt);
    if (!first)
        return first;
    auto second = fromTerminal(confirmPrompt);
    if (!second)
        return second;
    if (!first->equals(second.value())) {
        return models::Error {QStringLiteral("passphrase_mismatch"),
                              tr("The two passphrases differ; nothing was done."),
                              {}};
    }
    return first;
}

models::Result<SecureBytes> PassphraseReader::fromFile(const QString &path)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        return models::Error {QStringLiteral("passphrase_file_unreadable"),
                              tr("The passphrase file %1 cannot be read.").arg(path),
                              {{QStringLiteral("path"), path}}};
    }
    std::setvbuf(file, nullptr, _IONBF, 0);
    SecureBytes buffer(KeyVault::kMaxPassphraseLength);
    const std::size_t length = readLine(file, buffer);
    std::fclose(file);
    if (length == 0) {
        return models::Error {QStringLiteral("empty_passphrase"),
                              tr("The passphrase file %1 is empty.").arg(path),
                              {{QStringLiteral("path"), path}}};
    }
    return truncated(buffer, length);
}

} // namespace sphair::cli
