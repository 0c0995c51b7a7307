#include "models/item/LicenseFilterProxy.h"

namespace sphair::models {

LicenseFilterProxy::LicenseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LicenseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LicenseFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_licenses = qobject_cast<LicenseTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void LicenseFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void LicenseFilterProxy::setStatusFilter(std::optional<LicenseRowStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void LicenseFilterProxy::setExpiringWithinDays(std::optional<int> days)
{
    if (days == m_expiringDays)
        return;
    m_expiringDays = days;
    invalidateRowsFilter();
}

bool LicenseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !sourceModel())
        return false;
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = m_licenses
        ? m_licenses->statusAt(sourceRow)
        : static_cast<LicenseRowStatus>(first.data(LicenseTableModel::RowStatusRole).toInt());
    if (m_status && status != *m_status)
        return false;
    if (m_expiringDays) {
        // In force now (a pending license is not in force until the server has it).
        if (status != LicenseRowStatus::Active && status != LicenseRowStatus::Expiring)
            return false;
        const QDateTime now = m_licenses ? m_licenses->now() : QDateTime::currentDateTimeUtc();
        const QDateTime expires = m_licenses
            ? m_licenses->licenseAt(sourceRow).expiresAt
            : first.data(LicenseTableModel::ExpiresAtRole).toDateTime();
        if (!expires.isValid() || expires > now.addDays(*m_expiringDays))
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    const QString key = m_licenses ? m_licenses->searchKeyAt(sourceRow)
                                   : first.data(LicenseTableModel::SearchKeyRole).toString();
    return key.contains(m_needle);
}

bool LicenseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_licenses && left.column() == right.column())
        return LicenseTableModel::lessThan(
            m_licenses->licenseAt(left.row()), m_licenses->statusAt(left.row()),
            m_licenses->licenseAt(right.row()), m_licenses->statusAt(right.row()), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sphair::models
