#include "server/services/DeploymentRunner.h"

#include "server/services/Logging.h"
#include "server/services/ProcessDeploymentHook.h"
#include "server/services/ServerText.h"
#include "server/services/SimulatedDeploymentHook.h"
#include "server/store/AuditLog.h"
#include "server/store/DeploymentStore.h"
#include "server/store/MaintenanceStore.h"

#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace sphair::server {

namespace {

using models::DeploymentColor;
using models::DeploymentStatus;
using models::DeploymentStep;
using models::DeploymentStepStatus;

constexpr auto kHeartbeatInterval = std::chrono::seconds(15);
constexpr qint64 kStaleAfterSeconds = 120;

qint64 positiveNumber(const char *variable, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(variable).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

QString joinLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}

} // namespace

// What a deployment has changed so far, so a rollback knows what to undo.
struct DeploymentRunner::Progress
{
    DeploymentColor liveColor = DeploymentColor::Blue;
    bool switched = false; // this deployment moved traffic to the other colour
    bool maintenanceTurnedOn = false; // this deployment turned maintenance mode on
    bool maintenanceWasOn = false; // it was on before the deployment (left on at the end)
    QString failedStep;
    bool stopped = false;
};

DeploymentRunner::Settings DeploymentRunner::Settings::fromEnvironment()
{
    Settings settings;
    settings.hooksDirectory = qEnvironmentVariable("SPHAIR_DEPLOY_HOOKS_DIR");
    settings.hookTimeout =
        std::chrono::seconds(positiveNumber("SPHAIR_DEPLOY_HOOK_TIMEOUT_SECONDS", 600));
    settings.simulatedStepTime =
        std::chrono::milliseconds(positiveNumber("SPHAIR_DEPLOY_SIMULATED_STEP_MS", 1500));
    return settings;
}

DeploymentRunner::DeploymentRunner(Database *database, std::function<QDateTime()> clock,
                                   Settings settings)
    : m_database(database)
    , m_clock(std::move(clock))
    , m_settings(std::move(settings))
{ }

DeploymentRunner::~DeploymentRunner()
{
    stop();
}

void DeploymentRunner::setSettings(const Settings &settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

DeploymentRunner::Settings DeploymentRunner::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

bool DeploymentRunner::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

QDateTime DeploymentRunner::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

models::Status DeploymentRunner::launch(Job job)
{
    std::lock_guard launching(m_launchMutex);
    if (m_stopped) {
        return models::Status::failure(QStringLiteral("service_unavailable"),
                                       tr("The server is shutting down; no deployment can "
                                          "start now."));
    }
    if (m_thread) {
        // The previous deployment has recorded its end (or the new row could not exist); its
        // worker is about to return.
        m_thread->wait();
        m_thread.reset();
    }
    const Settings current = settings();
    std::shared_ptr<DeploymentHook> hook;
    if (current.hooksDirectory.isEmpty())
        hook = std::make_shared<SimulatedDeploymentHook>(current.simulatedStepTime);
    else
        hook = std::make_shared<ProcessDeploymentHook>(current.hooksDirectory, current.hookTimeout);
    {
        std::lock_guard lock(m_mutex);
        m_busy = true;
        m_current = job.deploymentId;
    }
    m_thread.reset(QThread::create([this, job = std::move(job), hook] {
        run(job, hook);
        std::lock_guard done(m_mutex);
        m_busy = false;
        m_current = QUuid();
    }));
    m_thread->setObjectName(QStringLiteral("deployment"));
    m_thread->start();
    return models::Status::success();
}

void DeploymentRunner::stop()
{
    std::lock_guard launching(m_launchMutex);
    m_stopped = true;
    m_stopRequested = true;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

QString DeploymentRunner::instanceName()
{
    static const QString name =
        QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(::getpid());
    return name;
}

QString DeploymentRunner::interruptedNote()
{
    return tr("Interrupted: the server running this deployment stopped.");
}

bool DeploymentRunner::isInterrupted(const DeploymentStore::Row &row, const QDateTime &now) const
{
    if (row.runner == instanceName()) {
        std::lock_guard lock(m_mutex);
        return m_current != row.deployment.id;
    }
    const QDateTime lastSign =
        row.heartbeatAt.isValid() ? row.heartbeatAt : row.deployment.startedAt;
    if (!lastSign.isValid() || lastSign.secsTo(now) > kStaleAfterSeconds)
        return true;
    // A runner on this host whose process is gone will not come back.
    const qsizetype colon = row.runner.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && row.runner.left(colon) == QSysInfo::machineHostName()) {
        bool ok = false;
        const qint64 pid = row.runner.mid(colon + 1).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            return true;
    }
    return false;
}

models::Result<int> DeploymentRunner::recoverInterrupted()
{
    int count = 0;
    const QDateTime at = now();
    auto status = m_database->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto active = DeploymentStore::active(session);
        if (!active)
            return models::Status(active.error());
        if (!active.value() || !isInterrupted(*active.value(), at))
            return models::Status::success();
        const DeploymentStore::Row &row = *active.value();
        if (auto failed = DeploymentStore::failInterrupted(session, row.deployment.id, at,
                                                           QLatin1Char('\n') + interruptedNote());
            !failed)
            return failed;
        count = 1;
        return AuditLog::record(session, QStringLiteral("system"), QStringLiteral("system"),
                                {QStringLiteral("deployment.interrupted"),
                                 QStringLiteral("deployment"),
                                 row.deployment.id.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 QJsonObject {{QStringLiteral("runner"), row.runner}}});
    });
    if (!status)
        return status.error();
    if (count > 0)
        qCWarning(lcServices) << "a deployment left running by a stopped server was marked failed";
    return count;
}

