#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"

#include <QList>
#include <QMetaObject>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>
#include <vector>

namespace sphair::models {

class CompanyTableModel;

// The companies tab's search-as-you-type, tier and status filters and typed sort on every
// column, over a CompanyTableModel.
class CompanyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CompanyFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the code or the name; empty matches every company.
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    void setTierFilter(std::optional<Tier> tier);
    std::optional<Tier> tierFilter() const { return m_tier; }
    void setStatusFilter(std::optional<CompanyStatus> status);
    std::optional<CompanyStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    enum class SearchHit : unsigned char { Unknown, Hit, Miss };

    bool matchesSearch(int sourceRow) const;
    void forgetSearchHits();

    CompanyTableModel *m_companies = nullptr;
    QString m_needle; // lower-cased, compared with the source's lower-cased search keys
    std::optional<Tier> m_tier;
    std::optional<CompanyStatus> m_status;
    // While the query only grows (typing), a row that missed the shorter query misses the
    // longer one too, so a keystroke searches only the rows that still match. Any change
    // to the source rows forgets these.
    mutable std::vector<SearchHit> m_searchHits;
    bool m_searchHitsValid = false;
    bool m_inSearchPass = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace sphair::models
