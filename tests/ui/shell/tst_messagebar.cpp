#include "ui/MainWindow.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MessageBar.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sphair;
using ui::shell::MessageBar;

// Failed calls are reported inline in the window's message bar ("what: message", the code in
// the tooltip), never in a modal box; information goes to the status bar.
class TestMessageBar : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatAndWhyWithTheCodeInTheTooltip()
    {
        QWidget host;
        auto *bar = new MessageBar(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(!bar->isVisible());
        bar->showError(QStringLiteral("Saving company NORDIC"), conflict());
        QVERIFY(bar->isVisible());
        auto *text = bar->findChild<QLabel *>(QStringLiteral("messageBarText"));
        QVERIFY(text);
        QCOMPARE(text->text(),
                 QStringLiteral("Saving company NORDIC: Someone else changed this company."));
        QVERIFY2(text->toolTip().contains(QStringLiteral("conflict")), qPrintable(text->toolTip()));

        // A newer error replaces the shown one and says there were more.
        bar->showError(QStringLiteral("Loading licenses"),
                       models::Error {QStringLiteral("timeout"),
                                      QStringLiteral("The server did not answer."),
                                      {}});
        QVERIFY(
            bar->text().startsWith(QStringLiteral("Loading licenses: The server did not answer.")));
        QVERIFY(bar->text().contains(QStringLiteral("1 more")));
        QVERIFY(text->toolTip().contains(QStringLiteral("timeout")));
    }

    void closeButtonHidesIt()
    {
        QWidget host;
        auto *bar = new MessageBar(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        bar->showError(QStringLiteral("Saving"), conflict());
        QSignalSpy dismissed(bar, &MessageBar::dismissed);
        auto *close = bar->findChild<QToolButton *>(QStringLiteral("messageBarCloseButton"));
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(dismissed.count(), 1);
        QCOMPARE(bar->count(), 0);
    }

    void escapeClosesItInTheWindow()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        ui::ConsoleContext context(nullptr, &settings, nullptr);
        ui::MainWindow window;
        new ui::shell::ConsoleController(&window, &context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        // Reported through the context, as every page does.
        context.reportError(QStringLiteral("Suspending company ACME"), conflict());
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(),
                 QStringLiteral("Suspending company ACME: Someone else changed this company."));
        // No modal box, no other window.
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!window.findChild<QMessageBox *>());

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void informationGoesToTheStatusBar()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        ui::ConsoleContext context(nullptr, &settings, nullptr);
        ui::MainWindow window;
        new ui::shell::ConsoleController(&window, &context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        context.reportInfo(QStringLiteral("Exported 12 companies."));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Exported 12 companies."));
        auto *bar = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
        QVERIFY(!bar->isVisible());
        // It goes away by itself after a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().isEmpty(), 10000);
    }

private:
    static models::Error conflict()
    {
        return {
            QStringLiteral("conflict"), QStringLiteral("Someone else changed this company."), {}};
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