void DeploymentRunner::beat(const Job &job)
{
    const auto instant = std::chrono::steady_clock::now();
    if (instant - m_lastBeat < kHeartbeatInterval)
        return;
    m_lastBeat = instant;
    record("a heartbeat", [&](SqlSession &session) {
        return DeploymentStore::heartbeat(session, job.deploymentId, now());
    });
}

bool DeploymentRunner::record(const char *what, const Database::TransactionFunction &fn)
{
    const auto status = m_database->transaction(TxScope::forOperator(), fn);
    if (!status) {
        qCWarning(lcServices) << "deployment: cannot record" << what << status.error().code
                              << status.error().message;
        return false;
    }
    return true;
}

bool DeploymentRunner::saveStep(const Job &job, const DeploymentStep &step)
{
    return record("a step", [&](SqlSession &session) {
        return DeploymentStore::saveStep(session, job.deploymentId, step);
    });
}

bool DeploymentRunner::setColor(const Job &job, DeploymentColor color)
{
    return record("the active colour", [&](SqlSession &session) {
        if (auto set = DeploymentStore::setColor(session, job.deploymentId, color); !set)
            return set;
        return AuditLog::record(
            session, job.actor, job.actorRole,
            {QStringLiteral("deployment.switch"),
             QStringLiteral("deployment"),
             job.deploymentId.toString(QUuid::WithoutBraces),
             {},
             QJsonObject {{QStringLiteral("active_color"),
                           models::deploymentColorCode(models::otherDeploymentColor(color))}},
             QJsonObject {{QStringLiteral("active_color"), models::deploymentColorCode(color)}}});
    });
}

