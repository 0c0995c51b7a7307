#include "client/OperationsClient.h"
#include "client/Queries.h"
#include "models/domain/DeploymentStart.h"
#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/item/DeploymentModel.h"
#include "models/item/DeploymentStepModel.h"
#include "server/services/DeploymentRunner.h"
#include "server/services/MailTransport.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/SmtpReceiver.h"
#include "tests/support/TestSupport.h"
#include "ui/common/ConsoleContext.h"
#include "ui/deployments/DeploymentStartDialog.h"
#include "ui/deployments/DeploymentsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <memory>

using namespace sphair;
using models::Deployment;
using models::DeploymentStart;
using models::DeploymentStatus;
using models::DeploymentStep;
using models::DeploymentStepStatus;
using models::MaintenanceNoticeMail;
using models::MaintenanceWindow;

namespace {

constexpr int kWaitMs = 60000;

const QTimeZone kPlatform("Africa/Johannesburg");

template<typename T>
QByteArray describe(const models::Result<T> &result)
{
    return result ? QByteArray("ok")
                  : (result.error().code + QStringLiteral(": ") + result.error().message).toUtf8();
}

// One call of the console's client, waited for.
template<typename T, typename Start>
models::Result<T> answer(Start start)
{
    return tests::await<models::Result<T>>(
        [&start](auto done) { start(client::PlatformClient::Callback<T>(std::move(done))); });
}

} // namespace

// The deployment scheduler end to end, through the console's own client and its Deployments
// view against the real platform server: a maintenance window planned after its dry run; its
// notices delivered by the server's SMTP client to a real SMTP receiver (aiosmtpd) 72 and
// 24 hours ahead and after its end (injected clocks); a deployment scheduled into it,
// started by the scheduler when the window starts, every step followed to the end in the
// view's step model; tenant routes answering 503 while its maintenance mode is on and 200
// after; a rollback by hand; a failing health-check hook that rolls back by itself; all of it
// in the history. The hooks are real executables (SPHAIR_DEPLOY_HOOKS_DIR's contract).
class TestDeploymentFlow : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    QTemporaryDir m_hooks;
    QTemporaryDir m_mail;
    std::unique_ptr<tests::SmtpReceiver> m_receiver;
    std::unique_ptr<ui::DeploymentsView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::optional<tests::ApiClient> m_tenant;
    std::atomic<qint64> m_nowMs {0};
    QUuid m_company;
    MaintenanceWindow m_window;
    QDate m_night; // the window's local date
    QUuid m_deployed;
    QUuid m_rollback;
    QUuid m_failed;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }
    void setNow(const QDateTime &at) { m_nowMs = at.toMSecsSinceEpoch(); }
    client::OperationsClient operations() const { return m_fixture.context()->operations(); }
    server::PlatformServer &server() { return m_fixture.platform().server(); }

    // Every step of the deployment shown in the view has this state.
    bool allSteps(DeploymentStepStatus status) const
    {
        const auto &steps = m_view->stepModel()->steps();
        return !steps.isEmpty()
            && std::all_of(steps.cbegin(), steps.cend(),
                           [status](const DeploymentStep &step) { return step.status == status; });
    }

    DeploymentStepStatus stepStatus(const QString &name) const
    {
        for (const DeploymentStep &step : m_view->stepModel()->steps()) {
            if (step.name == name)
                return step.status;
        }
        return DeploymentStepStatus::Pending;
    }

    int tenantStatus() const
    {
        return m_tenant->get(QStringLiteral("/api/company/settings")).status;
    }

    // A hook for every step (and rollback) that says what it was told. deploy_standby of
    // 8.0.0 waits until the test releases it (the file "release" appears); health_check fails
    // for 8.1.0.
    bool writeHooks()
    {
        const QString release = m_hooks.filePath(QStringLiteral("release"));
        for (const QString &name :
             DeploymentStep::canonicalNames() + QStringList {DeploymentStep::rollbackName()}) {
            QString script = QStringLiteral("#!/bin/sh\necho \"hook $SPHAIR_DEPLOY_STEP "
                                            "$SPHAIR_DEPLOY_VERSION $SPHAIR_DEPLOY_KIND\"\n");
            if (name == QLatin1String("deploy_standby")) {
                script +=
                    QStringLiteral(
                        "if [ \"$SPHAIR_DEPLOY_VERSION\" = 8.0.0 ]; then\n"
                        "  n=0\n"
                        "  while [ ! -e '%1' ]; do\n"
                        "    n=$((n + 1)); [ $n -gt 1200 ] && { echo never released; exit 1; }\n"
                        "    sleep 0.05\n"
                        "  done\n"
                        "fi\n")
                        .arg(release);
            }
            if (name == QLatin1String("health_check")) {
                script += QStringLiteral("if [ \"$SPHAIR_DEPLOY_VERSION\" = 8.1.0 ]; then\n"
                                         "  echo \"standby $SPHAIR_DEPLOY_STANDBY_COLOR: 3 of 5 "
                                         "probes failed\" >&2; exit 2\n"
                                         "fi\n");
            }
            script += QStringLiteral("exit 0\n");
            QFile file(m_hooks.filePath(name));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(script.toUtf8()) < 0)
                return false;
            file.close();
            if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ExeOwner))
                return false;
        }
        return true;
    }

    QList<models::MaintenanceNoticeMail> notices(const QString &status)
    {
        client::MaintenanceNoticeQuery query;
        query.windowId = m_window.id;
        query.status = status;
        const auto page = answer<models::Page<MaintenanceNoticeMail>>(
            [&](auto done) { return operations().list(query, done); });
        if (!page) {
            qWarning("notices: %s", describe(page).constData());
            return {};
        }
        return page->items;
    }

