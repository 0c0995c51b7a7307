#include "ui/usage/SystemHealthView.h"

#include "client/PlatformClient.h"
#include "client/StatsClient.h"
#include "models/item/ErrorCountModel.h"
#include "models/item/HealthSeriesModel.h"
#include "models/item/RouteHealthModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/usage/ChartPanel.h"
#include "ui/usage/HealthThresholdsDialog.h"

#include <QAbstractSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sphair::ui {

using models::HealthSeriesModel;
using models::HealthStatus;

namespace {

const QString kRangeKey = QStringLiteral("systemHealth/range");

QTableView *newTable(const QString &objectName, QSortFilterProxyModel *proxy, int sortColumn,
                     QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QGroupBox *boxAround(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

SystemHealthView::SystemHealthView(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(&context)
    , m_thresholds(HealthThresholdsDialog::load(context.settings()))
{
    setObjectName(QStringLiteral("systemHealthView"));
    buildUi();
    updateSummary();
    setLoadState(tr("Not loaded yet."));

    if (client::PlatformClient *client = context.client()) {
        // A new sign-in shows that platform's health when the view is on screen.
        connect(client, &client::PlatformClient::sessionChanged, this, [this, client] {
            if (client->isSignedIn() && isVisible() && !m_hasData && !m_call)
                reload();
        });
    }
}

SystemHealthView::~SystemHealthView()
{
    if (m_call)
        m_call->cancel();
}

void SystemHealthView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // The controls.
    auto *controls = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("healthRangeCombo"));
    m_range->addItem(tr("Last hour"), QStringLiteral("hour"));
    m_range->addItem(tr("Last day"), QStringLiteral("day"));
    m_range->addItem(tr("Last week"), QStringLiteral("week"));
    rangeLabel->setBuddy(m_range);
    const QString savedRange = m_context && m_context->settings()
        ? m_context->settings()->value(kRangeKey).toString()
        : QString();
    m_range->setCurrentIndex(std::max(0, m_range->findData(savedRange)));
    auto *instanceLabel = new QLabel(tr("&Instance:"), this);
    m_instance = new QComboBox(this);
    m_instance->setObjectName(QStringLiteral("healthInstanceCombo"));
    m_instance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instance->setToolTip(tr("The server instances that reported in the range"));
    instanceLabel->setBuddy(m_instance);
    showInstances({}, {});
    m_thresholdsButton = new QPushButton(tr("&Thresholds…"), this);
    m_thresholdsButton->setObjectName(QStringLiteral("healthThresholdsButton"));
    m_thresholdsButton->setToolTip(tr("The lines at which the summary turns amber and red"));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("healthRefreshButton"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("healthStateLabel"));
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addSpacing(12);
    controls->addWidget(instanceLabel);
    controls->addWidget(m_instance);
    controls->addSpacing(12);
    controls->addWidget(m_thresholdsButton);
    controls->addWidget(m_refresh);
    controls->addSpacing(12);
    controls->addWidget(m_state, 1);
    outer->addLayout(controls);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        if (m_context && m_context->settings())
            m_context->settings()->setValue(kRangeKey, range());
        reload();
    });
    connect(m_instance, &QComboBox::currentIndexChanged, this, &SystemHealthView::reload);
    connect(m_thresholdsButton, &QPushButton::clicked, this, &SystemHealthView::editThresholds);
    connect(m_refresh, &QPushButton::clicked, this, &SystemHealthView::reload);

