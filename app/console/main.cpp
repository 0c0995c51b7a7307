#include "translations/Translations.h"
#include "ui/Console.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace sphair;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BRIGHTSTEP"));
    QApplication::setOrganizationDomain(QStringLiteral("brightstep.example"));
    QApplication::setApplicationName(QStringLiteral("sphair-admin"));
    QApplication::setApplicationVersion(QStringLiteral(SPHAIR_VERSION));
    installTranslations(app);
    // Added by the window system to every window title: "Sandbox — SPHAiR Admin Console".
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "SPHAiR Admin Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The SPHAiR platform admin console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start and connect to a local sandbox platform."));
    parser.addOption(sandbox);
    parser.process(app);

    QSettings settings;
    ui::Console::Options options;
    options.sandbox = parser.isSet(sandbox);
    ui::Console console(&settings, options);
    console.start();
    return QApplication::exec();
}
