#include "ui/usage/ChartPanel.h"

#include "core/AtomicFile.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/companies/CompanyCsvExport.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace sphair::ui {

namespace {

// Mid-tone colours with a relative luminance between 0.21 and 0.27: at least 3:1 (WCAG
// non-text contrast) against white and against a dark window (#353535). Blue, orange, green,
// purple, teal, pink, grey.
constexpr std::array<QRgb, 7> kSeriesColours = {0x3d86dc, 0xd9730d, 0x2e9d4f, 0xad6bcc,
                                                0x1a9c9c, 0xd4609a, 0x888888};
constexpr QRgb kWarning = 0xb57d00;
constexpr QRgb kAlert = 0xe8534f;

const char kHookedProperty[] = "sphairChartPanelHooked";

QString valueString(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 2);
}

QList<QPointF> pointsOf(QAbstractSeries *series)
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        return xy->points();
    if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        QList<QPointF> points =
            area->upperSeries() ? area->upperSeries()->points() : QList<QPointF>();
        if (area->lowerSeries()) {
            const QList<QPointF> lower = area->lowerSeries()->points();
            for (qsizetype at = 0; at < points.size() && at < lower.size(); ++at)
                points[at].setY(points.at(at).y() - lower.at(at).y());
        }
        return points;
    }
    return {};
}

} // namespace

