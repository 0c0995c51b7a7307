#include "server/services/ProcessDeploymentHook.h"

#include "models/domain/DeploymentStep.h"
#include "server/services/ServerText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <unistd.h>

namespace sphair::server {

namespace {

// More than a step may keep is read, so the tail survives however much a hook prints.
constexpr qsizetype kMaxCapturedBytes = qsizetype(4) * models::DeploymentStep::kMaxOutputLength;

void appendCapped(QByteArray &buffer, const QByteArray &chunk)
{
    buffer += chunk;
    if (buffer.size() > kMaxCapturedBytes)
        buffer.remove(0, buffer.size() - kMaxCapturedBytes);
}

// Ends the hook's process group: politely first, then for good.
void endProcessGroup(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid <= 0)
        return;
    ::kill(-static_cast<pid_t>(pid), SIGTERM);
    if (!process.waitForFinished(3000)) {
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
        process.waitForFinished(3000);
    }
}

} // namespace

ProcessDeploymentHook::ProcessDeploymentHook(QString directory, std::chrono::milliseconds timeout)
    : m_directory(std::move(directory))
    , m_timeout(timeout)
{ }

QString ProcessDeploymentHook::pathOf(const QString &step) const
{
    return QDir(m_directory).filePath(step);
}

bool ProcessDeploymentHook::hasHook(const QString &step) const
{
    const QFileInfo info(pathOf(step));
    return info.isFile() && info.isExecutable();
}

DeploymentHook::Outcome ProcessDeploymentHook::run(const Step &step,
                                                   const StopRequested &stopRequested)
{
    Outcome outcome;
    const QString program = pathOf(step.name);
    if (!hasHook(step.name)) {
        outcome.output = tr("No executable hook “%1” in %2.").arg(step.name, m_directory);
        return outcome;
    }

    QProcess process;
    process.setProgram(program);
    process.setWorkingDirectory(m_directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_ID"),
                       step.deploymentId.toString(QUuid::WithoutBraces));
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_VERSION"), step.version);
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_KIND"), step.kind);
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_STEP"), step.name);
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_LIVE_COLOR"),
                       models::deploymentColorCode(step.liveColor));
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_STANDBY_COLOR"),
                       models::deploymentColorCode(models::otherDeploymentColor(step.liveColor)));
    environment.insert(QStringLiteral("SPHAIR_DEPLOY_FAILED_STEP"), step.failedStep);
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        // The server blocks SIGINT/SIGTERM in its threads (sigwait); a hook must not inherit
        // that. Its own process group lets a timeout end the hook's children too.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        setpgid(0, 0);
    });

    process.start();
    if (!process.waitForStarted(10000)) {
        outcome.output =
            tr("The hook %1 could not be started: %2").arg(program, process.errorString());
        return outcome;
    }

    QByteArray captured;
    QElapsedTimer elapsed;
    elapsed.start();
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(100))
            break;
        appendCapped(captured, process.readAll());
        if (stopRequested && stopRequested()) {
            outcome.stopped = true;
            endProcessGroup(process);
            break;
        }
        if (elapsed.elapsed() > m_timeout.count()) {
            timedOut = true;
            endProcessGroup(process);
            break;
        }
    }
    appendCapped(captured, process.readAll());

    QString output = QString::fromUtf8(captured);
    if (output.size() > models::DeploymentStep::kMaxOutputLength - 100) {
        output = tr("… (earlier output cut)") + QLatin1Char('\n')
            + output.right(models::DeploymentStep::kMaxOutputLength - 100);
    }
    if (outcome.stopped) {
        output += QLatin1Char('\n') + tr("Stopped: the server is shutting down.");
    } else if (timedOut) {
        output += QLatin1Char('\n')
            + tr("The hook ran longer than %n second(s) and was stopped.", nullptr,
                 static_cast<int>((m_timeout.count() + 999) / 1000));
    } else if (process.exitStatus() != QProcess::NormalExit) {
        output += QLatin1Char('\n') + tr("The hook crashed.");
    } else if (process.exitCode() != 0) {
        output += QLatin1Char('\n') + tr("The hook exited with status %1.").arg(process.exitCode());
    } else {
        outcome.succeeded = true;
    }
    outcome.output = output.trimmed();
    return outcome;
}

} // namespace sphair::server
