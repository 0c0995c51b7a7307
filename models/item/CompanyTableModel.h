#pragma once

#include "models/domain/Company.h"
#include "models/domain/Result.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUuid>

#include <vector>

namespace sphair::models {

// The companies tab's table: the server's paged company list, one row per company.
class CompanyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        TierColumn,
        UsersColumn,
        LicenseStatusColumn,
        LicenseExpiryColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value of the cell (QString, int, QDateTime)
        SearchKeyRole, // lower-cased "code\nname", precomputed for search-as-you-type
        TierRole, // int(Tier), any column
        CompanyStatusRole, // int(CompanyStatus), any column
        IdRole, // QUuid, any column
    };

    explicit CompanyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // More rows exist on the server and none has been requested yet.
    bool canFetchMore(const QModelIndex &parent) const override;
    // Asks the client for the next page through fetchMoreRequested(); the client answers
    // with appendPage() (an empty page with hasMore re-arms fetching after a failure).
    void fetchMore(const QModelIndex &parent) override;

    // Replaces every row; nothing more to fetch unless `hasMore`.
    void setCompanies(QList<Company> companies, bool hasMore = false);
    // Appends the next page of the server's list. A company already listed (offset paging
    // shifts when companies are created meanwhile) is updated in place, not listed twice.
    void appendPage(QList<Company> companies, bool hasMore);
    // Replaces every row with a wire page ({"items": [...], "next_cursor": …}); on error the
    // model keeps its rows.
    Status loadFromJson(const QByteArray &json);
    // Replaces the row with the same id in place; false when no row has that id.
    bool updateCompany(const Company &company);
    // Lists a company the console created: updated in place when already listed, else
    // appended as the last row. A company without an id is ignored.
    void addCompany(const Company &company);
    // Removes the row with this id (a deleted company); false when no row has it.
    bool removeCompany(const QUuid &id);

    const Company &companyAt(int row) const { return m_rows[static_cast<size_t>(row)].company; }
    const QString &searchKeyAt(int row) const { return m_rows[static_cast<size_t>(row)].searchKey; }
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    bool hasMore() const { return m_hasMore; }

    // Whether `left` sorts before `right` in `column`, comparing the raw typed values.
    static bool lessThan(const Company &left, const Company &right, int column);
    static QString searchKey(const Company &company);

signals:
    void fetchMoreRequested();

private:
    struct Row
    {
        Company company;
        QString searchKey;
    };

    void appendRows(QList<Company> &&companies);
    QVariant displayData(const Company &company, int column) const;
    QVariant sortData(const Company &company, int column) const;
    QVariant toolTipData(const Company &company, int column) const;

    std::vector<Row> m_rows;
    QHash<QUuid, int> m_rowById;
    bool m_hasMore = false;
    bool m_fetchRequested = false;
};

} // namespace sphair::models
