#include "models/item/CompanyFilterProxy.h"

#include "models/item/CompanyTableModel.h"

namespace sphair::models {

CompanyFilterProxy::CompanyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CompanyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CompanyFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_companies = qobject_cast<CompanyTableModel *>(model);
    forgetSearchHits();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Row numbers or search keys change: the remembered hits no longer apply.
    const auto forget = [this] {
        forgetSearchHits();
    };
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
        connect(model, &QAbstractItemModel::dataChanged, this, forget),
    };
}

void CompanyFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    const bool narrows = m_searchHitsValid && needle.contains(m_needle);
    m_needle = needle;
    const auto rows = static_cast<size_t>(sourceModel() ? sourceModel()->rowCount() : 0);
    if (narrows && m_searchHits.size() == rows) {
        for (SearchHit &hit : m_searchHits) {
            if (hit == SearchHit::Hit)
                hit = SearchHit::Unknown;
        }
    } else {
        m_searchHits.assign(rows, SearchHit::Unknown);
    }
    m_searchHitsValid = true;
    m_inSearchPass = true;
    // Removing many scattered rows one range at a time costs the proxy far more than
    // rebuilding its mapping and sorting what is left, so a keystroke that hides more than a
    // tenth of the shown rows rebuilds, and one that hides a few removes them.
    int hits = 0;
    for (int row = 0; row < static_cast<int>(rows); ++row)
        hits += matchesSearch(row) ? 1 : 0;
    if (rowCount() - hits > rowCount() / 10)
        invalidate();
    else
        invalidateRowsFilter();
    m_inSearchPass = false;
}

void CompanyFilterProxy::setTierFilter(std::optional<Tier> tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateRowsFilter();
}

void CompanyFilterProxy::setStatusFilter(std::optional<CompanyStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void CompanyFilterProxy::forgetSearchHits()
{
    m_searchHitsValid = false;
    m_searchHits.clear();
}

bool CompanyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_companies) {
        const Company &company = m_companies->companyAt(sourceRow);
        if ((m_tier && company.tier != *m_tier) || (m_status && company.status != *m_status))
            return false;
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_tier && index.data(CompanyTableModel::TierRole).toInt() != static_cast<int>(*m_tier))
            return false;
        if (m_status
            && index.data(CompanyTableModel::CompanyStatusRole).toInt()
                != static_cast<int>(*m_status))
            return false;
    }
    return matchesSearch(sourceRow);
}

bool CompanyFilterProxy::matchesSearch(int sourceRow) const
{
    if (m_needle.isEmpty())
        return true;
    // Only the pass a keystroke starts may trust the hits: a refilter the source asks for
    // (a changed row) runs before the proxy hears that the row changed.
    const bool remembered =
        m_inSearchPass && m_searchHitsValid && static_cast<size_t>(sourceRow) < m_searchHits.size();
    if (remembered) {
        const SearchHit known = m_searchHits[static_cast<size_t>(sourceRow)];
        if (known != SearchHit::Unknown)
            return known == SearchHit::Hit;
    }
    const bool hit = m_companies ? m_companies->searchKeyAt(sourceRow).contains(m_needle)
                                 : sourceModel()
                                       ->index(sourceRow, 0)
                                       .data(CompanyTableModel::SearchKeyRole)
                                       .toString()
                                       .contains(m_needle);
    if (remembered)
        m_searchHits[static_cast<size_t>(sourceRow)] = hit ? SearchHit::Hit : SearchHit::Miss;
    return hit;
}

bool CompanyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_companies && left.column() == right.column())
        return CompanyTableModel::lessThan(m_companies->companyAt(left.row()),
                                           m_companies->companyAt(right.row()), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sphair::models
