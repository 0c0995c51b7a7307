#pragma once

#include "models/domain/Deployment.h"

#include <QDate>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class DeploymentModel;
class DeploymentStepModel;
} // namespace sphair::models

namespace sphair::ui {

class ConsoleContext;

// The Deployments tab's "Deployments" view: the history with filters (status, version as a
// prefix, a date range of the start), and the selected deployment in detail, its steps with
// their state, start and end time and log. A deployment that is scheduled, pending or running
// is followed: the view polls it every pollInterval() until it has finished, so its steps
// change without a manual refresh, and reloads the history then. "Start deployment…" opens
// the DeploymentStartDialog (into a window occurrence, or now with a reason) and follows what
// it started; "Roll back…" asks, then rolls the selected (latest succeeded) deployment back and
// follows the rollback; "Cancel scheduled" cancels a scheduled one.
//
// Object names: startDeploymentButton, rollbackDeploymentButton, cancelDeploymentButton,
// refreshDeploymentsButton, deploymentStatusFilter, deploymentVersionFilter,
// deploymentDateRangeCheck, deploymentFromEdit, deploymentToEdit, deploymentHistoryTable,
// deploymentDetailTitle, deploymentDetailInfo, deploymentStepsTable, deploymentStepLog,
// deploymentsMessage; the confirmation deploymentRollbackConfirm.
class DeploymentsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 1000;
    static constexpr int kHistoryLimit = 200;

    explicit DeploymentsView(ConsoleContext *context, QWidget *parent = nullptr);
    ~DeploymentsView() override;

    models::DeploymentModel *historyModel() const { return m_history; }
    models::DeploymentStepModel *stepModel() const { return m_steps; }
    // The deployment shown in detail (null: none), as last loaded.
    QUuid selectedId() const { return m_selected; }
    const models::Deployment &selectedDeployment() const { return m_detail; }
    // Polling the selected deployment until it has finished.
    bool isFollowing() const;
    bool isLoading() const { return !m_historyCall.isNull(); }

    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_pollMs; }

public slots:
    void reload();
    // Shows (and, while it runs, follows) the deployment `id`.
    void selectDeployment(const QUuid &id);
    void setStatusFilter(std::optional<models::DeploymentStatus> status);
    void setVersionFilter(const QString &version);
    // Deployments started (or scheduled) on these local days, both included; invalid dates:
    // no range.
    void setDateRange(const QDate &from, const QDate &to);
    void openStartDialog();
    // Asks, then rolls back the selected deployment.
    void rollBackSelected();
    void cancelSelected();

signals:
    void historyLoaded();
    // The selected deployment was loaded with its steps (again, while it is followed).
    void deploymentLoaded(const sphair::models::Deployment &deployment);

private:
    void buildUi();
    void loadDetail();
    void showDetail(const models::Deployment &deployment);
    void showStepLog();
    void updateActions();
    void filtersChanged();
    void rollBack(const QUuid &id);
    void follow(const models::Deployment &deployment);
    void showMessage(const QString &text);

    QPointer<ConsoleContext> m_context;
    models::DeploymentModel *m_history;
    models::DeploymentStepModel *m_steps;

    QPushButton *m_startButton = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_versionFilter = nullptr;
    QCheckBox *m_dateRange = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailInfo = nullptr;
    QTableView *m_stepsTable = nullptr;
    QPlainTextEdit *m_stepLog = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_filterDelay = nullptr;

    QUuid m_selected;
    models::Deployment m_detail;
    int m_pollMs = kDefaultPollMs;
    bool m_wasActive = false;
    int m_followedStep = -1; // the running step the view selected, while following
    QPointer<client::ApiCall> m_historyCall;
    QPointer<client::ApiCall> m_detailCall;
    QPointer<client::ApiCall> m_actionCall;
};

} // namespace sphair::ui
