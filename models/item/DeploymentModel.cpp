#include "models/item/DeploymentModel.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

// The raw value of a cell: what the history sorts by.
QVariant sortData(const Deployment &deployment, int column)
{
    switch (column) {
    case DeploymentModel::VersionColumn:
        return deployment.version;
    case DeploymentModel::StatusColumn:
        return deploymentStatusCode(deployment.status);
    case DeploymentModel::StartedColumn:
        return deployment.startedAt.isValid() ? deployment.startedAt : deployment.scheduledFor;
    case DeploymentModel::FinishedColumn:
        return deployment.finishedAt;
    case DeploymentModel::StartedByColumn:
        return deployment.startedBy;
    default:
        return deployment.reason;
    }
}

} // namespace

DeploymentModel::DeploymentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DeploymentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeploymentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentModel::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QColor DeploymentModel::statusForeground(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Succeeded:
        return QColor(0x1b, 0x5e, 0x20);
    case DeploymentStatus::Failed:
        return QColor(0xb7, 0x1c, 0x1c);
    case DeploymentStatus::RolledBack:
    case DeploymentStatus::Cancelled:
        return QColor(0x5f, 0x5f, 0x5f);
    case DeploymentStatus::Scheduled:
    case DeploymentStatus::Pending:
    case DeploymentStatus::Running:
        return QColor(0x0d, 0x47, 0xa1);
    }
    return {};
}

QVariant DeploymentModel::displayData(const Deployment &deployment, int column) const
{
    switch (column) {
    case VersionColumn:
        return deployment.version;
    case StatusColumn:
        return deploymentStatusDisplayName(deployment.status);
    case StartedColumn:
        if (!deployment.startedAt.isValid() && deployment.scheduledFor.isValid()) {
            return QCoreApplication::translate("sphair::models::DeploymentModel", "%1 (scheduled)")
                .arg(timeText(deployment.scheduledFor));
        }
        return timeText(deployment.startedAt);
    case FinishedColumn:
        return timeText(deployment.finishedAt);
    case StartedByColumn:
        return deployment.startedBy;
    case WhenColumn:
        if (!deployment.rollbackOf.isNull())
            return QCoreApplication::translate("sphair::models::DeploymentModel", "Rollback");
        if (!deployment.reason.isEmpty())
            return QCoreApplication::translate("sphair::models::DeploymentModel", "Now: %1")
                .arg(deployment.reason.simplified());
        if (!deployment.windowId.isNull())
            return QCoreApplication::translate("sphair::models::DeploymentModel",
                                               "In a maintenance window");
        return QString();
    default:
        return {};
    }
}

QVariant DeploymentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment &deployment = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(deployment, index.column());
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn && !deployment.reason.isEmpty())
            return deployment.reason;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusForeground(deployment.status);
        return {};
    case IdRole:
        return deployment.id;
    case StatusRole:
        return static_cast<int>(deployment.status);
    case SortRole:
        return sortData(deployment, index.column());
    default:
        return {};
    }
}

QVariant DeploymentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "Version");
    case StatusColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "Status");
    case StartedColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "Started");
    case FinishedColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "Finished");
    case StartedByColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "Started by");
    case WhenColumn:
        return QCoreApplication::translate("sphair::models::DeploymentModel", "When");
    default:
        return {};
    }
}

void DeploymentModel::setDeployments(QList<Deployment> deployments)
{
    beginResetModel();
    m_rows = std::move(deployments);
    for (Deployment &deployment : m_rows)
        deployment.steps.clear();
    endResetModel();
}

void DeploymentModel::updateDeployment(const Deployment &deployment)
{
    Deployment row = deployment;
    row.steps.clear();
    const int at = rowOf(deployment.id);
    if (at < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(row);
        endInsertRows();
        return;
    }
    if (m_rows.at(at) == row)
        return;
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int DeploymentModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace sphair::models
