#include "models/item/LicenseTableModel.h"

#include <QBrush>
#include <QCoreApplication>

namespace sphair::models {

namespace {

QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().date().toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

LicenseRowStatus rowStatusOf(LicenseDisplayStatus status)
{
    switch (status) {
    case LicenseDisplayStatus::Scheduled:
        return LicenseRowStatus::Scheduled;
    case LicenseDisplayStatus::Expiring:
        return LicenseRowStatus::Expiring;
    case LicenseDisplayStatus::Grace:
        return LicenseRowStatus::Grace;
    case LicenseDisplayStatus::Expired:
        return LicenseRowStatus::Expired;
    case LicenseDisplayStatus::Revoked:
        return LicenseRowStatus::Revoked;
    case LicenseDisplayStatus::Superseded:
        return LicenseRowStatus::Superseded;
    case LicenseDisplayStatus::None:
    case LicenseDisplayStatus::Active:
        break;
    }
    return LicenseRowStatus::Active;
}

} // namespace

QString licenseRowStatusCode(LicenseRowStatus status)
{
    switch (status) {
    case LicenseRowStatus::Scheduled:
        return QStringLiteral("scheduled");
    case LicenseRowStatus::Active:
        return QStringLiteral("active");
    case LicenseRowStatus::Expiring:
        return QStringLiteral("expiring");
    case LicenseRowStatus::Grace:
        return QStringLiteral("grace");
    case LicenseRowStatus::Expired:
        return QStringLiteral("expired");
    case LicenseRowStatus::Revoked:
        return QStringLiteral("revoked");
    case LicenseRowStatus::Superseded:
        return QStringLiteral("superseded");
    case LicenseRowStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString licenseRowStatusDisplayName(LicenseRowStatus status)
{
    switch (status) {
    case LicenseRowStatus::Scheduled:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Scheduled);
    case LicenseRowStatus::Active:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Active);
    case LicenseRowStatus::Expiring:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Expiring);
    case LicenseRowStatus::Grace:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Grace);
    case LicenseRowStatus::Expired:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Expired);
    case LicenseRowStatus::Revoked:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Revoked);
    case LicenseRowStatus::Superseded:
        return licenseDisplayStatusDisplayName(LicenseDisplayStatus::Superseded);
    case LicenseRowStatus::Pending:
        return QCoreApplication::translate("sphair::models::LicenseTableModel",
                                           "Pending registration");
    }
    return {};
}

const QList<LicenseRowStatus> &allLicenseRowStatuses()
{
    static const QList<LicenseRowStatus> all {
        LicenseRowStatus::Scheduled,  LicenseRowStatus::Active,  LicenseRowStatus::Expiring,
        LicenseRowStatus::Grace,      LicenseRowStatus::Expired, LicenseRowStatus::Revoked,
        LicenseRowStatus::Superseded, LicenseRowStatus::Pending,
    };
    return all;
}

// Green while usable, amber and orange as it runs out, red once the tenant is locked out,
// grey for what has been replaced or is not valid yet, blue for what waits in the outbox.
QColor LicenseTableModel::statusForeground(LicenseRowStatus status)
{
    switch (status) {
    case LicenseRowStatus::Active:
        return QColor(0x1b, 0x5e, 0x20);
    case LicenseRowStatus::Expiring:
        return QColor(0x8a, 0x5a, 0x00);
    case LicenseRowStatus::Grace:
        return QColor(0xb3, 0x40, 0x00);
    case LicenseRowStatus::Expired:
        return QColor(0xb7, 0x1c, 0x1c);
    case LicenseRowStatus::Revoked:
        return QColor(0x88, 0x0e, 0x4f);
    case LicenseRowStatus::Superseded:
        return QColor(0x61, 0x61, 0x61);
    case LicenseRowStatus::Scheduled:
        return QColor(0x37, 0x47, 0x4f);
    case LicenseRowStatus::Pending:
        return QColor(0x0d, 0x47, 0xa1);
    }
    return {};
}

QColor LicenseTableModel::statusBackground(LicenseRowStatus status)
{
    switch (status) {
    case LicenseRowStatus::Active:
        return QColor(0xe8, 0xf5, 0xe9);
    case LicenseRowStatus::Expiring:
        return QColor(0xff, 0xf8, 0xe1);
    case LicenseRowStatus::Grace:
        return QColor(0xff, 0xe0, 0xb2);
    case LicenseRowStatus::Expired:
        return QColor(0xff, 0xeb, 0xee);
    case LicenseRowStatus::Revoked:
        return QColor(0xf8, 0xd7, 0xe8);
    case LicenseRowStatus::Superseded:
        return QColor(0xee, 0xee, 0xee);
    case LicenseRowStatus::Scheduled:
        return QColor(0xec, 0xef, 0xf1);
    case LicenseRowStatus::Pending:
        return QColor(0xe3, 0xf2, 0xfd);
    }
    return {};
}

