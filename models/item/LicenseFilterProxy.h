#pragma once

#include "models/item/LicenseTableModel.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace sphair::models {

// The licenses tab's search, status filter and "expiring within N days" filter, with typed
// sort on every column, over a LicenseTableModel.
class LicenseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LicenseFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring of the company code, the key id or the license id (jti).
    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    void setStatusFilter(std::optional<LicenseRowStatus> status);
    std::optional<LicenseRowStatus> statusFilter() const { return m_status; }
    // Only licenses still in force (active or expiring, not pending) whose expiry is at most
    // `days` after the model's now; nullopt shows every license.
    void setExpiringWithinDays(std::optional<int> days);
    std::optional<int> expiringWithinDays() const { return m_expiringDays; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    LicenseTableModel *m_licenses = nullptr;
    QString m_needle; // lower-cased
    std::optional<LicenseRowStatus> m_status;
    std::optional<int> m_expiringDays;
};

} // namespace sphair::models
