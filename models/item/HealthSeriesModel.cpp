#include "models/item/HealthSeriesModel.h"

namespace sphair::models {

HealthSeriesModel::HealthSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setColumns({RequestsColumn, RequestsPerMinuteColumn, ErrorsColumn, ClientErrorsColumn,
                ErrorRateColumn, P50Column, P95Column, P99Column, DbStatementsColumn,
                DbMeanColumn});
}

void HealthSeriesModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = {StartColumn};
    for (const Column column : columns) {
        if (column > StartColumn && column < ColumnCount && !m_columns.contains(column))
            m_columns.append(column);
    }
    endResetModel();
}

void HealthSeriesModel::setSeries(QList<HealthBucket> series, int stepSeconds)
{
    beginResetModel();
    m_series = std::move(series);
    m_stepSeconds = stepSeconds > 0 ? stepSeconds : 60;
    endResetModel();
}

double HealthSeriesModel::value(const HealthBucket &bucket, Column column, int stepSeconds)
{
    switch (column) {
    case StartColumn:
        return double(bucket.start.toMSecsSinceEpoch());
    case RequestsColumn:
        return double(bucket.requests);
    case RequestsPerMinuteColumn:
        return stepSeconds > 0 ? double(bucket.requests) * 60 / stepSeconds : 0;
    case ErrorsColumn:
        return double(bucket.errors);
    case ClientErrorsColumn:
        return double(bucket.clientErrors);
    case ErrorRateColumn:
        return bucket.requests > 0 ? double(bucket.errors) * 100 / double(bucket.requests) : 0;
    case P50Column:
        return bucket.p50Ms;
    case P95Column:
        return bucket.p95Ms;
    case P99Column:
        return bucket.p99Ms;
    case DbStatementsColumn:
        return double(bucket.dbStatements);
    case DbMeanColumn:
        return bucket.dbMeanMs;
    case ColumnCount:
        break;
    }
    return 0;
}

QString HealthSeriesModel::columnTitle(Column column)
{
    switch (column) {
    case StartColumn:
        return tr("Start (UTC)");
    case RequestsColumn:
        return tr("Requests");
    case RequestsPerMinuteColumn:
        return tr("Requests per minute");
    case ErrorsColumn:
        return tr("Server errors (5xx)");
    case ClientErrorsColumn:
        return tr("Client errors (4xx)");
    case ErrorRateColumn:
        return tr("Error rate (%)");
    case P50Column:
        return tr("p50 (ms)");
    case P95Column:
        return tr("p95 (ms)");
    case P99Column:
        return tr("p99 (ms)");
    case DbStatementsColumn:
        return tr("Database statements");
    case DbMeanColumn:
        return tr("Database mean (ms)");
    case ColumnCount:
        break;
    }
    return {};
}

int HealthSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int HealthSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant HealthSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthBucket &bucket = m_series.at(index.row());
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (column == StartColumn)
            return bucket.start.toUTC().toString(Qt::ISODate);
        switch (column) {
        case RequestsColumn:
            return bucket.requests;
        case ErrorsColumn:
            return bucket.errors;
        case ClientErrorsColumn:
            return bucket.clientErrors;
        case DbStatementsColumn:
            return bucket.dbStatements;
        default:
            return value(bucket, column, m_stepSeconds);
        }
    case ValueRole:
        return value(bucket, column, m_stepSeconds);
    case Qt::TextAlignmentRole:
        return column == StartColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant HealthSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(m_columns.at(section));
}

QHash<int, QByteArray> HealthSeriesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

} // namespace sphair::models
