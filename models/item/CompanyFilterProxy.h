#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"
#include "models/item/CompanyFilter.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace sphair::models {

class CompanyTableModel;

// The companies tab's search-as-you-type, tier and status filters and typed sort on every
// column, over a CompanyTableModel (the only source it accepts).
//
// A flat proxy built for long lists: the source rows are sorted once per sort (or source
// change) and every filter change is one pass over that order, announced as a layout change.
// QSortFilterProxyModel re-sorts what is left after each filter change and removes hidden rows
// range by range, which made the first keystroke over 100,000 companies cost ~150 ms.
class CompanyFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CompanyFilterProxy(QObject *parent = nullptr);

    // Must be a CompanyTableModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the code or the name; empty matches every company.
    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.needle; }
    void setTierFilter(std::optional<Tier> tier);
    std::optional<Tier> tierFilter() const { return m_filter.tier; }
    void setStatusFilter(std::optional<CompanyStatus> status);
    std::optional<CompanyStatus> statusFilter() const { return m_filter.status; }
    void setFilter(const CompanyFilter &filter);
    const CompanyFilter &filter() const { return m_filter; }

    // -1: the source's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(int sourceRow) const;
    // Sorts every source row by the sort column (stable: ties keep the source order).
    void sortSourceRows();
    // Recomputes the shown rows from the sorted order, or only from the shown ones when the
    // change can only hide rows (the search text grew).
    void filterRows(bool onlyNarrows);
    // Wraps a change of the shown rows in layoutAboutToBeChanged/layoutChanged, moving the
    // persistent indexes (selection, current row) to where their companies now are.
    template<typename Change>
    void changeLayout(Change &&change, QAbstractItemModel::LayoutChangeHint hint);

    // The source is about to change / has changed rows: the same layout change, split in two
    // because the source's row numbers move in between.
    void beginSourceChange();
    void endSourceChange();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    CompanyTableModel *m_companies = nullptr;
    CompanyFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_sorted; // every source row, in sort order
    std::vector<int> m_shown; // proxy row → source row
    std::vector<int> m_proxyRowOf; // source row → proxy row, -1 when hidden

    // Held between beginSourceChange() and endSourceChange(): each persistent proxy index
    // with its company's source row, tracked by the source across the change.
    std::vector<std::pair<QModelIndex, QPersistentModelIndex>> m_pendingPersistent;
    int m_sourceChangeDepth = 0;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace sphair::models
