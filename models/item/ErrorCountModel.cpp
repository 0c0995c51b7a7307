#include "models/item/ErrorCountModel.h"

namespace sphair::models {

ErrorCountModel::ErrorCountModel(QObject *parent)
    : FigureTableModel(ColumnCount, parent)
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

int ErrorCountModel::rows() const
{
    return int(m_errors.size());
}

QVariant ErrorCountModel::rawValue(int row, int column) const
{
    const ErrorCount &error = m_errors.at(row);
    switch (column) {
    case CodeColumn:
        return error.code;
    case CountColumn:
        return error.count;
    case ShareColumn:
        return m_total > 0 ? double(error.count) * 100 / double(m_total) : 0.0;
    default:
        return {};
    }
}

QString ErrorCountModel::columnTitle(int column) const
{
    switch (column) {
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

} // namespace sphair::models