LicenseTableModel::LicenseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int LicenseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LicenseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LicenseTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    statusesChanged();
}

QDateTime LicenseTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void LicenseTableModel::setExpiringWithinDays(int days)
{
    if (days == m_expiringDays)
        return;
    m_expiringDays = days;
    statusesChanged();
}

void LicenseTableModel::statusesChanged()
{
    if (m_rows.empty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

LicenseRowStatus LicenseTableModel::statusAt(int row) const
{
    const Row &entry = m_rows[place(row)];
    if (entry.pending)
        return LicenseRowStatus::Pending;
    return rowStatusOf(entry.record.displayStatus(now(), m_expiringDays));
}

QVariant LicenseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[place(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, statusAt(index.row()), column);
    case Qt::ToolTipRole:
        return toolTipData(row, statusAt(index.row()), column);
    case Qt::ForegroundRole:
        if (column == StatusColumn || column == ExpiresColumn)
            return QBrush(statusForeground(statusAt(index.row())));
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return QBrush(statusBackground(statusAt(index.row())));
        return {};
    case Qt::TextAlignmentRole:
        if (column == UsersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(row, statusAt(index.row()), column);
    case SearchKeyRole:
        return row.searchKey;
    case RowStatusRole:
        return static_cast<int>(statusAt(index.row()));
    case IdRole:
        return row.record.id;
    case PendingRole:
        return row.pending;
    case ExpiresAtRole:
        return row.record.expiresAt;
    default:
        return {};
    }
}

QVariant LicenseTableModel::displayData(const Row &row, LicenseRowStatus status, int column) const
{
    const LicenseRecord &license = row.record;
    switch (column) {
    case CompanyColumn:
        return license.companyCode.isEmpty() ? license.companyId.toString(QUuid::WithoutBraces)
                                             : license.companyCode;
    case TierColumn:
        return tierDisplayName(license.tier);
    case UsersColumn:
        return license.maxUsers;
    case StatusColumn:
        return licenseRowStatusDisplayName(status);
    case ExpiresColumn:
        return isoDate(license.expiresAt);
    case IssuedColumn:
        return isoDate(license.issuedAt);
    case KeyColumn:
        return shortKey(license);
    default:
        return {};
    }
}

QVariant LicenseTableModel::sortData(const Row &row, LicenseRowStatus status, int column) const
{
    const LicenseRecord &license = row.record;
    switch (column) {
    case CompanyColumn:
        return license.companyCode;
    case TierColumn:
        return static_cast<int>(license.tier);
    case UsersColumn:
        return license.maxUsers;
    case StatusColumn:
        return static_cast<int>(status);
    case ExpiresColumn:
        return license.expiresAt;
    case IssuedColumn:
        return license.issuedAt;
    case KeyColumn:
        return license.kid;
    default:
        return {};
    }
}

QVariant LicenseTableModel::toolTipData(const Row &row, LicenseRowStatus status, int column) const
{
    const LicenseRecord &license = row.record;
    switch (column) {
    case StatusColumn:
        if (status == LicenseRowStatus::Pending)
            return tr("Signed here but not registered with the platform yet; it waits in the "
                      "outbox.");
        if (status == LicenseRowStatus::Revoked)
            return tr("Revoked %1: %2").arg(isoTime(license.revokedAt), license.revokeReason);
        return tr("%1; valid %2 to %3, grace %n day(s)", nullptr, license.graceDays)
            .arg(licenseRowStatusDisplayName(status), isoTime(license.notBefore),
                 isoTime(license.expiresAt));
    case ExpiresColumn:
        return tr("Expires %1; honoured until %2")
            .arg(isoTime(license.expiresAt), isoTime(license.graceEndsAt()));
    case KeyColumn:
        return tr("%1, issue #%2").arg(license.kid).arg(license.seq);
    case CompanyColumn:
        return tr("License %1").arg(license.id.toString(QUuid::WithoutBraces));
    default:
        return {};
    }
}

QVariant LicenseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case TierColumn:
        return tr("Tier");
    case UsersColumn:
        return tr("Users");
    case StatusColumn:
        return tr("Status");
    case ExpiresColumn:
        return tr("Expires");
    case IssuedColumn:
        return tr("Issued");
    case KeyColumn:
        return tr("Key");
    default:
        return {};
    }
}

