#include "models/item/LicenseFilterProxy.h"
#include "models/item/LicenseTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

LicenseRecord makeLicense(int number, const QString &code, int expiresInDays,
                          LicenseRecordStatus status = LicenseRecordStatus::Active)
{
    LicenseRecord license;
    license.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
    license.companyId = QUuid::createUuid();
    license.companyCode = code;
    license.kid = number % 2 ? QStringLiteral("k4.pid.ODDKEY") : QStringLiteral("k4.pid.EVENKEY");
    license.seq = number;
    license.tier = Tier::Small;
    license.maxUsers = number;
    license.issuedAt = kNow.addDays(-number);
    license.notBefore = kNow.addDays(-100);
    license.expiresAt = kNow.addDays(expiresInDays);
    license.graceDays = 7;
    license.status = status;
    if (status == LicenseRecordStatus::Revoked)
        license.revokedAt = kNow;
    return license;
}

} // namespace

// LicenseFilterProxy over a LicenseTableModel at a fixed now: search over company code, kid
// and jti; the status filter; "expiring within N days"; typed sort.
class TestLicenseFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<LicenseTableModel>();
        m_model->setNow(kNow);
        m_model->setLicenses({
            makeLicense(2, QStringLiteral("ACME"), 5), // expiring
            makeLicense(3, QStringLiteral("BETA"), 20), // expiring
            makeLicense(4, QStringLiteral("GAMMA"), 200), // active
            makeLicense(5, QStringLiteral("DELTA"), 6, LicenseRecordStatus::Revoked),
            makeLicense(6, QStringLiteral("ACME-OLD"), 3, LicenseRecordStatus::Superseded),
            makeLicense(7, QStringLiteral("EPSILON"), -2), // grace
        });
        m_model->setPendingLicenses({makeLicense(8, QStringLiteral("ZETA"), 4)});
        m_proxy = std::make_unique<LicenseFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            codes.append(m_proxy->index(row, LicenseTableModel::CompanyColumn).data().toString());
        return codes;
    }

    void searchesCodeKidAndJti()
    {
        QCOMPARE(m_proxy->rowCount(), 7);
        m_proxy->setSearchText(QStringLiteral("  acme "));
        QCOMPARE(shownCodes(), (QStringList {QStringLiteral("ACME"), QStringLiteral("ACME-OLD")}));
        m_proxy->setSearchText(QStringLiteral("oddkey"));
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("BETA"), QStringLiteral("DELTA"),
                               QStringLiteral("EPSILON")}));
        m_proxy->setSearchText(QStringLiteral("8000-000000000004"));
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("GAMMA")});
        // The key id and the code are separate fields: no match across them.
        m_proxy->setSearchText(QStringLiteral("gammak4"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 7);
    }

    void filtersByStatus()
    {
        m_proxy->setStatusFilter(LicenseRowStatus::Expiring);
        QCOMPARE(shownCodes(), (QStringList {QStringLiteral("ACME"), QStringLiteral("BETA")}));
        m_proxy->setStatusFilter(LicenseRowStatus::Pending);
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("ZETA")});
        m_proxy->setStatusFilter(LicenseRowStatus::Grace);
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("EPSILON")});
        m_proxy->setStatusFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 7);
    }

    void expiringWithinDays()
    {
        // Revoked, superseded, pending and already expired licenses are not "expiring".
        m_proxy->setExpiringWithinDays(10);
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("ACME")});
        m_proxy->setExpiringWithinDays(30);
        QCOMPARE(shownCodes(), (QStringList {QStringLiteral("ACME"), QStringLiteral("BETA")}));
        m_proxy->setExpiringWithinDays(365);
        QCOMPARE(shownCodes(),
                 (QStringList {QStringLiteral("ACME"), QStringLiteral("BETA"),
                               QStringLiteral("GAMMA")}));
        // Moving the clock forward moves licenses into the window.
        m_proxy->setExpiringWithinDays(10);
        m_model->setNow(kNow.addDays(12));
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("BETA")});
        m_proxy->setExpiringWithinDays(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 7);
    }

    void filtersCombine()
    {
        m_proxy->setExpiringWithinDays(30);
        m_proxy->setSearchText(QStringLiteral("beta"));
        QCOMPARE(shownCodes(), QStringList {QStringLiteral("BETA")});
        m_proxy->setStatusFilter(LicenseRowStatus::Active);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void sortsByTypedValues()
    {
        m_proxy->sort(LicenseTableModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(shownCodes().first(), QStringLiteral("EPSILON"));
        QCOMPARE(shownCodes().last(), QStringLiteral("GAMMA"));
        m_proxy->sort(LicenseTableModel::UsersColumn, Qt::DescendingOrder);
        QCOMPARE(shownCodes().first(), QStringLiteral("ZETA"));
        m_proxy->sort(LicenseTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(m_proxy->index(0, LicenseTableModel::StatusColumn)
                     .data(LicenseTableModel::RowStatusRole)
                     .toInt(),
                 int(LicenseRowStatus::Active));
        QCOMPARE(shownCodes().last(), QStringLiteral("ZETA"));
    }

private:
    std::unique_ptr<LicenseTableModel> m_model;
    std::unique_ptr<LicenseFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

QTEST_GUILESS_MAIN(TestLicenseFilterProxy)
#include "tst_licensefilterproxy.moc"
