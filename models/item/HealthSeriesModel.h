#pragma once

#include "models/domain/SystemHealth.h"
#include "models/item/ChartDataModel.h"

#include <QList>

namespace sphair::models {

// The system-health series as a table, one row per step (oldest first): the data behind one
// chart of the System health view and its CSV export. Each chart shows the columns it plots
// (setColumns), always after the step's start; the cells are the server's figures, unrounded,
// so an exported file matches the answer. A ChartDataModel like the Usage tab's, whose plain
// table the CSV export writes; ValueRole gives every cell (the start too) as a number.
class HealthSeriesModel : public ChartDataModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn, // the step's start, ISO 8601 UTC (ValueRole: ms since the epoch)
        RequestsColumn,
        RequestsPerMinuteColumn, // requests × 60 / step_seconds
        ErrorsColumn, // 5xx answers
        ClientErrorsColumn, // 4xx answers
        ErrorRateColumn, // 5xx answers in % of the requests (0 without requests)
        P50Column, // ms
        P95Column,
        P99Column,
        DbStatementsColumn,
        DbMeanColumn, // ms per statement
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ValueRole = Qt::UserRole, // double: the cell as a number (the start in ms)
    };

    explicit HealthSeriesModel(QObject *parent = nullptr);

    // The columns shown, in order, after StartColumn (which is always the first). Default:
    // every column.
    void setColumns(const QList<Column> &columns);
    const QList<Column> &columns() const { return m_columns; }
    Column columnAt(int section) const { return m_columns.value(section, StartColumn); }

    // Replaces the rows; `stepSeconds` is the length of each bucket.
    void setSeries(QList<HealthBucket> series, int stepSeconds);
    const QList<HealthBucket> &series() const { return m_series; }
    int stepSeconds() const { return m_stepSeconds; }

    // One figure of `bucket` as a number, as the column shows it.
    static double value(const HealthBucket &bucket, Column column, int stepSeconds);
    static QString columnTitle(Column column);

    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariant roleData(int row, int column, int role) const override;

private:
    // Builds the plain table of the columns shown from the series.
    void rebuild();

    QList<Column> m_columns;
    QList<HealthBucket> m_series;
    int m_stepSeconds = 60;
};

} // namespace sphair::models