    // The summary: a swatch of the level's colour and the same in words.
    m_summaryFrame = new QFrame(this);
    m_summaryFrame->setObjectName(QStringLiteral("healthSummaryFrame"));
    m_summaryFrame->setFrameShape(QFrame::StyledPanel);
    m_summaryFrame->setAccessibleName(tr("Health summary"));
    auto *summaryLayout = new QHBoxLayout(m_summaryFrame);
    m_swatch = new QLabel(m_summaryFrame);
    m_swatch->setObjectName(QStringLiteral("healthSummarySwatch"));
    m_swatch->setFixedSize(28, 28);
    m_swatch->setAlignment(Qt::AlignCenter);
    auto *texts = new QVBoxLayout;
    m_summary = new QLabel(m_summaryFrame);
    m_summary->setObjectName(QStringLiteral("healthSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_totals = new QLabel(m_summaryFrame);
    m_totals->setObjectName(QStringLiteral("healthTotalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_summary);
    texts->addWidget(m_totals);
    summaryLayout->addWidget(m_swatch, 0, Qt::AlignTop);
    summaryLayout->addLayout(texts, 1);
    outer->addWidget(m_summaryFrame);

    m_error = newErrorLabel(QStringLiteral("healthErrorLabel"), this);
    m_error->setVisible(false);
    outer->addWidget(m_error);

    // Charts above, tables below; the whole scrolls when the window is small.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    scroll->setWidget(splitter);
    outer->addWidget(scroll, 1);

    auto *charts = new QWidget(splitter);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_requestsChart = addChart(QStringLiteral("healthRequestsChart"), tr("Requests per minute"),
                               {HealthSeriesModel::RequestsPerMinuteColumn},
                               QStringLiteral("health-requests"), charts);
    m_errorRateChart =
        addChart(QStringLiteral("healthErrorRateChart"), tr("Error rate (5xx, % of requests)"),
                 {HealthSeriesModel::ErrorRateColumn}, QStringLiteral("health-error-rate"), charts);
    m_latencyChart = addChart(
        QStringLiteral("healthLatencyChart"), tr("Latency (ms)"),
        {HealthSeriesModel::P50Column, HealthSeriesModel::P95Column, HealthSeriesModel::P99Column},
        QStringLiteral("health-latency"), charts);
    m_databaseChart =
        addChart(QStringLiteral("healthDatabaseChart"), tr("Database mean time per statement (ms)"),
                 {HealthSeriesModel::DbMeanColumn}, QStringLiteral("health-database"), charts);
    grid->addWidget(m_requestsChart, 0, 0);
    grid->addWidget(m_errorRateChart, 0, 1);
    grid->addWidget(m_latencyChart, 1, 0);
    grid->addWidget(m_databaseChart, 1, 1);
    splitter->addWidget(charts);

    auto *tables = new QSplitter(Qt::Horizontal, splitter);
    tables->setChildrenCollapsible(false);
    m_routes = new models::RouteHealthModel(this);
    m_routesProxy = new QSortFilterProxyModel(this);
    m_routesProxy->setSourceModel(m_routes);
    m_routesProxy->setSortRole(models::RouteHealthModel::SortRole);
    m_routesTable = newTable(QStringLiteral("healthRoutesTable"), m_routesProxy,
                             models::RouteHealthModel::P95Column, tables);
    m_routesTable->setAccessibleName(tr("Slowest routes"));
    m_errors = new models::ErrorCountModel(this);
    m_errorsProxy = new QSortFilterProxyModel(this);
    m_errorsProxy->setSourceModel(m_errors);
    m_errorsProxy->setSortRole(models::ErrorCountModel::SortRole);
    m_errorsTable = newTable(QStringLiteral("healthErrorsTable"), m_errorsProxy,
                             models::ErrorCountModel::CountColumn, tables);
    m_errorsTable->setAccessibleName(tr("Most frequent errors"));
    tables->addWidget(boxAround(tr("Slowest routes"), m_routesTable, tables));
    tables->addWidget(boxAround(tr("Most frequent errors"), m_errorsTable, tables));
    // Room for a few rows: the scroll area scrolls rather than squash the tables.
    tables->setMinimumHeight(240);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 1);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
}

ChartPanel *SystemHealthView::addChart(const QString &objectName, const QString &title,
                                       const QList<int> &columns, const QString &exportName,
                                       QWidget *parent)
{
    auto *panel = new ChartPanel(title, m_context, parent);
    panel->setObjectName(objectName);
    auto *model = new HealthSeriesModel(this);
    QList<HealthSeriesModel::Column> shown;
    for (const int column : columns)
        shown.append(HealthSeriesModel::Column(column));
    model->setColumns(shown);
    panel->setDataModel(model);
    panel->setExportName(exportName);
    // The steps are minutes or hours: the hover names the time, not only the day.
    panel->setHoverText([](const ChartPanel::Hover &hover) {
        const QString time =
            HealthStatus::localMinute(QDateTime::fromMSecsSinceEpoch(qRound64(hover.x), Qt::UTC));
        const bool whole = std::abs(hover.y - std::round(hover.y)) < 1e-9;
        return tr("%1 at %2: %3")
            .arg(hover.series ? hover.series->name() : QString(), time,
                 QLocale().toString(hover.y, 'f', whole ? 0 : 2));
    });
    m_charts.append({panel, model});
    return panel;
}

QString SystemHealthView::range() const
{
    return m_range->currentData().toString();
}

void SystemHealthView::setRange(const QString &range)
{
    const int index = m_range->findData(range);
    if (index >= 0)
        m_range->setCurrentIndex(index);
}

QString SystemHealthView::instanceId() const
{
    return m_instance->currentData().toString();
}

void SystemHealthView::setInstanceId(const QString &instanceId)
{
    int index = m_instance->findData(instanceId);
    if (index < 0) {
        // Not among the instances of the last answer (yet): ask for it all the same.
        m_instance->addItem(instanceId, instanceId);
        index = m_instance->count() - 1;
    }
    m_instance->setCurrentIndex(index);
}

void SystemHealthView::setThresholds(const models::HealthThresholds &thresholds)
{
    if (!thresholds.isValid())
        return;
    m_thresholds = thresholds;
    if (m_context)
        HealthThresholdsDialog::save(m_context->settings(), thresholds);
    updateSummary();
}

void SystemHealthView::editThresholds()
{
    HealthThresholdsDialog dialog(m_thresholds, this);
    if (dialog.exec() == QDialog::Accepted)
        setThresholds(dialog.thresholds());
}

QString SystemHealthView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SystemHealthView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    if (client && client->isSignedIn() && !m_hasData && !m_call)
        reload();
}

void SystemHealthView::reload()
{
    if (!m_context || !m_context->client())
        return;
    // A newer question replaces the older: its answer would be for the wrong range.
    if (m_call)
        m_call->cancel();
    m_call.clear();

    client::HealthQuery query;
    query.range = range();
    query.instanceId = instanceId();
    for (const Chart &chart : std::as_const(m_charts))
        chart.panel->setBusy(true);
    setLoadState(tr("Loading…"));
    client::ApiCall *call =
        m_context->stats().systemHealth(query, [this](models::Result<models::SystemHealth> result) {
            m_call.clear();
            for (const Chart &chart : std::as_const(m_charts))
                chart.panel->setBusy(false);
            if (!result) {
                showError(
                    tr("The system health could not be loaded: %1").arg(result.error().message));
                setLoadState(m_hasData ? tr("Showing the last data loaded.") : tr("Not loaded."));
                m_context->reportError(tr("Loading the system health"), result.error());
                emit loaded(false);
                return;
            }
            showError(QString());
            showHealth(std::move(result.value()));
            emit loaded(true);
        });
    if (call && !call->isFinished())
        m_call = call;
}

void SystemHealthView::showHealth(models::SystemHealth health)
{
    m_health = std::move(health);
    m_hasData = true;
    showInstances(m_health.instances, m_health.instanceId);
    for (const Chart &chart : std::as_const(m_charts)) {
        chart.model->setSeries(m_health.series, m_health.stepSeconds);
        fillChart(chart);
    }
    m_routes->setRoutes(m_health.routes);
    m_errors->setErrors(m_health.errors);
    m_routesTable->resizeColumnsToContents();
    m_errorsTable->resizeColumnsToContents();
    setLoadState(tr("%1 to %2 local time (%3), one point per %n minute(s)", nullptr,
                    m_health.stepSeconds / 60)
                     .arg(HealthStatus::localMinute(m_health.from),
                          HealthStatus::localMinute(m_health.to),
                          HealthStatus::utcOffsetName(m_health.to)));
    updateSummary();
}

void SystemHealthView::showInstances(const QStringList &instances, const QString &chosen)
{
    const QSignalBlocker blocker(m_instance);
    m_instance->clear();
    m_instance->addItem(tr("All instances"), QString());
    for (const QString &instance : instances)
        m_instance->addItem(instance, instance);
    if (!chosen.isEmpty() && m_instance->findData(chosen) < 0)
        m_instance->addItem(chosen, chosen);
    m_instance->setCurrentIndex(std::max(0, m_instance->findData(chosen)));
}

void SystemHealthView::fillChart(const Chart &chart)
{
    QChart *qchart = chart.panel->chart();
    qchart->removeAllSeries();
    const QList<QAbstractAxis *> axes = qchart->axes();
    for (QAbstractAxis *axis : axes) {
        qchart->removeAxis(axis);
        delete axis;
    }
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(m_health.stepSeconds >= 3600 ? QStringLiteral("ddd HH:mm")
                                                  : QStringLiteral("HH:mm"));
    xAxis->setRange(m_health.from.toLocalTime(), m_health.to.toLocalTime());
    xAxis->setTickCount(7);
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    qchart->addAxis(xAxis, Qt::AlignBottom);
    qchart->addAxis(yAxis, Qt::AlignLeft);

    double top = 0;
    const QList<HealthSeriesModel::Column> &columns = chart.model->columns();
    for (const HealthSeriesModel::Column column : columns) {
        if (column == HealthSeriesModel::StartColumn)
            continue;
        auto *series = new QLineSeries;
        series->setName(HealthSeriesModel::columnTitle(column));
        QList<QPointF> points;
        points.reserve(m_health.series.size());
        for (const models::HealthBucket &bucket : std::as_const(m_health.series)) {
            const double value = HealthSeriesModel::value(bucket, column, m_health.stepSeconds);
            top = std::max(top, value);
            points.append({double(bucket.start.toMSecsSinceEpoch()), value});
        }
        series->replace(points);
        qchart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    yAxis->applyNiceNumbers();
    chart.panel->seriesChanged();
}

void SystemHealthView::updateSummary()
{
    if (!m_hasData) {
        m_assessment = {};
        m_summary->setText(tr("No data loaded yet."));
        m_totals->clear();
    } else {
        const models::HealthTotals &totals = m_health.totals;
        m_assessment =
            HealthStatus::assess(totals.p95Ms, totals.errorRate, totals.requests, m_thresholds);
        const QLocale locale;
        // Without requests the summary says so once, not "Overall No data. No data: …".
        m_summary->setText(
            m_assessment.level == models::HealthLevel::NoData
                ? m_assessment.summary() + QLatin1Char('.')
                : tr("Overall %1. %2")
                      .arg(HealthStatus::levelName(m_assessment.level), m_assessment.summary()));
        m_totals->setText(
            tr("%1 requests (%2 per minute), %3 server errors (5xx), %4 client errors (4xx); "
               "p50 %5, p95 %6, p99 %7; database %8 per statement.")
                .arg(locale.toString(totals.requests),
                     locale.toString(totals.requestsPerMinute, 'f', 1),
                     locale.toString(totals.errors), locale.toString(totals.clientErrors),
                     HealthStatus::formatMs(totals.p50Ms), HealthStatus::formatMs(totals.p95Ms),
                     HealthStatus::formatMs(totals.p99Ms),
                     HealthStatus::formatMs(totals.dbMeanMs)));
    }
    const QColor colour = HealthStatus::levelColour(m_assessment.level);
    m_swatch->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border-radius: 14px; }").arg(colour.name()));
    m_swatch->setAccessibleName(HealthStatus::levelName(m_assessment.level));
    m_swatch->setToolTip(HealthStatus::levelName(m_assessment.level));
    m_summaryFrame->setAccessibleDescription(m_summary->text());
}

void SystemHealthView::setLoadState(const QString &text)
{
    m_state->setText(text);
}

void SystemHealthView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sphair::ui
