#include "server/services/MailTransport.h"

#include "core/AtomicFile.h"
#include "server/services/ServerText.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sphair::server {

namespace {

constexpr int kMaxLineLength = 76; // of quoted-printable lines and folded headers
constexpr int kMaxWordBytes = 45; // UTF-8 bytes per encoded word (60 base64 characters)

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != u'\t'))
            return false;
    }
    return true;
}

// An unstructured header's value: as it is when plain ASCII, otherwise RFC 2047 encoded
// words of whole UTF-8 characters, folded onto continuation lines.
QByteArray headerText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair stays together.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (word.size() + bytes.size() > kMaxWordBytes) {
            words.append(word);
            word.clear();
        }
        word += bytes;
    }
    if (!word.isEmpty())
        words.append(word);
    QList<QByteArray> encoded;
    for (const QByteArray &part : words)
        encoded.append("=?UTF-8?B?" + part.toBase64() + "?=");
    return encoded.join("\r\n ");
}

// UTF-8 quoted-printable (RFC 2045 6.7) with CRLF line ends and soft breaks before 76.
QByteArray quotedPrintable(const QString &text)
{
    QByteArray out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QString line = lines.at(l);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QByteArray bytes = line.toUtf8();
        QByteArray current;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool last = i + 1 == bytes.size();
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, static_cast<char>(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (current.size() + piece.size() > kMaxLineLength - 1) {
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

models::Error unavailable(const QString &what)
{
    return {MailTransport::kUnavailable, what, {}};
}

// One SMTP connection: lines out, replies in, each within the timeout.
class SmtpConnection
{
public:
    explicit SmtpConnection(std::chrono::milliseconds timeout)
        : m_timeout(static_cast<int>(timeout.count()))
    { }
    ~SmtpConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SmtpConnection(const SmtpConnection &) = delete;
    SmtpConnection &operator=(const SmtpConnection &) = delete;

    struct Reply
    {
        int code = 0;
        QString text; // the reply's lines, for the error
    };

    models::Status open(const QString &host, quint16 port)
    {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const QByteArray service = QByteArray::number(port);
        if (const int error =
                ::getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &found);
            error != 0) {
            return unavailable(tr("Cannot resolve the SMTP server %1: %2")
                                   .arg(host, QString::fromLocal8Bit(::gai_strerror(error))));
        }
        QString lastError;
        for (addrinfo *address = found; address && m_fd < 0; address = address->ai_next) {
            const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK,
                                    address->ai_protocol);
            if (fd < 0)
                continue;
            if (::connect(fd, address->ai_addr, address->ai_addrlen) == 0
                || (errno == EINPROGRESS && waitFor(fd, POLLOUT) && socketError(fd) == 0)) {
                m_fd = fd;
            } else {
                lastError = QString::fromLocal8Bit(std::strerror(errno));
                ::close(fd);
            }
        }
        ::freeaddrinfo(found);
        if (m_fd < 0) {
            return unavailable(tr("Cannot connect to the SMTP server %1:%2: %3")
                                   .arg(host)
                                   .arg(port)
                                   .arg(lastError));
        }
        return models::Status::success();
    }

    models::Status write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            if (!waitFor(m_fd, POLLOUT))
                return unavailable(tr("The SMTP server did not take the message in time."));
            const ssize_t sent = ::send(m_fd, bytes.constData() + done,
                                        static_cast<size_t>(bytes.size() - done), MSG_NOSIGNAL);
            if (sent < 0 && errno != EAGAIN && errno != EINTR)
                return unavailable(tr("The connection to the SMTP server broke: %1")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
            if (sent > 0)
                done += sent;
        }
        return models::Status::success();
    }

    // A whole reply: its lines up to the one whose code is followed by a space.
    models::Result<Reply> reply()
    {
        Reply answer;
        for (;;) {
            auto line = readLine();
            if (!line)
                return line.error();
            static const QRegularExpression pattern(QStringLiteral("^(\\d{3})([ -]|$)"));
            const QString text = QString::fromUtf8(line.value());
            const auto match = pattern.match(text);
            if (!match.hasMatch())
                return unavailable(tr("The SMTP server answered something that is not SMTP."));
            answer.code = match.captured(1).toInt();
            answer.text += (answer.text.isEmpty() ? QString() : QStringLiteral(" ")) + text;
            if (match.captured(2) != QLatin1String("-"))
                return answer;
        }
    }

    // Sends `command` (without CRLF) and reads the reply, which must have one of `expected`.
    models::Result<Reply> command(const QByteArray &line, std::initializer_list<int> expected)
    {
        if (auto written = write(line + "\r\n"); !written)
            return written.error();
        return expect(expected);
    }

    models::Result<Reply> expect(std::initializer_list<int> expected)
    {
        auto answer = reply();
        if (!answer)
            return answer;
        for (int code : expected) {
            if (answer->code == code)
                return answer;
        }
        // 5xx: refused for good; 4xx (and anything unexpected): worth another try.
        return models::Error {answer->code >= 500 ? MailTransport::kRejected
                                                  : MailTransport::kUnavailable,
                              answer->text,
                              {}};
    }

private:
    bool waitFor(int fd, short events) const
    {
        pollfd watched {fd, events, 0};
        int ready = 0;
        do {
            ready = ::poll(&watched, 1, m_timeout);
        } while (ready < 0 && errno == EINTR);
        return ready > 0 && (watched.revents & (events | POLLHUP | POLLERR)) != 0;
    }

    static int socketError(int fd)
    {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            return errno;
        errno = error;
        return error;
    }

    models::Result<QByteArray> readLine()
    {
        constexpr qsizetype kMaxReplyLine = 4096;
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end >= 0) {
                QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                return line;
            }
            if (m_buffer.size() > kMaxReplyLine)
                return unavailable(tr("The SMTP server sent a line that is too long."));
            if (!waitFor(m_fd, POLLIN))
                return unavailable(tr("The SMTP server did not answer in time."));
            char chunk[1024];
            const ssize_t received = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (received == 0)
                return unavailable(tr("The SMTP server closed the connection."));
            if (received < 0 && errno != EAGAIN && errno != EINTR)
                return unavailable(tr("The connection to the SMTP server broke: %1")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno))));
            if (received > 0)
                m_buffer.append(chunk, received);
        }
    }

    int m_timeout;
    int m_fd = -1;
    QByteArray m_buffer;
};

