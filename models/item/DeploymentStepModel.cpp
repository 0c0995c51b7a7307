#include "models/item/DeploymentStepModel.h"

#include "models/item/DeploymentModel.h"

#include <QColor>
#include <QCoreApplication>

#include <algorithm>

namespace sphair::models {

namespace {

QColor stateForeground(DeploymentStepStatus status)
{
    switch (status) {
    case DeploymentStepStatus::Succeeded:
        return QColor(0x1b, 0x5e, 0x20);
    case DeploymentStepStatus::Failed:
        return QColor(0xb7, 0x1c, 0x1c);
    case DeploymentStepStatus::Running:
        return QColor(0x0d, 0x47, 0xa1);
    case DeploymentStepStatus::Pending:
    case DeploymentStepStatus::Skipped:
        return QColor(0x5f, 0x5f, 0x5f);
    }
    return {};
}

QString lastLine(const QString &output)
{
    const QString trimmed = output.trimmed();
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('\n')) + 1);
}

} // namespace

DeploymentStepModel::DeploymentStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DeploymentStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int DeploymentStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeploymentStep &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            return QStringLiteral("%1. %2")
                .arg(step.ordinal)
                .arg(DeploymentStep::displayName(step.name));
        case StateColumn:
            return deploymentStepStatusDisplayName(step.status);
        case StartedColumn:
            return DeploymentModel::timeText(step.startedAt);
        case FinishedColumn:
            return DeploymentModel::timeText(step.finishedAt);
        case LogColumn:
            return lastLine(step.output);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LogColumn && !step.output.isEmpty())
            return step.output.left(2000);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return stateForeground(step.status);
        return {};
    case StatusRole:
        return static_cast<int>(step.status);
    case NameRole:
        return step.name;
    case OutputRole:
        return step.output;
    default:
        return {};
    }
}

QVariant DeploymentStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return QCoreApplication::translate("sphair::models::DeploymentStepModel", "Step");
    case StateColumn:
        return QCoreApplication::translate("sphair::models::DeploymentStepModel", "State");
    case StartedColumn:
        return QCoreApplication::translate("sphair::models::DeploymentStepModel", "Started");
    case FinishedColumn:
        return QCoreApplication::translate("sphair::models::DeploymentStepModel", "Finished");
    case LogColumn:
        return QCoreApplication::translate("sphair::models::DeploymentStepModel", "Log");
    default:
        return {};
    }
}

void DeploymentStepModel::setSteps(const QList<DeploymentStep> &steps)
{
    // Another deployment (or fewer steps): anew.
    const qsizetype kept = std::min(steps.size(), m_steps.size());
    bool sameSteps = steps.size() >= m_steps.size();
    for (qsizetype i = 0; sameSteps && i < kept; ++i)
        sameSteps =
            steps.at(i).ordinal == m_steps.at(i).ordinal && steps.at(i).name == m_steps.at(i).name;
    if (!sameSteps || m_steps.isEmpty()) {
        beginResetModel();
        m_steps = steps;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < kept; ++i) {
        if (steps.at(i) == m_steps.at(i))
            continue;
        m_steps[i] = steps.at(i);
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (steps.size() > m_steps.size()) {
        beginInsertRows({}, static_cast<int>(m_steps.size()), static_cast<int>(steps.size()) - 1);
        for (qsizetype i = m_steps.size(); i < steps.size(); ++i)
            m_steps.append(steps.at(i));
        endInsertRows();
    }
}

bool DeploymentStepModel::allFinished() const
{
    return !m_steps.isEmpty()
        && std::all_of(m_steps.cbegin(), m_steps.cend(),
                       [](const DeploymentStep &step) { return step.isFinished(); });
}

} // namespace sphair::models
