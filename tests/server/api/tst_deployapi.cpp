#include "models/domain/WireTime.h"
#include "server/services/DeploymentRunner.h"
#include "server/services/DeploymentScheduler.h"
#include "tests/support/PlatformFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSysInfo>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace sphair;
using namespace sphair::tests;
using server::DeploymentRunner;

namespace {

QStringList stepNames(const QJsonObject &deployment)
{
    QStringList names;
    for (const QJsonValue &step : deployment.value(QStringLiteral("steps")).toArray())
        names.append(step.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QJsonObject stepNamed(const QJsonObject &deployment, const QString &name)
{
    for (const QJsonValue &step : deployment.value(QStringLiteral("steps")).toArray()) {
        if (step.toObject().value(QStringLiteral("name")).toString() == name)
            return step.toObject();
    }
    return {};
}

// The body of a deployment started at once, outside any window.
QJsonObject deployNow(const QString &version)
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("now"), true},
            {QStringLiteral("reason"), QStringLiteral("Test run outside a window")}};
}

QString statusOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("status")).toString();
}

} // namespace

// Blue/green deployments: the step machine with the simulated runner and with hook scripts
// (success, a failing step and its automatic rollback, a timeout), one deployment at a time,
// manual rollback, history and roles, on SQLite and PostgreSQL.
class TestDeployApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No scheduler thread: the tests tick it with their own clock.
        auto started = m_platform.start(
            PlatformFixture::backendFromEnvironment(), 8, [](server::PlatformOptions &options) {
                options.deploymentCheckInterval = std::chrono::milliseconds(0);
            });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_runner = &m_platform.server().deployments();
        QVERIFY(m_runner);
        QVERIFY(m_hooks.isValid());
        useSimulation(std::chrono::milliseconds(20));
    }

    void simulatedDeploymentSucceeds()
    {
        const ApiReply started =
            m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                    {{QStringLiteral("version"), QStringLiteral("2.14.0")},
                                     {QStringLiteral("strategy"), QStringLiteral("blue_green")},
                                     {QStringLiteral("now"), true},
                                     {QStringLiteral("reason"), QStringLiteral("Hotfix")}});
        QCOMPARE(started.status, 202);
        const QJsonObject body = started.json();
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(QString::fromUtf8(started.header("Location")),
                 QStringLiteral("/admin/deploy/") + id);
        QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral("2.14.0"));
        QCOMPARE(body.value(QStringLiteral("started_by")).toString(), QStringLiteral("root"));
        QCOMPARE(body.value(QStringLiteral("active_color")).toString(), QStringLiteral("blue"));
        QCOMPARE(stepNames(body), models::DeploymentStep::canonicalNames());

        const QJsonObject done = waitUntilFinished(id);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("active_color")).toString(), QStringLiteral("green"));
        QVERIFY(!done.value(QStringLiteral("finished_at")).toString().isEmpty());
        const QJsonArray steps = done.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 7);
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            QCOMPARE(statusOf(step), QStringLiteral("succeeded"));
            QVERIFY2(step.value(QStringLiteral("output"))
                         .toString()
                         .contains(QStringLiteral("simulated")),
                     qPrintable(step.value(QStringLiteral("output")).toString()));
            QVERIFY(!step.value(QStringLiteral("started_at")).toString().isEmpty());
        }
        QVERIFY(stepNamed(done, QStringLiteral("switch"))
                    .value(QStringLiteral("output"))
                    .toString()
                    .contains(QStringLiteral("green")));

        // Maintenance was really on during the deployment, and is off again.
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/maintenance/status"))
                     .json()
                     .value(QStringLiteral("enabled"))
                     .toBool(true),
                 false);
        const ApiReply audit =
            m_platform.admin().get(QStringLiteral("/admin/audit?action=maintenance."));
        QCOMPARE(audit.json().value(QStringLiteral("total")).toInt(), 2);
        for (const QJsonValue &item : audit.json().value(QStringLiteral("items")).toArray()) {
            QCOMPARE(item.toObject().value(QStringLiteral("actor")).toString(),
                     QStringLiteral("root"));
            QCOMPARE(item.toObject()
                         .value(QStringLiteral("after"))
                         .toObject()
                         .value(QStringLiteral("deployment_id"))
                         .toString(),
                     id);
        }

        // GET carries an ETag; a repeat with If-None-Match is 304.
        const ApiReply fetched = m_platform.admin().get(QStringLiteral("/admin/deploy/") + id);
        QVERIFY(!fetched.header("ETag").isEmpty());
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/deploy/") + id,
                          {{"If-None-Match", fetched.header("ETag")}})
                     .status,
                 304);
        m_firstId = id;
    }

    void oneDeploymentAtATime()
    {
        useSimulation(std::chrono::milliseconds(400));
        const ApiReply first = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                       deployNow(QStringLiteral("2.15.0")));
        QCOMPARE(first.status, 202);
        const QString id = first.json().value(QStringLiteral("id")).toString();
        QCOMPARE(first.json().value(QStringLiteral("active_color")).toString(),
                 QStringLiteral("green"));

        const ApiReply second = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                        deployNow(QStringLiteral("2.15.1")));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.error(), QStringLiteral("deployment_in_progress"));
        QCOMPARE(second.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("deployment_id"))
                     .toString(),
                 id);
        const ApiReply rollback = m_platform.admin().post(
            QStringLiteral("/admin/deploy/") + m_firstId + QStringLiteral("/rollback"), {});
        QCOMPARE(rollback.status, 409);

        // Meanwhile the tenants' view: maintenance on at some point of the run.
        const QJsonObject done = waitUntilFinished(id);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("active_color")).toString(), QStringLiteral("blue"));
        useSimulation(std::chrono::milliseconds(20));
        m_secondId = id;
    }

    void rollbackOfTheLatest()
    {
        // Only the latest deployment can be rolled back.
        const ApiReply older = m_platform.admin().post(
            QStringLiteral("/admin/deploy/") + m_firstId + QStringLiteral("/rollback"), {});
        QCOMPARE(older.status, 409);
        QCOMPARE(older.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("not_latest"));

        const ApiReply started = m_platform.admin().post(
            QStringLiteral("/admin/deploy/") + m_secondId + QStringLiteral("/rollback"), {});
        QCOMPARE(started.status, 202);
        const QJsonObject body = started.json();
        QCOMPARE(body.value(QStringLiteral("rollback_of")).toString(), m_secondId);
        QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral("2.14.0"));
        QVERIFY(stepNames(body).contains(QStringLiteral("rollback")));
        const QString id = body.value(QStringLiteral("id")).toString();
        const QJsonObject done = waitUntilFinished(id);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("active_color")).toString(), QStringLiteral("green"));

        const ApiReply undone =
            m_platform.admin().get(QStringLiteral("/admin/deploy/") + m_secondId);
        QCOMPARE(statusOf(undone.json()), QStringLiteral("rolled_back"));
        // Once only, and a rollback is not rolled back.
        QCOMPARE(
            m_platform.admin()
                .post(QStringLiteral("/admin/deploy/") + m_secondId + QStringLiteral("/rollback"),
                      {})
                .status,
            409);
        QCOMPARE(m_platform.admin()
                     .post(QStringLiteral("/admin/deploy/") + id + QStringLiteral("/rollback"), {})
                     .status,
                 409);
    }

    void failingHookRollsBack()
    {
        writeHooks({{QStringLiteral("health_check"),
                     QStringLiteral("echo \"standby $SPHAIR_DEPLOY_STANDBY_COLOR is unhealthy\" "
                                    ">&2\nexit 3\n")}});
        useHooks(std::chrono::seconds(20));
        const ApiReply started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                         deployNow(QStringLiteral("3.0.0")));
        QCOMPARE(started.status, 202);
        const QString id = started.json().value(QStringLiteral("id")).toString();
        const QJsonObject done = waitUntilFinished(id);
        QCOMPARE(statusOf(done), QStringLiteral("failed"));
        QCOMPARE(done.value(QStringLiteral("active_color")).toString(), QStringLiteral("green"));
        QCOMPARE(stepNames(done),
                 models::DeploymentStep::canonicalNames()
                     + QStringList {QStringLiteral("rollback")});

        for (const QString &name : {QStringLiteral("pre_checks"), QStringLiteral("maintenance_on"),
                                    QStringLiteral("deploy_standby")}) {
            const QJsonObject step = stepNamed(done, name);
            QCOMPARE(statusOf(step), QStringLiteral("succeeded"));
            const QString output = step.value(QStringLiteral("output")).toString();
            QVERIFY2(output.contains(QStringLiteral("hook ") + name + QStringLiteral(" 3.0.0")),
                     qPrintable(output));
            QVERIFY(!output.contains(QStringLiteral("simulated")));
        }
        const QJsonObject health = stepNamed(done, QStringLiteral("health_check"));
        QCOMPARE(statusOf(health), QStringLiteral("failed"));
        QVERIFY2(health.value(QStringLiteral("output"))
                     .toString()
                     .contains(QStringLiteral("standby blue is unhealthy")),
                 qPrintable(health.value(QStringLiteral("output")).toString()));
        QVERIFY(health.value(QStringLiteral("output")).toString().contains(QStringLiteral("3")));
        for (const QString &name : {QStringLiteral("switch"), QStringLiteral("monitor"),
                                    QStringLiteral("maintenance_off")})
            QCOMPARE(statusOf(stepNamed(done, name)), QStringLiteral("skipped"));
        const QJsonObject rollback = stepNamed(done, QStringLiteral("rollback"));
        QCOMPARE(statusOf(rollback), QStringLiteral("succeeded"));
        QCOMPARE(rollback.value(QStringLiteral("ordinal")).toInt(), 8);
        QVERIFY2(rollback.value(QStringLiteral("output"))
                     .toString()
                     .contains(QStringLiteral("failed step health_check")),
                 qPrintable(rollback.value(QStringLiteral("output")).toString()));

        // The rollback ended the deployment's maintenance mode.
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/maintenance/status"))
                     .json()
                     .value(QStringLiteral("enabled"))
                     .toBool(true),
                 false);
        // A failed deployment was rolled back already.
        const ApiReply again = m_platform.admin().post(
            QStringLiteral("/admin/deploy/") + id + QStringLiteral("/rollback"), {});
        QCOMPARE(again.status, 409);
    }

    void hookTimeoutAndMissingHook()
    {
        writeHooks({{QStringLiteral("pre_checks"), QStringLiteral("echo waiting\nsleep 30\n")}});
        useHooks(std::chrono::seconds(1));
        ApiReply started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                   deployNow(QStringLiteral("3.0.1")));
        QCOMPARE(started.status, 202);
        QJsonObject done = waitUntilFinished(started.json().value(QStringLiteral("id")).toString());
        QCOMPARE(statusOf(done), QStringLiteral("failed"));
        const QString output = stepNamed(done, QStringLiteral("pre_checks"))
                                   .value(QStringLiteral("output"))
                                   .toString();
        QVERIFY2(output.contains(QStringLiteral("waiting")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("longer than")), qPrintable(output));

        writeHooks({});
        QVERIFY(QFile::remove(m_hooks.filePath(QStringLiteral("deploy_standby"))));
        useHooks(std::chrono::seconds(20));
        started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                          deployNow(QStringLiteral("3.0.2")));
        QCOMPARE(started.status, 202);
        done = waitUntilFinished(started.json().value(QStringLiteral("id")).toString());
        QCOMPARE(statusOf(done), QStringLiteral("failed"));
        const QJsonObject missing = stepNamed(done, QStringLiteral("deploy_standby"));
        QCOMPARE(statusOf(missing), QStringLiteral("failed"));
        QVERIFY(missing.value(QStringLiteral("output"))
                    .toString()
                    .contains(QStringLiteral("deploy_standby")));
        useSimulation(std::chrono::milliseconds(20));
    }

    void history()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply all = admin.get(QStringLiteral("/admin/deploy/history"));
        QCOMPARE(all.status, 200);
        const QJsonObject page = all.json();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 6);
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.last().toObject().value(QStringLiteral("id")).toString(), m_firstId);
        QCOMPARE(items.first().toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("3.0.2"));
        QVERIFY(!items.first().toObject().contains(QStringLiteral("steps")));

        const ApiReply failed = admin.get(QStringLiteral("/admin/deploy/history?status=failed"));
        QCOMPARE(failed.json().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(admin.get(QStringLiteral("/admin/deploy/history?status=rolled_back"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);

        // Paging: two at a time, every deployment once.
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const ApiReply reply =
                admin.get(QStringLiteral("/admin/deploy/history?limit=2")
                          + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
                seen.append(item.toObject().value(QStringLiteral("id")).toString());
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 6);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);

        QCOMPARE(admin.get(QStringLiteral("/admin/deploy/history?status=done")).status, 400);
        QCOMPARE(admin.get(QStringLiteral("/admin/deploy/history?limit=501")).status, 400);
    }

    // Without "now" or a window, a deployment starts only inside a running window occurrence.
    void outsideWindowRefused()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply refused = admin.post(QStringLiteral("/admin/deploy"),
                                            {{QStringLiteral("version"), QStringLiteral("6.0.0")}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("outside_window"));
        // "now" needs a reason, a reason needs "now", and a window needs its occurrence.
        const ApiReply noReason = admin.post(
            QStringLiteral("/admin/deploy"),
            {{QStringLiteral("version"), QStringLiteral("6.0.0")}, {QStringLiteral("now"), true}});
        QCOMPARE(noReason.status, 400);
        QCOMPARE(noReason.field(), QStringLiteral("reason"));
        const ApiReply blankReason =
            admin.post(QStringLiteral("/admin/deploy"),
                       {{QStringLiteral("version"), QStringLiteral("6.0.0")},
                        {QStringLiteral("now"), true},
                        {QStringLiteral("reason"), QStringLiteral("   ")}});
        QCOMPARE(blankReason.status, 400);
        QCOMPARE(blankReason.field(), QStringLiteral("reason"));
        const ApiReply reasonOnly =
            admin.post(QStringLiteral("/admin/deploy"),
                       {{QStringLiteral("version"), QStringLiteral("6.0.0")},
                        {QStringLiteral("reason"), QStringLiteral("urgent")}});
        QCOMPARE(reasonOnly.status, 400);
        QCOMPARE(reasonOnly.field(), QStringLiteral("reason"));
        const ApiReply noOccurrence = admin.post(
            QStringLiteral("/admin/deploy"),
            {{QStringLiteral("version"), QStringLiteral("6.0.0")},
             {QStringLiteral("window_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QCOMPARE(noOccurrence.status, 400);
        QCOMPARE(noOccurrence.field(), QStringLiteral("occurrence"));
        QCOMPARE(admin.get(QStringLiteral("/admin/deploy/history?version=6.0.0"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
    }

    // "now" with a reason runs outside every window and keeps its reason; a deployment
    // without either runs while a window occurrence is running, in that window.
    void nowWithReasonAndInsideAWindow()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply now =
            admin.post(QStringLiteral("/admin/deploy"),
                       {{QStringLiteral("version"), QStringLiteral("6.1.0")},
                        {QStringLiteral("now"), true},
                        {QStringLiteral("reason"), QStringLiteral("Security fix for CVE-1")}});
        QCOMPARE(now.status, 202);
        QCOMPARE(now.json().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Security fix for CVE-1"));
        QVERIFY(now.json().value(QStringLiteral("window_id")).isNull());
        QVERIFY(now.json().value(QStringLiteral("scheduled_for")).isNull());
        QCOMPARE(statusOf(waitUntilFinished(now.json().value(QStringLiteral("id")).toString())),
                 QStringLiteral("succeeded"));

        const QDateTime at = wholeSeconds();
        const Window running = createWindow(at.addSecs(-600), at.addSecs(3600));
        QVERIFY(!running.id.isEmpty());
        const ApiReply inside = admin.post(QStringLiteral("/admin/deploy"),
                                           {{QStringLiteral("version"), QStringLiteral("6.1.1")}});
        QCOMPARE(inside.status, 202);
        QCOMPARE(inside.json().value(QStringLiteral("window_id")).toString(), running.id);
        QCOMPARE(statusOf(waitUntilFinished(inside.json().value(QStringLiteral("id")).toString())),
                 QStringLiteral("succeeded"));
        deleteWindow(running);

        // Audited with its reason.
        const ApiReply audit =
            admin.get(QStringLiteral("/admin/audit?action=deployment.start&limit=5"));
        bool found = false;
        for (const QJsonValue &item : audit.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject after = item.toObject().value(QStringLiteral("after")).toObject();
            if (after.value(QStringLiteral("version")).toString() == QLatin1String("6.1.0"))
                found = after.value(QStringLiteral("reason")).toString()
                    == QLatin1String("Security fix for CVE-1");
        }
        QVERIFY(found);
    }

    // A deployment into a future occurrence waits as scheduled and is started by the
    // scheduler once its clock reaches the occurrence, also by a server that was not running
    // when it was scheduled (a restart); a second one into the same occurrence is refused.
    void scheduledStartRunsWhenTheWindowStarts()
    {
        ApiClient &admin = m_platform.admin();
        const QDateTime start = wholeSeconds().addDays(3);
        const Window window = createWindow(start, start.addSecs(4 * 3600));
        QVERIFY(!window.id.isEmpty());
        const ApiReply scheduled = admin.post(QStringLiteral("/admin/deploy"),
                                              intoWindow(QStringLiteral("7.1.0"), window));
        QCOMPARE(scheduled.status, 202);
        const QJsonObject body = scheduled.json();
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(statusOf(body), QStringLiteral("scheduled"));
        QCOMPARE(body.value(QStringLiteral("window_id")).toString(), window.id);
        QCOMPARE(body.value(QStringLiteral("scheduled_for")).toString(),
                 models::WireTime::toString(start));
        QVERIFY(body.value(QStringLiteral("started_at")).isNull());

        // One per occurrence.
        const ApiReply second = admin.post(QStringLiteral("/admin/deploy"),
                                           intoWindow(QStringLiteral("7.1.1"), window));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.error(), QStringLiteral("deployment_in_progress"));

        // Not yet: the scheduler at the real time leaves it waiting.
        server::DeploymentScheduler &scheduler = m_platform.server().deploymentScheduler();
        auto ticked = scheduler.tick();
        QVERIFY(ticked.ok());
        QCOMPARE(ticked.value(), 0);
        QCOMPARE(statusOf(admin.get(QStringLiteral("/admin/deploy/") + id).json()),
                 QStringLiteral("scheduled"));

        // A new server on the same database (as after a restart) starts it when its clock
        // reaches the window.
        auto restarted = server::PlatformServer::create(m_platform.options());
        QVERIFY2(restarted.ok(), qPrintable(restarted.error().message));
        server::PlatformServer &other = *restarted.value();
        other.deployments().setSettings(m_runner->settings());
        other.deploymentScheduler().setClock([start] { return start.addSecs(-1); });
        QCOMPARE(other.deploymentScheduler().tick().value(), 0);
        other.deploymentScheduler().setClock([start] { return start.addSecs(60); });
        ticked = other.deploymentScheduler().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked.value(), 1);
        const QJsonObject done = waitUntilFinished(id);
        QCOMPARE(statusOf(done), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("window_id")).toString(), window.id);
        QCOMPARE(done.value(QStringLiteral("started_at")).toString(),
                 models::WireTime::toString(start.addSecs(60)));
        QCOMPARE(stepNames(done), models::DeploymentStep::canonicalNames());
        other.stop();
        deleteWindow(window);
    }

    // A scheduled deployment can be cancelled; one whose window went away is cancelled by the
    // scheduler instead of starting.
    void cancelScheduled()
    {
        ApiClient &admin = m_platform.admin();
        const QDateTime start = wholeSeconds().addDays(5);
        const Window window = createWindow(start, start.addSecs(3600));
        const ApiReply scheduled = admin.post(QStringLiteral("/admin/deploy"),
                                              intoWindow(QStringLiteral("7.2.0"), window));
        QCOMPARE(scheduled.status, 202);
        const QString id = scheduled.json().value(QStringLiteral("id")).toString();
        const ApiReply cancelled =
            admin.post(QStringLiteral("/admin/deploy/") + id + QStringLiteral("/cancel"), {});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(statusOf(cancelled.json()), QStringLiteral("cancelled"));
        for (const QJsonValue &step : cancelled.json().value(QStringLiteral("steps")).toArray())
            QCOMPARE(statusOf(step.toObject()), QStringLiteral("skipped"));
        const ApiReply again =
            admin.post(QStringLiteral("/admin/deploy/") + id + QStringLiteral("/cancel"), {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("not_scheduled"));
        QCOMPARE(admin
                     .post(QStringLiteral("/admin/deploy/")
                               + QUuid::createUuid().toString(QUuid::WithoutBraces)
                               + QStringLiteral("/cancel"),
                           {})
                     .status,
                 404);
        QCOMPARE(admin.get(QStringLiteral("/admin/audit?action=deployment.cancel"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);

        // The occurrence is free again; the next one scheduled into it loses its window.
        const ApiReply orphan = admin.post(QStringLiteral("/admin/deploy"),
                                           intoWindow(QStringLiteral("7.2.1"), window));
        QCOMPARE(orphan.status, 202);
        const QString orphanId = orphan.json().value(QStringLiteral("id")).toString();
        deleteWindow(window);
        server::DeploymentScheduler &scheduler = m_platform.server().deploymentScheduler();
        scheduler.setClock([start] { return start.addSecs(5); });
        const auto ticked = scheduler.tick();
        scheduler.setClock(nullptr);
        QVERIFY(ticked.ok());
        QCOMPARE(ticked.value(), 0);
        const QJsonObject missed = admin.get(QStringLiteral("/admin/deploy/") + orphanId).json();
        QCOMPARE(statusOf(missed), QStringLiteral("cancelled"));
        QVERIFY(stepNamed(missed, QStringLiteral("pre_checks"))
                    .value(QStringLiteral("output"))
                    .toString()
                    .contains(QStringLiteral("deleted")));
        m_cancelledStart = start;
    }

    // The history's filters: version (exact or prefix), started or scheduled in a range.
    void historyFilters()
    {
        ApiClient &admin = m_platform.admin();
        const auto total = [&](const QString &query) {
            return admin.get(QStringLiteral("/admin/deploy/history?") + query)
                .json()
                .value(QStringLiteral("total"))
                .toInt(-1);
        };
        QCOMPARE(total(QStringLiteral("version=7.2.0")), 1);
        QCOMPARE(total(QStringLiteral("version=7.")), 3);
        QCOMPARE(total(QStringLiteral("version=7.&status=cancelled")), 2);
        QCOMPARE(total(QStringLiteral("version=6.1")), 2);
        QCOMPARE(total(QStringLiteral("version=6_1")), 0);
        // Scheduled (never started) in the range: the two cancelled ones of cancelScheduled.
        const QString from = models::WireTime::toString(m_cancelledStart.addSecs(-60));
        const QString to = models::WireTime::toString(m_cancelledStart.addSecs(60));
        QCOMPARE(total(QStringLiteral("from=") + from + QStringLiteral("&to=") + to), 2);
        QCOMPARE(total(QStringLiteral("from=") + to), 0);
        // Everything today started before an hour from now.
        QCOMPARE(total(QStringLiteral("to=")
                       + models::WireTime::toString(wholeSeconds().addSecs(3600))
                       + QStringLiteral("&version=6.1.0")),
                 1);
        QCOMPARE(admin.get(QStringLiteral("/admin/deploy/history?from=yesterday")).status, 400);
    }

    // A deployment appears in the company timeline as the platform's entries, not per company.
    void deploymentsInCompanyTimelines()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply company =
            admin.post(QStringLiteral("/admin/companies"),
                       {{QStringLiteral("code"), QStringLiteral("DEPLOY-01")},
                        {QStringLiteral("name"), QStringLiteral("Deploy Timeline Ltd")},
                        {QStringLiteral("tier"), QStringLiteral("small")},
                        {QStringLiteral("max_users"), 5},
                        {QStringLiteral("contact_email"), QStringLiteral("ops@example.com")}});
        QCOMPARE(company.status, 201);
        const QString companyId = company.json().value(QStringLiteral("id")).toString();
        const QString timeline = QStringLiteral("/admin/companies/") + companyId
            + QStringLiteral("/audit?action=deployment.");
        // Deployments before the company existed are not in its timeline.
        QCOMPARE(admin.get(timeline).json().value(QStringLiteral("total")).toInt(), 0);

        const ApiReply started =
            admin.post(QStringLiteral("/admin/deploy"), deployNow(QStringLiteral("6.2.0")));
        QCOMPARE(started.status, 202);
        const QString id = started.json().value(QStringLiteral("id")).toString();
        waitUntilFinished(id);
        const ApiReply entries = admin.get(timeline);
        QCOMPARE(entries.status, 200);
        QStringList actions;
        for (const QJsonValue &item : entries.json().value(QStringLiteral("items")).toArray()) {
            QCOMPARE(item.toObject().value(QStringLiteral("target_id")).toString(), id);
            actions.append(item.toObject().value(QStringLiteral("action")).toString());
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("deployment.finish"),
                               QStringLiteral("deployment.start")}));
        // Stored once for the platform, not per company.
        QCOMPARE(
            admin
                .get(QStringLiteral("/admin/audit?action=deployment.start&company_id=") + companyId)
                .json()
                .value(QStringLiteral("total"))
                .toInt(),
            0);
    }

    void badRequests_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no version") << QJsonObject {} << QStringLiteral("version");
        QTest::newRow("path") << QJsonObject {{QStringLiteral("version"),
                                               QStringLiteral("../../etc")}}
                              << QStringLiteral("version");
        QTest::newRow("spaces") << QJsonObject {{QStringLiteral("version"),
                                                 QStringLiteral("2.14 beta")}}
                                << QStringLiteral("version");
        QTest::newRow("too long") << QJsonObject {{QStringLiteral("version"),
                                                   QString(65, QLatin1Char('1'))}}
                                  << QStringLiteral("version");
        QTest::newRow("number") << QJsonObject {{QStringLiteral("version"), 214}}
                                << QStringLiteral("version");
        QTest::newRow("strategy") << QJsonObject {{QStringLiteral("version"), QStringLiteral("2")},
                                                  {QStringLiteral("strategy"),
                                                   QStringLiteral("canary")}}
                                  << QStringLiteral("strategy");
        QTest::newRow("unknown field")
            << QJsonObject {{QStringLiteral("version"), QStringLiteral("2")},
                            {QStringLiteral("force"), true}}
            << QStringLiteral("force");
    }
    void badRequests()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const ApiReply reply = m_platform.admin().post(QStringLiteral("/admin/deploy"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }

    void unknownDeployments()
    {
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/deploy/42")).status, 404);
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_platform.admin().get(QStringLiteral("/admin/deploy/") + unknown).status, 404);
        QCOMPARE(
            m_platform.admin()
                .post(QStringLiteral("/admin/deploy/") + unknown + QStringLiteral("/rollback"), {})
                .status,
            404);
    }

    void rolesAreEnforced()
    {
        auto support = m_platform.signIn(QStringLiteral("sue"), models::AdminRole::Support);
        QVERIFY(support.ok());
        auto sales = m_platform.signIn(QStringLiteral("sid"), models::AdminRole::Sales);
        QVERIFY(sales.ok());
        QCOMPARE(support->get(QStringLiteral("/admin/deploy/history")).status, 200);
        QCOMPARE(support->get(QStringLiteral("/admin/deploy/") + m_firstId).status, 200);
        for (ApiClient *client : {&support.value(), &sales.value()}) {
            QCOMPARE(
                client->post(QStringLiteral("/admin/deploy"), deployNow(QStringLiteral("9.9.9")))
                    .status,
                403);
            QCOMPARE(client
                         ->post(QStringLiteral("/admin/deploy/") + m_firstId
                                    + QStringLiteral("/rollback"),
                                {})
                         .status,
                     403);
            QCOMPARE(
                client
                    ->post(QStringLiteral("/admin/deploy/") + m_firstId + QStringLiteral("/cancel"),
                           {})
                    .status,
                403);
        }
    }

    void deploymentsOfStoppedServersAreFailed()
    {
        // Another server process (on another host) runs a deployment: it blocks new ones while
        // it shows signs of life, and is failed once it has been silent for too long.
        const QUuid remote =
            insertRunning(QStringLiteral("5.0.0"), QStringLiteral("elsewhere.example:4242"), 10);
        ApiReply refused = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                   deployNow(QStringLiteral("5.0.1")));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("deployment_in_progress"));
        execute(QStringLiteral("UPDATE deployments SET heartbeat_at = $2 WHERE id = $1"),
                {remote, QDateTime::currentDateTimeUtc().addSecs(-600)});
        ApiReply started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                   deployNow(QStringLiteral("5.0.1")));
        QCOMPARE(started.status, 202);
        QCOMPARE(statusOf(waitUntilFinished(started.json().value(QStringLiteral("id")).toString())),
                 QStringLiteral("succeeded"));
        const QJsonObject failed =
            m_platform.admin()
                .get(QStringLiteral("/admin/deploy/") + remote.toString(QUuid::WithoutBraces))
                .json();
        QCOMPARE(statusOf(failed), QStringLiteral("failed"));
        const QJsonObject first = stepNamed(failed, QStringLiteral("pre_checks"));
        QCOMPARE(statusOf(first), QStringLiteral("failed"));
        QVERIFY(first.value(QStringLiteral("output"))
                    .toString()
                    .contains(QStringLiteral("Interrupted")));
        QCOMPARE(statusOf(stepNamed(failed, QStringLiteral("switch"))), QStringLiteral("skipped"));

        // A runner on this host whose process is gone is failed at once.
        const QUuid dead =
            insertRunning(QStringLiteral("5.0.2"),
                          QSysInfo::machineHostName() + QStringLiteral(":2147483646"), 1);
        started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                          deployNow(QStringLiteral("5.0.3")));
        QCOMPARE(started.status, 202);
        waitUntilFinished(started.json().value(QStringLiteral("id")).toString());
        QCOMPARE(statusOf(m_platform.admin()
                              .get(QStringLiteral("/admin/deploy/")
                                   + dead.toString(QUuid::WithoutBraces))
                              .json()),
                 QStringLiteral("failed"));
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/audit?action=deployment.interrupted"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 2);
    }

    // Last: the shutdown hook aborts a running deployment, and nothing starts after it.
    void stopAbortsTheRunningDeployment()
    {
        useSimulation(std::chrono::seconds(30));
        const ApiReply started = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                         deployNow(QStringLiteral("4.0.0")));
        QCOMPARE(started.status, 202);
        const QString id = started.json().value(QStringLiteral("id")).toString();
        // Stop while the first step runs (it takes 30 s).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const ApiReply now =
                             m_platform.admin().get(QStringLiteral("/admin/deploy/") + id);
                         return statusOf(stepNamed(now.json(), QStringLiteral("pre_checks")))
                             == QLatin1String("running");
                     },
                     60000),
                 "the first step never ran");
        QElapsedTimer timer;
        timer.start();
        m_platform.server().deployments().stop();
        QVERIFY2(timer.elapsed() < 5000, "stopping waited for the step to end");
        QVERIFY(!m_runner->isBusy());

        const ApiReply stopped = m_platform.admin().get(QStringLiteral("/admin/deploy/") + id);
        QCOMPARE(statusOf(stopped.json()), QStringLiteral("failed"));
        const QJsonObject first = stepNamed(stopped.json(), QStringLiteral("pre_checks"));
        QCOMPARE(statusOf(first), QStringLiteral("failed"));
        QVERIFY(first.value(QStringLiteral("output"))
                    .toString()
                    .contains(QStringLiteral("shutting down")));
        QCOMPARE(statusOf(stepNamed(stopped.json(), QStringLiteral("maintenance_off"))),
                 QStringLiteral("skipped"));
        QCOMPARE(stepNames(stopped.json()).size(), 7); // no rollback while shutting down

        const ApiReply refused = m_platform.admin().post(QStringLiteral("/admin/deploy"),
                                                         deployNow(QStringLiteral("4.0.1")));
        QCOMPARE(refused.status, 503);
        // The refused deployment is recorded as failed, so it blocks nothing.
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/deploy/history?status=pending"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
    }

