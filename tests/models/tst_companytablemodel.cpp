#include "models/domain/Page.h"
#include "models/item/CompanyTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

Company makeCompany(int number, const QString &code, const QString &name)
{
    Company company;
    company.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
    company.code = code;
    company.name = name;
    company.tier = Tier::Medium;
    company.maxUsers = 25;
    company.userCount = 19;
    company.contactEmail = QStringLiteral("it@example.com");
    company.licenseStatus = LicenseDisplayStatus::Expiring;
    company.licenseExpiresAt = QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC);
    return company;
}

QList<Company> threeCompanies()
{
    return {makeCompany(1, QStringLiteral("ACME-01"), QStringLiteral("Acme Field Services")),
            makeCompany(2, QStringLiteral("BETA"), QStringLiteral("Beta Logistics")),
            makeCompany(3, QStringLiteral("GAMMA-7"), QStringLiteral("Gamma Rays Ltd"))};
}

QByteArray wirePage(const QList<Company> &companies, const QString &nextCursor = {})
{
    Page<Company> page;
    page.items = companies;
    page.nextCursor = nextCursor;
    return QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

// CompanyTableModel: the companies table's rows, roles, paging and wire loading.
class TestCompanyTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<CompanyTableModel>();
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
        QCOMPARE(m_model->columnCount(), int(CompanyTableModel::ColumnCount));
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString label = m_model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!label.isEmpty(), qPrintable(QString::number(column)));
        }
        QCOMPARE(m_model->headerData(CompanyTableModel::CodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Code"));
    }

    void cells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("sortValue");

        QTest::newRow("code") << int(CompanyTableModel::CodeColumn) << QStringLiteral("ACME-01")
                              << QVariant(QStringLiteral("ACME-01"));
        QTest::newRow("name") << int(CompanyTableModel::NameColumn)
                              << QStringLiteral("Acme Field Services")
                              << QVariant(QStringLiteral("Acme Field Services"));
        QTest::newRow("tier") << int(CompanyTableModel::TierColumn) << tierDisplayName(Tier::Medium)
                              << QVariant(int(Tier::Medium));
        QTest::newRow("users") << int(CompanyTableModel::UsersColumn) << QStringLiteral("19 / 25")
                               << QVariant(19);
        QTest::newRow("license") << int(CompanyTableModel::LicenseStatusColumn)
                                 << licenseDisplayStatusDisplayName(LicenseDisplayStatus::Expiring)
                                 << QVariant(int(LicenseDisplayStatus::Expiring));
        QTest::newRow("expiry") << int(CompanyTableModel::LicenseExpiryColumn)
                                << QStringLiteral("2025-06-30")
                                << QVariant(QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC));
        QTest::newRow("status") << int(CompanyTableModel::StatusColumn)
                                << companyStatusDisplayName(CompanyStatus::Active)
                                << QVariant(int(CompanyStatus::Active));
    }

    void cells()
    {
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, sortValue);
        m_model->setCompanies(threeCompanies());
        const QModelIndex index = m_model->index(0, column);
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(CompanyTableModel::SortRole), sortValue);
        QCOMPARE(index.data(CompanyTableModel::SearchKeyRole).toString(),
                 QStringLiteral("acme-01\nacme field services"));
        QCOMPARE(index.data(CompanyTableModel::TierRole).toInt(), int(Tier::Medium));
        QCOMPARE(index.data(CompanyTableModel::IdRole).toUuid(), threeCompanies().at(0).id);
    }

    void licenseStatusIsColourCoded()
    {
        QList<Company> companies = threeCompanies();
        companies[0].licenseStatus = LicenseDisplayStatus::Active;
        companies[1].licenseStatus = LicenseDisplayStatus::Expiring;
        companies[2].licenseStatus = LicenseDisplayStatus::Expired;
        m_model->setCompanies(companies);
        QSet<QRgb> foregrounds;
        QSet<QRgb> backgrounds;
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = m_model->index(row, CompanyTableModel::LicenseStatusColumn);
            foregrounds.insert(index.data(Qt::ForegroundRole).value<QBrush>().color().rgb());
            backgrounds.insert(index.data(Qt::BackgroundRole).value<QBrush>().color().rgb());
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(foregrounds.size(), 3);
        QCOMPARE(backgrounds.size(), 3);
        // Other columns keep the view's colours for an active company.
        QVERIFY(
            !m_model->index(0, CompanyTableModel::NameColumn).data(Qt::BackgroundRole).isValid());
    }

    void setCompaniesResets()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setCompanies(threeCompanies());
        m_model->setCompanies(threeCompanies().mid(1));
        QCOMPARE(resets.count(), 2);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(threeCompanies().at(0).id), -1);
        QCOMPARE(m_model->rowOf(threeCompanies().at(2).id), 1);
        QVERIFY(!m_model->canFetchMore({}));
    }

    void fetchMoreAsksOnceAndAppendPageInserts()
    {
        // The model tester fetches like a view does, so a request may already be out; either
        // way the client hears once per page.
        QSignalSpy requests(m_model.get(), &CompanyTableModel::fetchMoreRequested);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QList<Company> all = threeCompanies();

        m_model->setCompanies(all.mid(0, 1), true);
        QVERIFY(m_model->hasMore());
        m_model->fetchMore({});
        m_model->fetchMore({});
        QCOMPARE(requests.count(), 1);
        QVERIFY(!m_model->canFetchMore({}));

        m_model->appendPage(all.mid(1, 1), true);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 1);
        QCOMPARE(inserts.at(0).at(2).toInt(), 1);
        m_model->fetchMore({});
        m_model->fetchMore({});
        QCOMPARE(requests.count(), 2);

        // A failed fetch answers with an empty page: fetching is armed again, nothing inserted.
        m_model->appendPage({}, true);
        QCOMPARE(inserts.count(), 1);
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(requests.count(), 3);

        m_model->appendPage(all.mid(2), false);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(all.at(2).id), 2);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(requests.count(), 3);
    }

    void loadFromJson()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const Status status =
            m_model->loadFromJson(wirePage(threeCompanies(), QStringLiteral("c2")));
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->companyAt(1), threeCompanies().at(1));
        QVERIFY(m_model->hasMore());

        QVERIFY2(m_model->loadFromJson(wirePage(threeCompanies().mid(2))).ok(), "last page");
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->hasMore());
        QVERIFY(!m_model->canFetchMore({}));
    }

    void loadFromJsonRejectsAndKeepsRows_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");

        QTest::newRow("not json") << QByteArray("{\"items\": [") << QStringLiteral("invalid_json");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("invalid_json");
        QTest::newRow("no items") << QByteArray("{}") << QStringLiteral("invalid_field");
        QByteArray badTier = wirePage(threeCompanies());
        badTier.replace("\"medium\"", "\"huge\"");
        QTest::newRow("bad tier") << badTier << QStringLiteral("invalid_field");
    }

    void loadFromJsonRejectsAndKeepsRows()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        m_model->setCompanies(threeCompanies());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const Status status = m_model->loadFromJson(json);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QVERIFY(!status.error().message.isEmpty());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void updateCompanyInPlace()
    {
        m_model->setCompanies(threeCompanies());
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        Company beta = threeCompanies().at(1);
        beta.name = QStringLiteral("Beta Shipping");
        beta.status = CompanyStatus::Suspended;
        QVERIFY(m_model->updateCompany(beta));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), m_model->index(1, 0));
        QCOMPARE(changes.at(0).at(1).toModelIndex(),
                 m_model->index(1, CompanyTableModel::ColumnCount - 1));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(1, CompanyTableModel::NameColumn).data().toString(),
                 QStringLiteral("Beta Shipping"));
        QCOMPARE(m_model->searchKeyAt(1), QStringLiteral("beta\nbeta shipping"));

        Company stranger = makeCompany(99, QStringLiteral("NOPE"), QStringLiteral("Nope"));
        QVERIFY(!m_model->updateCompany(stranger));
        QCOMPARE(changes.count(), 1);
    }

    void addCompanyAppendsOrUpdates()
    {
        const QList<Company> all = threeCompanies();
        m_model->setCompanies(all.mid(0, 2));
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->addCompany(all.at(2));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 2);
        QCOMPARE(m_model->rowOf(all.at(2).id), 2);

        Company renamed = all.at(0);
        renamed.name = QStringLiteral("Acme Renamed");
        m_model->addCompany(renamed);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->companyAt(0).name, QStringLiteral("Acme Renamed"));

        m_model->addCompany(Company()); // no id: nothing to list
        QCOMPARE(m_model->rowCount(), 3);
    }

    void removeCompanyRenumbers()
    {
        const QList<Company> all = threeCompanies();
        m_model->setCompanies(all);
        QSignalSpy removals(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeCompany(all.at(0).id));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(removals.at(0).at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOf(all.at(0).id), -1);
        QCOMPARE(m_model->rowOf(all.at(1).id), 0);
        QCOMPARE(m_model->rowOf(all.at(2).id), 1);
        QCOMPARE(m_model->companyAt(1).code, QStringLiteral("GAMMA-7"));
        QVERIFY(!m_model->removeCompany(all.at(0).id));
        QVERIFY(!m_model->removeCompany(QUuid()));
        QCOMPARE(removals.count(), 1);
    }

    void appendPageUpdatesListedCompanies()
    {
        // Offset paging shifts when a company was created meanwhile: the next page may repeat
        // the last row of the previous one.
        const QList<Company> all = threeCompanies();
        m_model->setCompanies(all.mid(0, 2), true);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        Company repeated = all.at(1);
        repeated.userCount = 20;
        m_model->appendPage({repeated, all.at(2)}, false);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 2);
        QCOMPARE(inserts.at(0).at(2).toInt(), 2);
        QCOMPARE(m_model->companyAt(1).userCount, 20);
        QCOMPARE(m_model->rowOf(all.at(2).id), 2);
    }

private:
    std::unique_ptr<CompanyTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestCompanyTableModel)
#include "tst_companytablemodel.moc"
