#include "models/item/RouteHealthModel.h"

#include <QLocale>

namespace sphair::models {

namespace {

QVariant rightAligned()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

RouteHealthModel::RouteHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RouteHealthModel::setRoutes(QList<RouteHealth> routes)
{
    beginResetModel();
    m_routes = std::move(routes);
    endResetModel();
}

int RouteHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteHealthModel::formatMs(double ms)
{
    return QLocale().toString(ms, 'f', 1);
}

QVariant RouteHealthModel::rawValue(const RouteHealth &route, int column)
{
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

QVariant RouteHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RouteHealth &route = m_routes.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        QVariant raw = rawValue(route, column);
        if (column == P50Column || column == P95Column || column == P99Column)
            return formatMs(raw.toDouble());
        if (column == MethodColumn || column == RouteColumn)
            return raw;
        return QLocale().toString(raw.toLongLong());
    }
    case SortRole:
        return rawValue(route, column);
    case Qt::ToolTipRole:
        return tr("%1 %2: %n request(s), mean %3 ms", nullptr, int(route.requests))
            .arg(route.method, route.route, formatMs(route.meanMs));
    case Qt::TextAlignmentRole:
        return column == MethodColumn || column == RouteColumn ? QVariant() : rightAligned();
    default:
        return {};
    }
}

QVariant RouteHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

QHash<int, QByteArray> RouteHealthModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace sphair::models
