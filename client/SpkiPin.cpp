#include "client/SpkiPin.h"

#include "models/domain/WireTime.h"

#include <QCryptographicHash>

namespace sphair::client {

namespace {

constexpr unsigned char kSequence = 0x30;
constexpr unsigned char kExplicitVersion = 0xa0;
constexpr unsigned char kInteger = 0x02;

// One DER element at `offset`: where its content starts and how long it is.
struct Element
{
    unsigned char tag = 0;
    qsizetype contentStart = 0;
    qsizetype contentLength = 0;
    qsizetype end() const { return contentStart + contentLength; }
};

bool readElement(const QByteArray &der, qsizetype offset, qsizetype limit, Element &element)
{
    if (offset + 2 > limit)
        return false;
    element.tag = static_cast<unsigned char>(der.at(offset));
    const auto first = static_cast<unsigned char>(der.at(offset + 1));
    qsizetype position = offset + 2;
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int bytes = first & 0x7f;
        // Indefinite lengths are not DER; four length bytes cover any certificate.
        if (bytes == 0 || bytes > 4 || position + bytes > limit)
            return false;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(position + i));
        position += bytes;
    }
    if (length < 0 || position + length > limit)
        return false;
    element.contentStart = position;
    element.contentLength = length;
    return true;
}

QByteArray decodePin(const QString &pin)
{
    const auto decoded = QByteArray::fromBase64Encoding(pin.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

QByteArray SpkiPin::subjectPublicKeyInfo(const QByteArray &der)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL,
    //   serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, … }, … }
    Element certificate;
    if (!readElement(der, 0, der.size(), certificate) || certificate.tag != kSequence)
        return {};
    Element tbs;
    if (!readElement(der, certificate.contentStart, certificate.end(), tbs) || tbs.tag != kSequence)
        return {};
    qsizetype position = tbs.contentStart;
    Element field;
    if (!readElement(der, position, tbs.end(), field))
        return {};
    if (field.tag == kExplicitVersion) {
        position = field.end();
        if (!readElement(der, position, tbs.end(), field))
            return {};
    }
    if (field.tag != kInteger) // serialNumber
        return {};
    // signature, issuer, validity, subject: four SEQUENCEs to step over.
    for (int i = 0; i < 4; ++i) {
        position = field.end();
        if (!readElement(der, position, tbs.end(), field) || field.tag != kSequence)
            return {};
    }
    position = field.end();
    if (!readElement(der, position, tbs.end(), field) || field.tag != kSequence)
        return {};
    return der.mid(position, field.end() - position);
}

QString SpkiPin::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool SpkiPin::isWellFormed(const QString &pin)
{
    return decodePin(pin).size() == 32;
}

bool SpkiPin::matches(const QString &expected, const QString &actual)
{
    const QByteArray a = decodePin(expected);
    return a.size() == 32 && a == decodePin(actual);
}

QJsonObject SpkiPin::describe(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return {
        {QStringLiteral("subject"), certificate.subjectDisplayName()},
        {QStringLiteral("issuer"), certificate.issuerDisplayName()},
        {QStringLiteral("expires_at"), models::WireTime::toString(certificate.expiryDate())},
    };
}

} // namespace sphair::client
