#pragma once

#include "models/domain/SystemHealth.h"
#include "models/item/FigureTableModel.h"

#include <QList>

namespace sphair::models {

// The slowest routes of the System health view: one row per method and route over the range,
// in the server's order (slowest p95 first); latencies in ms with one decimal.
class RouteHealthModel : public FigureTableModel
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

    explicit RouteHealthModel(QObject *parent = nullptr);

    void setRoutes(QList<RouteHealth> routes);
    const QList<RouteHealth> &routes() const { return m_routes; }

protected:
    int rows() const override;
    QVariant rawValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    QVariant toolTip(int row, int column) const override;

private:
    QList<RouteHealth> m_routes;
};

} // namespace sphair::models
