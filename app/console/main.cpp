#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BRIGHTSTEP TECHNOLOGIES"));
    QApplication::setOrganizationDomain(QStringLiteral("brightstep.example"));
    QApplication::setApplicationName(QStringLiteral("SPHAiR Admin"));
    sphair::installTranslations(app);

    sphair::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