ChartPanel::ChartPanel(const QString &title, ConsoleContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_chart(new QChart)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("chartTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title);
    header->addStretch(1);
    m_seriesButton = new QToolButton(this);
    m_seriesButton->setObjectName(QStringLiteral("chartSeriesButton"));
    m_seriesButton->setText(tr("Series"));
    m_seriesButton->setToolTip(tr("Show or hide the chart's series"));
    m_seriesButton->setPopupMode(QToolButton::InstantPopup);
    m_seriesMenu = new QMenu(m_seriesButton);
    m_seriesButton->setMenu(m_seriesMenu);
    header->addWidget(m_seriesButton);
    m_exportPng = new QToolButton(this);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPng->setToolTip(tr("Save the chart as a PNG image"));
    connect(m_exportPng, &QToolButton::clicked, this, &ChartPanel::exportPngInteractive);
    header->addWidget(m_exportPng);
    m_exportCsv = new QToolButton(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setToolTip(tr("Save the chart's data as CSV"));
    m_exportCsv->setEnabled(false);
    connect(m_exportCsv, &QToolButton::clicked, this, &ChartPanel::exportCsvInteractive);
    header->addWidget(m_exportCsv);
    layout->addLayout(header);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNoteLabel"));
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("chartBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading the chart"));
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("chartErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(
        tr("Left and Right step through the values; the value is shown under the chart."));
    m_view->setMinimumHeight(220);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("chartValueLabel"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_value->setText(tr("Point at the chart (or focus it and press Left/Right) to see values."));
    layout->addWidget(m_value);

    applyPalette();
}

void ChartPanel::setDataModel(QAbstractItemModel *model)
{
    m_dataModel = model;
    m_exportCsv->setEnabled(model != nullptr);
}

void ChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        showError(QString());
}

bool ChartPanel::isBusy() const
{
    return !m_busy->isHidden();
}

void ChartPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ChartPanel::errorText() const
{
    return m_error->text();
}

QString ChartPanel::valueText() const
{
    return m_value->text();
}

QColor ChartPanel::seriesColour(int index)
{
    const auto count = static_cast<int>(kSeriesColours.size());
    return QColor::fromRgb(
        kSeriesColours.at(static_cast<size_t>(((index % count) + count) % count)));
}

int ChartPanel::seriesColourCount()
{
    return static_cast<int>(kSeriesColours.size());
}

QColor ChartPanel::warningColour()
{
    return QColor::fromRgb(kWarning);
}

QColor ChartPanel::alertColour()
{
    return QColor::fromRgb(kAlert);
}

QList<QLegendMarker *> ChartPanel::markers() const
{
    return m_chart->legend()->markers();
}

int ChartPanel::legendEntryCount() const
{
    return static_cast<int>(markers().size());
}

void ChartPanel::seriesChanged()
{
    // Series get a palette colour unless the page coloured them (bar sets it coloured keep
    // theirs: the page sets a colour on each set it cares about).
    int colour = 0;
    for (QAbstractSeries *series : m_chart->series()) {
        if (!series->property(kHookedProperty).toBool()) {
            series->setProperty(kHookedProperty, true);
            if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                connect(
                    xy, &QXYSeries::hovered, this,
                    [this, xy](const QPointF &point, bool state) { hoverXy(xy, point, state); });
                if (!xy->property("sphairColoured").toBool())
                    xy->setColor(seriesColour(colour));
            } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
                connect(area, &QAreaSeries::hovered, this,
                        [this, area](const QPointF &point, bool state) {
                            hoverXy(area, point, state);
                        });
                if (!area->property("sphairColoured").toBool()) {
                    area->setColor(seriesColour(colour));
                    area->setBorderColor(seriesColour(colour).darker(115));
                }
            } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                connect(bars, &QAbstractBarSeries::hovered, this,
                        [this, bars](bool status, int index, QBarSet *set) {
                            if (!status || !set || set->color().alpha() == 0)
                                return;
                            Hover hover;
                            hover.series = bars;
                            hover.set = set;
                            hover.index = index;
                            hover.x = index;
                            hover.y = set->at(index);
                            hover.category = xText(bars, index);
                            m_cursor = index;
                            showHover(hover, true);
                        });
                int setColour = colour;
                for (QBarSet *set : bars->barSets()) {
                    if (!set->property("sphairColoured").toBool()) {
                        set->setColor(seriesColour(setColour));
                        set->setBorderColor(seriesColour(setColour).darker(115));
                    }
                    ++setColour;
                }
                colour = setColour - 1;
            }
        }
        ++colour;
    }

    // New series start shown; what the user hid stays hidden (by legend position).
    const QList<QLegendMarker *> all = markers();
    const QList<bool> shownBefore = m_shown;
    m_shown = QList<bool>(all.size(), true);
    m_setColours = QList<QColor>(all.size());
    m_seriesMenu->clear();
    for (int at = 0; at < all.size(); ++at) {
        QLegendMarker *marker = all.at(at);
        marker->disconnect(this);
        connect(marker, &QLegendMarker::clicked, this,
                [this, at] { setSeriesShown(at, !isSeriesShown(at)); });
        QAction *action = m_seriesMenu->addAction(marker->label());
        action->setCheckable(true);
        action->setChecked(m_shown.at(at));
        connect(action, &QAction::toggled, this, [this, at](bool on) { setSeriesShown(at, on); });
        styleMarker(marker, m_shown.at(at));
    }
    m_seriesButton->setEnabled(!all.isEmpty());
    for (int at = 0; at < all.size() && at < shownBefore.size(); ++at) {
        if (!shownBefore.at(at))
            setSeriesShown(at, false);
    }
    m_cursor = -1;
    applyPalette();
}

