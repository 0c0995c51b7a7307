#include "models/item/RouteHealthModel.h"

namespace sphair::models {

RouteHealthModel::RouteHealthModel(QObject *parent)
    : FigureTableModel(ColumnCount, parent)
{ }

void RouteHealthModel::setRoutes(QList<RouteHealth> routes)
{
    beginResetModel();
    m_routes = std::move(routes);
    endResetModel();
}

int RouteHealthModel::rows() const
{
    return int(m_routes.size());
}

QVariant RouteHealthModel::rawValue(int row, int column) const
{
    const RouteHealth &route = m_routes.at(row);
    switch (column) {
    case MethodColumn:
        return route.method;
    case RouteColumn:
        return route.route;
    case RequestsColumn:
        return route.requests;
    case P50Column:
        return route.p50Ms;
    case P95Column:
        return route.p95Ms;
    case P99Column:
        return route.p99Ms;
    case ErrorsColumn:
        return route.errors;
    case ClientErrorsColumn:
        return route.clientErrors;
    default:
        return {};
    }
}

QString RouteHealthModel::columnTitle(int column) const
{
    switch (column) {
    case MethodColumn:
        return tr("Method");
    case RouteColumn:
        return tr("Route");
    case RequestsColumn:
        return tr("Requests");
    case P50Column:
        return tr("p50 (ms)");
    case P95Column:
        return tr("p95 (ms)");
    case P99Column:
        return tr("p99 (ms)");
    case ErrorsColumn:
        return tr("Server errors");
    case ClientErrorsColumn:
        return tr("Client errors");
    default:
        return {};
    }
}

QVariant RouteHealthModel::toolTip(int row, int /*column*/) const
{
    const RouteHealth &route = m_routes.at(row);
    return tr("%1 %2: %n request(s), mean %3 ms", nullptr, int(route.requests))
        .arg(route.method, route.route, formatFigure(route.meanMs));
}

} // namespace sphair::models
