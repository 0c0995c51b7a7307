#include "models/item/LicenseTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

LicenseRecord makeLicense(int number, const QString &code, int expiresInDays)
{
    LicenseRecord license;
    license.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
    license.companyId = QUuid::fromString(
        QStringLiteral("10000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
    license.companyCode = code;
    license.kid = QStringLiteral("k4.pid.ABCDEFGHIJKLMNOP%1").arg(number);
    license.seq = number;
    license.tier = Tier::Medium;
    license.maxUsers = 20 + number;
    license.features = {QStringLiteral("inventory")};
    license.issuedAt = kNow.addDays(-100);
    license.notBefore = kNow.addDays(-100);
    license.expiresAt = kNow.addDays(expiresInDays);
    license.graceDays = 14;
    return license;
}

// One license for each status a row can show, in LicenseRowStatus order (pending aside).
QList<LicenseRecord> everyStatus()
{
    LicenseRecord scheduled = makeLicense(1, QStringLiteral("SCHED"), 400);
    scheduled.notBefore = kNow.addDays(5);
    LicenseRecord active = makeLicense(2, QStringLiteral("ACTIVE"), 200);
    LicenseRecord expiring = makeLicense(3, QStringLiteral("SOON"), 10);
    LicenseRecord grace = makeLicense(4, QStringLiteral("GRACE"), -3);
    LicenseRecord expired = makeLicense(5, QStringLiteral("GONE"), -30);
    LicenseRecord revoked = makeLicense(6, QStringLiteral("REVOKED"), 200);
    revoked.status = LicenseRecordStatus::Revoked;
    revoked.revokedAt = kNow.addDays(-1);
    revoked.revokeReason = QStringLiteral("customer left");
    LicenseRecord superseded = makeLicense(7, QStringLiteral("OLD"), 200);
    superseded.status = LicenseRecordStatus::Superseded;
    return {scheduled, active, expiring, grace, expired, revoked, superseded};
}

} // namespace

// LicenseTableModel: cells, colour-coded statuses at a fixed now, pending rows from the
// outbox before the server's rows, and paging.
class TestLicenseTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<LicenseTableModel>();
        m_model->setNow(kNow);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headers()
    {
        QCOMPARE(m_model->columnCount(), int(LicenseTableModel::ColumnCount));
        for (int column = 0; column < m_model->columnCount(); ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(m_model->headerData(LicenseTableModel::CompanyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Company"));
    }

    void cells()
    {
        m_model->setLicenses({makeLicense(2, QStringLiteral("ACME-01"), 200)});
        const auto cell = [this](int column, int role = Qt::DisplayRole) {
            return m_model->index(0, column).data(role);
        };
        QCOMPARE(cell(LicenseTableModel::CompanyColumn).toString(), QStringLiteral("ACME-01"));
        QCOMPARE(cell(LicenseTableModel::TierColumn).toString(), tierDisplayName(Tier::Medium));
        QCOMPARE(cell(LicenseTableModel::UsersColumn).toInt(), 22);
        QCOMPARE(cell(LicenseTableModel::StatusColumn).toString(),
                 licenseDisplayStatusDisplayName(LicenseDisplayStatus::Active));
        QCOMPARE(cell(LicenseTableModel::ExpiresColumn).toString(), QStringLiteral("2026-09-17"));
        QCOMPARE(cell(LicenseTableModel::IssuedColumn).toString(), QStringLiteral("2025-11-21"));
        QCOMPARE(cell(LicenseTableModel::KeyColumn).toString(),
                 QStringLiteral("ABCDEFGH") + QChar(0x2026) + QStringLiteral(" #2"));
        QCOMPARE(cell(LicenseTableModel::ExpiresColumn, LicenseTableModel::SortRole).toDateTime(),
                 kNow.addDays(200));
        QCOMPARE(cell(LicenseTableModel::StatusColumn, LicenseTableModel::RowStatusRole).toInt(),
                 int(LicenseRowStatus::Active));
        QCOMPARE(cell(LicenseTableModel::KeyColumn, LicenseTableModel::IdRole).toUuid(),
                 makeLicense(2, {}, 0).id);
        QCOMPARE(cell(LicenseTableModel::TierColumn, LicenseTableModel::SearchKeyRole).toString(),
                 QStringLiteral("acme-01\nk4.pid.abcdefghijklmnop2\n"
                                "00000000-0000-4000-8000-000000000002"));
        QVERIFY(!cell(LicenseTableModel::StatusColumn, LicenseTableModel::PendingRole).toBool());
        QVERIFY(!cell(LicenseTableModel::StatusColumn, Qt::ToolTipRole).toString().isEmpty());
    }

    void everyStatusHasItsOwnColours()
    {
        m_model->setLicenses(everyStatus());
        LicenseRecord pending = makeLicense(8, QStringLiteral("NEW"), 365);
        m_model->setPendingLicenses({pending});
        QCOMPARE(m_model->rowCount(), 8);

        QList<LicenseRowStatus> statuses;
        QSet<QRgb> foregrounds;
        QSet<QRgb> backgrounds;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex status = m_model->index(row, LicenseTableModel::StatusColumn);
            statuses.append(static_cast<LicenseRowStatus>(
                status.data(LicenseTableModel::RowStatusRole).toInt()));
            QCOMPARE(status.data().toString(), licenseRowStatusDisplayName(statuses.last()));
            foregrounds.insert(status.data(Qt::ForegroundRole).value<QBrush>().color().rgb());
            backgrounds.insert(status.data(Qt::BackgroundRole).value<QBrush>().color().rgb());
        }
        // The pending row comes first, then the server's rows as given.
        const QList<LicenseRowStatus> expected {
            LicenseRowStatus::Pending,  LicenseRowStatus::Scheduled,  LicenseRowStatus::Active,
            LicenseRowStatus::Expiring, LicenseRowStatus::Grace,      LicenseRowStatus::Expired,
            LicenseRowStatus::Revoked,  LicenseRowStatus::Superseded,
        };
        QCOMPARE(statuses, expected);
        QCOMPARE(foregrounds.size(), 8);
        QCOMPARE(backgrounds.size(), 8);
        QVERIFY(m_model->isPendingAt(0));
        QVERIFY(m_model->index(0, 0).data(LicenseTableModel::PendingRole).toBool());
        // Columns other than the status keep the view's colours.
        QVERIFY(!m_model->index(2, LicenseTableModel::CompanyColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
    }

    void nowAndWarningPeriodAreInjectable()
    {
        m_model->setLicenses({makeLicense(3, QStringLiteral("SOON"), 10)});
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(m_model->statusAt(0), LicenseRowStatus::Expiring);
        m_model->setExpiringWithinDays(7);
        QCOMPARE(m_model->statusAt(0), LicenseRowStatus::Active);
        QCOMPARE(changes.count(), 1);
        m_model->setNow(kNow.addDays(11)); // one day past expiry, inside 14 grace days
        QCOMPARE(m_model->statusAt(0), LicenseRowStatus::Grace);
        m_model->setNow(kNow.addDays(25));
        QCOMPARE(m_model->statusAt(0), LicenseRowStatus::Expired);
        QCOMPARE(changes.count(), 3);
        QCOMPARE(m_model->now(), kNow.addDays(25));
    }

    void pendingRowsStayAcrossServerReloads()
    {
        m_model->setPendingLicenses({makeLicense(9, QStringLiteral("NEW"), 365)});
        m_model->setLicenses(everyStatus().mid(0, 2));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->pendingCount(), 1);
        QCOMPARE(m_model->rowOf(makeLicense(9, {}, 0).id), 0);
        QCOMPARE(m_model->rowOf(everyStatus().at(1).id), 2);
        m_model->setLicenses({});
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->isPendingAt(0));
        m_model->setPendingLicenses({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rowOf(makeLicense(9, {}, 0).id), -1);
    }

    void updateLicenseReplacesInPlace()
    {
        m_model->setLicenses(everyStatus().mid(1, 2));
        LicenseRecord revoked = everyStatus().at(1);
        revoked.status = LicenseRecordStatus::Revoked;
        revoked.revokedAt = kNow;
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->updateLicense(revoked));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(m_model->statusAt(0), LicenseRowStatus::Revoked);
        QVERIFY(!m_model->updateLicense(makeLicense(42, QStringLiteral("NOPE"), 1)));
    }

    void fetchMoreAsksOnceAndAppendPageInserts()
    {
        QSignalSpy requests(m_model.get(), &LicenseTableModel::fetchMoreRequested);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QList<LicenseRecord> all = everyStatus();
        m_model->setPendingLicenses({makeLicense(9, QStringLiteral("NEW"), 365)});
        m_model->setLicenses(all.mid(0, 2), true);
        m_model->fetchMore({});
        m_model->fetchMore({});
        QCOMPARE(requests.count(), 1);
        QVERIFY(!m_model->canFetchMore({}));
        inserts.clear();
        m_model->appendPage({}, true); // a failed page re-arms fetching
        QCOMPARE(inserts.count(), 0);
        QVERIFY(m_model->canFetchMore({}));
        m_model->appendPage(all.mid(2), false);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 3);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->rowOf(all.last().id), 7);
        QVERIFY(!m_model->canFetchMore({}));
    }

private:
    std::unique_ptr<LicenseTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestLicenseTableModel)
#include "tst_licensetablemodel.moc"
