#pragma once

#include "models/domain/Result.h"

#include <QColor>
#include <QFrame>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QProgressBar;
class QPalette;
class QToolButton;
class QAbstractSeries;
class QBarSet;
class QChart;
class QChartView;
class QLegendMarker;

namespace sphair::ui {

class ConsoleContext;

// A titled box around one chart, shared by every chart of the Usage tab and the System health
// view: the QChartView, a line under it with the exact value under the mouse (also shown as a
// tooltip), legend entries that hide and show their series when clicked (the "Series" menu
// does the same from the keyboard), "Export PNG…" (the chart as drawn) and "Export CSV…" (the
// chart's data model, written atomically like every export), a busy bar while the chart's
// data loads, an error line when it failed and a note under the title ("top 25 of 60").
//
// The chart's colours follow the widget's palette (light or dark): background, text and grid
// from the palette, the series from seriesColour(), a fixed set with at least 3:1 contrast
// against both a light and a dark background.
//
// Keyboard: the chart view takes focus (Tab); Left/Right step through the points of the first
// visible series and show each value in the value line.
//
// Object names of the children (the same in every panel: find them below the panel):
// chartTitleLabel, chartNoteLabel, chartView, chartValueLabel, chartErrorLabel, chartBusyBar,
// chartSeriesButton, exportPngButton, exportCsvButton.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    // What the mouse (or the keyboard cursor) is on.
    struct Hover
    {
        QAbstractSeries *series = nullptr;
        QBarSet *set = nullptr; // for bar series
        int index = -1; // the point's or the bar's index
        double x = 0; // the point's x (ms since the epoch on a date axis); the bar's index
        double y = 0; // the value: for an area its height above its lower line
        QString category; // the bar's category, or the point's x as shown on its axis
    };
    // The text shown for a hover; the default names the series, the x and the exact value.
    using HoverText = std::function<QString(const Hover &hover)>;

    // `context` may be null (then export results show in the panel itself).
    ChartPanel(const QString &title, ConsoleContext *context, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    // The data "Export CSV…" writes (not owned): every row and column with its header, as
    // the model shows it. Without one the CSV button is disabled.
    void setDataModel(QAbstractItemModel *model);
    QAbstractItemModel *dataModel() const { return m_dataModel; }
    // The suggested file name without extension ("usage-active-users").
    void setExportName(const QString &baseName) { m_exportName = baseName; }
    void setHoverText(HoverText text) { m_hoverText = std::move(text); }
    // A line under the title; empty hides it.
    void setNote(const QString &note);

    // Call after the chart's series were replaced: colours them, hooks hover and the legend
    // toggles up to them and rebuilds the Series menu.
    void seriesChanged();

    // Loading: the busy bar shows and the error line hides.
    void setBusy(bool busy);
    bool isBusy() const;
    // Shows `message` in the box (the chart stays as it was); an empty message hides it.
    void showError(const QString &message);
    QString errorText() const;
    // The value line's text (the last hover).
    QString valueText() const;

    // Hides or shows a series as its legend entry does (bar sets are made transparent, since
    // a bar series cannot hide one set).
    void setSeriesShown(int legendIndex, bool shown);
    bool isSeriesShown(int legendIndex) const;
    int legendEntryCount() const;

    // Writes the chart as drawn (PNG) or the data model (CSV) to `path`, atomically. Used by
    // the buttons after asking for a file; tests call them directly too.
    models::Status exportPng(const QString &path) const;
    models::Result<int> exportCsv(const QString &path) const;
    // The chart as drawn, in device-independent size.
    QImage renderImage() const;

    // The series colours: a fixed set readable on light and dark backgrounds (≥ 3:1 against
    // #FFFFFF and #353535), repeating after the last.
    static QColor seriesColour(int index);
    static int seriesColourCount();
    // Highlights for values near (amber) and at (red) a limit, as readable as the others.
    static QColor warningColour();
    static QColor alertColour();

public slots:
    void exportPngInteractive();
    void exportCsvInteractive();

signals:
    // A hover was shown (the mouse or the keyboard moved to a point).
    void hovered(const QString &text);
    // A legend entry was toggled.
    void seriesToggled(int legendIndex, bool shown);
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyPalette();
    void showHover(const Hover &hover, bool fromMouse);
    QString defaultHoverText(const Hover &hover) const;
    QString xText(QAbstractSeries *series, double x) const;
    void hoverXy(QAbstractSeries *series, const QPointF &point, bool state);
    void stepKeyboardCursor(int step);
    QList<QLegendMarker *> markers() const;
    void styleMarker(QLegendMarker *marker, bool shown);
    void report(const QString &what, const models::Error &error) const;

    QPointer<ConsoleContext> m_context;
    QAbstractItemModel *m_dataModel = nullptr;
    QString m_exportName;
    HoverText m_hoverText;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_seriesButton = nullptr;
    QMenu *m_seriesMenu = nullptr;
    QToolButton *m_exportPng = nullptr;
    QToolButton *m_exportCsv = nullptr;
    QList<bool> m_shown; // per legend entry
    QList<QColor> m_setColours; // a bar set's colour while it is hidden
    int m_cursor = -1; // the keyboard cursor's point index
};

} // namespace sphair::ui
