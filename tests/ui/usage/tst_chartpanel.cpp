#include "models/domain/ColourContrast.h"
#include "ui/usage/ChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using sphair::ui::ChartPanel;

// The shared chart box: colours readable on light and dark, legend toggles, keyboard values,
// PNG and CSV export.
class TestChartPanel : public QObject
{
    Q_OBJECT
private slots:
    void coloursReadableOnLightAndDark()
    {
        using sphair::models::ColourContrast::contrastRatio;
        using sphair::models::ColourContrast::kMinimumNonText;
        QList<QColor> colours {ChartPanel::warningColour(), ChartPanel::alertColour()};
        for (int at = 0; at < ChartPanel::seriesColourCount(); ++at)
            colours << ChartPanel::seriesColour(at);
        for (const QColor &colour : colours) {
            const QString name = colour.name();
            QVERIFY2(contrastRatio(name, u"#ffffff") >= kMinimumNonText, qPrintable(name));
            QVERIFY2(contrastRatio(name, u"#353535") >= kMinimumNonText, qPrintable(name));
        }
        QCOMPARE(ChartPanel::seriesColour(ChartPanel::seriesColourCount()),
                 ChartPanel::seriesColour(0));
    }

    void legendTogglesAndKeyboardValues()
    {
        ChartPanel panel(QStringLiteral("Test"), nullptr);
        panel.resize(500, 360);
        auto *first = new QLineSeries;
        first->setName(QStringLiteral("first"));
        first->append({{0, 10}, {1, 12.5}, {2, 7}});
        auto *second = new QLineSeries;
        second->setName(QStringLiteral("second"));
        second->append({{0, 1}, {1, 2}, {2, 3}});
        panel.chart()->addSeries(first);
        panel.chart()->addSeries(second);
        panel.chart()->createDefaultAxes();
        panel.seriesChanged();
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.legendEntryCount(), 2);
        QCOMPARE(first->color(), ChartPanel::seriesColour(0));
        QCOMPARE(second->color(), ChartPanel::seriesColour(1));

        QSignalSpy toggled(&panel, &ChartPanel::seriesToggled);
        emit panel.chart()->legend()->markers().at(0)->clicked();
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!first->isVisible());
        QVERIFY(!panel.isSeriesShown(0));
        QVERIFY(panel.chart()->legend()->markers().at(0)->isVisible()); // clickable again
        // The Series menu (keyboard) shows it again.
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("chartSeriesButton"));
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 2);
        QVERIFY(!button->menu()->actions().at(0)->isChecked());
        button->menu()->actions().at(0)->setChecked(true);
        QVERIFY(first->isVisible());
        QCOMPARE(toggled.size(), 2);

        // Left/Right on the focused chart step through the first visible series' values.
        panel.chartView()->setFocus();
        QTest::keyClick(panel.chartView(), Qt::Key_Right);
        QVERIFY2(panel.valueText().contains(QStringLiteral("first")),
                 qPrintable(panel.valueText()));
        QVERIFY2(panel.valueText().endsWith(QStringLiteral("10")), qPrintable(panel.valueText()));
        QTest::keyClick(panel.chartView(), Qt::Key_Right);
        QVERIFY2(panel.valueText().endsWith(QLocale().toString(12.5, 'f', 2)),
                 qPrintable(panel.valueText()));
        panel.setSeriesShown(0, false);
        QTest::keyClick(panel.chartView(), Qt::Key_End);
        QVERIFY2(panel.valueText().contains(QStringLiteral("second")),
                 qPrintable(panel.valueText()));
        QVERIFY2(panel.valueText().endsWith(QStringLiteral("3")), qPrintable(panel.valueText()));
    }

    void barSetToggleKeepsItsColour()
    {
        ChartPanel panel(QStringLiteral("Bars"), nullptr);
        auto *series = new QBarSeries;
        auto *a = new QBarSet(QStringLiteral("a"));
        *a << 1 << 2;
        auto *b = new QBarSet(QStringLiteral("b"));
        *b << 3 << 4;
        series->append({a, b});
        panel.chart()->addSeries(series);
        panel.seriesChanged();
        QCOMPARE(panel.legendEntryCount(), 2);
        const QColor colour = b->color();
        panel.setSeriesShown(1, false);
        QCOMPARE(b->color().alpha(), 0);
        panel.setSeriesShown(1, true);
        QCOMPARE(b->color(), colour);
    }

    void exportsPngAndCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChartPanel panel(QStringLiteral("Export"), nullptr);
        panel.resize(480, 320);
        auto *series = new QLineSeries;
        series->append({{0, 1}, {1, 4}});
        panel.chart()->addSeries(series);
        panel.seriesChanged();
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(panel.exportPng(png).ok());
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), panel.chartView()->size() * panel.chartView()->devicePixelRatio());

        const QString csv = dir.filePath(QStringLiteral("chart.csv"));
        QVERIFY(!panel.exportCsv(csv).ok()); // no data model yet
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("x"), QStringLiteral("y")});
        model.setData(model.index(0, 0), 0);
        model.setData(model.index(0, 1), 1);
        model.setData(model.index(1, 0), 1);
        model.setData(model.index(1, 1), 4);
        panel.setDataModel(&model);
        const auto written = panel.exportCsv(csv);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFx,y\r\n0,1\r\n1,4\r\n"));

        // A folder that does not exist: a clear error, nothing written.
        const QString missing = dir.filePath(QStringLiteral("no/such/chart.png"));
        const auto failed = panel.exportPng(missing);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("export_failed"));
        QVERIFY(!QFile::exists(missing));
    }

    void busyAndError()
    {
        ChartPanel panel(QStringLiteral("State"), nullptr);
        panel.showError(QStringLiteral("went wrong"));
        QCOMPARE(panel.errorText(), QStringLiteral("went wrong"));
        panel.setBusy(true);
        QVERIFY(panel.isBusy());
        QVERIFY(panel.errorText().isEmpty());
        panel.setBusy(false);
        QVERIFY(!panel.isBusy());
        panel.setNote(QStringLiteral("top 25 of 60"));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("chartNoteLabel"))->text(),
                 QStringLiteral("top 25 of 60"));
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
