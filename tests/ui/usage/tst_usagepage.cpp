#include "client/ApiCall.h"
#include "client/PlatformClient.h"
#include "client/Queries.h"
#include "client/StatsClient.h"
#include "models/domain/Tier.h"
#include "models/item/ActiveUsersChartModel.h"
#include "models/item/FeatureAdoptionChartModel.h"
#include "models/item/GrowthChartModel.h"
#include "models/item/LoginsChartModel.h"
#include "models/item/UtilisationChartModel.h"
#include "server/Sandbox.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/FileChooser.h"
#include "ui/usage/ChartPanel.h"
#include "ui/usage/UsagePage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace sphair;
using sphair::ui::ChartPanel;
using sphair::ui::UsagePage;

namespace {

constexpr int kWaitMs = 60000;

// RFC 4180 as CompanyCsvExport writes it: BOM, CRLF, quotes doubled inside quoted fields.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (quoted) {
            if (c == u'"' && at + 1 < text.size() && text.at(at + 1) == u'"') {
                field += c;
                ++at;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

// The Usage tab against a real platform seeded with the sandbox's data: every chart loads, a
// new range cancels the calls still running and sends new ones, a failing chart shows its
// error in its own box, a bar opens its company, and the PNG and CSV exports hold the chart
// and the server's numbers.
class TestUsagePage : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<UsagePage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTemporaryDir m_dir;

    client::StatsClient stats() const { return m_fixture.context()->stats(); }

    client::UsageRangeQuery pageRange() const
    {
        client::UsageRangeQuery range;
        range.from = m_page->from();
        range.to = m_page->to();
        return range;
    }

    bool loadAndWait()
    {
        m_page->reload();
        return QTest::qWaitFor([&] { return !m_page->isLoading(); }, kWaitMs);
    }

    void verifyNoChartErrors()
    {
        for (int chart = UsagePage::Growth; chart < UsagePage::ChartCount; ++chart) {
            ChartPanel *panel = m_page->panel(static_cast<UsagePage::Chart>(chart));
            QVERIFY(panel);
            QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
            QVERIFY(!panel->isBusy());
        }
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("overviewErrorLabel"))->isHidden());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        const auto seeded =
            server::Sandbox::seedDemoData(m_fixture.platform().server(), server::Sandbox::Files {});
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_page = std::make_unique<UsagePage>(m_fixture.context());
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
                 m_page->growthModel(), m_page->activeUsersModel(), m_page->utilisationModel(),
                 m_page->adoptionModel(), m_page->loginsModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_page->resize(1400, 1800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        ui::FileChooser::setOverride({});
        m_page.reset();
    }

