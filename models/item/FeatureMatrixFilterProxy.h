#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"
#include "models/item/CompanyFilter.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace sphair::models {

class FeatureMatrixModel;

// The features tab's filters over a FeatureMatrixModel: search (code or name), tier, company
// status, and "drift" (companies whose features differ from their tier template, staged
// edits included), with typed sorting on every column.
class FeatureMatrixFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FeatureMatrixFilterProxy(QObject *parent = nullptr);

    // Must be a FeatureMatrixModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the code or the name; empty matches every company.
    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.needle; }
    void setTierFilter(std::optional<Tier> tier);
    std::optional<Tier> tierFilter() const { return m_filter.tier; }
    void setStatusFilter(std::optional<CompanyStatus> status);
    std::optional<CompanyStatus> statusFilter() const { return m_filter.status; }
    void setDriftOnly(bool driftOnly);
    bool driftOnly() const { return m_driftOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FeatureMatrixModel *m_matrix = nullptr;
    void setFilter(const CompanyFilter &filter);

    CompanyFilter m_filter;
    bool m_driftOnly = false;
};

} // namespace sphair::models
