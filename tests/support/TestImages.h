#pragma once

// Real image files made in the test (QImage writes PNG, JPEG and ICO), and hand-built files
// the writers would never produce: a PNG whose header declares a huge picture, truncated and
// damaged copies. Header-only; a test that includes it links Qt6::Gui.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

namespace sphair::tests::TestImages {

// A gradient, so a JPEG of it is not trivially small and a truncation cuts real data.
inline QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgba((x * 255) / width, (y * 255) / height, (x ^ y) & 0xff, 255));
    }
    return image;
}

// `format` as QImageWriter names it: "png", "jpeg", "ico", "gif", "bmp".
inline QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

inline QByteArray png(int width = 64, int height = 32)
{
    return encoded(picture(width, height), "png");
}

inline QByteArray jpeg(int width = 64, int height = 32)
{
    return encoded(picture(width, height).convertToFormat(QImage::Format_RGB32), "jpeg", 90);
}

inline QByteArray ico(int side = 32)
{
    return encoded(picture(side, side), "ico");
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffU;
    for (char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

inline QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian(static_cast<quint32>(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(type + data), crc.data());
    return out + crc;
}

// A valid-looking PNG of a few hundred bytes whose IHDR declares width × height pixels of
// 8-bit RGBA: decoding it naively would allocate width × height × 4 bytes.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    // A zlib stream of zeros (the first rows); qCompress prefixes a 4-byte length.
    const QByteArray idat = qCompress(QByteArray(64 * 1024, '\0'), 9).mid(4);
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + chunk("IHDR", ihdr) + chunk("IDAT", idat)
        + chunk("IEND", {});
}

// An ICO whose one entry is `entry` (a PNG or a DIB), with the directory's size fields.
inline QByteArray icoWith(const QByteArray &entry, quint8 width, quint8 height)
{
    QByteArray out(6 + 16, '\0');
    qToLittleEndian<quint16>(1, out.data() + 2);
    qToLittleEndian<quint16>(1, out.data() + 4);
    out[6] = static_cast<char>(width);
    out[7] = static_cast<char>(height);
    qToLittleEndian<quint16>(1, out.data() + 10); // planes
    qToLittleEndian<quint16>(32, out.data() + 12); // bit count
    qToLittleEndian<quint32>(static_cast<quint32>(entry.size()), out.data() + 14);
    qToLittleEndian<quint32>(22, out.data() + 18);
    return out + entry;
}

// A 1 × 1 GIF (Qt reads GIF but does not write it).
inline QByteArray gif()
{
    return QByteArray::fromHex("474946383961010001008000000000"
                               "00ffffff21f90401000000002c0000"
                               "0000010001000002024401003b");
}

inline QByteArray svg()
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                             "width=\"10\" height=\"10\"><script>alert(1)</script></svg>");
}

inline QByteArray html()
{
    return QByteArrayLiteral("<!DOCTYPE html><html><body><script>alert(document.cookie)"
                             "</script></body></html>");
}

} // namespace sphair::tests::TestImages
