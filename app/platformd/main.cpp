// sphair-platformd, the reference platform API server: wiring only (see server/ServerLauncher).

#include "server/ServerLauncher.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>

#include <sys/prctl.h>

using namespace sphair::server;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "sphair-platformd: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Blocked before any thread starts: all inherit the mask, only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sphair-platformd"));
    const auto options = ServerOptions::parse(QCoreApplication::arguments(),
                                              QProcessEnvironment::systemEnvironment());
    if (!options)
        return fail(options.error().message);
    if (options->helpRequested) {
        std::fputs(qUtf8Printable(ServerOptions::helpText()), stdout);
        return 0;
    }
    if (options->exitWithParent)
        prctl(PR_SET_PDEATHSIG, SIGTERM);
    ServerLauncher launcher(options.value());
    const auto line = launcher.run();
    if (!line)
        return fail(line.error().message);
    std::printf("%s\n", QJsonDocument(line.value()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (!options->createAdmin) {
        int received = 0;
        sigwait(&stopSignals, &received); // the launcher stops the server when it goes
    }
    return 0;
}
