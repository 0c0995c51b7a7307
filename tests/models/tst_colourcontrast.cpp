#include "models/domain/ColourContrast.h"

#include <QTest>

#include <cmath>

using namespace sphair::models;

namespace {

// How far a suggestion moved: the largest difference of one channel.
int channelDistance(const QString &first, const QString &second)
{
    int largest = 0;
    for (int at : {1, 3, 5}) {
        const int a = first.mid(at, 2).toInt(nullptr, 16);
        const int b = second.mid(at, 2).toInt(nullptr, 16);
        largest = std::max(largest, std::abs(a - b));
    }
    return largest;
}

} // namespace

// WCAG 2.x figures against published pairs, and the nearest passing colour the white-label
// editor suggests.
class TestColourContrast : public QObject
{
    Q_OBJECT
private slots:
    void knownPairs_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<double>("ratio");
        // Ratios as WebAIM's contrast checker prints them (two decimals).
        QTest::newRow("black/white")
            << QStringLiteral("#000000") << QStringLiteral("#FFFFFF") << 21.0;
        QTest::newRow("#777/white")
            << QStringLiteral("#777777") << QStringLiteral("#ffffff") << 4.48;
        QTest::newRow("#767676/white")
            << QStringLiteral("#767676") << QStringLiteral("#FFFFFF") << 4.54;
        QTest::newRow("#595959/white")
            << QStringLiteral("#595959") << QStringLiteral("#FFFFFF") << 7.0;
        QTest::newRow("grey/white")
            << QStringLiteral("#808080") << QStringLiteral("#FFFFFF") << 3.95;
        QTest::newRow("green/white")
            << QStringLiteral("#008000") << QStringLiteral("#FFFFFF") << 5.14;
        QTest::newRow("same") << QStringLiteral("#1A73E8") << QStringLiteral("#1a73e8") << 1.0;
        QTest::newRow("red/white")
            << QStringLiteral("#FF0000") << QStringLiteral("#FFFFFF") << 4.00;
        QTest::newRow("blue/white")
            << QStringLiteral("#0000FF") << QStringLiteral("#FFFFFF") << 8.59;
        QTest::newRow("malformed") << QStringLiteral("#FFF") << QStringLiteral("#FFFFFF") << 0.0;
        QTest::newRow("#0000FF/#FFFF00")
            << QStringLiteral("#0000FF") << QStringLiteral("#FFFF00") << 8.0;
    }
    void knownPairs()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(double, ratio);
        const double actual = ColourContrast::contrastRatio(first, second);
        QVERIFY2(std::abs(actual - ratio) < 0.005,
                 qPrintable(QStringLiteral("%1 vs %2").arg(actual).arg(ratio)));
        QCOMPARE(ColourContrast::contrastRatio(second, first), actual);
    }

    void luminance()
    {
        QCOMPARE(ColourContrast::relativeLuminance(u"#000000"), 0.0);
        QCOMPARE(ColourContrast::relativeLuminance(u"#FFFFFF"), 1.0);
        QVERIFY(std::abs(ColourContrast::relativeLuminance(u"#808080") - 0.2159) < 0.0001);
        QCOMPARE(ColourContrast::relativeLuminance(u"grey"), -1.0);
        QCOMPARE(ColourContrast::readableTextColour(u"#FFEB3B"), QStringLiteral("#000000"));
        QCOMPARE(ColourContrast::readableTextColour(u"#1F4E79"), QStringLiteral("#FFFFFF"));
    }

    void suggestionPassesAndIsNear_data()
    {
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("against");
        QTest::addColumn<int>("maxChannelMove");
        QTest::newRow("#777 on white: one step darker")
            << QStringLiteral("#777777") << QStringLiteral("#FFFFFF") << 2;
        QTest::newRow("brand orange under white text")
            << QStringLiteral("#FF7F00") << QStringLiteral("#FFFFFF") << 120;
        QTest::newRow("yellow under white text")
            << QStringLiteral("#FFEB3B") << QStringLiteral("#FFFFFF") << 200;
        QTest::newRow("dark blue link on black page")
            << QStringLiteral("#1F4E79") << QStringLiteral("#121212") << 140;
        QTest::newRow("mid grey on mid grey")
            << QStringLiteral("#808080") << QStringLiteral("#777777") << 128;
        QTest::newRow("red on white")
            << QStringLiteral("#FF0000") << QStringLiteral("#FFFFFF") << 50;
    }
    void suggestionPassesAndIsNear()
    {
        QFETCH(QString, colour);
        QFETCH(QString, against);
        QFETCH(int, maxChannelMove);
        QVERIFY(ColourContrast::contrastRatio(colour, against)
                < ColourContrast::kMinimumNormalText);
        const QString suggested = ColourContrast::nearestPassingColour(colour, against);
        QVERIFY2(!suggested.isEmpty(), qPrintable(colour));
        const double ratio = ColourContrast::contrastRatio(suggested, against);
        QVERIFY2(ratio >= ColourContrast::kMinimumNormalText,
                 qPrintable(QStringLiteral("%1: %2").arg(suggested).arg(ratio)));
        QVERIFY2(channelDistance(colour, suggested) <= maxChannelMove,
                 qPrintable(QStringLiteral("%1 → %2").arg(colour, suggested)));
    }

    void suggestionKeepsHue()
    {
        // Orange stays orange: red above green above blue, in the same proportions of chroma.
        const QString suggested = ColourContrast::nearestPassingColour(u"#FF7F00", u"#FFFFFF");
        const int r = suggested.mid(1, 2).toInt(nullptr, 16);
        const int g = suggested.mid(3, 2).toInt(nullptr, 16);
        const int b = suggested.mid(5, 2).toInt(nullptr, 16);
        QVERIFY2(r > g && g > b, qPrintable(suggested));
        const double hue = double(g - b) / double(r - b); // 0.5 for #FF7F00
        QVERIFY2(std::abs(hue - 0.5) < 0.03, qPrintable(suggested));
    }

    void suggestionIsTheNearestPassingLightness()
    {
        // Greys: the only colours of their hue are the 256 greys, so the nearest passing
        // one can be found by walking them.
        for (const QString &against :
             {QStringLiteral("#FFFFFF"), QStringLiteral("#000000"), QStringLiteral("#6A6A6A")}) {
            const QString grey = QStringLiteral("#808080");
            const QString suggested = ColourContrast::nearestPassingColour(grey, against);
            int best = -1;
            for (int distance = 0; distance <= 128 && best < 0; ++distance) {
                for (int value : {0x80 - distance, 0x80 + distance}) {
                    if (value < 0 || value > 255)
                        continue;
                    const QString candidate =
                        QStringLiteral("#%1%1%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
                    if (ColourContrast::contrastRatio(candidate, against) >= 4.5) {
                        best = value;
                        break;
                    }
                }
            }
            QVERIFY(best >= 0);
            QCOMPARE(suggested,
                     QStringLiteral("#%1%1%1").arg(best, 2, 16, QLatin1Char('0')).toUpper());
        }
    }

    void passingColourIsKept()
    {
        QCOMPARE(ColourContrast::nearestPassingColour(u"#1f4e79", u"#FFFFFF"),
                 QStringLiteral("#1F4E79"));
        QCOMPARE(ColourContrast::nearestPassingColour(u"#767676", u"#FFFFFF"),
                 QStringLiteral("#767676"));
    }

    void malformedOrUnreachable()
    {
        QCOMPARE(ColourContrast::nearestPassingColour(u"#FFF", u"#FFFFFF"), QString());
        QCOMPARE(ColourContrast::nearestPassingColour(u"#FFFFFF", u"white"), QString());
        // Against mid grey nothing reaches 7:1 (black gives 4.3, white 4.9).
        QCOMPARE(ColourContrast::nearestPassingColour(u"#FF0000", u"#777777", 7.0), QString());
        // But 3:1 (large text) is reachable and returned.
        const QString large = ColourContrast::nearestPassingColour(
            u"#FFEB3B", u"#FFFFFF", ColourContrast::kMinimumLargeText);
        QVERIFY(ColourContrast::contrastRatio(large, u"#FFFFFF") >= 3.0);
        QVERIFY(ColourContrast::contrastRatio(large, u"#FFFFFF") < 4.5);
    }
};

QTEST_GUILESS_MAIN(TestColourContrast)
#include "tst_colourcontrast.moc"
