#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using sphair::client::PlatformClient;
using sphair::ui::MainWindow;

// The main window shows the six areas of DESIGN.md §5, each reachable by keyboard, the
// menus and shortcuts of the common actions, and the environment at all times.
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
        QCOMPARE(tabs->count(), kPages.size());
        for (int i = 0; i < tabs->count(); ++i) {
            QCOMPARE(tabs->widget(i)->objectName(), kPages.at(i));
            // Every tab title carries a mnemonic, so Alt+letter reaches it.
            QVERIFY(tabs->tabText(i).contains(QLatin1Char('&')));
        }
    }

    void menusHaveTheCommonActions()
    {
        MainWindow window;
        for (const char *name : {"connectAction", "profilesAction", "signOutAction", "quitAction",
                                 "refreshAction", "keyManagerAction", "aboutAction"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->text().isEmpty(), name);
        }
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        // Nobody is signed in yet: nothing to sign out of.
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());

        QSignalSpy refreshed(&window, &MainWindow::refreshRequested);
        QSignalSpy keys(&window, &MainWindow::keyManagerRequested);
        QSignalSpy connectAsked(&window, &MainWindow::connectRequested);
        QSignalSpy profiles(&window, &MainWindow::profilesRequested);
        refresh->trigger();
        window.findChild<QAction *>(QStringLiteral("keyManagerAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("profilesAction"))->trigger();
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(keys.count(), 1);
        QCOMPARE(connectAsked.count(), 1);
        QCOMPARE(profiles.count(), 1);
    }

    void keyboardShortcutsSwitchTabsAndRefresh()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 2);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("whiteLabelPage"));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("deploymentsPage"));
        QSignalSpy refreshed(&window, &MainWindow::refreshRequested);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(refreshed.count(), 1);
    }

    void setPageReplacesThePlaceholder()
    {
        MainWindow window;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        const QString title = tabs->tabText(1);
        QPointer<QWidget> placeholder = tabs->widget(1);
        auto *page = new QLabel(QStringLiteral("the real licenses page"));
        QVERIFY(window.setPage(QStringLiteral("licensesPage"), page));
        QCOMPARE(tabs->count(), kPages.size());
        QCOMPARE(tabs->widget(1), page);
        QCOMPARE(page->objectName(), QStringLiteral("licensesPage"));
        QCOMPARE(tabs->tabText(1), title);
        QCOMPARE(window.findChild<QWidget *>(QStringLiteral("licensesPage")), page);
        QTRY_VERIFY(placeholder.isNull());
        // The other tabs keep their places.
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->widget(i)->objectName(), kPages.at(i));
        auto *stray = new QLabel;
        QVERIFY(!window.setPage(QStringLiteral("noSuchPage"), stray));
        delete stray;
    }

    void environmentIsShownWithoutRepeatingItself()
    {
        MainWindow window;
        auto *badge = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("environmentBanner"));
        QVERIFY(badge);
        QVERIFY(banner);
        window.showEnvironment(QStringLiteral("Sandbox"), QStringLiteral("Sandbox"),
                               QStringLiteral("#1565c0"));
        QCOMPARE(badge->text(), QStringLiteral("SANDBOX"));
        QCOMPARE(banner->text(), QStringLiteral("SANDBOX"));
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#1565c0")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Sandbox"));

        window.showEnvironment(QStringLiteral("Cape Town"), QStringLiteral("Production"),
                               QStringLiteral("#c62828"));
        QCOMPARE(badge->text(), QStringLiteral("PRODUCTION — Cape Town"));
        QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(banner->text().contains(QStringLiteral("Cape Town")));
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#c62828")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Cape Town")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Production")));

        window.clearEnvironment();
        QVERIFY(!badge->text().contains(QStringLiteral("PRODUCTION")));
        QVERIFY(!banner->styleSheet().contains(QStringLiteral("#c62828")));
    }

    void statusBarShowsStateAndBusy()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        auto *busy = window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
        QVERIFY(state);
        QVERIFY(busy);
        QCOMPARE(state->text(), QStringLiteral("Not connected"));
        QVERIFY(!busy->isVisible());
        window.setConnectionState(PlatformClient::ConnectionState::Untrusted);
        QCOMPARE(state->text(), QStringLiteral("Not trusted"));
        window.setConnectionState(PlatformClient::ConnectionState::Unreachable);
        QCOMPARE(state->text(), QStringLiteral("Server unreachable"));
        window.setConnectionState(PlatformClient::ConnectionState::Connected);
        QCOMPARE(state->text(), QStringLiteral("Connected"));
        window.setBusy(true);
        QVERIFY(busy->isVisible());
        window.setBusy(false);
        QVERIFY(!busy->isVisible());
        window.setSignedInUser(QStringLiteral("alice"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("signOutAction"))->isEnabled());
    }

    void layoutRoundTripsThroughSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        {
            MainWindow first;
            first.resize(810, 530);
            first.tabs()->setCurrentIndex(4);
            first.saveLayout(settings);
        }
        MainWindow second;
        second.restoreLayout(settings);
        QCOMPARE(second.tabs()->currentIndex(), 4);
        QCOMPARE(second.size(), QSize(810, 530));
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

private:
    const QStringList kPages {QStringLiteral("companiesPage"),  QStringLiteral("licensesPage"),
                              QStringLiteral("whiteLabelPage"), QStringLiteral("featuresPage"),
                              QStringLiteral("usagePage"),      QStringLiteral("deploymentsPage")};
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
