#include "models/item/FeatureMatrixFilterProxy.h"

#include "models/item/FeatureMatrixModel.h"

namespace sphair::models {

FeatureMatrixFilterProxy::FeatureMatrixFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FeatureMatrixModel::SortRole);
    setDynamicSortFilter(true);
}

void FeatureMatrixFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_matrix = qobject_cast<FeatureMatrixModel *>(model);
    QSortFilterProxyModel::setSourceModel(m_matrix);
}

void FeatureMatrixFilterProxy::setSearchText(const QString &text)
{
    CompanyFilter filter = m_filter;
    filter.needle = CompanyFilter::needleOf(text);
    setFilter(filter);
}

void FeatureMatrixFilterProxy::setTierFilter(std::optional<Tier> tier)
{
    CompanyFilter filter = m_filter;
    filter.tier = tier;
    setFilter(filter);
}

void FeatureMatrixFilterProxy::setStatusFilter(std::optional<CompanyStatus> status)
{
    CompanyFilter filter = m_filter;
    filter.status = status;
    setFilter(filter);
}

void FeatureMatrixFilterProxy::setFilter(const CompanyFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void FeatureMatrixFilterProxy::setDriftOnly(bool driftOnly)
{
    if (driftOnly == m_driftOnly)
        return;
    m_driftOnly = driftOnly;
    invalidateFilter();
}

bool FeatureMatrixFilterProxy::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (m_matrix == nullptr || sourceParent.isValid())
        return false;
    return m_filter.accepts(m_matrix->companyAt(sourceRow), m_matrix->searchKeyAt(sourceRow))
        && (!m_driftOnly || m_matrix->isDrifted(sourceRow));
}

bool FeatureMatrixFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_matrix == nullptr)
        return false;
    if (left.column() == FeatureMatrixModel::kCompanyColumn) {
        const int byCode =
            QString::compare(m_matrix->companyAt(left.row()).code,
                             m_matrix->companyAt(right.row()).code, Qt::CaseInsensitive);
        return byCode < 0;
    }
    // Off before on; ties by company code so that the order is stable and readable.
    const bool leftOn = m_matrix->effectiveEnabled(left.row(), left.column());
    const bool rightOn = m_matrix->effectiveEnabled(right.row(), right.column());
    if (leftOn != rightOn)
        return !leftOn;
    return QString::compare(m_matrix->companyAt(left.row()).code,
                            m_matrix->companyAt(right.row()).code, Qt::CaseInsensitive)
        < 0;
}

} // namespace sphair::models
