#include "models/item/ActiveUsersChartModel.h"
#include "models/item/FeatureAdoptionChartModel.h"
#include "models/item/GrowthChartModel.h"
#include "models/item/LoginsChartModel.h"
#include "models/item/UtilisationChartModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sphair::models;

namespace {

GrowthPoint growth(const QDate &day, Tier tier, qint64 companies, qint64 added = 0,
                   qint64 churned = 0)
{
    GrowthPoint point;
    point.day = day;
    point.tier = tier;
    point.companies = companies;
    point.newCompanies = added;
    point.churnedCompanies = churned;
    point.activeCompanies = companies;
    return point;
}

CompanyStats stats(const QString &name, qint64 users, qint64 maxUsers)
{
    CompanyStats company;
    company.companyId = QUuid::createUuid();
    company.code = name.toUpper().left(6);
    company.name = name;
    company.userCount = users;
    company.maxUsers = maxUsers;
    return company;
}

FeatureAdoptionRow adoption(const QString &code, Tier tier, qint64 companies, qint64 enabled,
                            double activeShare, qint64 uses)
{
    FeatureAdoptionRow row;
    row.featureCode = code;
    row.tier = tier;
    row.companies = companies;
    row.enabled = enabled;
    row.activeShare = activeShare;
    row.uses = uses;
    return row;
}

} // namespace

