#include "models/item/HealthSeriesModel.h"

namespace sphair::models {

HealthSeriesModel::HealthSeriesModel(QObject *parent)
    : ChartDataModel(parent)
{
    setColumns({RequestsColumn, RequestsPerMinuteColumn, ErrorsColumn, ClientErrorsColumn,
                ErrorRateColumn, P50Column, P95Column, P99Column, DbStatementsColumn,
                DbMeanColumn});
}

void HealthSeriesModel::setColumns(const QList<Column> &columns)
{
    m_columns = {StartColumn};
    for (const Column column : columns) {
        if (column > StartColumn && column < ColumnCount && !m_columns.contains(column))
            m_columns.append(column);
    }
    rebuild();
}

void HealthSeriesModel::setSeries(QList<HealthBucket> series, int stepSeconds)
{
    m_series = std::move(series);
    m_stepSeconds = stepSeconds > 0 ? stepSeconds : 60;
    rebuild();
}

void HealthSeriesModel::rebuild()
{
    QStringList headers;
    for (const Column column : std::as_const(m_columns))
        headers.append(columnTitle(column));
    QList<QVariantList> rows;
    rows.reserve(m_series.size());
    for (const HealthBucket &bucket : std::as_const(m_series)) {
        QVariantList row;
        row.reserve(m_columns.size());
        for (const Column column : std::as_const(m_columns)) {
            switch (column) {
            case StartColumn:
                // With its offset, so the CSV says which local time it is.
                row.append(bucket.start.toOffsetFromUtc(bucket.start.toLocalTime().offsetFromUtc())
                               .toString(Qt::ISODate));
                break;
            case RequestsColumn:
                row.append(bucket.requests);
                break;
            case ErrorsColumn:
                row.append(bucket.errors);
                break;
            case ClientErrorsColumn:
                row.append(bucket.clientErrors);
                break;
            case DbStatementsColumn:
                row.append(bucket.dbStatements);
                break;
            default:
                row.append(value(bucket, column, m_stepSeconds));
                break;
            }
        }
        rows.append(std::move(row));
    }
    setTable(std::move(headers), std::move(rows));
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
        return tr("Start (local time)");
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

QVariant HealthSeriesModel::roleData(int row, int column, int role) const
{
    if (role != ValueRole || row < 0 || row >= m_series.size())
        return {};
    return value(m_series.at(row), columnAt(column), m_stepSeconds);
}

QHash<int, QByteArray> HealthSeriesModel::roleNames() const
{
    QHash<int, QByteArray> names = ChartDataModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

} // namespace sphair::models