// The address of a mailbox for the envelope: "SPHAiR <notices@sphair.app>" gives
// "<notices@sphair.app>".
QByteArray address(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    const QString bare =
        open >= 0 && close > open ? mailbox.mid(open + 1, close - open - 1) : mailbox.trimmed();
    return '<' + bare.toUtf8() + '>';
}

} // namespace

QByteArray MailMessage::toMime() const
{
    const QDateTime utc = (date.isValid() ? date : QDateTime::currentDateTimeUtc()).toUTC();
    QByteArray mime;
    mime += "Date: "
        + QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    mime += "From: " + from.toUtf8() + "\r\n";
    mime += "To: " + to.toUtf8() + "\r\n";
    mime += "Subject: " + headerText(subject) + "\r\n";
    if (!messageId.isEmpty())
        mime += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    mime += "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n";
    mime += quotedPrintable(body);
    if (!mime.endsWith("\r\n"))
        mime += "\r\n";
    return mime;
}

QByteArray SmtpTransport::dotStuffed(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 64 + 2);
    bool lineStart = true;
    for (const char c : data) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

models::Status SmtpTransport::send(const MailMessage &message)
{
    SmtpConnection connection(m_settings.timeout);
    if (auto opened = connection.open(m_settings.host, m_settings.port); !opened)
        return opened;
    if (auto greeting = connection.expect({220}); !greeting)
        return greeting.error();
    const QByteArray helo = m_settings.heloName.toUtf8();
    if (auto ehlo = connection.command("EHLO " + helo, {250}); !ehlo) {
        // An old server that knows no EHLO says so with 500-502; HELO is the fallback.
        if (auto plain = connection.command("HELO " + helo, {250}); !plain)
            return plain.error();
    }
    if (auto from = connection.command("MAIL FROM:" + address(message.from), {250}); !from)
        return from.error();
    if (auto to = connection.command("RCPT TO:" + address(message.to), {250, 251}); !to)
        return to.error();
    if (auto data = connection.command("DATA", {354}); !data)
        return data.error();
    if (auto written = connection.write(dotStuffed(message.toMime()) + ".\r\n"); !written)
        return written;
    if (auto accepted = connection.expect({250}); !accepted)
        return accepted.error();
    // The message is accepted; a QUIT that goes wrong changes nothing.
    (void)connection.command("QUIT", {221});
    return models::Status::success();
}

models::Status FolderTransport::send(const MailMessage &message)
{
    if (!QDir().mkpath(m_folder)) {
        return unavailable(tr("Cannot create the mail folder %1.").arg(m_folder));
    }
    // Sortable by time, unique by the message id.
    const QString name = message.date.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'-"))
        + QString(message.messageId)
              .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"))
        + QStringLiteral(".eml");
    const auto written = core::AtomicFile::write(QDir(m_folder).filePath(name), message.toMime());
    if (!written)
        return unavailable(written.error().message);
    return models::Status::success();
}

} // namespace sphair::server
