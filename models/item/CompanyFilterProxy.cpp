#include "models/item/CompanyFilterProxy.h"

#include "models/item/CompanyTableModel.h"

#include <algorithm>
#include <numeric>

namespace sphair::models {

CompanyFilterProxy::CompanyFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void CompanyFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_companies = qobject_cast<CompanyTableModel *>(model);
    Q_ASSERT_X(!model || m_companies, "CompanyFilterProxy",
               "the source must be a CompanyTableModel");
    QAbstractProxyModel::setSourceModel(m_companies);
    if (m_companies) {
        using Model = QAbstractItemModel;
        m_sourceConnections = {
            connect(m_companies, &Model::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(m_companies, &Model::modelReset, this,
                    [this] {
                        sortSourceRows();
                        filterRows(false);
                        endResetModel();
                    }),
            connect(m_companies, &Model::rowsAboutToBeInserted, this,
                    &CompanyFilterProxy::beginSourceChange),
            connect(m_companies, &Model::rowsInserted, this, &CompanyFilterProxy::endSourceChange),
            connect(m_companies, &Model::rowsAboutToBeRemoved, this,
                    &CompanyFilterProxy::beginSourceChange),
            connect(m_companies, &Model::rowsRemoved, this, &CompanyFilterProxy::endSourceChange),
            connect(m_companies, &Model::rowsAboutToBeMoved, this,
                    &CompanyFilterProxy::beginSourceChange),
            connect(m_companies, &Model::rowsMoved, this, &CompanyFilterProxy::endSourceChange),
            connect(m_companies, &Model::layoutAboutToBeChanged, this,
                    &CompanyFilterProxy::beginSourceChange),
            connect(m_companies, &Model::layoutChanged, this, &CompanyFilterProxy::endSourceChange),
            connect(m_companies, &Model::dataChanged, this,
                    &CompanyFilterProxy::onSourceDataChanged),
            connect(m_companies, &Model::headerDataChanged, this, &Model::headerDataChanged),
        };
    }
    sortSourceRows();
    filterRows(false);
    endResetModel();
}

// --- filters and sort ------------------------------------------------------------------

void CompanyFilterProxy::setSearchText(const QString &text)
{
    CompanyFilter filter = m_filter;
    filter.needle = CompanyFilter::needleOf(text);
    setFilter(filter);
}

void CompanyFilterProxy::setTierFilter(std::optional<Tier> tier)
{
    CompanyFilter filter = m_filter;
    filter.tier = tier;
    setFilter(filter);
}

void CompanyFilterProxy::setStatusFilter(std::optional<CompanyStatus> status)
{
    CompanyFilter filter = m_filter;
    filter.status = status;
    setFilter(filter);
}

void CompanyFilterProxy::setFilter(const CompanyFilter &filter)
{
    if (filter == m_filter)
        return;
    // Typing on, say: a row that missed the shorter text misses the longer one too.
    const bool onlyNarrows = filter.narrows(m_filter);
    m_filter = filter;
    changeLayout([this, onlyNarrows] { filterRows(onlyNarrows); },
                 QAbstractItemModel::NoLayoutChangeHint);
}

void CompanyFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    changeLayout(
        [this] {
            sortSourceRows();
            filterRows(false);
        },
        QAbstractItemModel::VerticalSortHint);
}

bool CompanyFilterProxy::accepts(int sourceRow) const
{
    return m_filter.accepts(m_companies->companyAt(sourceRow), m_companies->searchKeyAt(sourceRow));
}

void CompanyFilterProxy::sortSourceRows()
{
    const int rows = m_companies ? m_companies->rowCount() : 0;
    m_sorted.resize(static_cast<size_t>(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (!m_companies || m_sortColumn < 0 || m_sortColumn >= CompanyTableModel::ColumnCount)
        return;
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (column == CompanyTableModel::CodeColumn || column == CompanyTableModel::NameColumn) {
        // Fold the case once per row instead of in every comparison: the same order as
        // CompanyTableModel::lessThan's case-insensitive compare, a third of the time.
        std::vector<QString> keys;
        keys.reserve(m_sorted.size());
        for (int row = 0; row < rows; ++row) {
            const Company &company = m_companies->companyAt(row);
            keys.push_back((column == CompanyTableModel::CodeColumn ? company.code : company.name)
                               .toCaseFolded());
        }
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&keys, descending](int a, int b) {
            return descending ? keys[size_t(b)] < keys[size_t(a)]
                              : keys[size_t(a)] < keys[size_t(b)];
        });
        return;
    }
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [this, column, descending](int a, int b) {
        const Company &left = m_companies->companyAt(a);
        const Company &right = m_companies->companyAt(b);
        return descending ? CompanyTableModel::lessThan(right, left, column)
                          : CompanyTableModel::lessThan(left, right, column);
    });
}

