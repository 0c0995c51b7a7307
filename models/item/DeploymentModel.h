#pragma once

#include "models/domain/Deployment.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QUuid>

namespace sphair::models {

// The deployments tab's history: one row per deployment, newest first as the server lists
// them. Rows change in place as a followed deployment progresses (updateDeployment).
class DeploymentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VersionColumn,
        StatusColumn,
        StartedColumn, // started_at, or scheduled_for while it waits
        FinishedColumn,
        StartedByColumn,
        WhenColumn, // "Window", "Now: <reason>" or "Rollback"
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole, // QUuid, any column
        StatusRole, // int(DeploymentStatus), any column
        SortRole, // the raw value (QString, QDateTime)
    };

    explicit DeploymentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDeployments(QList<Deployment> deployments);
    // Replaces the row with the same id (its steps are left out); a new one goes first.
    void updateDeployment(const Deployment &deployment);

    const Deployment &deploymentAt(int row) const { return m_rows.at(row); }
    // -1 when there is none.
    int rowOf(const QUuid &id) const;

    // "2026-03-10 02:00:05" in the viewer's time zone; empty for an invalid time.
    static QString timeText(const QDateTime &time);
    static QColor statusForeground(DeploymentStatus status);

private:
    QVariant displayData(const Deployment &deployment, int column) const;

    QList<Deployment> m_rows;
};

} // namespace sphair::models