// The Usage tab's chart data models, each under QAbstractItemModelTester, with figures
// computed by hand.
class TestChartModels : public QObject
{
    Q_OBJECT
private slots:
    void growthStacksTheTiers()
    {
        GrowthChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate first(2026, 11, 1);
        const QDate second(2026, 11, 2);
        GrowthSeries series;
        series.from = first;
        series.to = second;
        series.points = {growth(first, Tier::Small, 3, 1), growth(first, Tier::Medium, 2),
                         growth(first, Tier::Large, 1),    growth(second, Tier::Small, 4, 1),
                         growth(second, Tier::Medium, 2),  growth(second, Tier::Large, 0, 0, 1)};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSeries(series);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 1 + 3 + 3);
        QCOMPARE(model.day(0), first);
        QCOMPARE(model.day(1), second);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), tierDisplayName(Tier::Small));
        // Stacked: small, small + medium, small + medium + large.
        QCOMPARE(model.stackedTop(0, 0), 3);
        QCOMPARE(model.stackedTop(0, 1), 5);
        QCOMPARE(model.stackedTop(0, 2), 6);
        QCOMPARE(model.stackedTop(1, 0), 4);
        QCOMPARE(model.stackedTop(1, 1), 6);
        QCOMPARE(model.stackedTop(1, 2), 6);
        QCOMPARE(model.index(0, model.totalColumn()).data().toLongLong(), 6);
        QCOMPARE(model.index(1, model.totalColumn()).data().toLongLong(), 6);
        QCOMPARE(model.index(0, model.newColumn()).data().toLongLong(), 1);
        QCOMPARE(model.index(1, model.newColumn()).data().toLongLong(), 1);
        QCOMPARE(model.index(1, model.churnedColumn()).data().toLongLong(), 1);
        QCOMPARE(model.index(0, model.churnedColumn()).data().toLongLong(), 0);

        // A day the answer lists out of order and without a tier still gets its row.
        series.points = {growth(second, Tier::Large, 2), growth(first, Tier::Medium, 1)};
        model.setSeries(series);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.day(0), first);
        QCOMPARE(model.companies(0, 0), 0);
        QCOMPARE(model.stackedTop(0, 2), 1);
        QCOMPARE(model.stackedTop(1, 1), 0);
        QCOMPARE(model.stackedTop(1, 2), 2);

        model.setSeries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void activeUsersPerDay()
    {
        ActiveUsersChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UsageSeries series;
        for (int day = 0; day < 3; ++day) {
            UsagePoint point;
            point.day = QDate(2026, 11, 1).addDays(day);
            point.activeUsers = qint64(day + 1) * 7;
            series.points.append(point);
        }
        model.setSeries(series);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ActiveUsersChartModel::ColumnCount));
        QCOMPARE(model.activeUsers(2), 21);
        QCOMPARE(model.maximum(), 21);
        QCOMPARE(model.day(1), QDate(2026, 11, 2));
        QCOMPARE(model.index(1, ActiveUsersChartModel::ActiveUsersColumn).data().toLongLong(), 14);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Active users"));
    }

    void loginsWeekdayAverages()
    {
        LoginsChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Monday 2 November 2026 to Monday 16 November: 15 days, day i has i × 10 logins.
        UsageSeries series;
        const QDate monday(2026, 11, 2);
        QCOMPARE(monday.dayOfWeek(), 1);
        for (int day = 0; day < 15; ++day) {
            UsagePoint point;
            point.day = monday.addDays(day);
            point.logins = qint64(day) * 10;
            series.points.append(point);
        }
        model.setSeries(series);
        QCOMPARE(model.rowCount(), 15);
        // Mondays: days 0, 7, 14 → (0 + 70 + 140) / 3 = 70.
        QCOMPARE(model.weekdayDays(1), 3);
        QCOMPARE(model.weekdayAverage(1), 70.0);
        // Tuesdays: days 1, 8 → (10 + 80) / 2 = 45.
        QCOMPARE(model.weekdayDays(2), 2);
        QCOMPARE(model.weekdayAverage(2), 45.0);
        // Sundays: days 6, 13 → (60 + 130) / 2 = 95.
        QCOMPARE(model.weekdayAverage(7), 95.0);
        QCOMPARE(model.weekdayAverage(0), 0.0);
        QCOMPARE(model.weekdayAverage(8), 0.0);
        QCOMPARE(model.maximum(), 140);
        QCOMPARE(model.logins(8), 80);
        // Each row carries its weekday's average.
        QCOMPARE(model.index(7, LoginsChartModel::WeekdayAverageColumn).data().toDouble(), 70.0);
        QCOMPARE(model.index(8, LoginsChartModel::WeekdayAverageColumn).data().toDouble(), 45.0);
        QCOMPARE(model.index(0, LoginsChartModel::WeekdayColumn).data().toString(),
                 QLocale().dayName(1));

        // Thirds are rounded to two decimals in the table, exact through the accessor.
        series.points = series.points.mid(0, 3);
        series.points[0].logins = 1;
        series.points.append(series.points.at(0));
        series.points.last().day = monday.addDays(7);
        series.points.last().logins = 0;
        series.points.append(series.points.at(0));
        series.points.last().day = monday.addDays(14);
        series.points.last().logins = 0;
        model.setSeries(series);
        QCOMPARE(model.weekdayAverage(1), 1.0 / 3.0);
        QCOMPARE(model.index(0, LoginsChartModel::WeekdayAverageColumn).data().toDouble(), 0.33);
    }

    void utilisationSortedAndHighlighted()
    {
        UtilisationChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<CompanyStats> companies {
            stats(QStringLiteral("Delta"), 5, 10),   stats(QStringLiteral("Alpha"), 9, 10),
            stats(QStringLiteral("Echo"), 3, 0),     stats(QStringLiteral("Bravo"), 10, 10),
            stats(QStringLiteral("Fox"), 89, 100),   stats(QStringLiteral("Acme"), 9, 10),
            stats(QStringLiteral("Charlie"), 11, 10)};
        model.setCompanies(companies, 60);
        QCOMPARE(model.total(), 60);
        QCOMPARE(model.rowCount(), 7);
        const QStringList order {QStringLiteral("Charlie"), QStringLiteral("Bravo"),
                                 QStringLiteral("Acme"),    QStringLiteral("Alpha"),
                                 QStringLiteral("Fox"),     QStringLiteral("Delta"),
                                 QStringLiteral("Echo")};
        const QList<double> percent {110.0, 100.0, 90.0, 90.0, 89.0, 50.0, 0.0};
        const QList<UtilisationLevel> levels {
            UtilisationLevel::AtLimit,   UtilisationLevel::AtLimit, UtilisationLevel::NearLimit,
            UtilisationLevel::NearLimit, UtilisationLevel::Normal,  UtilisationLevel::Normal,
            UtilisationLevel::Normal};
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, UtilisationChartModel::NameColumn).data().toString(),
                     order.at(row));
            QCOMPARE(model.index(row, UtilisationChartModel::UtilisationColumn).data().toDouble(),
                     percent.at(row));
            QCOMPARE(model.level(row), levels.at(row));
            QCOMPARE(model.index(row, 0).data(UtilisationChartModel::LevelRole).toInt(),
                     int(levels.at(row)));
            QCOMPARE(model.index(row, 3).data(UtilisationChartModel::IdRole).toUuid(),
                     model.company(row).companyId);
        }
        QCOMPARE(model.utilisation(0), 1.1);
        QCOMPARE(model.index(2, UtilisationChartModel::LevelColumn).data().toString(),
                 QStringLiteral("near the limit"));
        QCOMPARE(model.index(0, UtilisationChartModel::LevelColumn).data().toString(),
                 QStringLiteral("at the limit"));
        QVERIFY(model.index(4, UtilisationChartModel::LevelColumn).data().toString().isEmpty());
        // A total below what was handed over is raised to it.
        model.setCompanies(companies.mid(0, 2), 1);
        QCOMPARE(model.total(), 2);
    }

    void featureAdoptionShares()
    {
        FeatureAdoptionChartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        FeatureCatalogDocument::Entry beta;
        beta.code = QStringLiteral("zz_beta");
        beta.name = QStringLiteral("Beta feature");
        FeatureCatalogDocument::Entry alpha;
        alpha.code = QStringLiteral("zz_alpha");
        alpha.name = QStringLiteral("Alpha feature");
        FeatureAdoption answer;
        answer.rows = {adoption(QStringLiteral("zz_alpha"), Tier::Small, 3, 2, 1.0 / 3.0, 5),
                       adoption(QStringLiteral("zz_alpha"), Tier::Medium, 4, 4, 1, 40),
                       adoption(QStringLiteral("zz_alpha"), Tier::Large, 0, 0, 0, 0),
                       adoption(QStringLiteral("zz_beta"), Tier::Small, 3, 3, 2.0 / 3.0, 9),
                       adoption(QStringLiteral("unknown"), Tier::Large, 8, 1, 0.125, 1)};
        model.setAdoption(answer, {beta, alpha});
        // The catalog's order, then what it does not name.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2 + 3 * 4);
        QCOMPARE(model.featureCode(0), QStringLiteral("zz_beta"));
        QCOMPARE(model.featureName(0), beta.displayName());
        QCOMPARE(model.featureCode(1), QStringLiteral("zz_alpha"));
        QCOMPARE(model.featureCode(2), QStringLiteral("unknown"));
        QCOMPARE(model.featureName(2), QStringLiteral("unknown"));
        // alpha, small: active share 1/3 → 33.3 %; medium: 1 → 100 %; large: 0.
        QCOMPARE(model.share(1, 0), 100.0 / 3.0);
        QCOMPARE(
            model
                .index(1,
                       FeatureAdoptionChartModel::column(0, FeatureAdoptionChartModel::ShareField))
                .data()
                .toDouble(),
            33.3);
        QCOMPARE(model.share(1, 1), 100.0);
        QCOMPARE(model.share(1, 2), 0.0);
        QCOMPARE(model.count(1, 0, FeatureAdoptionChartModel::EnabledField), 2);
        QCOMPARE(model.count(1, 1, FeatureAdoptionChartModel::CompaniesField), 4);
        QCOMPARE(model.count(1, 1, FeatureAdoptionChartModel::UsesField), 40);
        // beta, small: 2/3 → 66.7 %; medium and large missing → zeros.
        QCOMPARE(
            model
                .index(0,
                       FeatureAdoptionChartModel::column(0, FeatureAdoptionChartModel::ShareField))
                .data()
                .toDouble(),
            66.7);
        QCOMPARE(model.count(0, 1, FeatureAdoptionChartModel::CompaniesField), 0);
        QCOMPARE(model.share(2, 2), 12.5);
        QCOMPARE(model
                     .headerData(
                         FeatureAdoptionChartModel::column(1, FeatureAdoptionChartModel::UsesField),
                         Qt::Horizontal)
                     .toString(),
                 QStringLiteral("%1: uses").arg(tierDisplayName(Tier::Medium)));
    }
};

QTEST_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
