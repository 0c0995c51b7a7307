#include "models/item/FigureTableModel.h"

#include <QLocale>

namespace sphair::models {

FigureTableModel::FigureTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString FigureTableModel::formatFigure(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'f', 1);
    return QLocale().toString(value.toLongLong());
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QVariant raw = rawValue(index.row(), index.column());
        if (raw.typeId() == QMetaType::QString)
            return raw;
        return formatFigure(raw);
    }
    case SortRole:
        return rawValue(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (rawValue(index.row(), index.column()).typeId() == QMetaType::QString)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QHash<int, QByteArray> FigureTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    return names;
}

QVariant FigureTableModel::toolTip(int /*row*/, int /*column*/) const
{
    return {};
}

} // namespace sphair::models
