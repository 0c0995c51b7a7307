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
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

void FeatureMatrixFilterProxy::setTierFilter(std::optional<Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateFilter();
}

void FeatureMatrixFilterProxy::setStatusFilter(std::optional<CompanyStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
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
    const Company &company = m_matrix->companyAt(sourceRow);
    if (m_tier && company.tier != *m_tier)
        return false;
    if (m_status && company.status != *m_status)
        return false;
    if (!m_needle.isEmpty() && !m_matrix->searchKeyAt(sourceRow).contains(m_needle))
        return false;
    return !m_driftOnly || m_matrix->isDrifted(sourceRow);
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