void CompanyFilterProxy::filterRows(bool onlyNarrows)
{
    const size_t rows = m_sorted.size();
    std::vector<int> shown;
    if (m_filter.isEmpty()) {
        shown = m_sorted;
    } else {
        // Test the rows in source order (the companies and their search keys lie in memory in
        // that order, so this pass streams), then pick the kept ones in sort order.
        std::vector<unsigned char> keep(rows, 0);
        for (size_t row = 0; row < rows; ++row) {
            if (!onlyNarrows || m_proxyRowOf[row] >= 0)
                keep[row] = accepts(static_cast<int>(row)) ? 1 : 0;
        }
        shown.reserve(onlyNarrows ? m_shown.size() : rows);
        for (int row : m_sorted) {
            if (keep[static_cast<size_t>(row)])
                shown.push_back(row);
        }
    }
    m_shown = std::move(shown);
    m_proxyRowOf.assign(rows, -1);
    for (size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow)
        m_proxyRowOf[static_cast<size_t>(m_shown[proxyRow])] = static_cast<int>(proxyRow);
}

template<typename Change>
void CompanyFilterProxy::changeLayout(Change &&change, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_shown[static_cast<size_t>(index.row())]);
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRowOf[static_cast<size_t>(sourceRows[static_cast<size_t>(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

// --- source changes ----------------------------------------------------------------------

void CompanyFilterProxy::beginSourceChange()
{
    if (m_sourceChangeDepth++ > 0)
        return;
    emit layoutAboutToBeChanged();
    m_pendingPersistent.clear();
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent)
        m_pendingPersistent.emplace_back(
            index, QPersistentModelIndex(m_companies->index(m_shown[size_t(index.row())], 0)));
}

void CompanyFilterProxy::endSourceChange()
{
    if (m_sourceChangeDepth == 0 || --m_sourceChangeDepth > 0)
        return;
    sortSourceRows();
    filterRows(false);
    QModelIndexList before;
    QModelIndexList after;
    for (const auto &[proxyIndex, source] : m_pendingPersistent) {
        before.append(proxyIndex);
        const int row = source.isValid() ? m_proxyRowOf[static_cast<size_t>(source.row())] : -1;
        after.append(row < 0 ? QModelIndex() : createIndex(row, proxyIndex.column()));
    }
    m_pendingPersistent.clear();
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void CompanyFilterProxy::onSourceDataChanged(const QModelIndex &topLeft,
                                             const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    // A changed company may now sort elsewhere or fall out of (or into) the filter: redo both
    // quietly; only when the shown rows moved is it announced as a layout change.
    std::vector<int> sorted = m_sorted;
    std::vector<int> shown = m_shown;
    std::vector<int> proxyRowOf = m_proxyRowOf;
    sortSourceRows();
    filterRows(false);
    if (m_shown != shown) {
        // Back to the old rows, so the layout change maps persistent indexes from them.
        std::swap(sorted, m_sorted);
        std::swap(shown, m_shown);
        std::swap(proxyRowOf, m_proxyRowOf);
        changeLayout(
            [&] {
                m_sorted = std::move(sorted);
                m_shown = std::move(shown);
                m_proxyRowOf = std::move(proxyRowOf);
            },
            QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = m_proxyRowOf[static_cast<size_t>(row)];
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()),
                             index(proxyRow, bottomRight.column()), roles);
    }
}

// --- the model interface -------------------------------------------------------------------

QModelIndex CompanyFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CompanyFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CompanyFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CompanyFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int CompanyFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_companies ? 0 : m_companies->columnCount();
}

bool CompanyFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CompanyFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_companies)
        return {};
    if (orientation == Qt::Horizontal)
        return m_companies->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return {};
}

QModelIndex CompanyFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_companies || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= rowCount())
        return {};
    return m_companies->index(m_shown[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CompanyFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_companies || !sourceIndex.isValid() || sourceIndex.model() != m_companies
        || static_cast<size_t>(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace sphair::models
