#include "client/SandboxLauncher.h"

#include "client/Logging.h"
#include "models/domain/PlatformReadyLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStandardPaths>

namespace sphair::client {

namespace {

constexpr int kMaxStdoutBytes = 64 * 1024; // a ready line is far shorter
constexpr qsizetype kMaxStderrLineChars = 500;

QString executableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("sphair-platformd.exe");
#else
    return QStringLiteral("sphair-platformd");
#endif
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo file(path);
    return file.isFile() && file.isExecutable();
}

} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SandboxLauncher::onStartTimeout);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process) {
            qCWarning(lcClient) << "sandbox platform ignored SIGTERM; killing it";
            m_process->kill();
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    if (!m_process)
        return;
    // The console is closing: the child must not outlive it. This is the one place that
    // waits, bounded by the grace period.
    QProcess *process = m_process;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(static_cast<int>(m_stopGrace.count()))) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
}

QString SandboxLauncher::defaultSandboxDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/sandbox");
}

QStringList SandboxLauncher::platformdCandidates(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    return {QDir::cleanPath(dir.filePath(executableName())),
            QDir::cleanPath(dir.filePath(QStringLiteral("../platformd/") + executableName()))};
}

QString SandboxLauncher::locatePlatformd(const QString &applicationDir)
{
    const QStringList candidates = platformdCandidates(applicationDir);
    for (const QString &candidate : candidates) {
        if (isExecutableFile(candidate))
            return candidate;
    }
    return candidates.first();
}

QString SandboxLauncher::defaultPlatformdPath()
{
    return locatePlatformd(QCoreApplication::applicationDirPath());
}

ConnectionProfile SandboxLauncher::profileFor(const SandboxInfo &info)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.baseUrl = info.url;
    profile.environment = Environment::Sandbox;
    profile.pin = info.pin;
    return profile;
}

qint64 SandboxLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList SandboxLauncher::stderrTail() const
{
    if (m_secret.isEmpty())
        return m_stderrLines;
    QStringList masked = m_stderrLines;
    for (QString &line : masked)
        line.replace(m_secret, QStringLiteral("********"));
    return masked;
}

QString SandboxLauncher::tailText() const
{
    const QStringList tail = stderrTail();
    return tail.isEmpty() ? tr("(no output)") : tail.join(QLatin1Char('\n'));
}

void SandboxLauncher::start(const QString &platformdPath, const QString &sandboxDir)
{
    if (m_process) {
        failLater({QStringLiteral("sandbox_busy"),
                   tr("A sandbox platform is already running or still stopping."),
                   {}});
        return;
    }
    const QString program = platformdPath.isEmpty() ? defaultPlatformdPath() : platformdPath;
    const QString dir = sandboxDir.isEmpty() ? defaultSandboxDir() : sandboxDir;
    if (!isExecutableFile(program)) {
        failLater({QStringLiteral("sandbox_binary_missing"),
                   tr("The sandbox platform could not be found: %1 is missing or not "
                      "executable.")
                       .arg(QDir::toNativeSeparators(program)),
                   {{QStringLiteral("path"), program}}});
        return;
    }
    if (!QDir().mkpath(dir)) {
        failLater(
            {QStringLiteral("sandbox_start_failed"),
             tr("The sandbox folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)),
             {{QStringLiteral("dir"), dir}}});
        return;
    }

    m_program = program;
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_stderrLines.clear();
    m_info.reset();
    m_secret.clear();

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments({QStringLiteral("--sandbox"), dir, QStringLiteral("--exit-with-parent")});
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setInputChannelMode(QProcess::ManagedInputChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onStdout);
    connect(process, &QProcess::readyReadStandardError, this, &SandboxLauncher::onStderr);
    connect(process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(process, &QProcess::errorOccurred, this, &SandboxLauncher::onProcessError);

    m_state = State::Starting;
    m_startTimer.start(m_startTimeout);
    qCInfo(lcClient) << "starting sandbox platform" << program << "in" << dir;
    process->start();
}

void SandboxLauncher::stop()
{
    if (!m_process || m_state == State::Stopping)
        return;
    m_startTimer.stop();
    m_state = State::Stopping;
    m_info.reset();
    if (m_process->state() == QProcess::NotRunning) {
        // Never started (FailedToStart): nothing will exit.
        m_process->deleteLater();
        m_process = nullptr;
        m_state = State::Idle;
        emit stopped();
        return;
    }
    qCInfo(lcClient) << "stopping sandbox platform, pid" << m_process->processId();
    m_process->terminate();
    m_killTimer.start(m_stopGrace);
}

void SandboxLauncher::onStdout()
{
    if (!m_process)
        return;
    m_stdoutBuffer += m_process->readAllStandardOutput();
    while (m_state == State::Starting) {
        const qsizetype newline = m_stdoutBuffer.indexOf('\n');
        if (newline < 0)
            break;
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (!line.isEmpty())
            handleLine(line);
    }
    if (m_state != State::Starting) {
        m_stdoutBuffer.clear(); // nothing more is expected; never keep the password around
        return;
    }
    if (m_stdoutBuffer.size() > kMaxStdoutBytes) {
        m_stdoutBuffer.clear();
        fail({QStringLiteral("sandbox_malformed"),
              tr("The sandbox platform wrote too much output without a ready line."),
              {}});
    }
}

void SandboxLauncher::handleLine(const QByteArray &line)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The line is not repeated: it may hold a password.
        fail({QStringLiteral("sandbox_malformed"),
              tr("The sandbox platform printed something that is not its JSON ready line."),
              {}});
        return;
    }
    const QJsonObject object = document.object();
    if (!models::PlatformReadyLine::isReadyEvent(object))
        return; // another event: not ours to read
    auto parsed = models::PlatformReadyLine::fromJson(object);
    if (!parsed) {
        fail({QStringLiteral("sandbox_malformed"),
              tr("The sandbox platform's ready line is not readable: %1")
                  .arg(parsed.error().message),
              {}});
        return;
    }

    SandboxInfo info;
    info.url = QUrl(parsed->url, QUrl::StrictMode);
    info.pin = parsed->spkiSha256;
    info.username = parsed->username;
    info.oneTimePassword = parsed->oneTimePassword;
    info.dir = parsed->sandboxDir;
    QStringList missing;
    if (!info.url.isValid() || info.url.host().isEmpty())
        missing << QStringLiteral("url");
    if (info.pin.isEmpty())
        missing << QStringLiteral("spki_sha256");
    if (info.username.isEmpty())
        missing << QStringLiteral("username");
    if (info.oneTimePassword.isEmpty())
        missing << QStringLiteral("one_time_password");
    if (!missing.isEmpty()) {
        fail({QStringLiteral("sandbox_malformed"),
              tr("The sandbox platform's ready line lacks %1.")
                  .arg(missing.join(QStringLiteral(", "))),
              {{QStringLiteral("missing"), QJsonArray::fromStringList(missing)}}});
        return;
    }

    m_startTimer.stop();
    m_secret = info.oneTimePassword;
    m_info = info;
    m_state = State::Running;
    qCInfo(lcClient) << "sandbox platform ready at" << info.url.toString() << "pid"
                     << m_process->processId();
    emit ready(info, profileFor(info));
}

