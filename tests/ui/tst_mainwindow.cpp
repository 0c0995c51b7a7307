#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QTabWidget>
#include <QTest>

using sphair::ui::MainWindow;

// The main window shows the six areas of DESIGN.md §5, each reachable by keyboard.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void hasTheSixTabsInOrder()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(tabs);
        const QStringList expected {
            QStringLiteral("companiesPage"),  QStringLiteral("licensesPage"),
            QStringLiteral("whiteLabelPage"), QStringLiteral("featuresPage"),
            QStringLiteral("usagePage"),      QStringLiteral("deploymentsPage")};
        QCOMPARE(tabs->count(), expected.size());
        for (int i = 0; i < tabs->count(); ++i) {
            QCOMPARE(tabs->widget(i)->objectName(), expected.at(i));
            // Every tab title carries a mnemonic, so Alt+letter reaches it.
            QVERIFY(tabs->tabText(i).contains(QLatin1Char('&')));
        }
    }

    // Runs last: it installs the German translator for the rest of the process.
    void germanIsCompiledIn()
    {
        qputenv("SPHAIR_LANG", "de");
        sphair::installTranslations(*QCoreApplication::instance());
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Unternehmen"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Lizenzen"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
