#include "app/license-cli/LicenseTool.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BRIGHTSTEP"));
    QCoreApplication::setApplicationName(QStringLiteral("sphair-license"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPHAIR_VERSION));
    sphair::installTranslations(app);

    sphair::cli::LicenseTool tool;
    QObject::connect(&tool, &sphair::cli::LicenseTool::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &tool, [&tool] { tool.start(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
