#include "models/item/ChartDataModel.h"

#include <QMetaType>

namespace sphair::models {

int ChartDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant ChartDataModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_headers.size())
        return {};
    return m_rows.at(row).value(column);
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole: {
        const int type = value(index.row(), index.column()).typeId();
        const bool number =
            type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    default:
        return roleData(index.row(), index.column(), role);
    }
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_headers.value(section);
}

QVariant ChartDataModel::roleData(int row, int column, int role) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(role)
    return {};
}

void ChartDataModel::setTable(QStringList headers, QList<QVariantList> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    for (QVariantList &row : m_rows)
        row.resize(m_headers.size());
    endResetModel();
}

} // namespace sphair::models