QString DeploymentRunner::setMaintenance(const Job &job, bool on, Progress &progress, bool &ok)
{
    const MaintenanceStore::Change change {
        job.actor, job.actorRole, now(),
        QJsonObject {
            {QStringLiteral("deployment_id"), job.deploymentId.toString(QUuid::WithoutBraces)}}};
    QString line;
    ok = record(on ? "maintenance on" : "maintenance off", [&](SqlSession &session) {
        auto current = MaintenanceStore::state(session, true);
        if (!current)
            return models::Status(current.error());
        if (on) {
            if (current->state.enabled) {
                progress.maintenanceWasOn = true;
                line = tr("Maintenance mode was already on; it stays on after the deployment.");
                return models::Status::success();
            }
            auto enabled = MaintenanceStore::enable(
                session,
                tr("SPHAiR is being updated to version %1. Please try again shortly.")
                    .arg(job.version),
                models::MaintenanceState::kDefaultRetryAfterSeconds, change);
            if (!enabled)
                return models::Status(enabled.error());
            progress.maintenanceTurnedOn = true;
            line = tr("Maintenance mode is on: tenant routes answer 503 with Retry-After.");
            return models::Status::success();
        }
        if (progress.maintenanceWasOn) {
            line = tr("Maintenance mode was on before the deployment, so it stays on.");
            return models::Status::success();
        }
        auto disabled = MaintenanceStore::disable(session, change);
        if (!disabled)
            return models::Status(disabled.error());
        progress.maintenanceTurnedOn = false;
        line = tr("Maintenance mode is off: tenants are served again.");
        return models::Status::success();
    });
    if (!ok)
        return tr("The database could not record the change of maintenance mode.");
    return line;
}

DeploymentHook::Outcome DeploymentRunner::runStep(const Job &job, const DeploymentStep &step,
                                                  DeploymentHook &hook, Progress &progress)
{
    DeploymentHook::Step context {job.deploymentId, job.version,        job.kind,
                                  step.name,        progress.liveColor, progress.failedStep};
    const auto stop = [this] {
        return stopRequested();
    };
    const QString &name = step.name;

    if (name == QLatin1String("maintenance_on")) {
        bool ok = false;
        const QString line = setMaintenance(job, true, progress, ok);
        if (!ok)
            return {false, false, line};
        if (!hook.hasHook(name))
            return {true, false,
                    joinLines(line,
                              tr("No hook for this step; only the built-in "
                                 "part ran."))};
        DeploymentHook::Outcome outcome = hook.run(context, stop);
        outcome.output = joinLines(line, outcome.output);
        return outcome;
    }

    if (name == QLatin1String("maintenance_off")) {
        DeploymentHook::Outcome outcome {true, false, {}};
        if (hook.hasHook(name))
            outcome = hook.run(context, stop);
        else
            outcome.output = tr("No hook for this step; only the built-in part ran.");
        if (!outcome.succeeded)
            return outcome;
        bool ok = false;
        const QString line = setMaintenance(job, false, progress, ok);
        outcome.succeeded = ok;
        outcome.output = joinLines(outcome.output, line);
        return outcome;
    }

    DeploymentHook::Outcome outcome = hook.run(context, stop);
    if (!outcome.succeeded)
        return outcome;

    if (name == QLatin1String("switch")
        || (name == DeploymentStep::rollbackName()
            && (job.kind == DeploymentStore::rollbackKind() || progress.switched))) {
        const DeploymentColor next = models::otherDeploymentColor(progress.liveColor);
        if (!setColor(job, next)) {
            outcome.succeeded = false;
            outcome.output =
                joinLines(outcome.output, tr("The database could not record the active colour."));
            return outcome;
        }
        progress.liveColor = next;
        progress.switched = !progress.switched;
        outcome.output = joinLines(
            outcome.output, tr("Traffic now goes to %1.").arg(models::deploymentColorCode(next)));
    }
    return outcome;
}

