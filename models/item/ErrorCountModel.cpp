#include "models/item/ErrorCountModel.h"

#include <QLocale>

namespace sphair::models {

ErrorCountModel::ErrorCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ErrorCountModel::setErrors(QList<ErrorCount> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    m_total = 0;
    for (const ErrorCount &error : std::as_const(m_errors))
        m_total += error.count;
    endResetModel();
}

int ErrorCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ErrorCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ErrorCountModel::share(const ErrorCount &error) const
{
    return m_total > 0 ? double(error.count) * 100 / double(m_total) : 0;
}

QVariant ErrorCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorCount &error = m_errors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return error.code;
        case CountColumn:
            return QLocale().toString(error.count);
        default:
            return QLocale().toString(share(error), 'f', 1);
        }
    case SortRole:
        switch (index.column()) {
        case CodeColumn:
            return error.code;
        case CountColumn:
            return error.count;
        default:
            return share(error);
        }
    case Qt::TextAlignmentRole:
        return index.column() == CodeColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ErrorCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Error code");
    case CountColumn:
        return tr("Count");
    case ShareColumn:
        return tr("Share (%)");
    default:
        return {};
    }
}

QHash<int, QByteArray> ErrorCountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace sphair::models
