#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair::models;

Q_DECLARE_METATYPE(std::optional<sphair::models::Tier>)
Q_DECLARE_METATYPE(std::optional<sphair::models::CompanyStatus>)

namespace {

Company makeCompany(int number, const char *code, const char *name, Tier tier, int users,
                    CompanyStatus status, LicenseDisplayStatus license, int expiryDay)
{
    Company company;
    company.id = QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
    company.code = QString::fromUtf8(code);
    company.name = QString::fromUtf8(name);
    company.tier = tier;
    company.userCount = users;
    company.maxUsers = users + 5;
    company.status = status;
    company.licenseStatus = license;
    if (expiryDay > 0)
        company.licenseExpiresAt = QDateTime(QDate(2025, 1, expiryDay), QTime(12, 0), Qt::UTC);
    return company;
}

// Codes separated by blanks.
QStringList codeList(const char *codes)
{
    return QString::fromUtf8(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Six companies whose columns each sort in a different order.
QList<Company> sampleCompanies()
{
    using C = CompanyStatus;
    using L = LicenseDisplayStatus;
    return {
        makeCompany(1, "ACME-01", "Acme Field Services", Tier::Medium, 19, C::Active, L::Expiring,
                    20),
        makeCompany(2, "beta", "Beta Logistics", Tier::Small, 3, C::Suspended, L::Active, 28),
        makeCompany(3, "GAMMA-7", "Gamma Rays Ltd", Tier::Large, 120, C::Active, L::Expired, 2),
        makeCompany(4, "DELTA", "Delta Acme Holdings", Tier::Small, 8, C::Active, L::None, 0),
        makeCompany(5, "ÉCOLE", "École Œuvre", Tier::Medium, 12, C::Deleted, L::Revoked, 9),
        makeCompany(6, "ZED-99", "Zed Systems", Tier::Large, 45, C::Active, L::Grace, 15),
    };
}

} // namespace

// CompanyFilterProxy: search-as-you-type, tier and status filters, typed sort on every column.
class TestCompanyFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void filterAcceptsAndNarrows()
    {
        const Company karoo = makeCompany(1, "KAROO-CAFE", "Karoo Café", Tier::Small, 3,
                                          CompanyStatus::Active, LicenseDisplayStatus::Active, 0);
        const QString key = CompanyTableModel::searchKey(karoo);
        CompanyFilter filter;
        QVERIFY(filter.isEmpty());
        QVERIFY(filter.accepts(karoo, key));
        filter.needle = CompanyFilter::needleOf(QStringLiteral("  CAFÉ "));
        QCOMPARE(filter.needle, QStringLiteral("café"));
        QVERIFY(filter.accepts(karoo, key));
        filter.tier = Tier::Medium;
        QVERIFY(!filter.accepts(karoo, key));
        filter.tier = Tier::Small;
        filter.status = CompanyStatus::Suspended;
        QVERIFY(!filter.accepts(karoo, key));

        // Typing on or picking a tier where there was none only narrows; anything else may
        // bring rows back.
        const CompanyFilter typed {QStringLiteral("ka"), std::nullopt, std::nullopt};
        CompanyFilter more = typed;
        more.needle = QStringLiteral("kar");
        QVERIFY(more.narrows(typed));
        QVERIFY(!typed.narrows(more));
        CompanyFilter small = typed;
        small.tier = Tier::Small;
        QVERIFY(small.narrows(typed));
        CompanyFilter medium = small;
        medium.tier = Tier::Medium;
        QVERIFY(!medium.narrows(small));
        QVERIFY(!typed.narrows(small));
        QVERIFY(medium != small);
        QVERIFY(small == small);
    }

    void init()
    {
        m_model = std::make_unique<CompanyTableModel>();
        m_model->setCompanies(sampleCompanies());
        m_proxy = std::make_unique<CompanyFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<std::optional<Tier>>("tier");
        QTest::addColumn<std::optional<CompanyStatus>>("status");
        QTest::addColumn<QStringList>("codes");

        const std::optional<Tier> anyTier;
        const std::optional<CompanyStatus> anyStatus;
        QTest::newRow("everything") << QString() << anyTier << anyStatus
                                    << codeList("ACME-01 beta GAMMA-7 DELTA ÉCOLE ZED-99");
        QTest::newRow("code or name, any case")
            << QStringLiteral("ACM") << anyTier << anyStatus << codeList("ACME-01 DELTA");
        QTest::newRow("lower-case code")
            << QStringLiteral("beta") << anyTier << anyStatus << codeList("beta");
        QTest::newRow("inside the name")
            << QStringLiteral("rays") << anyTier << anyStatus << codeList("GAMMA-7");
        QTest::newRow("surrounding blanks")
            << QStringLiteral("  zed ") << anyTier << anyStatus << codeList("ZED-99");
        QTest::newRow("accented upper case")
            << QStringLiteral("éCOLE") << anyTier << anyStatus << codeList("ÉCOLE");
        QTest::newRow("not across code and name")
            << QStringLiteral("99zed") << anyTier << anyStatus << codeList("");
        QTest::newRow("no match") << QStringLiteral("xyz") << anyTier << anyStatus << codeList("");
        QTest::newRow("tier") << QString() << std::optional<Tier>(Tier::Small) << anyStatus
                              << codeList("beta DELTA");
        QTest::newRow("status") << QString() << anyTier
                                << std::optional<CompanyStatus>(CompanyStatus::Active)
                                << codeList("ACME-01 GAMMA-7 DELTA ZED-99");
        QTest::newRow("all three")
            << QStringLiteral("a") << std::optional<Tier>(Tier::Small)
            << std::optional<CompanyStatus>(CompanyStatus::Active) << codeList("DELTA");
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(std::optional<Tier>, tier);
        QFETCH(std::optional<CompanyStatus>, status);
        QFETCH(QStringList, codes);
        m_proxy->setSearchText(search);
        m_proxy->setTierFilter(tier);
        m_proxy->setStatusFilter(status);
        QCOMPARE(shownCodes(), codes);

        // Clearing the filters shows everything again.
        m_proxy->setSearchText({});
        m_proxy->setTierFilter(std::nullopt);
        m_proxy->setStatusFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::addColumn<bool>("distinct"); // no ties, so descending is the exact reverse

        QTest::newRow("code, ignoring case")
            << int(CompanyTableModel::CodeColumn)
            << codeList("ACME-01 beta DELTA GAMMA-7 ZED-99 ÉCOLE") << true;
        QTest::newRow("name") << int(CompanyTableModel::NameColumn)
                              << codeList("ACME-01 beta DELTA GAMMA-7 ZED-99 ÉCOLE") << true;
        QTest::newRow("tier, then source order")
            << int(CompanyTableModel::TierColumn)
            << codeList("beta DELTA ACME-01 ÉCOLE GAMMA-7 ZED-99") << false;
        QTest::newRow("users as numbers")
            << int(CompanyTableModel::UsersColumn)
            << codeList("beta DELTA ÉCOLE ACME-01 ZED-99 GAMMA-7") << true;
        QTest::newRow("license status")
            << int(CompanyTableModel::LicenseStatusColumn)
            << codeList("DELTA beta ACME-01 ZED-99 GAMMA-7 ÉCOLE") << true;
        QTest::newRow("expiry as dates, none first")
            << int(CompanyTableModel::LicenseExpiryColumn)
            << codeList("DELTA GAMMA-7 ÉCOLE ZED-99 ACME-01 beta") << true;
        QTest::newRow("status") << int(CompanyTableModel::StatusColumn)
                                << codeList("ACME-01 GAMMA-7 DELTA ZED-99 beta ÉCOLE") << false;
    }

    void sort()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        QFETCH(bool, distinct);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(shownCodes(), ascending);
        m_proxy->sort(column, Qt::DescendingOrder);
        if (distinct) {
            std::reverse(ascending.begin(), ascending.end());
            QCOMPARE(shownCodes(), ascending);
        } else {
            QVERIFY(shownCodes() != ascending);
        }
    }

