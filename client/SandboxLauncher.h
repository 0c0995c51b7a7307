#pragma once

#include "client/ConnectionProfile.h"
#include "models/domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sphair::client {

// What a sandbox platform announced on its "ready" line: where it listens, its certificate
// pin, and the one-time password of its "admin" (never logged).
struct SandboxInfo
{
    QUrl url;
    QString pin; // base64 SHA-256 of the server's SubjectPublicKeyInfo
    QString username;
    QString oneTimePassword;
    QString dir;
};

// Runs `sphair-platformd --sandbox DIR --exit-with-parent` as a child process and reports
// its ready line as a pinned connection profile.
//
// Everything is asynchronous: start() returns at once, then exactly one of ready() or
// failed() follows (never from inside start()). Failures: sandbox_binary_missing,
// sandbox_busy, sandbox_start_failed, sandbox_exited (with the tail of the child's stderr),
// sandbox_timeout, sandbox_malformed; after ready(), an unexpected exit is reported as
// sandbox_stopped. stop() sends SIGTERM, then kills the child after a grace period; the
// destructor stops the child too, so closing the console stops the sandbox.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // no child
        Starting, // the child runs; no ready line yet
        Running, // ready() was emitted
        Stopping, // the child was asked to stop (or failed) and has not exited yet
    };
    Q_ENUM(State)

    static constexpr int kStderrTailLines = 20;

    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The user's data folder + "/sandbox".
    static QString defaultSandboxDir();
    // Where sphair-platformd is expected next to an application in `applicationDir`: the
    // installed layout (same folder) first, then the build tree (../platformd/).
    static QStringList platformdCandidates(const QString &applicationDir);
    // The first candidate that is an executable file; the installed one when none is, so
    // an error can name it.
    static QString locatePlatformd(const QString &applicationDir);
    // locatePlatformd(QCoreApplication::applicationDirPath()).
    static QString defaultPlatformdPath();
    // The profile that connects to `info`: environment sandbox, pin set, name "Sandbox".
    static ConnectionProfile profileFor(const SandboxInfo &info);

    // How long to wait for the ready line (default 60 s).
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }
    // How long stop() waits after SIGTERM before it kills the child (default 5 s).
    void setStopGracePeriod(std::chrono::milliseconds grace) { m_stopGrace = grace; }

    // Launches the child; empty arguments mean defaultPlatformdPath() and
    // defaultSandboxDir().
    void start(const QString &platformdPath = {}, const QString &sandboxDir = {});
    // Asks the child to stop: SIGTERM, then a kill after the grace period. stopped() follows
    // once it has exited. Nothing happens without a child.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The child's process id, 0 without a child.
    qint64 processId() const;
    // The ready line's contents while running.
    std::optional<SandboxInfo> info() const { return m_info; }
    // The last lines the child wrote to stderr, the one-time password masked.
    QStringList stderrTail() const;

signals:
    void ready(const sphair::client::SandboxInfo &info,
               const sphair::client::ConnectionProfile &profile);
    void failed(const sphair::models::Error &error);
    // The child has exited (after stop(), a failure or on its own).
    void stopped();

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onProcessError(QProcess::ProcessError error);
    void onStartTimeout();
    void handleLine(const QByteArray &line);
    // Reports `error` once and makes sure the child goes away.
    void fail(const models::Error &error);
    void failLater(const models::Error &error);
    QString tailText() const;

    QPointer<QProcess> m_process;
    QTimer m_startTimer;
    QTimer m_killTimer;
    State m_state = State::Idle;
    std::chrono::milliseconds m_startTimeout {60000};
    std::chrono::milliseconds m_stopGrace {5000};
    QString m_program;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrBuffer;
    QStringList m_stderrLines;
    std::optional<SandboxInfo> m_info;
    QString m_secret; // the one-time password, masked in stderrTail()
};

} // namespace sphair::client
