#include "client/ClientError.h"
#include "client/CompaniesClient.h"
#include "client/LicensingClient.h"
#include "client/OperationsClient.h"
#include "client/PlatformClient.h"
#include "client/StatsClient.h"
#include "licensing/Ed25519Keys.h"
#include "licensing/Paserk.h"
#include "models/domain/WireTime.h"
#include "server/services/MetricsHistory.h"
#include "server/services/StatsService.h"
#include "server/store/MetricsStore.h"
#include "tests/support/PlatformFixture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

using namespace sphair;
using namespace std::chrono_literals;
using client::ApiCall;
using client::AuditQuery;
using client::ConnectionProfile;
using client::PlatformClient;
using client::Versioned;
using models::Deployment;
using models::DeploymentStatus;
using models::MaintenanceWindow;
using tests::ApiReply;
using tests::PlatformFixture;

namespace {

constexpr int kWaitMs = 20000;

PlatformClient::Options fastOptions()
{
    PlatformClient::Options options;
    options.timeout = 10s;
    options.retry.maxAttempts = 3;
    options.retry.firstDelay = 50ms;
    options.rememberSessions = false; // the keychain has its own test (tst_sessionkeychain)
    return options;
}

models::Error noAnswer()
{
    return {QStringLiteral("test_no_answer"), QStringLiteral("the call did not answer"), {}};
}

// Starts a typed call with `start(callback)` and waits for its one answer. On a time-out the
// call is cancelled, so its callback can no longer reach this stack frame.
template<typename T, typename Start>
models::Result<T> await(Start start)
{
    std::optional<models::Result<T>> result;
    QPointer<ApiCall> call =
        start([&result](models::Result<T> answer) { result.emplace(std::move(answer)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs)) {
        if (call)
            call->cancel();
        return noAnswer();
    }
    return std::move(*result);
}

template<typename Start>
models::Status awaitStatus(Start start)
{
    std::optional<models::Status> result;
    QPointer<ApiCall> call = start([&result](models::Status answer) { result.emplace(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs)) {
        if (call)
            call->cancel();
        return noAnswer();
    }
    return *result;
}

template<typename T>
QString codeOf(const models::Result<T> &result)
{
    return result ? QStringLiteral("ok") : result.error().code;
}

// "code: message", for QVERIFY2.
template<typename T>
QByteArray describe(const models::Result<T> &result)
{
    return result ? QByteArray("ok")
                  : (result.error().code + QStringLiteral(": ") + result.error().message).toUtf8();
}

models::Company companyDraft(const QString &code, models::Tier tier = models::Tier::Small)
{
    models::Company company;
    company.code = code;
    company.name = QStringLiteral("Operations test ") + code;
    company.tier = tier;
    // Within each tier's default range of users.
    company.maxUsers = tier == models::Tier::Small ? 5 : tier == models::Tier::Medium ? 20 : 50;
    company.contactEmail = QStringLiteral("ops@") + code.toLower() + QStringLiteral(".example");
    return company;
}

// A window at a fixed hour `daysAhead` days from now, in UTC, far from the nightly default.
MaintenanceWindow windowDraft(int daysAhead, int startHour, int hours, const QString &text)
{
    MaintenanceWindow window;
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(daysAhead);
    window.startsAt = QDateTime(day, QTime(startHour, 0), Qt::UTC);
    window.endsAt = window.startsAt.addSecs(qint64(hours) * 3600);
    window.timezone = QStringLiteral("UTC");
    window.description = text;
    return window;
}

// Collects every message logged while it lives, whatever its category or level.
class LogCapture
{
public:
    LogCapture()
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("sphair.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    // The server logs from its own threads too.
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_lines.append(message);
    }
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

// PlatformClient's statistics, maintenance, deployment, audit, tenant token and issuer key
// calls against the real PlatformServer over TLS (SQLite): each typed result is compared with
// what the server stored, and every write a support admin may not make is refused.
class TestOperationsClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No keychain in this process (see tst_platformclient).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        // Read when the server's deployment runner is made: short simulated steps.
        qputenv("SPHAIR_DEPLOY_SIMULATED_STEP_MS", "20");
        auto started = m_platform.start(PlatformFixture::Backend::Sqlite);
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_root = newClient();
        QVERIFY(signIn(m_root, QStringLiteral("root")));
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_platform.stop();
    }

    // --- statistics -----------------------------------------------------------------------

    void statsOverviewCountsCreatedCompanies()
    {
        const auto before = await<models::StatsOverview>(
            [&](auto done) { return client::StatsClient(m_root).statsOverview(45, done); });
        QVERIFY2(before.ok(), describe(before));
        QCOMPARE(before->expiringWithinDays, 45);
        QVERIFY(before->generatedAt.isValid());

        const auto small = createCompany(QStringLiteral("OVR-SMALL"), models::Tier::Small);
        const auto medium = createCompany(QStringLiteral("OVR-MEDIUM"), models::Tier::Medium);
        QVERIFY(small && medium);
        const auto suspended = await<Versioned<models::Company>>([&](auto done) {
            return client::CompaniesClient(m_root).suspendCompany(
                medium->value.id, QStringLiteral("stats test"), medium->etag, done);
        });
        QVERIFY2(suspended.ok(), describe(suspended));

        const auto after = await<models::StatsOverview>(
            [&](auto done) { return client::StatsClient(m_root).statsOverview(0, done); });
        QVERIFY2(after.ok(), describe(after));
        QCOMPARE(after->expiringWithinDays, 30); // the server's default
        using models::CompanyStatus;
        using models::Tier;
        QCOMPARE(after->companiesWithTier(Tier::Small), before->companiesWithTier(Tier::Small) + 1);
        QCOMPARE(after->companiesWithTier(Tier::Medium),
                 before->companiesWithTier(Tier::Medium) + 1);
        QCOMPARE(after->companiesWithTier(Tier::Large), before->companiesWithTier(Tier::Large));
        QCOMPARE(after->companiesWithStatus(CompanyStatus::Active),
                 before->companiesWithStatus(CompanyStatus::Active) + 1);
        QCOMPARE(after->companiesWithStatus(CompanyStatus::Suspended),
                 before->companiesWithStatus(CompanyStatus::Suspended) + 1);
        QCOMPARE(after->companiesTotal(), before->companiesTotal() + 2);

        // What the server itself says, read without the client.
        const ApiReply raw = m_platform.admin().get(QStringLiteral("/admin/stats/overview"));
        QCOMPARE(raw.status, 200);
        auto rawOverview = models::StatsOverview::fromJson(raw.json());
        QVERIFY(rawOverview.ok());
        QCOMPARE(rawOverview->companiesByTier, after->companiesByTier);
        QCOMPARE(rawOverview->companiesByStatus, after->companiesByStatus);

        const auto refused = await<models::StatsOverview>(
            [&](auto done) { return client::StatsClient(m_root).statsOverview(400, done); });
        QCOMPARE(codeOf(refused), QStringLiteral("invalid_field"));
    }

    void companyStatsPagesAndFilters()
    {
        const auto first = createCompany(QStringLiteral("CST-ONE"), models::Tier::Small);
        const auto second = createCompany(QStringLiteral("CST-TWO"), models::Tier::Large);
        QVERIFY(first && second);

        client::CompanyStatsQuery query;
        query.search = QStringLiteral("CST-");
        query.limit = 1;
        const auto page1 = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(query, done); });
        QVERIFY2(page1.ok(), describe(page1));
        QCOMPARE(page1->total, 2);
        QCOMPARE(page1->items.size(), 1);
        QVERIFY(page1->hasMore());

        query.cursor = page1->nextCursor;
        const auto page2 = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(query, done); });
        QVERIFY2(page2.ok(), describe(page2));
        QCOMPARE(page2->items.size(), 1);
        QVERIFY(!page2->hasMore());

        QList<models::CompanyStats> rows = page1->items + page2->items;
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.code < b.code; });
        for (int i = 0; i < 2; ++i) {
            const models::Company &stored = (i == 0 ? first : second)->value;
            const models::CompanyStats &row = rows.at(i);
            QCOMPARE(row.companyId, stored.id);
            QCOMPARE(row.code, stored.code);
            QCOMPARE(row.name, stored.name);
            QCOMPARE(row.tier, stored.tier);
            QCOMPARE(row.status, models::CompanyStatus::Active);
            QCOMPARE(row.maxUsers, qint64(stored.maxUsers));
            QCOMPARE(row.userCount, 0);
            QCOMPARE(row.licenseStatus, models::LicenseDisplayStatus::None);
            QVERIFY(!row.licenseExpiresAt.isValid());
        }

        client::CompanyStatsQuery large;
        large.search = QStringLiteral("CST-");
        large.tier = models::Tier::Large;
        const auto filtered = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(large, done); });
        QVERIFY2(filtered.ok(), describe(filtered));
        QCOMPARE(filtered->items.size(), 1);
        QCOMPARE(filtered->items.first().code, QStringLiteral("CST-TWO"));

        client::CompanyStatsQuery suspendedOnly;
        suspendedOnly.search = QStringLiteral("CST-");
        suspendedOnly.status = models::CompanyStatus::Suspended;
        const auto none = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(suspendedOnly, done); });
        QVERIFY2(none.ok(), describe(none));
        QCOMPARE(none->total, 0);

        // sort=utilisation reaches the server (the order itself: tst_usageseries).
        client::CompanyStatsQuery byUse;
        byUse.search = QStringLiteral("CST-");
        byUse.sort = QStringLiteral("utilisation");
        const auto used = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(byUse, done); });
        QVERIFY2(used.ok(), describe(used));
        QCOMPARE(used->items.size(), 2);
        byUse.sort = QStringLiteral("fullest");
        const auto unknownSort = await<models::Page<models::CompanyStats>>(
            [&](auto done) { return client::StatsClient(m_root).list(byUse, done); });
        QCOMPARE(codeOf(unknownSort), QStringLiteral("invalid_field"));
    }

    void userStatsAndUsageMatchTheStore()
    {
        const auto company = createCompany(QStringLiteral("USAGE-01"), models::Tier::Medium);
        QVERIFY(company);
        const QUuid id = company->value.id;
        const auto before = await<models::UserStats>(
            [&](auto done) { return client::StatsClient(m_root).userStats(done); });
        QVERIFY2(before.ok(), describe(before));

        // Three active users and one disabled; usage today and three days ago.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto written = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](server::SqlSession &session) {
                for (int i = 0; i < 4; ++i) {
                    auto user = session.exec(
                        QStringLiteral("INSERT INTO users (company_id, id, email, name, status) "
                                       "VALUES ($1, $2, $3, $4, $5)"),
                        {id, QUuid::createUuid(), QStringLiteral("u%1@usage.example").arg(i),
                         QStringLiteral("User %1").arg(i),
                         i < 3 ? QStringLiteral("active") : QStringLiteral("disabled")});
                    if (!user)
                        return models::Status(user.error());
                }
                for (const auto &[date, active, events, calls] :
                     {std::tuple {today, 3, 40, 20}, std::tuple {today.addDays(-3), 2, 7, 9}}) {
                    auto usage = session.exec(
                        QStringLiteral("INSERT INTO usage_daily (company_id, day, active_users, "
                                       "events, api_calls) VALUES ($1, $2, $3, $4, $5)"),
                        {id, date, active, events, calls});
                    if (!usage)
                        return models::Status(usage.error());
                }
                return models::Status::success();
            });
        QVERIFY2(written.ok(), qPrintable(written.error().message));

        const auto after = await<models::UserStats>(
            [&](auto done) { return client::StatsClient(m_root).userStats(done); });
        QVERIFY2(after.ok(), describe(after));
        QCOMPARE(after->usersTotal, before->usersTotal + 3);
        QCOMPARE(after->usersWithTier(models::Tier::Medium),
                 before->usersWithTier(models::Tier::Medium) + 3);
        QCOMPARE(after->usersWithTier(models::Tier::Small),
                 before->usersWithTier(models::Tier::Small));
        QCOMPARE(after->activeUsers1d, before->activeUsers1d + 3);
        QCOMPARE(after->activeUsers7d, before->activeUsers7d + 3); // the busiest day counts
        QVERIFY(after->generatedAt.isValid());

        client::UsageQuery query;
        query.companyId = id;
        query.from = today.addDays(-6);
        query.to = today;
        const auto series = await<models::UsageSeries>(
            [&](auto done) { return client::StatsClient(m_root).usageSeries(query, done); });
        QVERIFY2(series.ok(), describe(series));
        QCOMPARE(series->companyId, id);
        QCOMPARE(series->from, query.from);
        QCOMPARE(series->to, query.to);
        QCOMPARE(series->points.size(), 7);
        for (int i = 0; i < 7; ++i) {
            const models::UsagePoint &point = series->points.at(i);
            QCOMPARE(point.day, query.from.addDays(i));
            if (point.day == today) {
                QCOMPARE(point.activeUsers, 3);
                QCOMPARE(point.events, 40);
                QCOMPARE(point.apiCalls, 20);
            } else if (point.day == today.addDays(-3)) {
                QCOMPARE(point.activeUsers, 2);
                QCOMPARE(point.events, 7);
                QCOMPARE(point.apiCalls, 9);
            } else {
                QCOMPARE(point.activeUsers + point.events + point.apiCalls, 0);
            }
        }

        // The whole platform, by default the last 30 days up to today, from the roll-up.
        const auto rolledUp =
            server::StatsService(m_platform.server().context()).rollUp(today.addDays(-3), today);
        QVERIFY2(rolledUp.ok(), qPrintable(rolledUp.error().message));
        const auto platform = await<models::UsageSeries>([&](auto done) {
            return client::StatsClient(m_root).usageSeries(client::UsageQuery(), done);
        });
        QVERIFY2(platform.ok(), describe(platform));
        QVERIFY(platform->companyId.isNull());
        QCOMPARE(platform->to, today);
        QCOMPARE(platform->points.size(), platform->from.daysTo(platform->to) + 1);
        QVERIFY(platform->points.last().events >= 40);

        // Growth and feature adoption of the same days (their figures: tst_usageseries).
        client::UsageRangeQuery range;
        range.from = today.addDays(-3);
        range.to = today;
        const auto growth = await<models::GrowthSeries>(
            [&](auto done) { return client::StatsClient(m_root).growthSeries(range, done); });
        QVERIFY2(growth.ok(), describe(growth));
        QCOMPARE(growth->from, range.from);
        QCOMPARE(growth->points.size(), 4 * 3);
        QCOMPARE(growth->points.last().day, today);
        QCOMPARE(growth->points.last().tier, models::Tier::Large);
        QVERIFY(growth->points.at(3 * 3 + 1).companies >= 1); // USAGE-01, medium, today
        const auto adoption = await<models::FeatureAdoption>(
            [&](auto done) { return client::StatsClient(m_root).featureAdoption(range, done); });
        QVERIFY2(adoption.ok(), describe(adoption));
        QCOMPARE(adoption->to, today);
        QVERIFY(!adoption->rows.isEmpty());
        QCOMPARE(adoption->rows.size() % 3, 0);
        client::UsageRangeQuery longRange;
        longRange.from = today.addDays(-400);
        const auto tooLong = await<models::GrowthSeries>(
            [&](auto done) { return client::StatsClient(m_root).growthSeries(longRange, done); });
        QCOMPARE(codeOf(tooLong), QStringLiteral("invalid_field"));

        client::UsageQuery unknown;
        unknown.companyId = QUuid::createUuid();
        QCOMPARE(codeOf(await<models::UsageSeries>([&](auto done) {
                     return client::StatsClient(m_root).usageSeries(unknown, done);
                 })),
                 QStringLiteral("not_found"));
        client::UsageQuery backwards;
        backwards.from = today;
        backwards.to = today.addDays(-1);
        const auto refused = await<models::UsageSeries>(
            [&](auto done) { return client::StatsClient(m_root).usageSeries(backwards, done); });
        QCOMPARE(codeOf(refused), QStringLiteral("invalid_field"));
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("from"));
    }

    // --- maintenance ----------------------------------------------------------------------

    void maintenanceModeOnAndOff()
    {
        const auto company = createCompany(QStringLiteral("MAINT-01"));
        QVERIFY(company);
        auto tenant = m_platform.tenant(company->value.id);
        QVERIFY(tenant.ok());

        const auto enabled = await<models::MaintenanceState>([&](auto done) {
            return client::OperationsClient(m_root).enableMaintenance(
                QStringLiteral("Back at noon"), 120, done);
        });
        QVERIFY2(enabled.ok(), describe(enabled));
        QVERIFY(enabled->enabled);
        QCOMPARE(enabled->message, QStringLiteral("Back at noon"));
        QCOMPARE(enabled->retryAfterSeconds, 120);
        QCOMPARE(enabled->startedBy, QStringLiteral("root"));
        QVERIFY(enabled->startedAt.isValid());

        const auto status = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(status->state.enabled);
        QCOMPARE(status->state.message, QStringLiteral("Back at noon"));
        QCOMPARE(status->state.retryAfterSeconds, 120);
        // The tenant routes really are closed.
        const ApiReply closed = tenant->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(closed.status, 503);
        QCOMPARE(closed.header("Retry-After"), QByteArray("120"));

        // Leaving the delay out keeps it; the message changes.
        const auto changed = await<models::MaintenanceState>([&](auto done) {
            return client::OperationsClient(m_root).enableMaintenance(QStringLiteral("Later"), 0,
                                                                      done);
        });
        QVERIFY2(changed.ok(), describe(changed));
        QCOMPARE(changed->message, QStringLiteral("Later"));
        QCOMPARE(changed->retryAfterSeconds, 120);

        const auto disabled = await<models::MaintenanceState>(
            [&](auto done) { return client::OperationsClient(m_root).disableMaintenance(done); });
        QVERIFY2(disabled.ok(), describe(disabled));
        QVERIFY(!disabled->enabled);
        const auto off = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(off.ok(), describe(off));
        QVERIFY(!off->state.enabled);
        QCOMPARE(tenant->get(QStringLiteral("/api/company/settings")).status, 200);

        // The enable was written to the audit log by "root".
        AuditQuery audit;
        audit.action = QStringLiteral("maintenance.");
        audit.actor = QStringLiteral("root");
        const auto entries = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(audit, done); });
        QVERIFY2(entries.ok(), describe(entries));
        QVERIFY(!entries->items.isEmpty());
        for (const models::AuditEntry &entry : entries->items)
            QVERIFY2(entry.action.startsWith(QLatin1String("maintenance.")),
                     qPrintable(entry.action));
    }

    void maintenanceModeRefusesBadInput()
    {
        const auto refused = await<models::MaintenanceState>([&](auto done) {
            return client::OperationsClient(m_root).enableMaintenance(
                QString(501, QLatin1Char('x')), 60, done);
        });
        QCOMPARE(codeOf(refused), QStringLiteral("invalid_field"));
        const auto status = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(!status->state.enabled);
    }

    void maintenanceWindowLifecycle()
    {
        const MaintenanceWindow draft = windowDraft(10, 8, 2, QStringLiteral("Database upgrade"));
        const auto created = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).createMaintenanceWindow(draft, done);
        });
        QVERIFY2(created.ok(), describe(created));
        const MaintenanceWindow &window = created->value;
        QVERIFY(!window.id.isNull());
        QCOMPARE(window.startsAt, draft.startsAt);
        QCOMPARE(window.endsAt, draft.endsAt);
        QCOMPARE(window.timezone, QStringLiteral("UTC"));
        QCOMPARE(window.description, draft.description);
        QVERIFY(!created->etag.isEmpty());

        const auto read = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).maintenanceWindow(window.id, done);
        });
        QVERIFY2(read.ok(), describe(read));
        QCOMPARE(read->value, window);
        QCOMPARE(read->etag, created->etag);

        client::MaintenanceWindowQuery range;
        range.from = draft.startsAt.addDays(-1);
        range.to = draft.endsAt.addDays(1);
        const auto listed = await<models::Page<MaintenanceWindow>>(
            [&](auto done) { return client::OperationsClient(m_root).list(range, done); });
        QVERIFY2(listed.ok(), describe(listed));
        QCOMPARE(listed->items.size(), 1);
        QCOMPARE(listed->items.first(), window);
        client::MaintenanceWindowQuery before;
        before.to = draft.startsAt.addDays(-1);
        before.from = before.to.addDays(-1);
        const auto elsewhere = await<models::Page<MaintenanceWindow>>(
            [&](auto done) { return client::OperationsClient(m_root).list(before, done); });
        QVERIFY2(elsewhere.ok(), describe(elsewhere));
        QVERIFY(std::none_of(elsewhere->items.cbegin(), elsewhere->items.cend(),
                             [&](const MaintenanceWindow &w) { return w.id == window.id; }));

        MaintenanceWindow edited = window;
        edited.description = QStringLiteral("Database upgrade, longer");
        edited.endsAt = window.endsAt.addSecs(3600);
        const auto updated = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).updateMaintenanceWindow(edited, created->etag,
                                                                            done);
        });
        QVERIFY2(updated.ok(), describe(updated));
        QCOMPARE(updated->value, edited);
        QVERIFY(!updated->etag.isEmpty() && updated->etag != created->etag);

        // A stale ETag: "conflict" with the server's current version.
        MaintenanceWindow stale = window;
        stale.description = QStringLiteral("Someone else's edit");
        const auto conflict = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).updateMaintenanceWindow(stale, created->etag,
                                                                            done);
        });
        QCOMPARE(codeOf(conflict), QStringLiteral("conflict"));
        const QJsonObject details = conflict.error().details;
        QCOMPARE(details.value(QStringLiteral("current_etag")).toString().toLatin1(),
                 updated->etag);
        auto current =
            MaintenanceWindow::fromJson(details.value(QStringLiteral("current")).toObject());
        QVERIFY(current.ok());
        QCOMPARE(current.value(), edited);
        const auto deleteStale = awaitStatus([&](auto done) {
            return client::OperationsClient(m_root).deleteMaintenanceWindow(window.id,
                                                                            created->etag, done);
        });
        QCOMPARE(codeOf(deleteStale), QStringLiteral("conflict"));

        // Overlapping windows are refused, naming the other one.
        const auto overlap = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).createMaintenanceWindow(
                windowDraft(10, 9, 1, QString()), done);
        });
        QCOMPARE(codeOf(overlap), QStringLiteral("window_overlap"));
        QCOMPARE(overlap.error().details.value(QStringLiteral("window_id")).toString(),
                 window.id.toString(QUuid::WithoutBraces));

        const auto deleted = awaitStatus([&](auto done) {
            return client::OperationsClient(m_root).deleteMaintenanceWindow(window.id,
                                                                            updated->etag, done);
        });
        QVERIFY2(deleted.ok(), describe(deleted));
        const auto gone = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).maintenanceWindow(window.id, done);
        });
        QCOMPARE(codeOf(gone), QStringLiteral("not_found"));
    }

    // GET /admin/maintenance/notices through AreaClient::list and its query: the notices the
    // server planned (no mail transport here, so they stay queued), filtered.
    void maintenanceNoticesListed()
    {
        const QUuid company = QUuid::createUuid();
        QVERIFY(m_platform
                    .sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                        "VALUES ($1, 'NOTICE-CLIENT', 'Notice Client', 'small', "
                                        "5)"),
                         {company})
                    .ok());
        QVERIFY(m_platform
                    .sql(QStringLiteral("INSERT INTO users (company_id, id, email, name, role) "
                                        "VALUES ($1, $2, 'boss@notice.example', 'Boss', "
                                        "'admin')"),
                         {company, QUuid::createUuid()})
                    .ok());
        const MaintenanceWindow draft = windowDraft(2, 20, 1, QStringLiteral("Notice check"));
        const auto created = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).createMaintenanceWindow(draft, done);
        });
        QVERIFY2(created.ok(), describe(created));
        const auto planned = m_platform.server().notices().tick();
        QVERIFY2(planned.ok(), qPrintable(planned.error().message));
        QVERIFY(planned->queued >= 1);

        client::MaintenanceNoticeQuery query;
        query.windowId = created->value.id;
        query.companyId = company;
        query.status = models::MaintenanceNoticeMail::statusQueued();
        const auto listed = await<models::Page<models::MaintenanceNoticeMail>>(
            [&](auto done) { return client::OperationsClient(m_root).list(query, done); });
        QVERIFY2(listed.ok(), describe(listed));
        QCOMPARE(listed->items.size(), 1);
        QCOMPARE(listed->total, 1);
        const models::MaintenanceNoticeMail &mail = listed->items.first();
        QCOMPARE(mail.recipient, QStringLiteral("boss@notice.example"));
        QCOMPARE(mail.companyName, QStringLiteral("Notice Client"));
        QCOMPARE(mail.kind, models::MaintenanceNoticeMail::kindAhead72h());
        QCOMPARE(mail.occurrenceStart, draft.startsAt);
        QCOMPARE(mail.attempts, 0);

        query.status = models::MaintenanceNoticeMail::statusSent();
        const auto sent = await<models::Page<models::MaintenanceNoticeMail>>(
            [&](auto done) { return client::OperationsClient(m_root).list(query, done); });
        QVERIFY2(sent.ok(), describe(sent));
        QVERIFY(sent->items.isEmpty());
    }

    void defaultNightlyWindow()
    {
        // No times: the next 02:00–06:00 in Africa/Johannesburg.
        const MaintenanceWindow nightly; // invalid times, the default zone
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        const auto created = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return client::OperationsClient(m_root).createMaintenanceWindow(nightly, done);
        });
        QVERIFY2(created.ok(), describe(created));
        const QDateTime answered = QDateTime::currentDateTimeUtc();
        auto expectedFirst = MaintenanceWindow::nextDefaultNightly(asked);
        auto expectedLast = MaintenanceWindow::nextDefaultNightly(answered);
        QVERIFY(expectedFirst.ok() && expectedLast.ok());
        const MaintenanceWindow &window = created->value;
        QCOMPARE(window.timezone, MaintenanceWindow::defaultTimeZone());
        QVERIFY(window.startsAt == expectedFirst->startsAt
                || window.startsAt == expectedLast->startsAt);
        QCOMPARE(window.localStart().time(), QTime(2, 0));
        QCOMPARE(window.localEnd().time(), QTime(6, 0));

        const auto status = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(status->nextWindow || status->currentWindow);

        const auto deleted = awaitStatus([&](auto done) {
            return client::OperationsClient(m_root).deleteMaintenanceWindow(window.id,
                                                                            created->etag, done);
        });
        QVERIFY2(deleted.ok(), describe(deleted));
    }

    void recurringWindowOccurrencesAndDryRun()
    {
        client::OperationsClient operations(m_root);
        // Every week 13:00–15:00 SAST (11:00–13:00 UTC) from 120 days ahead, four times, the
        // second one skipped.
        MaintenanceWindow draft = windowDraft(120, 11, 2, QStringLiteral("Weekly"));
        draft.timezone = MaintenanceWindow::defaultTimeZone();
        const QDate first = draft.localStart().date();
        draft.recurrence = models::MaintenanceRecurrence {models::MaintenanceRecurrence::weekly(),
                                                          first.addDays(21)};
        draft.exceptions = {{first.addDays(7), models::MaintenanceException::skip(), {}, {}}};
        const auto created = await<Versioned<MaintenanceWindow>>(
            [&](auto done) { return operations.createMaintenanceWindow(draft, done); });
        QVERIFY2(created.ok(), describe(created));
        QCOMPARE(created->value.recurrence, draft.recurrence);
        QCOMPARE(created->value.exceptions, draft.exceptions);

        const QDateTime from = draft.startsAt.addDays(-1);
        const QDateTime to = draft.startsAt.addDays(40);
        const auto listed = await<models::MaintenanceOccurrenceList>(
            [&](auto done) { return operations.maintenanceOccurrences(from, to, done); });
        QVERIFY2(listed.ok(), describe(listed));
        QCOMPARE(listed->from, from);
        QCOMPARE(listed->to, to);
        QList<QDateTime> starts;
        for (const auto &occurrence : listed->items)
            starts.append(occurrence.startsAt);
        QCOMPARE(starts,
                 (QList<QDateTime> {draft.startsAt, draft.startsAt.addDays(14),
                                    draft.startsAt.addDays(21)}));
        QCOMPARE(listed->items.at(1).occurrence, first.addDays(14));
        QCOMPARE(listed->items.at(1).windowId, created->value.id);

        // Move the last occurrence a day earlier through an update.
        MaintenanceWindow moved = created->value;
        moved.exceptions.append({first.addDays(21), models::MaintenanceException::move(),
                                 draft.startsAt.addDays(20),
                                 draft.startsAt.addDays(20).addSecs(3600)});
        const auto updated = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return operations.updateMaintenanceWindow(moved, created->etag, done);
        });
        QVERIFY2(updated.ok(), describe(updated));
        const auto after = await<models::MaintenanceOccurrenceList>(
            [&](auto done) { return operations.maintenanceOccurrences(from, to, done); });
        QVERIFY2(after.ok(), describe(after));
        QCOMPARE(after->items.size(), 3);
        QVERIFY(after->items.at(2).moved);
        QCOMPARE(after->items.at(2).startsAt, draft.startsAt.addDays(20));

        // A single window on the third occurrence is refused, naming it.
        const auto overlap = await<Versioned<MaintenanceWindow>>([&](auto done) {
            return operations.createMaintenanceWindow(windowDraft(134, 12, 1, QString()), done);
        });
        QCOMPARE(codeOf(overlap), QStringLiteral("window_overlap"));
        QCOMPARE(overlap.error().details.value(QStringLiteral("occurrence")).toString(),
                 first.addDays(14).toString(Qt::ISODate));

        // A range the server refuses.
        const auto backwards = await<models::MaintenanceOccurrenceList>(
            [&](auto done) { return operations.maintenanceOccurrences(to, from, done); });
        QCOMPARE(codeOf(backwards), QStringLiteral("invalid_field"));

        // The dry run of the same slot against one company's profile: its weekday at 13:00
        // and 14:00 SAST, 2.5 and 4.5 users usually active.
        const QUuid company = QUuid::createUuid();
        QVERIFY(m_platform
                    .sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                        "VALUES ($1, 'DRY-RUN-01', 'Dry Run', 'small', 5)"),
                         {company})
                    .ok());
        const int weekday = first.dayOfWeek();
        for (const auto &[hour, users] : {std::pair {13, 2.5}, std::pair {14, 4.5}}) {
            QVERIFY(m_platform
                        .sql(QStringLiteral("INSERT INTO usage_hour_profile (company_id, weekday, "
                                            "hour, active_users) VALUES ($1, $2, $3, $4)"),
                             {company, weekday, hour, users})
                        .ok());
        }
        MaintenanceWindow planned = windowDraft(127, 11, 2, QStringLiteral("Planned"));
        planned.timezone = MaintenanceWindow::defaultTimeZone();
        const auto estimate = await<models::MaintenanceDryRun>(
            [&](auto done) { return operations.maintenanceDryRun(planned, done); });
        QVERIFY2(estimate.ok(), describe(estimate));
        QCOMPARE(estimate->companies, 1);
        QCOMPARE(estimate->activeUsers, 4.5);
        QCOMPARE(estimate->startsAt, planned.startsAt);
        QCOMPARE(
            estimate->hours,
            (QList<models::MaintenanceDryRunHour> {{weekday, 13, 1, 2.5}, {weekday, 14, 1, 4.5}}));
        // A bad draft is refused like a window.
        MaintenanceWindow backwardsDraft = planned;
        backwardsDraft.endsAt = planned.startsAt.addSecs(-60);
        const auto refused = await<models::MaintenanceDryRun>(
            [&](auto done) { return operations.maintenanceDryRun(backwardsDraft, done); });
        QCOMPARE(codeOf(refused), QStringLiteral("invalid_field"));

        const auto deleted = awaitStatus([&](auto done) {
            return operations.deleteMaintenanceWindow(created->value.id, updated->etag, done);
        });
        QVERIFY2(deleted.ok(), describe(deleted));
        QVERIFY(
            m_platform.sql(QStringLiteral("DELETE FROM companies WHERE id = $1"), {company}).ok());
    }

    // --- deployments ----------------------------------------------------------------------

    void deployAndRollBack()
    {
        const auto bad = await<Deployment>([&](auto done) {
            return client::OperationsClient(m_root).startDeployment(
                models::DeploymentStart::immediately(QStringLiteral("not a version"),
                                                     QStringLiteral("test")),
                done);
        });
        QCOMPARE(codeOf(bad), QStringLiteral("invalid_field"));

        const auto first = deployAndWait(QStringLiteral("9.1.0"));
        QVERIFY(first);
        QCOMPARE(first->status, DeploymentStatus::Succeeded);
        QCOMPARE(first->startedBy, QStringLiteral("root"));
        QVERIFY(first->finishedAt.isValid());
        QStringList names;
        for (const models::DeploymentStep &step : first->steps) {
            names.append(step.name);
            QCOMPARE(step.status, models::DeploymentStepStatus::Succeeded);
        }
        QCOMPARE(names, models::DeploymentStep::canonicalNames());

        // Deployments are ordered by their start, stored to the second: the next one starts in
        // a later second.
        QTRY_VERIFY_WITH_TIMEOUT(
            QDateTime::currentSecsSinceEpoch() > first->startedAt.toSecsSinceEpoch(), kWaitMs);
        const auto second = deployAndWait(QStringLiteral("9.2.0"));
        QVERIFY(second);
        QCOMPARE(second->status, DeploymentStatus::Succeeded);
        // switch flipped the live colour once per deployment.
        QCOMPARE(second->activeColor, models::otherDeploymentColor(first->activeColor));

        // Newest first, without steps.
        const auto history = await<models::Page<Deployment>>([&](auto done) {
            return client::OperationsClient(m_root).list(client::DeploymentQuery {}, done);
        });
        QVERIFY2(history.ok(), describe(history));
        QVERIFY(history->items.size() >= 2);
        QCOMPARE(history->items.at(0).id, second->id);
        QCOMPARE(history->items.at(1).id, first->id);
        QCOMPARE(history->items.at(0).version, QStringLiteral("9.2.0"));
        QVERIFY(history->items.at(0).steps.isEmpty());

        // Only the latest can be rolled back.
        const auto notLatest = await<Deployment>([&](auto done) {
            return client::OperationsClient(m_root).rollbackDeployment(first->id, done);
        });
        QCOMPARE(codeOf(notLatest), QStringLiteral("conflict"));
        QCOMPARE(notLatest.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not_latest"));

        const auto rollback = await<Deployment>([&](auto done) {
            return client::OperationsClient(m_root).rollbackDeployment(second->id, done);
        });
        QVERIFY2(rollback.ok(), describe(rollback));
        QCOMPARE(rollback->rollbackOf, second->id);
        QCOMPARE(rollback->version, QStringLiteral("9.1.0"));
        const auto rolledBack = waitFinished(rollback->id);
        QVERIFY(rolledBack);
        QCOMPARE(rolledBack->status, DeploymentStatus::Succeeded);
        QVERIFY(std::any_of(rolledBack->steps.cbegin(), rolledBack->steps.cend(),
                            [](const models::DeploymentStep &step) {
                                return step.name == models::DeploymentStep::rollbackName();
                            }));

        const auto undone = await<Versioned<Deployment>>([&](auto done) {
            return client::OperationsClient(m_root).deployment(second->id, done);
        });
        QVERIFY2(undone.ok(), describe(undone));
        QCOMPARE(undone->value.status, DeploymentStatus::RolledBack);
        QVERIFY(!undone->etag.isEmpty());

        client::DeploymentQuery onlyRolledBack;
        onlyRolledBack.status = DeploymentStatus::RolledBack;
        const auto filtered = await<models::Page<Deployment>>(
            [&](auto done) { return client::OperationsClient(m_root).list(onlyRolledBack, done); });
        QVERIFY2(filtered.ok(), describe(filtered));
        QCOMPARE(filtered->items.size(), 1);
        QCOMPARE(filtered->items.first().id, second->id);

        // The version as a prefix, and the time range of the start.
        client::DeploymentQuery byVersion;
        byVersion.version = QStringLiteral("9.2");
        byVersion.from = second->startedAt;
        byVersion.to = second->startedAt.addSecs(1);
        const auto versioned = await<models::Page<Deployment>>(
            [&](auto done) { return client::OperationsClient(m_root).list(byVersion, done); });
        QVERIFY2(versioned.ok(), describe(versioned));
        QCOMPARE(versioned->items.size(), 1);
        QCOMPARE(versioned->items.first().id, second->id);
        byVersion.from = second->startedAt.addSecs(1);
        byVersion.to = QDateTime();
        const auto later = await<models::Page<Deployment>>(
            [&](auto done) { return client::OperationsClient(m_root).list(byVersion, done); });
        QVERIFY2(later.ok(), describe(later));
        QVERIFY(later->items.isEmpty());

        const auto again = await<Deployment>([&](auto done) {
            return client::OperationsClient(m_root).rollbackDeployment(second->id, done);
        });
        QCOMPARE(codeOf(again), QStringLiteral("conflict"));
        QCOMPARE(again.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("already_rolled_back"));
        const auto unknown = await<Versioned<Deployment>>([&](auto done) {
            return client::OperationsClient(m_root).deployment(QUuid::createUuid(), done);
        });
        QCOMPARE(codeOf(unknown), QStringLiteral("not_found"));

        // The deployment left maintenance mode as it found it: off.
        const auto status = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(!status->state.enabled);
    }

    // --- audit ----------------------------------------------------------------------------

    void globalAuditFindsEarlierCalls()
    {
        const auto company = createCompany(QStringLiteral("AUDIT-01"));
        QVERIFY(company);
        const QString id = company->value.id.toString(QUuid::WithoutBraces);

        AuditQuery query;
        query.action = QStringLiteral("company.create");
        query.companyId = company->value.id;
        query.actor = QStringLiteral("root");
        query.targetType = QStringLiteral("company");
        const auto found = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(query, done); });
        QVERIFY2(found.ok(), describe(found));
        QCOMPARE(found->items.size(), 1);
        const models::AuditEntry &entry = found->items.first();
        QCOMPARE(entry.targetId, id);
        QCOMPARE(entry.actor, QStringLiteral("root"));
        QCOMPARE(entry.actorRole, QStringLiteral("superadmin"));
        QVERIFY(entry.before.isNull());
        QCOMPARE(entry.after.toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("AUDIT-01"));

        // Each filter is really sent: another actor or target type finds nothing.
        AuditQuery otherActor = query;
        otherActor.actor = QStringLiteral("nobody-at-all");
        const auto none = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(otherActor, done); });
        QVERIFY2(none.ok(), describe(none));
        QVERIFY(none->items.isEmpty());
        AuditQuery otherTarget = query;
        otherTarget.targetType = QStringLiteral("license");
        const auto noTarget = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(otherTarget, done); });
        QVERIFY2(noTarget.ok(), describe(noTarget));
        QVERIFY(noTarget->items.isEmpty());
        AuditQuery future = query;
        future.from = QDateTime::currentDateTimeUtc().addDays(1);
        const auto later = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(future, done); });
        QVERIFY2(later.ok(), describe(later));
        QVERIFY(later->items.isEmpty());

        // Paging over the whole log, newest first.
        AuditQuery paged;
        paged.limit = 2;
        const auto page1 = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(paged, done); });
        QVERIFY2(page1.ok(), describe(page1));
        QCOMPARE(page1->items.size(), 2);
        QVERIFY(page1->hasMore());
        QVERIFY(page1->items.at(0).at >= page1->items.at(1).at);
        paged.cursor = page1->nextCursor;
        const auto page2 = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(paged, done); });
        QVERIFY2(page2.ok(), describe(page2));
        QVERIFY(!page2->items.isEmpty());
        QVERIFY(page2->items.first().id != page1->items.first().id);
        QVERIFY(page2->items.first().id != page1->items.last().id);

        // A company's trail ignores the filters of the whole log instead of failing.
        AuditQuery companyTrail = query;
        const auto trail = await<models::Page<models::AuditEntry>>([&](auto done) {
            return client::CompaniesClient(m_root).companyAudit(company->value.id, companyTrail,
                                                                done);
        });
        QVERIFY2(trail.ok(), describe(trail));
        QCOMPARE(trail->items.size(), 1);
        QCOMPARE(trail->items.first().targetId, id);
    }

    // --- tenant tokens --------------------------------------------------------------------

    void tenantTokensIssueListRevoke()
    {
        const auto company = createCompany(QStringLiteral("TOKENS-01"));
        QVERIFY(company);
        const QUuid companyId = company->value.id;
        const QDateTime expires = models::WireTime::now().addDays(30);

        std::optional<models::IssuedTenantToken> issued;
        {
            LogCapture log;
            const auto answer = await<models::IssuedTenantToken>([&](auto done) {
                return client::CompaniesClient(m_root).issueTenantToken(
                    companyId, QStringLiteral("Warehouse scanner"), expires, done);
            });
            QVERIFY2(answer.ok(), describe(answer));
            issued = answer.value();
            QVERIFY(!LogCapture::lines().isEmpty()); // the capture saw the client's log
            for (const QString &line : LogCapture::lines())
                QVERIFY2(!line.contains(QString::fromLatin1(issued->secret)), "secret logged");
        }
        QVERIFY(issued->secret.startsWith("spht_"));
        QCOMPARE(issued->token.label, QStringLiteral("Warehouse scanner"));
        QCOMPARE(issued->token.expiresAt, expires);
        QVERIFY(!issued->token.id.isNull());
        QVERIFY(issued->token.createdAt.isValid());

        // The token opens the tenant routes of its company.
        const tests::ApiClient tenant = m_platform.client(issued->secret);
        QCOMPARE(tenant.get(QStringLiteral("/api/company/settings")).status, 200);

        const auto listed = await<QList<models::TenantToken>>([&](auto done) {
            return client::CompaniesClient(m_root).tenantTokens(companyId, done);
        });
        QVERIFY2(listed.ok(), describe(listed));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, issued->token.id);
        QCOMPARE(listed->first().label, issued->token.label);
        QCOMPARE(listed->first().expiresAt, expires);
        QCOMPARE(listed->first().createdAt, issued->token.createdAt);
        // Never the secret, in any field of the list.
        const ApiReply raw =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/tokens")
                                       .arg(companyId.toString(QUuid::WithoutBraces)));
        QCOMPARE(raw.status, 200);
        QVERIFY(!raw.body.contains(issued->secret));

        const auto revoked = awaitStatus([&](auto done) {
            return client::CompaniesClient(m_root).revokeTenantToken(companyId, issued->token.id,
                                                                     done);
        });
        QVERIFY2(revoked.ok(), describe(revoked));
        QCOMPARE(tenant.get(QStringLiteral("/api/company/settings")).status, 401);
        const auto empty = await<QList<models::TenantToken>>([&](auto done) {
            return client::CompaniesClient(m_root).tenantTokens(companyId, done);
        });
        QVERIFY2(empty.ok(), describe(empty));
        QVERIFY(empty->isEmpty());
        const auto twice = awaitStatus([&](auto done) {
            return client::CompaniesClient(m_root).revokeTenantToken(companyId, issued->token.id,
                                                                     done);
        });
        QCOMPARE(codeOf(twice), QStringLiteral("not_found"));
        const auto noCompany = await<QList<models::TenantToken>>([&](auto done) {
            return client::CompaniesClient(m_root).tenantTokens(QUuid::createUuid(), done);
        });
        QCOMPARE(codeOf(noCompany), QStringLiteral("not_found"));

        // Audited, without the secret.
        AuditQuery query;
        query.targetType = QStringLiteral("tenant_token");
        query.companyId = companyId;
        const auto audit = await<models::Page<models::AuditEntry>>(
            [&](auto done) { return client::OperationsClient(m_root).list(query, done); });
        QVERIFY2(audit.ok(), describe(audit));
        QCOMPARE(audit->items.size(), 2); // create, revoke
        for (const models::AuditEntry &entry : audit->items) {
            QCOMPARE(entry.targetId, issued->token.id.toString(QUuid::WithoutBraces));
            const QByteArray json = QJsonDocument(entry.toJson()).toJson();
            QVERIFY(!json.contains(issued->secret));
        }
    }

    void tenantTokenRefusesBadInput()
    {
        const auto company = createCompany(QStringLiteral("TOKENS-02"));
        QVERIFY(company);
        const auto past = await<models::IssuedTenantToken>([&](auto done) {
            return client::CompaniesClient(m_root).issueTenantToken(
                company->value.id, QStringLiteral("Old"),
                QDateTime::currentDateTimeUtc().addDays(-1), done);
        });
        QCOMPARE(codeOf(past), QStringLiteral("invalid_field"));
        const auto unnamed = await<models::IssuedTenantToken>([&](auto done) {
            return client::CompaniesClient(m_root).issueTenantToken(company->value.id, QString(),
                                                                    QDateTime(), done);
        });
        QCOMPARE(codeOf(unnamed), QStringLiteral("invalid_field"));
    }

    // --- issuer keys ----------------------------------------------------------------------

    void issuerKeyReadUpdateRetire()
    {
        auto signingKey = licensing::SigningKey::generate();
        QVERIFY(signingKey.ok());
        models::IssuerKey key;
        key.publicKey = licensing::Paserk::encodePublic(signingKey->publicKey());
        key.label = QStringLiteral("Operations issuer");
        key.validFrom = models::WireTime::now().addDays(-1);
        key.maxTier = models::Tier::Large;
        key.maxUsersCap = 1000;
        const auto registered = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).registerIssuerKey(key, done);
        });
        QVERIFY2(registered.ok(), describe(registered));
        const QString kid = registered->value.kid;

        const auto read = await<Versioned<models::IssuerKey>>(
            [&](auto done) { return client::LicensingClient(m_root).issuerKey(kid, done); });
        QVERIFY2(read.ok(), describe(read));
        QCOMPARE(read->value, registered->value);
        QVERIFY(!read->etag.isEmpty());

        models::IssuerKey edited = read->value;
        edited.label = QStringLiteral("Operations issuer (renamed)");
        edited.maxUsersCap = 250;
        edited.maxTier = models::Tier::Medium;
        edited.allowedFeatures =
            QStringList {QStringLiteral("calendar"), QStringLiteral("inventory")};
        const auto updated = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).updateIssuerKey(edited, read->etag, done);
        });
        QVERIFY2(updated.ok(), describe(updated));
        QCOMPARE(updated->value.label, edited.label);
        QCOMPARE(updated->value.maxUsersCap, 250);
        QCOMPARE(updated->value.maxTier, models::Tier::Medium);
        QCOMPARE(updated->value.allowedFeatures, edited.allowedFeatures);
        QVERIFY(updated->etag != read->etag);
        const auto reread = await<Versioned<models::IssuerKey>>(
            [&](auto done) { return client::LicensingClient(m_root).issuerKey(kid, done); });
        QVERIFY2(reread.ok(), describe(reread));
        QCOMPARE(reread->value, updated->value);

        // A stale ETag: the server's current key comes with the conflict.
        models::IssuerKey stale = read->value;
        stale.label = QStringLiteral("Stale edit");
        const auto conflict = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).updateIssuerKey(stale, read->etag, done);
        });
        QCOMPARE(codeOf(conflict), QStringLiteral("conflict"));
        QCOMPARE(conflict.error()
                     .details.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 edited.label);
        QCOMPARE(
            conflict.error().details.value(QStringLiteral("current_etag")).toString().toLatin1(),
            updated->etag);

        models::IssuerKey retired = updated->value;
        retired.status = models::IssuerKeyStatus::Retired;
        const auto retiredAnswer = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).updateIssuerKey(retired, updated->etag, done);
        });
        QVERIFY2(retiredAnswer.ok(), describe(retiredAnswer));
        QCOMPARE(retiredAnswer->value.status, models::IssuerKeyStatus::Retired);

        models::IssuerKey revoked = retiredAnswer->value;
        revoked.status = models::IssuerKeyStatus::Revoked;
        const auto revokedAnswer = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).updateIssuerKey(revoked, retiredAnswer->etag,
                                                                   done);
        });
        QVERIFY2(revokedAnswer.ok(), describe(revokedAnswer));
        models::IssuerKey revived = revokedAnswer->value;
        revived.status = models::IssuerKeyStatus::Active;
        const auto refused = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).updateIssuerKey(revived, revokedAnswer->etag,
                                                                   done);
        });
        QCOMPARE(codeOf(refused), QStringLiteral("key_revoked"));

        const auto unknown = await<Versioned<models::IssuerKey>>([&](auto done) {
            return client::LicensingClient(m_root).issuerKey(
                QStringLiteral("k4.pid.") + QString(44, QLatin1Char('A')), done);
        });
        QCOMPARE(codeOf(unknown), QStringLiteral("not_found"));
    }

    // --- system health ---------------------------------------------------------------------

    void systemHealthThroughTheClient()
    {
        // Two minutes ago, an instance of its own: 6 requests, one of them a 5xx.
        const QString instance = QStringLiteral("client-test-instance");
        server::MetricsStore::Row row;
        row.instanceId = instance;
        row.minute =
            server::MetricsHistory::minuteOf(QDateTime::currentDateTimeUtc()).addSecs(-120);
        row.kind = QStringLiteral("request");
        row.method = QStringLiteral("GET");
        row.route = QStringLiteral("/admin/companies");
        row.statusClass = QStringLiteral("5xx");
        row.count = 6;
        row.sumMicros = 60'000;
        row.buckets[1] = 6; // (5, 10] ms
        const auto added = m_platform.server().database().transaction(
            server::TxScope::forOperator(),
            [&](server::SqlSession &session) { return server::MetricsStore::add(session, {row}); });
        QVERIFY2(added.ok(), qPrintable(added.error().message));

        const auto hour = await<models::SystemHealth>([&](auto done) {
            return client::StatsClient(m_root).systemHealth({QString(), instance}, done);
        });
        QVERIFY2(hour.ok(), describe(hour));
        QCOMPARE(hour->range, QStringLiteral("hour")); // the server's default
        QCOMPARE(hour->instanceId, instance);
        QVERIFY(hour->instances.contains(instance));
        QCOMPARE(hour->series.size(), 60);
        QCOMPARE(hour->totals.requests, 6);
        QCOMPARE(hour->totals.errors, 6);
        QCOMPARE(hour->totals.errorRate, 1.0);
        QCOMPARE(hour->totals.p50Ms, 7.5); // rank 3 of 6 in (5, 10]
        QCOMPARE(hour->routes.size(), 1);
        QCOMPARE(hour->routes.first().meanMs, 10.0);

        // The same as the server answers, read without the client.
        const ApiReply raw = m_platform.admin().get(
            QStringLiteral("/admin/system/health?range=day&instance_id=") + instance);
        QCOMPARE(raw.status, 200);
        const auto day = await<models::SystemHealth>([&](auto done) {
            return client::StatsClient(m_root).systemHealth({QStringLiteral("day"), instance},
                                                            done);
        });
        QVERIFY2(day.ok(), describe(day));
        QCOMPARE(day->stepSeconds, 300);
        QCOMPARE(day->series.size(), 288);
        QCOMPARE(day->totals, models::SystemHealth::fromJson(raw.json())->totals);

        QCOMPARE(codeOf(await<models::SystemHealth>([&](auto done) {
                     return client::StatsClient(m_root).systemHealth({QStringLiteral("month"), {}},
                                                                     done);
                 })),
                 QStringLiteral("invalid_field"));
        QCOMPARE(codeOf(await<models::SystemHealth>([&](auto done) {
                     return client::StatsClient(m_root).systemHealth(
                         {QStringLiteral("hour"), QStringLiteral("no-such-instance")}, done);
                 })),
                 QStringLiteral("invalid_field"));
    }

    // --- roles ----------------------------------------------------------------------------

    void supportMayReadButNotChange()
    {
        QVERIFY(m_platform.signIn(QStringLiteral("ops-support"), models::AdminRole::Support).ok());
        PlatformClient *support = newClient();
        QVERIFY(signIn(support, QStringLiteral("ops-support")));
        const auto company = createCompany(QStringLiteral("ROLES-01"));
        QVERIFY(company);

        // Reads.
        QVERIFY(await<models::StatsOverview>([&](auto done) {
                    return client::StatsClient(support).statsOverview(0, done);
                }).ok());
        QVERIFY(await<models::UserStats>([&](auto done) {
                    return client::StatsClient(support).userStats(done);
                }).ok());
        QVERIFY(await<models::Page<models::AuditEntry>>([&](auto done) {
                    return client::OperationsClient(support).list(client::AuditQuery {}, done);
                }).ok());
        QVERIFY(await<models::Page<Deployment>>([&](auto done) {
                    return client::OperationsClient(support).list(client::DeploymentQuery {}, done);
                }).ok());
        QVERIFY(await<QList<models::TenantToken>>([&](auto done) {
                    return client::CompaniesClient(support).tenantTokens(company->value.id, done);
                }).ok());

        // Writes: 403 forbidden, and nothing changed.
        QCOMPARE(codeOf(await<models::MaintenanceState>([&](auto done) {
                     return client::OperationsClient(support).enableMaintenance(
                         QStringLiteral("no"), 60, done);
                 })),
                 QStringLiteral("forbidden"));
        QCOMPARE(codeOf(await<models::MaintenanceState>([&](auto done) {
                     return client::OperationsClient(support).disableMaintenance(done);
                 })),
                 QStringLiteral("forbidden"));
        QCOMPARE(codeOf(await<Versioned<MaintenanceWindow>>([&](auto done) {
                     return client::OperationsClient(support).createMaintenanceWindow(
                         windowDraft(20, 8, 1, QString()), done);
                 })),
                 QStringLiteral("forbidden"));
        QCOMPARE(codeOf(await<Deployment>([&](auto done) {
                     return client::OperationsClient(support).startDeployment(
                         models::DeploymentStart::immediately(QStringLiteral("9.9.9"),
                                                              QStringLiteral("test")),
                         done);
                 })),
                 QStringLiteral("forbidden"));
        QCOMPARE(codeOf(await<models::IssuedTenantToken>([&](auto done) {
                     return client::CompaniesClient(support).issueTenantToken(
                         company->value.id, QStringLiteral("x"), QDateTime(), done);
                 })),
                 QStringLiteral("forbidden"));

        const auto status = await<models::MaintenanceStatus>(
            [&](auto done) { return client::OperationsClient(m_root).maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(!status->state.enabled);
        const auto history = await<models::Page<Deployment>>([&](auto done) {
            return client::OperationsClient(m_root).list(client::DeploymentQuery {}, done);
        });
        QVERIFY2(history.ok(), describe(history));
        QVERIFY(
            std::none_of(history->items.cbegin(), history->items.cend(),
                         [](const Deployment &d) { return d.version == QLatin1String("9.9.9"); }));
        const auto tokens = await<QList<models::TenantToken>>([&](auto done) {
            return client::CompaniesClient(m_root).tenantTokens(company->value.id, done);
        });
        QVERIFY2(tokens.ok(), describe(tokens));
        QVERIFY(tokens->isEmpty());
    }

    void idempotencyKeysOnPosts()
    {
        // The POSTs the server honours an Idempotency-Key on carry one; GETs do not.
        ApiCall *post = client::OperationsClient(m_root).disableMaintenance(nullptr);
        QVERIFY(!post->idempotencyKey().isEmpty());
        ApiCall *get = client::StatsClient(m_root).userStats(nullptr);
        QVERIFY(get->idempotencyKey().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(post->isFinished() && get->isFinished(), kWaitMs);
    }

private:
    ConnectionProfile profile() const
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("Operations test");
        profile.baseUrl = QUrl(m_platform.baseUrl());
        profile.environment = client::Environment::Sandbox;
        profile.pin = m_platform.pin();
        return profile;
    }

    PlatformClient *newClient()
    {
        auto harness = std::make_unique<Harness>();
        harness->manager = std::make_unique<QNetworkAccessManager>();
        harness->client = std::make_unique<PlatformClient>(harness->manager.get(), fastOptions());
        harness->client->setProfile(profile());
        m_clients.push_back(std::move(harness));
        return m_clients.back()->client.get();
    }

    static bool signIn(PlatformClient *client, const QString &username)
    {
        const auto session = await<models::AdminSession>([&](auto done) {
            return client->login(username, QStringLiteral("test password for ") + username, done);
        });
        if (!session) {
            qWarning("sign-in as %s failed: %s", qPrintable(username),
                     qPrintable(session.error().message));
            return false;
        }
        return client->isSignedIn() && client->session()->username == username;
    }

    std::optional<Versioned<models::Company>> createCompany(const QString &code,
                                                            models::Tier tier = models::Tier::Small)
    {
        const auto created = await<Versioned<models::Company>>([&](auto done) {
            return client::CompaniesClient(m_root).createCompany(companyDraft(code, tier), done);
        });
        if (!created) {
            qWarning("creating %s failed: %s", qPrintable(code),
                     qPrintable(created.error().message));
            return std::nullopt;
        }
        return created.value();
    }

    // Polls deployment(id) until it has finished.
    std::optional<Deployment> waitFinished(const QUuid &id)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kWaitMs) {
            const auto polled = await<Versioned<Deployment>>(
                [&](auto done) { return client::OperationsClient(m_root).deployment(id, done); });
            if (!polled) {
                qWarning("polling the deployment failed: %s", qPrintable(polled.error().message));
                return std::nullopt;
            }
            if (polled->value.isFinished())
                return polled->value;
            QTest::qWait(50);
        }
        qWarning("the deployment did not finish in time");
        return std::nullopt;
    }

    std::optional<Deployment> deployAndWait(const QString &version)
    {
        const auto started = await<Deployment>([&](auto done) {
            return client::OperationsClient(m_root).startDeployment(
                models::DeploymentStart::immediately(version, QStringLiteral("client test")), done);
        });
        if (!started) {
            qWarning("deploying %s failed: %s", qPrintable(version),
                     qPrintable(started.error().message));
            return std::nullopt;
        }
        if (started->version != version || started->isFinished()
            || started->steps.size() != models::DeploymentStep::canonicalNames().size()) {
            qWarning("the started deployment is not the one asked for");
            return std::nullopt;
        }
        return waitFinished(started->id);
    }

    struct Harness
    {
        std::unique_ptr<QNetworkAccessManager> manager;
        std::unique_ptr<PlatformClient> client; // declared last: destroyed before its manager
    };

    PlatformFixture m_platform;
    std::vector<std::unique_ptr<Harness>> m_clients;
    PlatformClient *m_root = nullptr;
};

QTEST_GUILESS_MAIN(TestOperationsClient)
#include "tst_operationsclient.moc"
