#include "client/ConnectionProfile.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/SandboxSession.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace sphair;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BRIGHTSTEP"));
    QApplication::setOrganizationDomain(QStringLiteral("brightstep.example"));
    QApplication::setApplicationName(QStringLiteral("sphair-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("SPHAiR Admin Console"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The SPHAiR platform admin console."));
    parser.addHelpOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start and connect to a local sandbox platform."));
    parser.addOption(sandbox);
    parser.process(app);

    ui::MainWindow window;
    std::unique_ptr<ui::SandboxSession> session;
    if (parser.isSet(sandbox)) {
        session = std::make_unique<ui::SandboxSession>();
        QObject::connect(session.get(), &ui::SandboxSession::progress, &window,
                         &ui::MainWindow::showStatus);
        QObject::connect(
            session.get(), &ui::SandboxSession::failed, &window,
            [&window](const models::Error &error) { window.showStatus(error.message); });
        QObject::connect(session.get(), &ui::SandboxSession::connected, &window,
                         [&window](const client::ConnectionProfile &profile, const QString &user) {
                             window.showEnvironment(
                                 profile.name, client::environmentDisplayName(profile.environment),
                                 profile.effectiveColour());
                             window.showStatus(QCoreApplication::translate(
                                                   "main", "Signed in to the sandbox as %1.")
                                                   .arg(user));
                         });
        session->start();
    }
    window.show();
    return QApplication::exec();
}