void DeploymentRunner::run(const Job &job, const std::shared_ptr<DeploymentHook> &hook)
{
    Progress progress;
    progress.liveColor = job.liveColor;
    QList<DeploymentStep> steps = job.steps;

    m_lastBeat = std::chrono::steady_clock::now();
    record("the start", [&](SqlSession &session) {
        return DeploymentStore::claim(session, job.deploymentId, instanceName(), now());
    });

    bool failed = false;
    qsizetype next = 0;
    for (; next < steps.size(); ++next) {
        DeploymentStep &step = steps[next];
        if (stopRequested()) {
            progress.stopped = true;
            failed = true;
            break;
        }
        step.status = DeploymentStepStatus::Running;
        step.startedAt = now();
        saveStep(job, step);

        const DeploymentHook::Outcome outcome = runStep(job, step, *hook, progress);
        step.output = outcome.output.left(DeploymentStep::kMaxOutputLength);
        step.finishedAt = now();
        step.status =
            outcome.succeeded ? DeploymentStepStatus::Succeeded : DeploymentStepStatus::Failed;
        saveStep(job, step);
        if (!outcome.succeeded) {
            failed = true;
            progress.stopped = outcome.stopped || stopRequested();
            progress.failedStep = step.name;
            ++next;
            break;
        }
    }
    for (; next < steps.size(); ++next) {
        DeploymentStep &step = steps[next];
        step.status = DeploymentStepStatus::Skipped;
        if (progress.stopped)
            step.output = tr("Not run: the server shut down.");
        else
            step.output = tr("Not run: step “%1” failed.").arg(progress.failedStep);
        saveStep(job, step);
    }

    if (failed && !progress.stopped && job.kind == DeploymentStore::deployKind()) {
        // The automatic rollback: the hook puts the previous version back; the runner moves
        // traffic back if this deployment had switched, and ends its maintenance mode.
        DeploymentStep rollback;
        rollback.ordinal = static_cast<int>(steps.size()) + 1;
        rollback.name = DeploymentStep::rollbackName();
        rollback.status = DeploymentStepStatus::Running;
        rollback.startedAt = now();
        saveStep(job, rollback);
        DeploymentHook::Outcome outcome = runStep(job, rollback, *hook, progress);
        if (outcome.succeeded && progress.maintenanceTurnedOn) {
            bool ok = false;
            outcome.output = joinLines(outcome.output, setMaintenance(job, false, progress, ok));
            outcome.succeeded = ok;
        } else if (!outcome.succeeded && progress.maintenanceTurnedOn) {
            outcome.output = joinLines(outcome.output,
                                       tr("The rollback failed, so maintenance mode stays on "
                                          "until an admin checks the platform and turns it "
                                          "off."));
        }
        rollback.output = outcome.output.left(DeploymentStep::kMaxOutputLength);
        rollback.finishedAt = now();
        rollback.status =
            outcome.succeeded ? DeploymentStepStatus::Succeeded : DeploymentStepStatus::Failed;
        saveStep(job, rollback);
    }
    finish(job, !failed, progress);
}

void DeploymentRunner::finish(const Job &job, bool succeeded, const Progress &progress)
{
    const DeploymentStatus status =
        succeeded ? DeploymentStatus::Succeeded : DeploymentStatus::Failed;
    const QDateTime finishedAt = now();
    record("the end", [&](SqlSession &session) {
        if (auto set = DeploymentStore::setStatus(session, job.deploymentId, status, finishedAt);
            !set)
            return set;
        QJsonObject after {
            {QStringLiteral("status"), models::deploymentStatusCode(status)},
            {QStringLiteral("version"), job.version},
            {QStringLiteral("active_color"), models::deploymentColorCode(progress.liveColor)}};
        if (!progress.failedStep.isEmpty())
            after.insert(QStringLiteral("failed_step"), progress.failedStep);
        if (progress.stopped)
            after.insert(QStringLiteral("stopped"), true);
        if (succeeded && job.kind == DeploymentStore::rollbackKind() && !job.rollbackOf.isNull()) {
            if (auto undone = DeploymentStore::setStatus(session, job.rollbackOf,
                                                         DeploymentStatus::RolledBack);
                !undone)
                return undone;
            after.insert(QStringLiteral("rolled_back"),
                         job.rollbackOf.toString(QUuid::WithoutBraces));
        }
        return AuditLog::record(session, job.actor, job.actorRole,
                                {QStringLiteral("deployment.finish"),
                                 QStringLiteral("deployment"),
                                 job.deploymentId.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 after});
    });
    qCInfo(lcServices) << "deployment" << job.deploymentId << job.kind << job.version
                       << models::deploymentStatusCode(status);
}

} // namespace sphair::server