void ChartPanel::setSeriesShown(int legendIndex, bool shown)
{
    const QList<QLegendMarker *> all = markers();
    if (legendIndex < 0 || legendIndex >= all.size() || m_shown.value(legendIndex) == shown)
        return;
    m_shown[legendIndex] = shown;
    QLegendMarker *marker = all.at(legendIndex);
    if (marker->type() == QLegendMarker::LegendMarkerTypeBar) {
        // One set of a bar series: made transparent, since a bar series cannot hide one set.
        QBarSet *set = nullptr;
        auto *bars = qobject_cast<QAbstractBarSeries *>(marker->series());
        if (bars) {
            for (QBarSet *candidate : bars->barSets()) {
                if (candidate->label() == marker->label())
                    set = candidate;
            }
        }
        if (set) {
            if (!shown) {
                m_setColours[legendIndex] = set->color();
                set->setColor(Qt::transparent);
                set->setBorderColor(Qt::transparent);
            } else {
                const QColor colour = m_setColours.at(legendIndex);
                set->setColor(colour);
                set->setBorderColor(colour.darker(115));
            }
        }
    } else {
        marker->series()->setVisible(shown);
        marker->setVisible(true); // a hidden series hides its marker: keep it to click again
    }
    styleMarker(marker, shown);
    if (QAction *action = m_seriesMenu->actions().value(legendIndex)) {
        const QSignalBlocker blocker(action);
        action->setChecked(shown);
    }
    emit seriesToggled(legendIndex, shown);
}

bool ChartPanel::isSeriesShown(int legendIndex) const
{
    return m_shown.value(legendIndex, true);
}

void ChartPanel::styleMarker(QLegendMarker *marker, bool shown)
{
    QColor text = palette().color(QPalette::WindowText);
    if (!shown)
        text.setAlphaF(0.45);
    marker->setLabelBrush(text);
    QFont font = marker->font();
    font.setStrikeOut(!shown);
    marker->setFont(font);
}

void ChartPanel::applyPalette()
{
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.brush(QPalette::Base));
    m_chart->setBackgroundPen(QPen(colours.color(QPalette::Mid)));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(colours.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    QColor grid = colours.color(QPalette::Text);
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.brush(QPalette::Text));
        axis->setLinePenColor(colours.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    const QList<QLegendMarker *> all = markers();
    for (int at = 0; at < all.size(); ++at)
        styleMarker(all.at(at), m_shown.value(at, true));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, alertColour());
    m_error->setPalette(errorPalette);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QString ChartPanel::xText(QAbstractSeries *series, double x) const
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (axis->orientation() != Qt::Horizontal)
            continue;
        if (qobject_cast<QDateTimeAxis *>(axis)) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qRound64(x)).date();
            return QLocale().toString(day, QLocale::ShortFormat);
        }
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories().value(qRound(x));
    }
    for (QAbstractAxis *axis : series->attachedAxes()) {
        // A horizontal bar chart: its categories run along the vertical axis.
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories().value(qRound(x));
    }
    return valueString(x);
}

QString ChartPanel::defaultHoverText(const Hover &hover) const
{
    const QString name = hover.set ? hover.set->label() : hover.series->name();
    if (name.isEmpty())
        return tr("%1: %2").arg(hover.category, valueString(hover.y));
    return tr("%1, %2: %3").arg(name, hover.category, valueString(hover.y));
}

void ChartPanel::showHover(const Hover &hover, bool fromMouse)
{
    const QString text = m_hoverText ? m_hoverText(hover) : defaultHoverText(hover);
    m_value->setText(text);
    if (fromMouse)
        QToolTip::showText(QCursor::pos(), text, m_view);
    emit hovered(text);
}