private slots:
    void initTestCase()
    {
        const QString python = tests::SmtpReceiver::pythonWithAiosmtpd();
        QVERIFY2(!python.isEmpty(),
                 "no python3 with aiosmtpd: install the Debian package python3-aiosmtpd");
        QVERIFY(m_hooks.isValid() && m_mail.isValid());
        QVERIFY(writeHooks());
        const quint16 port = tests::SmtpReceiver::freePort();
        QVERIFY(port > 0);
        m_receiver = std::make_unique<tests::SmtpReceiver>(python, m_mail.path(), port);
        QVERIFY2(m_receiver->start(), "the SMTP receiver did not start");

        auto started = m_fixture.start(tests::PlatformFixture::backendFromEnvironment());
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        setNow(QDateTime::currentDateTimeUtc());
        server::SmtpTransport::Settings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        server().notices().setTransport(std::make_unique<server::SmtpTransport>(smtp));
        server().notices().setClock([this] { return now(); });
        server().deploymentScheduler().setClock([this] { return now(); });
        server::DeploymentRunner::Settings hooks;
        hooks.hooksDirectory = m_hooks.path();
        hooks.hookTimeout = std::chrono::seconds(120);
        server().deployments().setSettings(hooks);

        // One company with its admin, usually busy on the night of the window.
        tests::PlatformFixture &platform = m_fixture.platform();
        m_company = QUuid::createUuid();
        QVERIFY(platform
                    .sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                        "VALUES ($1, 'FLOW-01', 'Flow Logistics', 'small', 10)"),
                         {m_company})
                    .ok());
        QVERIFY(platform
                    .sql(QStringLiteral("INSERT INTO users (company_id, id, email, name, role) "
                                        "VALUES ($1, $2, 'anna@flow.example', 'Anna', 'admin')"),
                         {m_company, QUuid::createUuid()})
                    .ok());
        m_night = QDateTime::currentDateTimeUtc().toTimeZone(kPlatform).date().addDays(6);
        for (const auto &[hour, users] : {std::pair {2, 2.0}, std::pair {3, 3.5}}) {
            QVERIFY(platform
                        .sql(QStringLiteral("INSERT INTO usage_hour_profile (company_id, weekday, "
                                            "hour, active_users) VALUES ($1, $2, $3, $4)"),
                             {m_company, m_night.dayOfWeek(), hour, users})
                        .ok());
        }
        auto tenant = platform.tenant(m_company);
        QVERIFY2(tenant.ok(), describe(tenant).constData());
        m_tenant = std::move(tenant).value();
        QCOMPARE(tenantStatus(), 200);

        m_view = std::make_unique<ui::DeploymentsView>(m_fixture.context());
        m_view->setPollInterval(50);
        m_view->resize(1200, 800);
        m_view->show();
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_view->historyModel()),
                                          static_cast<QAbstractItemModel *>(m_view->stepModel())}) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_view.reset();
        if (m_receiver)
            m_receiver->stop();
    }

    // The default nightly slot, estimated before it is saved, then planned.
    void planWindowAfterItsDryRun()
    {
        auto draft = MaintenanceWindow::defaultNightly(m_night);
        QVERIFY2(draft.ok(), describe(draft).constData());
        draft->description = QStringLiteral("Database upgrade");
        const auto estimate = answer<models::MaintenanceDryRun>(
            [&](auto done) { return operations().maintenanceDryRun(draft.value(), done); });
        QVERIFY2(estimate.ok(), describe(estimate).constData());
        QCOMPARE(estimate->companies, 1);
        QCOMPARE(estimate->activeUsers, 3.5);
        QCOMPARE(estimate->startsAt, QDateTime(m_night, QTime(2, 0), kPlatform));

        const auto created = answer<client::Versioned<MaintenanceWindow>>(
            [&](auto done) { return operations().createMaintenanceWindow(draft.value(), done); });
        QVERIFY2(created.ok(), describe(created).constData());
        m_window = created->value;
        QVERIFY(!m_window.id.isNull());
        QCOMPARE(m_window.startsAt, estimate->startsAt);
    }

    // 72 and 24 hours ahead the server mails the company's admin; the console lists it sent.
    void noticesDeliveredAhead()
    {
        QVERIFY(!m_window.id.isNull());
        for (const auto &[before, subject] :
             {std::pair {72, "in 3 days"}, std::pair {24, "tomorrow"}}) {
            setNow(m_window.startsAt.addSecs(-qint64(before) * 3600 + 60));
            const auto ticked = server().notices().tick();
            QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
            QCOMPARE(ticked->queued, 1);
            QCOMPARE(ticked->sent, 1);
            // tick() returns after the SMTP dialogue; the receiver keeps a message before it
            // answers.
            const QJsonObject message = m_receiver->messageTo(QStringLiteral("anna@flow.example"),
                                                              QString::fromLatin1(subject));
            QVERIFY2(!message.isEmpty(), subject);
            QVERIFY(
                message.value(QLatin1String("body")).toString().contains(QLatin1String("02:00")));
        }
        const QList<MaintenanceNoticeMail> sent = notices(MaintenanceNoticeMail::statusSent());
        QCOMPARE(sent.size(), 2);
        for (const MaintenanceNoticeMail &mail : sent) {
            QCOMPARE(mail.recipient, QStringLiteral("anna@flow.example"));
            QCOMPARE(mail.companyId, m_company);
        }
    }

    // Scheduled into the window, started by the scheduler when it starts, followed step by
    // step in the view; the tenants are kept out meanwhile.
    void scheduledDeploymentRunsInTheWindow()
    {
        QVERIFY(!m_window.id.isNull());
        // The start dialog offers the window's occurrence, its entry shown whole.
        m_view->openStartDialog();
        ui::DeploymentStartDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<ui::DeploymentStartDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWaitMs);
        QCOMPARE(dialog->occurrences().size(), 1);
        QCOMPARE(dialog->occurrences().first().windowId, m_window.id);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("deploymentOccurrenceCombo"));
        QVERIFY(combo);
        QVERIFY2(combo->itemText(0).contains(QLatin1String("Database upgrade")),
                 qPrintable(combo->itemText(0)));
        QTRY_VERIFY2(
            combo->width() >= combo->sizeHint().width(),
            qPrintable(
                QStringLiteral("%1 < %2").arg(combo->width()).arg(combo->sizeHint().width())));
        dialog->reject();

        const auto scheduled = answer<Deployment>([&](auto done) {
            return operations().startDeployment(
                DeploymentStart::intoWindow(QStringLiteral("8.0.0"), m_window.id, m_night), done);
        });
        QVERIFY2(scheduled.ok(), describe(scheduled).constData());
        QCOMPARE(scheduled->status, DeploymentStatus::Scheduled);
        QCOMPARE(scheduled->scheduledFor, m_window.startsAt);
        m_deployed = scheduled->id;
        m_view->selectDeployment(m_deployed);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Scheduled,
                                  kWaitMs);
        QVERIFY(m_view->isFollowing());
        QVERIFY(allSteps(DeploymentStepStatus::Pending));

        // Not before the window; then the window starts.
        setNow(m_window.startsAt.addSecs(-60));
        QCOMPARE(server().deploymentScheduler().tick().value(), 0);
        setNow(m_window.startsAt.addSecs(30));
        const auto ticked = server().deploymentScheduler().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked.value(), 1);

        // deploy_standby waits for the test: maintenance mode is on by then.
        QTRY_VERIFY_WITH_TIMEOUT(
            stepStatus(QStringLiteral("deploy_standby")) == DeploymentStepStatus::Running, kWaitMs);
        QCOMPARE(stepStatus(QStringLiteral("maintenance_on")), DeploymentStepStatus::Succeeded);
        QCOMPARE(m_view->selectedDeployment().status, DeploymentStatus::Running);
        const tests::ApiReply blocked = m_tenant->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(blocked.status, 503);
        QVERIFY(!blocked.header("Retry-After").isEmpty());
        const auto status = answer<models::MaintenanceStatus>(
            [&](auto done) { return operations().maintenanceStatus(done); });
        QVERIFY2(status.ok(), describe(status).constData());
        QVERIFY(status->state.enabled);

        QFile release(m_hooks.filePath(QStringLiteral("release")));
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.close();
        QTRY_VERIFY_WITH_TIMEOUT(allSteps(DeploymentStepStatus::Succeeded), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Succeeded,
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isFollowing(), kWaitMs);
        QCOMPARE(m_view->stepModel()->steps().size(), DeploymentStep::canonicalNames().size());
        for (const DeploymentStep &step : m_view->stepModel()->steps()) {
            QVERIFY(step.startedAt.isValid() && step.finishedAt.isValid());
            QVERIFY2(step.output.contains(QStringLiteral("hook ") + step.name
                                          + QStringLiteral(" 8.0.0 deploy")),
                     qPrintable(step.output));
        }
        QCOMPARE(m_view->selectedDeployment().windowId, m_window.id);
        QCOMPARE(tenantStatus(), 200);

        // After the window the admin hears that it has ended.
        setNow(m_window.endsAt.addSecs(60));
        const auto ended = server().notices().tick();
        QVERIFY2(ended.ok(), qPrintable(ended.error().message));
        QCOMPARE(ended->sent, 1);
        QVERIFY(
            !m_receiver->messageTo(QStringLiteral("anna@flow.example"), QStringLiteral("has ended"))
                 .isEmpty());
    }

    // Rolled back by hand: a rollback of its own, followed to the end; the deployment is
    // rolled back.
    void rollBackByHand()
    {
        QVERIFY(!m_deployed.isNull());
        const auto rollback = answer<Deployment>(
            [&](auto done) { return operations().rollbackDeployment(m_deployed, done); });
        QVERIFY2(rollback.ok(), describe(rollback).constData());
        QCOMPARE(rollback->rollbackOf, m_deployed);
        m_rollback = rollback->id;
        m_view->selectDeployment(m_rollback);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Succeeded,
                                  kWaitMs);
        QVERIFY(allSteps(DeploymentStepStatus::Succeeded));
        QCOMPARE(stepStatus(DeploymentStep::rollbackName()), DeploymentStepStatus::Succeeded);
        QCOMPARE(tenantStatus(), 200);
        const auto undone = answer<client::Versioned<Deployment>>(
            [&](auto done) { return operations().deployment(m_deployed, done); });
        QVERIFY2(undone.ok(), describe(undone).constData());
        QCOMPARE(undone->value.status, DeploymentStatus::RolledBack);
    }

    // The health check of 8.1.0 fails: the steps after it are skipped, the rollback step runs
    // by itself, maintenance mode ends, and the tenants are back.
    void failingHealthCheckRollsBackByItself()
    {
        const auto started = answer<Deployment>([&](auto done) {
            return operations().startDeployment(
                DeploymentStart::immediately(QStringLiteral("8.1.0"),
                                             QStringLiteral("Fix for the invoice export")),
                done);
        });
        QVERIFY2(started.ok(), describe(started).constData());
        m_failed = started->id;
        const models::DeploymentColor before = started->activeColor;
        m_view->selectDeployment(m_failed);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Failed,
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isFollowing(), kWaitMs);
        QCOMPARE(stepStatus(QStringLiteral("health_check")), DeploymentStepStatus::Failed);
        for (const char *name : {"switch", "monitor", "maintenance_off"})
            QCOMPARE(stepStatus(QLatin1String(name)), DeploymentStepStatus::Skipped);
        QCOMPARE(stepStatus(DeploymentStep::rollbackName()), DeploymentStepStatus::Succeeded);
        const auto &steps = m_view->stepModel()->steps();
        const auto health = std::find_if(steps.cbegin(), steps.cend(), [](const auto &step) {
            return step.name == QLatin1String("health_check");
        });
        QVERIFY(health != steps.cend());
        QVERIFY2(health->output.contains(QLatin1String("3 of 5 probes failed")),
                 qPrintable(health->output));
        QCOMPARE(m_view->selectedDeployment().activeColor, before);
        QCOMPARE(tenantStatus(), 200);
    }

    // All three in the history, and found by version.
    void history()
    {
        QVERIFY(!m_failed.isNull() && !m_rollback.isNull());
        m_view->setVersionFilter(QString());
        m_view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        const models::DeploymentModel *history = m_view->historyModel();
        QCOMPARE(history->rowCount(), 3);
        // (The scheduler's clock, days ahead here, dated 8.0.0's start: not by order.)
        QHash<QUuid, DeploymentStatus> listed;
        for (int row = 0; row < history->rowCount(); ++row)
            listed.insert(history->deploymentAt(row).id, history->deploymentAt(row).status);
        QCOMPARE(listed.value(m_failed), DeploymentStatus::Failed);
        QCOMPARE(listed.value(m_rollback), DeploymentStatus::Succeeded);
        QCOMPARE(listed.value(m_deployed), DeploymentStatus::RolledBack);
        m_view->setVersionFilter(QStringLiteral("8.0"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && history->rowCount() == 1, kWaitMs);
        QCOMPARE(history->deploymentAt(0).id, m_deployed);
    }
};

QTEST_MAIN(TestDeploymentFlow)
#include "tst_deploymentflow.moc"
