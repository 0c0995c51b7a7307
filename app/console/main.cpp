#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BRIGHTSTEP"));
    QApplication::setOrganizationDomain(QStringLiteral("brightstep.example"));
    QApplication::setApplicationName(QStringLiteral("sphair-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("SPHAiR Admin Console"));
    sphair::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The SPHAiR platform admin console."));
    parser.addHelpOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start and connect to a local sandbox platform."));
    parser.addOption(sandbox);
    parser.process(app);

    sphair::ui::MainWindow window;
    if (parser.isSet(sandbox))
        window.statusBar()->showMessage(QCoreApplication::translate(
            "main", "The sandbox platform is not available in this build yet."));
    window.show();
    return QApplication::exec();
}
