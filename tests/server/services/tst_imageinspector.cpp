#include "server/services/ImageInspector.h"
#include "tests/support/TestImages.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>

using namespace sphair;
using models::BrandImageSlot;
using server::ImageInspector;
namespace Images = tests::TestImages;

namespace {

QString refusalOf(const QByteArray &bytes, BrandImageSlot slot)
{
    const auto inspected = ImageInspector::inspect(bytes, slot);
    return inspected ? QStringLiteral("accepted") : inspected.error().code;
}

// A 16 × 16, 24-bit BMP DIB as an ICO entry carries it: BITMAPINFOHEADER with the doubled
// height, the colour rows and the AND mask.
QByteArray dib(int side, quint16 bitCount = 24, quint32 compression = 0)
{
    const int xorStride = ((side * bitCount + 31) / 32) * 4;
    const int andStride = ((side + 31) / 32) * 4;
    QByteArray out(40 + (xorStride + andStride) * side, '\0');
    qToLittleEndian<quint32>(40, out.data());
    qToLittleEndian<qint32>(side, out.data() + 4);
    qToLittleEndian<qint32>(side * 2, out.data() + 8);
    qToLittleEndian<quint16>(1, out.data() + 12);
    qToLittleEndian<quint16>(bitCount, out.data() + 14);
    qToLittleEndian<quint32>(compression, out.data() + 16);
    return out;
}

} // namespace

