#include "licensing/LicenseFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sphair::licensing {

namespace {

const QLatin1String kCompany("Company");
const QLatin1String kTier("Tier");
const QLatin1String kUsers("Users");
const QLatin1String kExpires("Expires");
const QLatin1String kLicense("License");

// Known headers first, in the order a person reads them; anything else after them.
const QStringList &headerOrder()
{
    static const QStringList order {kCompany, kTier, kUsers, kExpires, kLicense};
    return order;
}

models::Error malformed(const QString &message, const char *reason)
{
    return {QStringLiteral("malformed_license_file"),
            message,
            {{QStringLiteral("reason"), QLatin1String(reason)}}};
}

// A header value must stay on its line, or it would turn into a line of its own when read
// back.
QString oneLine(const QString &value)
{
    QString line = value;
    line.replace(u'\r', u' ');
    line.replace(u'\n', u' ');
    return line.trimmed();
}

// "ACME (Acme Mining Ltd)" -> "ACME": the code is what the token carries.
QString companyCodeOf(const QString &value)
{
    const qsizetype end = value.indexOf(QRegularExpression(QStringLiteral("[\\s(]")));
    return (end < 0 ? value : value.left(end)).trimmed();
}

QString disagreement(const QString &name, const QString &fileValue, const QString &signedValue)
{
    return QCoreApplication::translate("sphair::licensing::LicenseFile",
                                       "The file says %1: %2, but the signed license says %3.")
        .arg(name, fileValue, signedValue);
}

} // namespace

QMap<QString, QString> LicenseFile::headersFor(const LicenseClaims &claims,
                                               const QString &companyName)
{
    QMap<QString, QString> headers;
    QString company = claims.companyCode;
    const QString name = oneLine(companyName);
    if (!name.isEmpty())
        company += QStringLiteral(" (") + name + u')';
    headers.insert(kCompany, company);
    headers.insert(kTier, models::tierCode(claims.tier));
    headers.insert(kUsers, QString::number(claims.maxUsers));
    headers.insert(kExpires, toRfc3339(claims.expiresAt));
    headers.insert(kLicense, claims.licenseId.toString(QUuid::WithoutBraces));
    return headers;
}

QByteArray LicenseFile::serialize() const
{
    QString text = QCoreApplication::translate(
        "sphair::licensing::LicenseFile",
        "# SPHAiR license — the lines above the token are informational and not "
        "signed.");
    text += u'\n';
    const auto appendHeader = [&](const QString &name, const QString &value) {
        text += oneLine(name) + QStringLiteral(": ") + oneLine(value) + u'\n';
    };
    for (const QString &name : headerOrder()) {
        if (headers.contains(name))
            appendHeader(name, headers.value(name));
    }
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (!headerOrder().contains(it.key()))
            appendHeader(it.key(), it.value());
    }
    QByteArray bytes = text.toUtf8();
    bytes += '\n';
    bytes += token.trimmed();
    bytes += '\n';
    return bytes;
}

models::Result<LicenseFile> LicenseFile::parse(QByteArrayView text)
{
    // Editors on Windows may save with a byte order mark.
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    LicenseFile file;
    int tokens = 0;
    for (const QByteArrayView rawLine :
         QByteArray::fromRawData(text.data(), text.size()).split('\n')) {
        const QByteArray line = rawLine.trimmed().toByteArray(); // also drops the '\r' of CRLF
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("v4.")) {
            if (++tokens > 1) {
                return malformed(QCoreApplication::translate(
                                     "sphair::licensing::LicenseFile",
                                     "The license file contains more than one license. Send "
                                     "each license in a file of its own."),
                                 "two_tokens");
            }
            file.token = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (tokens > 0 || colon <= 0) {
            // Text after the token, or a line that is neither a header nor a comment, most
            // often means the token was wrapped or cut when it was pasted.
            return malformed(QCoreApplication::translate(
                                 "sphair::licensing::LicenseFile",
                                 "The license file is damaged: it contains a line that does "
                                 "not belong there."),
                             "unexpected_line");
        }
        const QString name = QString::fromUtf8(line.first(colon)).trimmed();
        const QString value = QString::fromUtf8(line.sliced(colon + 1)).trimmed();
        file.headers.insert(name, value);
    }
    if (tokens == 0) {
        return malformed(QCoreApplication::translate(
                             "sphair::licensing::LicenseFile",
                             "The license file does not contain a license. It may be empty or "
                             "cut off."),
                         "no_token");
    }
    return file;
}

QStringList LicenseFile::headersDisagreeWith(const LicenseClaims &claims) const
{
    QStringList sentences;
    if (headers.contains(kCompany)) {
        const QString value = headers.value(kCompany);
        if (companyCodeOf(value) != claims.companyCode)
            sentences << disagreement(kCompany, value, claims.companyCode);
    }
    if (headers.contains(kTier)) {
        const QString value = headers.value(kTier);
        if (value.compare(models::tierCode(claims.tier), Qt::CaseInsensitive) != 0)
            sentences << disagreement(kTier, value, models::tierCode(claims.tier));
    }
    if (headers.contains(kUsers)) {
        const QString value = headers.value(kUsers);
        bool ok = false;
        const int users = value.toInt(&ok);
        if (!ok || users != claims.maxUsers)
            sentences << disagreement(kUsers, value, QString::number(claims.maxUsers));
    }
    if (headers.contains(kExpires)) {
        const QString value = headers.value(kExpires);
        const QDateTime expires = fromRfc3339(value);
        if (!expires.isValid() || expires != claims.expiresAt)
            sentences << disagreement(kExpires, value, toRfc3339(claims.expiresAt));
    }
    if (headers.contains(kLicense)) {
        const QString value = headers.value(kLicense);
        if (QUuid::fromString(value) != claims.licenseId || claims.licenseId.isNull()) {
            sentences << disagreement(kLicense, value,
                                      claims.licenseId.toString(QUuid::WithoutBraces));
        }
    }
    return sentences;
}

} // namespace sphair::licensing
