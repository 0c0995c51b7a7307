#pragma once

#include "models/domain/SystemHealth.h"
#include "models/item/HealthStatus.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class ErrorCountModel;
class HealthSeriesModel;
class RouteHealthModel;
} // namespace sphair::models

namespace sphair::ui {

class ChartPanel;
class ConsoleContext;

// The "System health" view of the Usage tab: the platform server's own metrics (GET
// /admin/system/health) for the last hour, day or week, of all instances together or one.
// At the top a red/amber/green summary of the range's p95 latency and error rate against
// lines the user may change ("Thresholds…", kept in the settings), said in words as well as
// colour; under it charts of requests per minute, error rate, p50/p95/p99 latency and the
// database's mean statement time (each a ChartPanel with hover values, legend toggles and
// PNG/CSV export), and sortable tables of the slowest routes and the most frequent errors.
//
// Loading runs in the background: a later range or instance replaces (cancels) the call in
// flight; a failure is shown in the view (and reported to the window) and the last data
// stays.
//
// Object names: healthRangeCombo, healthInstanceCombo, healthThresholdsButton,
// healthRefreshButton, healthStateLabel, healthSummaryFrame, healthSummarySwatch,
// healthSummaryLabel, healthTotalsLabel, healthErrorLabel, healthRequestsChart,
// healthErrorRateChart, healthLatencyChart, healthDatabaseChart, healthRoutesTable,
// healthErrorsTable; the thresholds dialog healthThresholdsDialog.
class SystemHealthView : public QWidget
{
    Q_OBJECT
public:
    explicit SystemHealthView(ConsoleContext &context, QWidget *parent = nullptr);
    ~SystemHealthView() override;

    // "hour", "day" or "week", as chosen.
    QString range() const;
    void setRange(const QString &range);
    // The instance chosen; empty: all together.
    QString instanceId() const;
    void setInstanceId(const QString &instanceId);

    models::HealthThresholds thresholds() const { return m_thresholds; }
    // Uses and saves new lines, and judges the shown data again.
    void setThresholds(const models::HealthThresholds &thresholds);

    // The last answer shown (kept when a later load fails).
    const models::SystemHealth &health() const { return m_health; }
    bool hasData() const { return m_hasData; }
    const models::HealthAssessment &assessment() const { return m_assessment; }
    // The call in flight, or null.
    client::ApiCall *pendingCall() const { return m_call; }
    bool isLoading() const { return m_call != nullptr; }
    QString errorText() const;

    models::RouteHealthModel *routeModel() const { return m_routes; }
    models::ErrorCountModel *errorModel() const { return m_errors; }
    ChartPanel *requestsChart() const { return m_requestsChart; }
    ChartPanel *errorRateChart() const { return m_errorRateChart; }
    ChartPanel *latencyChart() const { return m_latencyChart; }
    ChartPanel *databaseChart() const { return m_databaseChart; }

public slots:
    // Loads the chosen range and instance again (cancels a load in flight).
    void reload();
    // Opens the thresholds dialog.
    void editThresholds();

signals:
    // A load finished: shown (true) or failed (false; the last data stays).
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One chart and the data model behind it (its CSV export).
    struct Chart
    {
        ChartPanel *panel = nullptr;
        models::HealthSeriesModel *model = nullptr;
    };

    void buildUi();
    ChartPanel *addChart(const QString &objectName, const QString &title, const QList<int> &columns,
                         const QString &exportName, QWidget *parent);
    void showHealth(models::SystemHealth health);
    void showInstances(const QStringList &instances, const QString &chosen);
    void fillChart(const Chart &chart);
    void updateSummary();
    void setLoadState(const QString &text);
    void showError(const QString &message);

    QPointer<ConsoleContext> m_context;
    QComboBox *m_range = nullptr;
    QComboBox *m_instance = nullptr;
    QPushButton *m_thresholdsButton = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_state = nullptr;
    QFrame *m_summaryFrame = nullptr;
    QLabel *m_swatch = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_error = nullptr;
    ChartPanel *m_requestsChart = nullptr;
    ChartPanel *m_errorRateChart = nullptr;
    ChartPanel *m_latencyChart = nullptr;
    ChartPanel *m_databaseChart = nullptr;
    QList<Chart> m_charts;
    models::RouteHealthModel *m_routes = nullptr;
    models::ErrorCountModel *m_errors = nullptr;
    QSortFilterProxyModel *m_routesProxy = nullptr;
    QSortFilterProxyModel *m_errorsProxy = nullptr;
    QTableView *m_routesTable = nullptr;
    QTableView *m_errorsTable = nullptr;

    QPointer<client::ApiCall> m_call;
    models::SystemHealth m_health;
    bool m_hasData = false;
    models::HealthThresholds m_thresholds;
    models::HealthAssessment m_assessment;
};

} // namespace sphair::ui