class TestImageInspector : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatEachSlotTakes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<BrandImageSlot>("slot");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("png logo") << Images::png(64, 32) << BrandImageSlot::Logo
                                  << QStringLiteral("image/png") << 64 << 32;
        QTest::newRow("jpeg logo") << Images::jpeg(120, 40) << BrandImageSlot::Logo
                                   << QStringLiteral("image/jpeg") << 120 << 40;
        QTest::newRow("jpeg background")
            << Images::jpeg(800, 450) << BrandImageSlot::LoginBackground
            << QStringLiteral("image/jpeg") << 800 << 450;
        QTest::newRow("png background") << Images::png(300, 200) << BrandImageSlot::LoginBackground
                                        << QStringLiteral("image/png") << 300 << 200;
        QTest::newRow("png favicon") << Images::png(32, 32) << BrandImageSlot::Favicon
                                     << QStringLiteral("image/png") << 32 << 32;
        QTest::newRow("ico favicon (Qt's writer)") << Images::ico(32) << BrandImageSlot::Favicon
                                                   << QStringLiteral("image/x-icon") << 32 << 32;
        QTest::newRow("ico with a png entry")
            << Images::icoWith(Images::png(48, 48), 48, 48) << BrandImageSlot::Favicon
            << QStringLiteral("image/x-icon") << 48 << 48;
        QTest::newRow("ico with a 24-bit dib")
            << Images::icoWith(dib(16), 16, 16) << BrandImageSlot::Favicon
            << QStringLiteral("image/x-icon") << 16 << 16;
        QTest::newRow("largest accepted") << Images::png(4096, 1) << BrandImageSlot::Logo
                                          << QStringLiteral("image/png") << 4096 << 1;
    }
    void acceptsWhatEachSlotTakes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(BrandImageSlot, slot);
        QFETCH(QString, contentType);
        QFETCH(int, width);
        QFETCH(int, height);
        QVERIFY(!bytes.isEmpty());
        const auto inspected = ImageInspector::inspect(bytes, slot);
        QVERIFY2(inspected.ok(), qPrintable(inspected ? QString() : inspected.error().message));
        QCOMPARE(inspected->contentType, contentType);
        QCOMPARE(inspected->width, width);
        QCOMPARE(inspected->height, height);
        QCOMPARE(inspected->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<BrandImageSlot>("slot");
        QTest::addColumn<QString>("code");
        const QByteArray png = Images::png(64, 64);
        const QByteArray jpeg = Images::jpeg(200, 100);
        QTest::newRow("svg") << Images::svg() << BrandImageSlot::Logo
                             << QStringLiteral("image_type_refused");
        QTest::newRow("svg favicon")
            << Images::svg() << BrandImageSlot::Favicon << QStringLiteral("image_type_refused");
        QTest::newRow("html") << Images::html() << BrandImageSlot::Logo
                              << QStringLiteral("image_type_refused");
        QTest::newRow("gif") << Images::gif() << BrandImageSlot::Logo
                             << QStringLiteral("image_type_refused");
        QTest::newRow("gif favicon")
            << Images::gif() << BrandImageSlot::Favicon << QStringLiteral("image_type_refused");
        QTest::newRow("bmp") << Images::encoded(Images::picture(16, 16), "bmp")
                             << BrandImageSlot::Logo << QStringLiteral("image_type_refused");
        QTest::newRow("jpeg favicon")
            << jpeg << BrandImageSlot::Favicon << QStringLiteral("image_type_refused");
        QTest::newRow("ico logo") << Images::ico(32) << BrandImageSlot::Logo
                                  << QStringLiteral("image_type_refused");
        QTest::newRow("empty") << QByteArray() << BrandImageSlot::Logo
                               << QStringLiteral("image_type_refused");
        QTest::newRow("too large") << QByteArray(models::BrandImage::kMaxBytes + 1, '\0')
                                   << BrandImageSlot::Logo << QStringLiteral("image_too_large");
        // Decompression bombs: a few hundred bytes declaring gigapixels, refused from the header.
        QTest::newRow("png bomb") << Images::pngDeclaring(100000, 100000) << BrandImageSlot::Logo
                                  << QStringLiteral("image_dimensions_refused");
        QTest::newRow("png too wide") << Images::pngDeclaring(4097, 1) << BrandImageSlot::Logo
                                      << QStringLiteral("image_dimensions_refused");
        QTest::newRow("png bomb in ico")
            << Images::icoWith(Images::pngDeclaring(60000, 60000), 0, 0) << BrandImageSlot::Favicon
            << QStringLiteral("image_dimensions_refused");
        QTest::newRow("png too large for ico")
            << Images::icoWith(Images::png(300, 300), 0, 0) << BrandImageSlot::Favicon
            << QStringLiteral("image_dimensions_refused");
        // Damaged files.
        QTest::newRow("truncated png")
            << png.left(png.size() / 2) << BrandImageSlot::Logo << QStringLiteral("image_corrupt");
        QTest::newRow("png signature only")
            << png.left(8) << BrandImageSlot::Logo << QStringLiteral("image_corrupt");
        QByteArray flipped = png;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
        QTest::newRow("png with a bad crc")
            << flipped << BrandImageSlot::Logo << QStringLiteral("image_corrupt");
        QTest::newRow("png with html after IEND")
            << png + Images::html() << BrandImageSlot::Logo << QStringLiteral("image_corrupt");
        QTest::newRow("bomb declared with a lie: zero width")
            << Images::pngDeclaring(0, 10) << BrandImageSlot::Logo
            << QStringLiteral("image_corrupt");
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << BrandImageSlot::Logo
                                        << QStringLiteral("image_corrupt");
        QTest::newRow("jpeg header only")
            << jpeg.left(20) << BrandImageSlot::Logo << QStringLiteral("image_corrupt");
        QTest::newRow("ico entry outside the file")
            << Images::icoWith(dib(16), 16, 16).left(100) << BrandImageSlot::Favicon
            << QStringLiteral("image_corrupt");
        QTest::newRow("ico dib size differs from directory")
            << Images::icoWith(dib(16), 32, 32) << BrandImageSlot::Favicon
            << QStringLiteral("image_corrupt");
        QTest::newRow("ico dib compressed")
            << Images::icoWith(dib(16, 24, 1), 16, 16) << BrandImageSlot::Favicon
            << QStringLiteral("image_corrupt");
        QTest::newRow("ico dib odd bit count")
            << Images::icoWith(dib(16, 16), 16, 16) << BrandImageSlot::Favicon
            << QStringLiteral("image_corrupt");
        QTest::newRow("ico with html as entry")
            << Images::icoWith(Images::html(), 16, 16) << BrandImageSlot::Favicon
            << QStringLiteral("image_corrupt");
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(BrandImageSlot, slot);
        QFETCH(QString, code);
        QVERIFY(!bytes.isEmpty() || QByteArray(QTest::currentDataTag()) == "empty");
        QCOMPARE(refusalOf(bytes, slot), code);
        const auto inspected = ImageInspector::inspect(bytes, slot);
        QVERIFY(!inspected.error().message.isEmpty());
        QCOMPARE(inspected.error().details.value(QStringLiteral("slot")).toString(),
                 models::BrandImage::slotCode(slot));
    }

    // The bomb is refused by its header: nothing near its declared size is allocated, and the
    // refusal names the declared size.
    void bombNamesItsDeclaredSize()
    {
        const QByteArray bomb = Images::pngDeclaring(100000, 100000);
        QVERIFY(bomb.size() < 1024);
        const auto inspected = ImageInspector::inspect(bomb, BrandImageSlot::Logo);
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().details.value(QStringLiteral("width")).toInteger(), 100000);
        QCOMPARE(inspected.error().details.value(QStringLiteral("height")).toInteger(), 100000);
    }

    void sniffNamesWhatItSees_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::newRow("png") << Images::png() << QStringLiteral("png");
        QTest::newRow("jpeg") << Images::jpeg() << QStringLiteral("jpeg");
        QTest::newRow("ico") << Images::ico() << QStringLiteral("ico");
        QTest::newRow("svg") << Images::svg() << QStringLiteral("svg");
        QTest::newRow("html") << Images::html() << QStringLiteral("html");
        QTest::newRow("gif") << Images::gif() << QStringLiteral("gif");
        QTest::newRow("bmp") << Images::encoded(Images::picture(4, 4), "bmp")
                             << QStringLiteral("bmp");
        QTest::newRow("text") << QByteArray("hello") << QStringLiteral("unknown");
    }
    void sniffNamesWhatItSees()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QCOMPARE(ImageInspector::sniff(bytes), kind);
    }
};

QTEST_GUILESS_MAIN(TestImageInspector)
#include "tst_imageinspector.moc"