private:
    struct Window
    {
        QString id;
        QByteArray etag;
        QDate occurrence; // its start's date in UTC, the zone it is planned in
    };

    static QDateTime wholeSeconds()
    {
        return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    }

    Window createWindow(const QDateTime &startsAt, const QDateTime &endsAt)
    {
        const ApiReply created = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/windows"),
            {{QStringLiteral("starts_at"), models::WireTime::toString(startsAt)},
             {QStringLiteral("ends_at"), models::WireTime::toString(endsAt)},
             {QStringLiteral("timezone"), QStringLiteral("UTC")}});
        if (created.status != 201) {
            qWarning("window answered %d: %s", created.status, created.body.constData());
            return {};
        }
        return {created.json().value(QStringLiteral("id")).toString(), created.header("ETag"),
                startsAt.toUTC().date()};
    }

    void deleteWindow(const Window &window)
    {
        QCOMPARE(m_platform.admin()
                     .del(QStringLiteral("/admin/maintenance/windows/") + window.id,
                          {{"If-Match", window.etag}})
                     .status,
                 204);
    }

    static QJsonObject intoWindow(const QString &version, const Window &window)
    {
        return {{QStringLiteral("version"), version},
                {QStringLiteral("window_id"), window.id},
                {QStringLiteral("occurrence"), window.occurrence.toString(Qt::ISODate)}};
    }

    void useSimulation(std::chrono::milliseconds stepTime)
    {
        DeploymentRunner::Settings settings;
        settings.simulatedStepTime = stepTime;
        m_runner->setSettings(settings);
    }

    void useHooks(std::chrono::milliseconds timeout)
    {
        DeploymentRunner::Settings settings;
        settings.hooksDirectory = m_hooks.path();
        settings.hookTimeout = timeout;
        m_runner->setSettings(settings);
    }

    // A hook for every step (and rollback) that prints what it was told; `special` replaces
    // the body of some.
    void writeHooks(const QHash<QString, QString> &special)
    {
        for (const QString &name :
             models::DeploymentStep::canonicalNames() + QStringList {QStringLiteral("rollback")}) {
            QFile file(m_hooks.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QString script = QStringLiteral("#!/bin/sh\necho \"hook $SPHAIR_DEPLOY_STEP "
                                            "$SPHAIR_DEPLOY_VERSION $SPHAIR_DEPLOY_KIND\"\n");
            if (name == QLatin1String("rollback"))
                script += QStringLiteral("echo \"after failed step $SPHAIR_DEPLOY_FAILED_STEP\"\n");
            script += special.value(name, QStringLiteral("exit 0\n"));
            file.write(script.toUtf8());
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner));
        }
    }

    void execute(const QString &sql, const server::SqlParams &params)
    {
        auto done = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](server::SqlSession &session) {
                auto result = session.exec(sql, params);
                return result ? models::Status::success() : models::Status(result.error());
            });
        QVERIFY2(done.ok(), qPrintable(done.error().message));
    }

    // A deployment as another server process would have left it: running its first step.
    QUuid insertRunning(const QString &version, const QString &runner, int silentSeconds)
    {
        const QUuid id = QUuid::createUuid();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        execute(QStringLiteral("INSERT INTO deployments (id, version, status, active_color, "
                               "started_by, started_at, runner, heartbeat_at) VALUES ($1, $2, "
                               "'running', 'green', 'root', $3, $4, $5)"),
                {id, version, now.addSecs(-60), runner, now.addSecs(-silentSeconds)});
        for (const models::DeploymentStep &step : models::DeploymentStep::plan()) {
            execute(QStringLiteral("INSERT INTO deployment_steps (deployment_id, ordinal, name, "
                                   "status) VALUES ($1, $2, $3, $4)"),
                    {id, step.ordinal, step.name,
                     step.ordinal == 1 ? QStringLiteral("running") : QStringLiteral("pending")});
        }
        return id;
    }

    QJsonObject waitUntilFinished(const QString &id)
    {
        QDeadlineTimer deadline(60000);
        QJsonObject last;
        while (!deadline.hasExpired()) {
            const ApiReply reply = m_platform.admin().get(QStringLiteral("/admin/deploy/") + id);
            last = reply.json();
            const QString status = statusOf(last);
            if (status == QLatin1String("succeeded") || status == QLatin1String("failed")
                || status == QLatin1String("rolled_back"))
                return last;
            QThread::msleep(50);
        }
        qWarning("deployment %s did not finish: %s", qPrintable(id),
                 QJsonDocument(last).toJson().constData());
        return last;
    }

    PlatformFixture m_platform;
    DeploymentRunner *m_runner = nullptr;
    QTemporaryDir m_hooks;
    QString m_firstId;
    QString m_secondId;
    QDateTime m_cancelledStart;
};

QTEST_GUILESS_MAIN(TestDeployApi)
#include "tst_deployapi.moc"
