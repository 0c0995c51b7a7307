#pragma once

#include "models/domain/LicenseRecord.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <vector>

namespace sphair::models {

// How a row of the licenses table stands: the registered license's display status, or
// Pending for a signed license the server has not registered yet (it waits in the outbox).
enum class LicenseRowStatus {
    Scheduled,
    Active,
    Expiring,
    Grace,
    Expired,
    Revoked,
    Superseded,
    Pending,
};

QString licenseRowStatusCode(LicenseRowStatus status);
QString licenseRowStatusDisplayName(LicenseRowStatus status);
const QList<LicenseRowStatus> &allLicenseRowStatuses();

// The licenses tab's table: pending licenses from the outbox first, then the server's paged
// license list (newest first), one row per license.
class LicenseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        TierColumn,
        UsersColumn,
        StatusColumn,
        ExpiresColumn,
        IssuedColumn,
        KeyColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value of the cell (QString, int, QDateTime)
        SearchKeyRole, // lower-cased "company code\nkid\njti"
        RowStatusRole, // int(LicenseRowStatus), any column
        IdRole, // QUuid (the jti), any column
        PendingRole, // bool, any column
        ExpiresAtRole, // QDateTime, any column
    };

    explicit LicenseTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchMore(const QModelIndex &parent) const override;
    // Asks for the next page through fetchMoreRequested(); answered with appendPage() (an
    // empty page with hasMore re-arms fetching after a failure).
    void fetchMore(const QModelIndex &parent) override;

    // The moment statuses are computed for; an invalid time (the default) means "the clock
    // now", read whenever a status is needed. Tests fix it.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    // Active licenses ending within this many days show as expiring (default 30).
    void setExpiringWithinDays(int days);
    int expiringWithinDays() const { return m_expiringDays; }

    // Replaces the server's rows (pending rows stay); nothing more to fetch unless `hasMore`.
    void setLicenses(QList<LicenseRecord> licenses, bool hasMore = false);
    void appendPage(QList<LicenseRecord> licenses, bool hasMore);
    // Replaces the pending rows (licenses signed here, waiting in the outbox).
    void setPendingLicenses(QList<LicenseRecord> licenses);
    // Replaces the server row with the same id in place; false when there is none.
    bool updateLicense(const LicenseRecord &license);

    const LicenseRecord &licenseAt(int row) const { return m_rows[place(row)].record; }
    bool isPendingAt(int row) const { return m_rows[place(row)].pending; }
    LicenseRowStatus statusAt(int row) const;
    const QString &searchKeyAt(int row) const { return m_rows[place(row)].searchKey; }
    // The server row with this id, else the pending one; -1 when neither.
    int rowOf(const QUuid &id) const;
    int pendingCount() const { return m_pendingCount; }
    bool hasMore() const { return m_hasMore; }

    static bool lessThan(const LicenseRecord &left, LicenseRowStatus leftStatus,
                         const LicenseRecord &right, LicenseRowStatus rightStatus, int column);
    static QString searchKey(const LicenseRecord &license);
    // "k4.pid.AbCdEfGh… #12": enough of the key id to tell keys apart, and the seq.
    static QString shortKey(const LicenseRecord &license);
    static QColor statusForeground(LicenseRowStatus status);
    static QColor statusBackground(LicenseRowStatus status);

signals:
    void fetchMoreRequested();

private:
    struct Row
    {
        LicenseRecord record;
        bool pending = false;
        QString searchKey;
    };

    static size_t place(int row) { return static_cast<size_t>(row); }
    void appendServerRows(QList<LicenseRecord> &&licenses);
    void reindex();
    void statusesChanged();
    QVariant displayData(const Row &row, LicenseRowStatus status, int column) const;
    QVariant sortData(const Row &row, LicenseRowStatus status, int column) const;
    QVariant toolTipData(const Row &row, LicenseRowStatus status, int column) const;

    std::vector<Row> m_rows; // [0, m_pendingCount) pending, then the server's rows
    int m_pendingCount = 0;
    QHash<QUuid, int> m_serverRowById;
    QHash<QUuid, int> m_pendingRowById;
    QDateTime m_now;
    int m_expiringDays = LicenseRecord::kDefaultExpiringDays;
    bool m_hasMore = false;
    bool m_fetchRequested = false;
};

} // namespace sphair::models