QHash<int, QByteArray> LicenseTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SearchKeyRole, "searchKey");
    names.insert(RowStatusRole, "rowStatus");
    names.insert(IdRole, "licenseId");
    names.insert(PendingRole, "pending");
    names.insert(ExpiresAtRole, "expiresAt");
    return names;
}

bool LicenseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetchRequested;
}

void LicenseTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchRequested = true;
    emit fetchMoreRequested();
}

void LicenseTableModel::setLicenses(QList<LicenseRecord> licenses, bool hasMore)
{
    beginResetModel();
    m_rows.resize(static_cast<size_t>(m_pendingCount));
    appendServerRows(std::move(licenses));
    m_hasMore = hasMore;
    m_fetchRequested = false;
    reindex();
    endResetModel();
}

void LicenseTableModel::appendPage(QList<LicenseRecord> licenses, bool hasMore)
{
    m_hasMore = hasMore;
    m_fetchRequested = false;
    if (licenses.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(licenses.size()) - 1);
    appendServerRows(std::move(licenses));
    reindex();
    endInsertRows();
}

void LicenseTableModel::setPendingLicenses(QList<LicenseRecord> licenses)
{
    if (m_pendingCount > 0) {
        beginRemoveRows({}, 0, m_pendingCount - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + m_pendingCount);
        m_pendingCount = 0;
        reindex();
        endRemoveRows();
    }
    if (licenses.isEmpty())
        return;
    std::vector<Row> pending;
    pending.reserve(static_cast<size_t>(licenses.size()));
    for (LicenseRecord &license : licenses) {
        QString key = searchKey(license);
        pending.push_back(Row {std::move(license), true, std::move(key)});
    }
    beginInsertRows({}, 0, static_cast<int>(pending.size()) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(pending.begin()),
                  std::make_move_iterator(pending.end()));
    m_pendingCount = static_cast<int>(pending.size());
    reindex();
    endInsertRows();
}

bool LicenseTableModel::updateLicense(const LicenseRecord &license)
{
    const int row = m_serverRowById.value(license.id, -1);
    if (row < 0 || license.id.isNull())
        return false;
    Row &target = m_rows[place(row)];
    target.record = license;
    target.searchKey = searchKey(license);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int LicenseTableModel::rowOf(const QUuid &id) const
{
    const int server = m_serverRowById.value(id, -1);
    return server >= 0 ? server : m_pendingRowById.value(id, -1);
}

void LicenseTableModel::appendServerRows(QList<LicenseRecord> &&licenses)
{
    m_rows.reserve(m_rows.size() + static_cast<size_t>(licenses.size()));
    for (LicenseRecord &license : licenses) {
        QString key = searchKey(license);
        m_rows.push_back(Row {std::move(license), false, std::move(key)});
    }
}

void LicenseTableModel::reindex()
{
    m_serverRowById.clear();
    m_pendingRowById.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (row.record.id.isNull())
            continue;
        (row.pending ? m_pendingRowById : m_serverRowById)
            .insert(row.record.id, static_cast<int>(i));
    }
}

QString LicenseTableModel::searchKey(const LicenseRecord &license)
{
    // Newlines keep a query from matching across the end of one field and the next.
    return (license.companyCode + u'\n' + license.kid + u'\n'
            + license.id.toString(QUuid::WithoutBraces))
        .toLower();
}

QString LicenseTableModel::shortKey(const LicenseRecord &license)
{
    static const QLatin1String prefix("k4.pid.");
    QString key = license.kid;
    if (key.startsWith(prefix))
        key = key.mid(prefix.size());
    constexpr int kShown = 8;
    if (key.size() > kShown)
        key = key.left(kShown) + QChar(0x2026);
    return QStringLiteral("%1 #%2").arg(key).arg(license.seq);
}

bool LicenseTableModel::lessThan(const LicenseRecord &left, LicenseRowStatus leftStatus,
                                 const LicenseRecord &right, LicenseRowStatus rightStatus,
                                 int column)
{
    switch (column) {
    case CompanyColumn:
        return left.companyCode.compare(right.companyCode, Qt::CaseInsensitive) < 0;
    case TierColumn:
        return left.tier < right.tier;
    case UsersColumn:
        return left.maxUsers < right.maxUsers;
    case StatusColumn:
        return leftStatus < rightStatus;
    case ExpiresColumn:
        return left.expiresAt < right.expiresAt;
    case IssuedColumn:
        return left.issuedAt < right.issuedAt;
    case KeyColumn:
        if (left.kid != right.kid)
            return left.kid < right.kid;
        return left.seq < right.seq;
    default:
        return false;
    }
}

} // namespace sphair::models