    void typingMatchesAPlainScan()
    {
        // Many rows with random codes and names; type, erase and retype, and compare every
        // keystroke with a scan of the source.
        QList<Company> companies;
        QRandomGenerator random(42);
        const QString letters = QStringLiteral("abcdeABCDE-1");
        for (int number = 1; number <= 2000; ++number) {
            QString code;
            QString name;
            for (int i = 0; i < 6; ++i)
                code += letters.at(random.bounded(letters.size()));
            for (int i = 0; i < 10; ++i)
                name += letters.at(random.bounded(letters.size()));
            Company company = sampleCompanies().at(number % 6);
            company.id = QUuid::createUuidV5(QUuid(), QString::number(number));
            company.code = code;
            company.name = name;
            companies.append(company);
        }
        m_model->setCompanies(companies);
        m_proxy->sort(CompanyTableModel::NameColumn);
        m_proxy->setTierFilter(Tier::Medium);

        const QStringList queries =
            QString::fromLatin1("a|aB|aBc|aBcD|aBc|a||b|bd|d|de|de-|de-1|e-1")
                .split(QLatin1Char('|'));
        for (const QString &query : queries) {
            m_proxy->setSearchText(query);
            QStringList expected;
            for (const Company &company : companies) {
                if (company.tier == Tier::Medium
                    && (company.code.contains(query, Qt::CaseInsensitive)
                        || company.name.contains(query, Qt::CaseInsensitive)))
                    expected.append(company.code);
            }
            QStringList shown = shownCodes();
            std::sort(expected.begin(), expected.end());
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, expected);
        }
    }

    void sourceChangesAreRefiltered()
    {
        m_proxy->setSearchText(QStringLiteral("acme"));
        QCOMPARE(shownCodes(), codeList("ACME-01 DELTA"));

        // Renamed away from the query: leaves the view.
        Company delta = sampleCompanies().at(3);
        delta.name = QStringLiteral("Delta Holdings");
        QVERIFY(m_model->updateCompany(delta));
        QCOMPARE(shownCodes(), codeList("ACME-01"));

        // A narrower query after the change still sees the change.
        m_proxy->setSearchText(QStringLiteral("acme-"));
        QCOMPARE(shownCodes(), codeList("ACME-01"));

        // A new page is filtered as it arrives.
        m_model->appendPage({makeCompany(7, "ACME-02", "Acme Two", Tier::Small, 2,
                                         CompanyStatus::Active, LicenseDisplayStatus::Active, 3),
                             makeCompany(8, "OTHER", "Other", Tier::Small, 2, CompanyStatus::Active,
                                         LicenseDisplayStatus::Active, 3)},
                            false);
        QCOMPARE(shownCodes(), codeList("ACME-01 ACME-02"));
    }

    void selectionFollowsItsCompany()
    {
        // A view's current row is a persistent index: through sorting, filtering and new
        // pages it stays on the same company, and goes away only when that company is hidden.
        m_proxy->sort(CompanyTableModel::NameColumn, Qt::AscendingOrder);
        const int start = shownCodes().indexOf(QStringLiteral("GAMMA-7"));
        QVERIFY(start >= 0);
        const QPersistentModelIndex current = m_proxy->index(start, CompanyTableModel::NameColumn);
        const auto codeAt = [this](const QPersistentModelIndex &index) {
            return m_proxy->index(index.row(), CompanyTableModel::CodeColumn).data().toString();
        };

        m_proxy->sort(CompanyTableModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(current.isValid());
        QVERIFY(current.row() != start);
        QCOMPARE(codeAt(current), QStringLiteral("GAMMA-7"));
        QCOMPARE(current.column(), int(CompanyTableModel::NameColumn));

        m_proxy->setSearchText(QStringLiteral("a"));
        QCOMPARE(codeAt(current), QStringLiteral("GAMMA-7"));
        m_model->appendPage({makeCompany(9, "AAA-1", "Aardvark", Tier::Small, 2,
                                         CompanyStatus::Active, LicenseDisplayStatus::Active, 3)},
                            false);
        QCOMPARE(codeAt(current), QStringLiteral("GAMMA-7"));
        QCOMPARE(m_model->companyAt(m_proxy->mapToSource(current).row()).code,
                 QStringLiteral("GAMMA-7"));

        m_proxy->setSearchText(QStringLiteral("acme"));
        QVERIFY(!current.isValid()); // GAMMA-7 is hidden
    }

    void fetchMoreThroughTheProxy()
    {
        // The model testers fetch like a view does: whoever asks first, the client hears once.
        QSignalSpy requests(m_model.get(), &CompanyTableModel::fetchMoreRequested);
        m_model->setCompanies(sampleCompanies(), true);
        m_proxy->fetchMore({});
        m_proxy->fetchMore({});
        QCOMPARE(requests.count(), 1);
        QVERIFY(!m_proxy->canFetchMore({}));
        m_model->appendPage({}, true);
        QVERIFY(m_proxy->canFetchMore({}));
        m_proxy->fetchMore({});
        QCOMPARE(requests.count(), 2);
    }

private:
    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            codes.append(m_proxy->index(row, CompanyTableModel::CodeColumn).data().toString());
        return codes;
    }

    std::unique_ptr<CompanyTableModel> m_model;
    std::unique_ptr<CompanyFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestCompanyFilterProxy)
#include "tst_companyfilterproxy.moc"