void SandboxLauncher::onStderr()
{
    if (!m_process)
        return;
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype newline = 0;
    while ((newline = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QString line =
            QString::fromUtf8(m_stderrBuffer.left(newline)).trimmed().left(kMaxStderrLineChars);
        m_stderrBuffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_stderrLines << line;
        while (m_stderrLines.size() > kStderrTailLines)
            m_stderrLines.removeFirst();
    }
    if (m_stderrBuffer.size() > kMaxStderrLineChars * 4)
        m_stderrBuffer = m_stderrBuffer.right(kMaxStderrLineChars);
}

void SandboxLauncher::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    auto *process = qobject_cast<QProcess *>(sender());
    if (!process || process != m_process)
        return;
    // Keep the last words of a line without a newline.
    onStderr();
    if (!m_stderrBuffer.trimmed().isEmpty()) {
        m_stderrLines << QString::fromUtf8(m_stderrBuffer).trimmed().left(kMaxStderrLineChars);
        m_stderrBuffer.clear();
    }
    m_startTimer.stop();
    m_killTimer.stop();
    const State was = m_state;
    m_process = nullptr;
    process->deleteLater();
    m_state = State::Idle;
    m_info.reset();

    const QString how =
        exitStatus == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
    if (was == State::Starting) {
        qCWarning(lcClient) << "sandbox platform exited before it was ready:" << how;
        emit failed({QStringLiteral("sandbox_exited"),
                     tr("The sandbox platform stopped before it was ready (%1). Its last "
                        "messages:\n%2")
                         .arg(how, tailText()),
                     {{QStringLiteral("exit_code"), exitCode},
                      {QStringLiteral("stderr_tail"), tailText()}}});
    } else if (was == State::Running) {
        qCWarning(lcClient) << "sandbox platform stopped unexpectedly:" << how;
        emit failed({QStringLiteral("sandbox_stopped"),
                     tr("The sandbox platform stopped unexpectedly (%1). Its last messages:\n%2")
                         .arg(how, tailText()),
                     {{QStringLiteral("exit_code"), exitCode},
                      {QStringLiteral("stderr_tail"), tailText()}}});
    }
    emit stopped();
}

void SandboxLauncher::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return; // crashes and the like arrive through finished()
    const QString reason = m_process->errorString();
    m_startTimer.stop();
    m_process->deleteLater();
    m_process = nullptr;
    const bool wasStarting = m_state == State::Starting;
    m_state = State::Idle;
    if (wasStarting) {
        emit failed({QStringLiteral("sandbox_start_failed"),
                     tr("The sandbox platform %1 could not be started: %2")
                         .arg(QDir::toNativeSeparators(m_program), reason),
                     {{QStringLiteral("path"), m_program}}});
    }
    emit stopped();
}

void SandboxLauncher::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    fail({QStringLiteral("sandbox_timeout"),
          tr("The sandbox platform did not report ready within %1 seconds. Its last "
             "messages:\n%2")
              .arg(static_cast<double>(m_startTimeout.count()) / 1000.0)
              .arg(tailText()),
          {{QStringLiteral("stderr_tail"), tailText()}}});
}

void SandboxLauncher::fail(const models::Error &error)
{
    qCWarning(lcClient) << "sandbox platform failed:" << error.code;
    m_startTimer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_state = State::Stopping;
        m_process->kill();
    }
    emit failed(error);
}

void SandboxLauncher::failLater(const models::Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

} // namespace sphair::client
