#pragma once

#include "models/domain/SystemHealth.h"

#include <QAbstractTableModel>
#include <QList>

namespace sphair::models {

// The slowest routes of the System health view: one row per method and route over the range,
// in the server's order (slowest p95 first). Latencies show in ms with one decimal; SortRole
// gives the raw value so a QSortFilterProxyModel sorts numbers as numbers.
class RouteHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MethodColumn,
        RouteColumn,
        RequestsColumn,
        P50Column,
        P95Column,
        P99Column,
        ErrorsColumn, // 5xx answers
        ClientErrorsColumn, // 4xx answers
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value (QString, qint64 or double)
    };

    explicit RouteHealthModel(QObject *parent = nullptr);

    void setRoutes(QList<RouteHealth> routes);
    const QList<RouteHealth> &routes() const { return m_routes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A latency as a cell shows it: "12.3" (the header says ms).
    static QString formatMs(double ms);

private:
    static QVariant rawValue(const RouteHealth &route, int column);

    QList<RouteHealth> m_routes;
};

} // namespace sphair::models