void ChartPanel::hoverXy(QAbstractSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<QPointF> points = pointsOf(series);
    if (points.isEmpty())
        return;
    // The point nearest to the mouse along x (the series are ordered by x).
    const auto after = std::lower_bound(points.cbegin(), points.cend(), point.x(),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    auto index = static_cast<int>(after - points.cbegin());
    if (index >= points.size()
        || (index > 0 && point.x() - points.at(index - 1).x() < points.at(index).x() - point.x()))
        --index;
    Hover hover;
    hover.series = series;
    hover.index = index;
    hover.x = points.at(index).x();
    hover.y = points.at(index).y();
    hover.category = xText(series, hover.x);
    m_cursor = index;
    showHover(hover, true);
}

void ChartPanel::stepKeyboardCursor(int step)
{
    QAbstractSeries *series = nullptr;
    QBarSet *set = nullptr;
    const QList<QAbstractSeries *> all = m_chart->series();
    for (QAbstractSeries *candidate : all) {
        if (!candidate->isVisible())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(candidate)) {
            for (QBarSet *barSet : bars->barSets()) {
                if (barSet->color().alpha() != 0 && barSet->count() > 0) {
                    set = barSet;
                    break;
                }
            }
            if (!set)
                continue;
        }
        series = candidate;
        break;
    }
    if (!series)
        return;
    Hover hover;
    hover.series = series;
    hover.set = set;
    if (set) {
        const int count = set->count();
        m_cursor = std::clamp(m_cursor < 0 ? 0 : m_cursor + step, 0, count - 1);
        hover.index = m_cursor;
        hover.x = m_cursor;
        hover.y = set->at(m_cursor);
    } else {
        const QList<QPointF> points = pointsOf(series);
        if (points.isEmpty())
            return;
        const auto count = static_cast<int>(points.size());
        m_cursor = std::clamp(m_cursor < 0 ? 0 : m_cursor + step, 0, count - 1);
        hover.index = m_cursor;
        hover.x = points.at(m_cursor).x();
        hover.y = points.at(m_cursor).y();
    }
    hover.category = xText(series, hover.x);
    showHover(hover, false);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            stepKeyboardCursor(key->key() == Qt::Key_Left ? -1 : 1);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_cursor >= 0) {
            emit pointActivated(m_cursor);
            return true;
        }
        if (key->key() == Qt::Key_Home || key->key() == Qt::Key_End) {
            m_cursor = key->key() == Qt::Key_Home ? 0 : std::numeric_limits<int>::max() / 2;
            stepKeyboardCursor(0);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

QImage ChartPanel::renderImage() const
{
    return m_view->grab().toImage();
}

models::Status ChartPanel::exportPng(const QString &path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage().save(&buffer, "PNG"))
        return models::Status::failure(QStringLiteral("export_failed"),
                                       tr("The chart could not be drawn."));
    if (auto written = core::AtomicFile::write(path, bytes, core::AtomicFile::Access::Readable);
        !written) {
        models::Error error = written.error();
        error.code = QStringLiteral("export_failed");
        return error;
    }
    return {};
}

models::Result<int> ChartPanel::exportCsv(const QString &path) const
{
    if (!m_dataModel)
        return models::Status::failure(QStringLiteral("export_failed"),
                                       tr("The chart has no data."))
            .error();
    return CompanyCsvExport::write(*m_dataModel, path);
}

void ChartPanel::report(const QString &what, const models::Error &error) const
{
    if (m_context)
        m_context->reportError(what, error);
    else
        m_error->setText(what + QStringLiteral(": ") + error.message);
    m_error->setVisible(!m_context);
}

void ChartPanel::exportPngInteractive()
{
    const QString name = m_exportName.isEmpty() ? QStringLiteral("chart") : m_exportName;
    const QString path = FileChooser::saveFile(
        this, tr("Export chart as PNG"), name + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const models::Status written = exportPng(path); !written) {
        report(tr("Exporting the chart %1").arg(m_title->text()), written.error());
        return;
    }
    if (m_context)
        m_context->reportInfo(tr("Exported the chart to %1").arg(path));
    emit exported(path);
}

void ChartPanel::exportCsvInteractive()
{
    if (!m_dataModel)
        return;
    const QString name = m_exportName.isEmpty() ? QStringLiteral("chart") : m_exportName;
    const QString path =
        FileChooser::saveFile(this, tr("Export chart data as CSV"), name + QStringLiteral(".csv"),
                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const models::Result<int> written = exportCsv(path);
    if (!written) {
        report(tr("Exporting the data of %1").arg(m_title->text()), written.error());
        return;
    }
    if (m_context)
        m_context->reportInfo(tr("Exported %n rows to %1", nullptr, written.value()).arg(path));
    emit exported(path);
}

} // namespace sphair::ui