    void loadsEveryChart()
    {
        QSignalSpy loaded(m_page.get(), &UsagePage::loaded);
        m_page->reload();
        QVERIFY(m_page->isLoading());
        const QString progress =
            m_page->findChild<QLabel *>(QStringLiteral("usageProgressLabel"))->text();
        QVERIFY2(progress.contains(QStringLiteral("Loading 1 of 6")), qPrintable(progress));
        QVERIFY(m_page->panel(UsagePage::Growth)->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        verifyNoChartErrors();

        // The default range: the last 30 days up to today (UTC).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(m_page->to(), today);
        QCOMPARE(m_page->from(), today.addDays(-29));
        QCOMPARE(m_page->growthModel()->rowCount(), 30);
        QCOMPARE(m_page->activeUsersModel()->rowCount(), 30);
        QCOMPARE(m_page->loginsModel()->rowCount(), 30);
        QVERIFY(m_page->adoptionModel()->rowCount() > 0);
        // The sandbox has more companies than the chart shows: the top 25 and a note.
        QCOMPARE(m_page->utilisationModel()->rowCount(), UsagePage::kUtilisationTop);
        QVERIFY(m_page->utilisationModel()->total() > UsagePage::kUtilisationTop);
        const QString note = m_page->panel(UsagePage::Utilisation)
                                 ->findChild<QLabel *>(QStringLiteral("chartNoteLabel"))
                                 ->text();
        QVERIFY2(note.contains(QString::number(m_page->utilisationModel()->total())),
                 qPrintable(note));
        // Every chart has drawn something.
        for (int chart = UsagePage::Growth; chart < UsagePage::ChartCount; ++chart)
            QVERIFY(
                !m_page->panel(static_cast<UsagePage::Chart>(chart))->chart()->series().isEmpty());

        // The overview figures are the server's.
        const auto overview = tests::fetchValue<models::StatsOverview>(
            [&](auto done) { return stats().statsOverview(UsagePage::kExpiringDays, done); });
        QVERIFY(overview);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewCompaniesValue"))->text(),
                 QLocale().toString(overview->companiesTotal()));
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewUsersValue"))->text(),
                 QLocale().toString(overview->usersTotal));
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("overviewActiveLicensesValue"))->text(),
                 QLocale().toString(overview->licensesActive));
        QCOMPARE(
            m_page->findChild<QLabel *>(QStringLiteral("overviewExpiringLicensesValue"))->text(),
            QLocale().toString(overview->licensesExpiring));
        // The caption names the days the page asked the server to count.
        QCOMPARE(overview->expiringWithinDays, UsagePage::kExpiringDays);
        const QString caption =
            m_page->findChild<QLabel *>(QStringLiteral("overviewExpiringLicensesValue"))
                ->accessibleName();
        QVERIFY2(caption.startsWith(QStringLiteral("Licenses expiring within 30 day")),
                 qPrintable(caption));

        // The growth chart's hover (keyboard) gives the exact figure of the first day's tier.
        ChartPanel *growth = m_page->panel(UsagePage::Growth);
        growth->chartView()->setFocus();
        QTest::keyClick(growth->chartView(), Qt::Key_Home);
        const QString first = growth->valueText();
        QVERIFY2(first.startsWith(models::tierDisplayName(models::Tier::Small)), qPrintable(first));
        QVERIFY2(first.endsWith(QLocale().toString(m_page->growthModel()->companies(0, 0))),
                 qPrintable(first));
    }

    void newRangeCancelsTheEarlierCalls()
    {
        QVERIFY(loadAndWait());
        m_page->setPresetRange(90);
        QPointer<client::ApiCall> growth = m_page->runningCall(UsagePage::Growth);
        QPointer<client::ApiCall> logins = m_page->runningCall(UsagePage::Logins);
        QVERIFY(growth);
        QVERIFY(logins);
        bool growthCancelled = false;
        bool loginsCancelled = false;
        connect(growth, &client::ApiCall::finished, this,
                [&, growth] { growthCancelled = growth && growth->isCancelled(); });
        connect(logins, &client::ApiCall::finished, this,
                [&, logins] { loginsCancelled = logins && logins->isCancelled(); });
        // Before any answer could arrive (no event loop in between): a longer range.
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("usageRangeCombo"));
        combo->setCurrentIndex(combo->findData(180));
        QVERIFY(m_page->runningCall(UsagePage::Growth) != growth);
        QVERIFY(growth->isCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(growthCancelled, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(loginsCancelled, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), kWaitMs);
        verifyNoChartErrors();
        // The new range was asked for and drawn.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(m_page->from(), today.addDays(-179));
        QCOMPARE(m_page->growthModel()->series().from, today.addDays(-179));
        QCOMPARE(m_page->growthModel()->rowCount(), 180);
        QCOMPARE(m_page->loginsModel()->series().from, today.addDays(-179));
        QCOMPARE(m_page->loginsModel()->rowCount(), 180);
        QCOMPARE(m_page->activeUsersModel()->rowCount(), 180);

        // A custom range from the date fields.
        m_page->setRange(today.addDays(-9), today.addDays(-3));
        QCOMPARE(combo->currentData().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), kWaitMs);
        QCOMPARE(m_page->growthModel()->rowCount(), 7);
        QCOMPARE(m_page->loginsModel()->series().to, today.addDays(-3));
        // A range the server would refuse is not sent.
        QSignalSpy loaded(m_page.get(), &UsagePage::chartLoaded);
        m_page->setRange(today.addDays(-3), today.addDays(-9));
        QVERIFY(!m_page->isLoading());
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("usageRangeErrorLabel"))->isHidden());
        QCOMPARE(loaded.size(), 0);
        m_page->setPresetRange(30);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), kWaitMs);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("usageRangeErrorLabel"))->isHidden());
    }

    void activeUsersOfOneCompany()
    {
        QVERIFY(loadAndWait());
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("usageCompanySearchEdit"));
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("usageCompanyCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 5, kWaitMs); // the company list has loaded
        search->setText(QStringLiteral("karoo"));
        QCOMPARE(combo->count(), 2); // all companies, and the one the search finds
        const QUuid id = combo->itemData(1).toUuid();
        QVERIFY(!id.isNull());
        QSignalSpy chartLoaded(m_page.get(), &UsagePage::chartLoaded);
        combo->setCurrentIndex(1);
        emit combo->activated(1);
        QCOMPARE(m_page->selectedCompany(), id);
        QTRY_COMPARE_WITH_TIMEOUT(chartLoaded.size(), 1, kWaitMs);
        QCOMPARE(chartLoaded.first().at(0).value<UsagePage::Chart>(), UsagePage::ActiveUsers);
        QVERIFY(chartLoaded.first().at(1).toBool());
        QCOMPARE(m_page->activeUsersModel()->series().companyId, id);

        client::UsageQuery query;
        query.companyId = id;
        query.from = m_page->from();
        query.to = m_page->to();
        const auto series = tests::fetchValue<models::UsageSeries>(
            [&](auto done) { return stats().usageSeries(query, done); });
        QVERIFY(series);
        QCOMPARE(m_page->activeUsersModel()->series(), *series);
        // The search changes what the list offers, not the chosen company.
        search->setText(QStringLiteral("no such company at all"));
        QCOMPARE(combo->currentData().toUuid(), id);
        search->clear();
    }

    void failedChartShowsItsErrorInItsBox()
    {
        QVERIFY(loadAndWait());
        QSignalSpy chartLoaded(m_page.get(), &UsagePage::chartLoaded);
        m_page->selectCompany(QUuid::createUuid()); // the server does not know it
        QTRY_COMPARE_WITH_TIMEOUT(chartLoaded.size(), 1, kWaitMs);
        QVERIFY(!chartLoaded.first().at(1).toBool());
        QVERIFY(!m_page->panel(UsagePage::ActiveUsers)->errorText().isEmpty());
        QVERIFY(m_page->panel(UsagePage::Growth)->errorText().isEmpty());
        QVERIFY2(
            m_page->findChild<QLabel *>(QStringLiteral("usageProgressLabel"))
                ->text()
                .contains(QStringLiteral("1 chart")),
            qPrintable(m_page->findChild<QLabel *>(QStringLiteral("usageProgressLabel"))->text()));
        // The other charts load beside it.
        QSignalSpy loaded(m_page.get(), &UsagePage::loaded);
        m_page->setPresetRange(90);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWaitMs);
        QVERIFY(!m_page->panel(UsagePage::ActiveUsers)->errorText().isEmpty());
        QVERIFY(m_page->panel(UsagePage::Logins)->errorText().isEmpty());
        QCOMPARE(m_page->loginsModel()->rowCount(), 90);
        // All companies again: the error goes.
        m_page->selectCompany(QUuid());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), kWaitMs);
        QVERIFY(m_page->panel(UsagePage::ActiveUsers)->errorText().isEmpty());
        m_page->setPresetRange(30);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), kWaitMs);
    }

    void clickingABarAsksForItsCompany()
    {
        QVERIFY(loadAndWait());
        ChartPanel *panel = m_page->panel(UsagePage::Utilisation);
        auto *bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().value(0));
        QVERIFY(bars);
        m_page->findChild<QWidget *>(QStringLiteral("usageAnalyticsView"))->setFocus();
        QSignalSpy requested(m_page.get(), &UsagePage::companyRequested);
        // The top bar (index count − 1 in the chart, row 0 of the model): the highest
        // utilisation. Clicked in its middle.
        const int index = m_page->utilisationModel()->rowCount() - 1;
        const double value = m_page->utilisationModel()->utilisation(0) * 100;
        QVERIFY(value > 0);
        const QPointF inChart = panel->chart()->mapToPosition(QPointF(value / 2, index), bars);
        const QPoint inView = panel->chartView()->mapFromScene(panel->chart()->mapToScene(inChart));
        QTest::mouseClick(panel->chartView()->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, kWaitMs);
        QCOMPARE(requested.first().at(0).toUuid(), m_page->utilisationModel()->companyId(0));
        // From the keyboard: End goes to the top bar, Enter opens it.
        requested.clear();
        panel->chartView()->setFocus();
        QTest::keyClick(panel->chartView(), Qt::Key_End);
        QVERIFY2(panel->valueText().startsWith(m_page->utilisationModel()->company(0).name),
                 qPrintable(panel->valueText()));
        QTest::keyClick(panel->chartView(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toUuid(), m_page->utilisationModel()->companyId(0));
    }

    void exportsPngAndCsvWithTheServersNumbers()
    {
        QVERIFY(loadAndWait());
        verifyNoChartErrors();
        const client::UsageRangeQuery range = pageRange();

        // PNG: every chart, as drawn, at the chart's size.
        for (int chart = UsagePage::Growth; chart < UsagePage::ChartCount; ++chart) {
            ChartPanel *panel = m_page->panel(static_cast<UsagePage::Chart>(chart));
            const QString path = m_dir.filePath(QStringLiteral("chart%1.png").arg(chart));
            QVERIFY(panel->exportPng(path).ok());
            QImage image;
            QVERIFY(image.load(path, "PNG"));
            QCOMPARE(image.size(),
                     panel->chartView()->size() * panel->chartView()->devicePixelRatio());
        }

        // The buttons ask for a file (answered by the test) and write it.
        QString asked;
        ui::FileChooser::setOverride(
            [&](ui::FileChooser::Mode, const QString &, const QString &suggested, const QString &) {
                asked = suggested;
                return m_dir.filePath(QStringLiteral("growth.csv"));
            });
        ChartPanel *growthPanel = m_page->panel(UsagePage::Growth);
        QSignalSpy exported(growthPanel, &ChartPanel::exported);
        growthPanel->findChild<QToolButton *>(QStringLiteral("exportCsvButton"))->click();
        QCOMPARE(exported.size(), 1);
        QVERIFY2(asked.endsWith(QStringLiteral(".csv")), qPrintable(asked));
        ui::FileChooser::setOverride({});

        // Growth: per day and tier, the companies the server counted.
        const auto growth = tests::fetchValue<models::GrowthSeries>(
            [&](auto done) { return stats().growthSeries(range, done); });
        QVERIFY(growth);
        QList<QStringList> csv = readCsv(m_dir.filePath(QStringLiteral("growth.csv")));
        QCOMPARE(csv.size(), 1 + static_cast<int>(growth->from.daysTo(growth->to)) + 1);
        const QList<models::Tier> &tiers = models::allTiers();
        QCOMPARE(csv.first().at(0), QStringLiteral("Day"));
        for (const models::GrowthPoint &point : growth->points) {
            const int row = static_cast<int>(growth->from.daysTo(point.day)) + 1;
            QCOMPARE(csv.at(row).at(0), point.day.toString(Qt::ISODate));
            QCOMPARE(csv.at(row).at(1 + tiers.indexOf(point.tier)).toLongLong(), point.companies);
        }

        // Logins and active users: per day, the platform's series.
        client::UsageQuery platform;
        platform.from = range.from;
        platform.to = range.to;
        const auto usage = tests::fetchValue<models::UsageSeries>(
            [&](auto done) { return stats().usageSeries(platform, done); });
        QVERIFY(usage);
        const QString loginsPath = m_dir.filePath(QStringLiteral("logins.csv"));
        QVERIFY(m_page->panel(UsagePage::Logins)->exportCsv(loginsPath).ok());
        csv = readCsv(loginsPath);
        QCOMPARE(csv.size(), usage->points.size() + 1);
        const QString activePath = m_dir.filePath(QStringLiteral("active.csv"));
        QVERIFY(m_page->panel(UsagePage::ActiveUsers)->exportCsv(activePath).ok());
        const QList<QStringList> active = readCsv(activePath);
        QCOMPARE(active.size(), usage->points.size() + 1);
        qint64 logins = 0;
        for (int at = 0; at < usage->points.size(); ++at) {
            const models::UsagePoint &point = usage->points.at(at);
            QCOMPARE(csv.at(at + 1).at(models::LoginsChartModel::DayColumn),
                     point.day.toString(Qt::ISODate));
            QCOMPARE(csv.at(at + 1).at(models::LoginsChartModel::LoginsColumn).toLongLong(),
                     point.logins);
            QCOMPARE(
                active.at(at + 1).at(models::ActiveUsersChartModel::ActiveUsersColumn).toLongLong(),
                point.activeUsers);
            logins += point.logins;
        }
        QVERIFY(logins > 0); // the sandbox logs in every weekday

        // Utilisation: the server's top 25 by utilisation, with their users and limits.
        client::CompanyStatsQuery top;
        top.limit = UsagePage::kUtilisationTop;
        top.sort = QStringLiteral("utilisation");
        const auto companies = tests::fetchValue<models::Page<models::CompanyStats>>(
            [&](auto done) { return stats().list(top, done); });
        QVERIFY(companies);
        const QString utilisationPath = m_dir.filePath(QStringLiteral("utilisation.csv"));
        QVERIFY(m_page->panel(UsagePage::Utilisation)->exportCsv(utilisationPath).ok());
        csv = readCsv(utilisationPath);
        QCOMPARE(csv.size(), companies->items.size() + 1);
        QHash<QString, QStringList> byCode;
        for (int at = 1; at < csv.size(); ++at)
            byCode.insert(csv.at(at).at(models::UtilisationChartModel::CodeColumn), csv.at(at));
        for (const models::CompanyStats &company : companies->items) {
            QVERIFY2(byCode.contains(company.code), qPrintable(company.code));
            const QStringList row = byCode.value(company.code);
            QCOMPARE(row.at(models::UtilisationChartModel::UsersColumn).toLongLong(),
                     company.userCount);
            QCOMPARE(row.at(models::UtilisationChartModel::MaxUsersColumn).toLongLong(),
                     company.maxUsers);
        }
        // Highest first, as the server sorted them.
        QCOMPARE(csv.at(1).at(models::UtilisationChartModel::CodeColumn),
                 companies->items.first().code);

        // Adoption: per feature and tier, the server's counts.
        const auto adoption = tests::fetchValue<models::FeatureAdoption>(
            [&](auto done) { return stats().featureAdoption(range, done); });
        QVERIFY(adoption);
        QVERIFY(!adoption->rows.isEmpty());
        const QString adoptionPath = m_dir.filePath(QStringLiteral("adoption.csv"));
        QVERIFY(m_page->panel(UsagePage::Adoption)->exportCsv(adoptionPath).ok());
        csv = readCsv(adoptionPath);
        QHash<QString, QStringList> byFeature;
        for (int at = 1; at < csv.size(); ++at)
            byFeature.insert(csv.at(at).at(models::FeatureAdoptionChartModel::CodeColumn),
                             csv.at(at));
        using Model = models::FeatureAdoptionChartModel;
        for (const models::FeatureAdoptionRow &row : adoption->rows) {
            QVERIFY2(byFeature.contains(row.featureCode), qPrintable(row.featureCode));
            const QStringList cells = byFeature.value(row.featureCode);
            const auto tier = static_cast<int>(tiers.indexOf(row.tier));
            QCOMPARE(cells.at(Model::column(tier, Model::CompaniesField)).toLongLong(),
                     row.companies);
            QCOMPARE(cells.at(Model::column(tier, Model::EnabledField)).toLongLong(), row.enabled);
            QCOMPARE(cells.at(Model::column(tier, Model::UsesField)).toLongLong(), row.uses);
            // The share in percent with one decimal.
            QVERIFY2(qAbs(cells.at(Model::column(tier, Model::ShareField)).toDouble()
                          - 100 * row.activeShare)
                         <= 0.05 + 1e-9,
                     qPrintable(row.featureCode));
        }
    }
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
