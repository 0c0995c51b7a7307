#pragma once

#include "models/domain/DeploymentStep.h"

#include <QAbstractTableModel>
#include <QList>

namespace sphair::models {

// The steps of one deployment: each step's state, start and end time and log (its hook's
// output). setSteps() with the same deployment's newer steps changes the rows in place (and
// appends the rollback step when it comes), so a view following a deployment keeps its
// selection.
class DeploymentStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        StateColumn,
        StartedColumn,
        FinishedColumn,
        LogColumn, // the log's last line
        ColumnCount
    };

    enum Role {
        StatusRole = Qt::UserRole, // int(DeploymentStepStatus), any column
        NameRole, // the step's wire name ("health_check"), any column
        OutputRole, // the whole log, any column
    };

    explicit DeploymentStepModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSteps(const QList<DeploymentStep> &steps);
    void clear() { setSteps({}); }
    const DeploymentStep &stepAt(int row) const { return m_steps.at(row); }
    const QList<DeploymentStep> &steps() const { return m_steps; }
    // Every step has finished (succeeded, failed or skipped); false without steps.
    bool allFinished() const;

private:
    QList<DeploymentStep> m_steps;
};

} // namespace sphair::models
