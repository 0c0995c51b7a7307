#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/item/MaintenanceWindowModel.h"
#include "models/item/WeekGridModel.h"
#include "server/Sandbox.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/common/ConsoleContext.h"
#include "ui/deployments/DeploymentsPage.h"
#include "ui/deployments/MaintenanceModeDialog.h"
#include "ui/deployments/MaintenanceWindowDialog.h"
#include "ui/deployments/WeekView.h"
#include "ui/deployments/WindowsView.h"
#include "ui/shell/MaintenanceBanner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <memory>
#include <optional>

using namespace sphair;
using sphair::models::MaintenanceOccurrence;
using sphair::models::MaintenanceWindow;
using sphair::models::MaintenanceWindowModel;
using sphair::ui::MaintenanceModeDialog;
using sphair::ui::MaintenanceWindowDialog;
using sphair::ui::WindowsView;

namespace {

constexpr int kWaitMs = 60000;
const QTimeZone kPlatform("Africa/Johannesburg");
const QTimeZone kBerlin("Europe/Berlin");

QDate platformToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(kPlatform).date();
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// The visible dialog of type T with `name` that `parent` opened, once it is there.
template<typename T>
T *openedDialog(QWidget *parent, const char *name)
{
    T *found = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            for (T *candidate : parent->findChildren<T *>(QLatin1String(name))) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        kWaitMs);
    return opened ? found : nullptr;
}

void clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return;
        }
    }
    qWarning("no button of that role");
}

} // namespace

// The Deployments tab's Windows view against a real platform seeded with the sandbox's data,
// seen from Europe/Berlin: a window planned through the dialog (default slot, dry run, the
// viewer's time) shows in the list and the week view; an overlapping one is refused with the
// reason and the input kept; a weekly window's occurrences are skipped and moved from the week
// view and the list; a window is cancelled; maintenance mode goes on and off with the banner.
class TestWindowsView : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<WindowsView> m_view;
    std::unique_ptr<ui::shell::MaintenanceBanner> m_banner;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QUuid m_single; // the window createWindow() planned
    QUuid m_weekly; // the window recurringSkipAndMove() planned

    client::OperationsClient operations() const { return m_fixture.context()->operations(); }

    bool reloaded()
    {
        m_view->reload();
        return QTest::qWaitFor([&] { return !m_view->isLoading(); }, kWaitMs);
    }

    bool showWeek(QDate day)
    {
        m_view->weekView()->showWeek(day);
        return QTest::qWaitFor([&] { return !m_view->isLoading(); }, kWaitMs);
    }

    // The week view's occurrence of `window` planned on `date`, -1 when none.
    int occurrenceIndex(const QUuid &window, QDate date) const
    {
        const QList<MaintenanceOccurrence> &shown = m_view->weekView()->occurrences();
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i).windowId == window && shown.at(i).occurrence == date)
                return i;
        }
        return -1;
    }

    void fill(MaintenanceWindowDialog *dialog, QDate date, QTime start, QTime end,
              const QString &description)
    {
        child<QDateEdit>(dialog, "windowDateEdit")->setDate(date);
        child<QTimeEdit>(dialog, "windowStartEdit")->setTime(start);
        child<QTimeEdit>(dialog, "windowEndEdit")->setTime(end);
        auto *text = child<QLineEdit>(dialog, "windowDescriptionEdit");
        text->clear();
        text->setFocus();
        QTest::keyClicks(text, description);
    }

    // Waits for the dialog's latest dry run to answer.
    static bool dryRunDone(MaintenanceWindowDialog *dialog, QSignalSpy &spy)
    {
        return QTest::qWaitFor([&] { return !dialog->dryRunCall() && spy.size() > 0; }, kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        const auto seeded =
            server::Sandbox::seedDemoData(m_fixture.platform().server(), server::Sandbox::Files {});
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_view = std::make_unique<WindowsView>(m_fixture.context(), nullptr, kBerlin);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_view->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_view->weekView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        // As the console wires it (ui/Console.cpp).
        m_banner = std::make_unique<ui::shell::MaintenanceBanner>();
        connect(m_view.get(), &WindowsView::maintenanceStateChanged, m_banner.get(),
                &ui::shell::MaintenanceBanner::showMode);
        m_view->resize(1500, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(reloaded());
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_view.reset();
        m_banner.reset();
    }

    void deploymentsPageTabs()
    {
        ui::DeploymentsPage page(m_fixture.context());
        auto *tabs = child<QTabWidget>(&page, "deploymentsViewTabs");
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(0), page.windowsView());
        QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Windows"));
        QCOMPARE(tabs->tabText(1).remove(u'&'), QStringLiteral("Deployments"));
        QCOMPARE(tabs->tabText(2).remove(u'&'), QStringLiteral("Notices"));
        QSignalSpy state(&page, &ui::DeploymentsPage::maintenanceStateChanged);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(state.size() > 0, kWaitMs);
    }

    // The sandbox's own window (a week ahead, 02:00–06:00) is listed with both clocks.
    void listsTheSandboxWindow()
    {
        MaintenanceWindowModel *model = m_view->listModel();
        QVERIFY(model->rowCount() >= 1);
        const QDate day = platformToday().addDays(7);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString when =
                model->index(row, MaintenanceWindowModel::WhenColumn).data().toString();
            if (when.contains(QLocale().toString(day, QStringLiteral("d MMM yyyy")))) {
                found = true;
                QVERIFY2(when.endsWith(QStringLiteral("02:00–06:00 SAST")), qPrintable(when));
                const QString viewer =
                    model->index(row, MaintenanceWindowModel::ViewerColumn).data().toString();
                QVERIFY2(viewer.contains(QStringLiteral("01:00–05:00 CE")), qPrintable(viewer));
            }
        }
        QVERIFY(found);
        QVERIFY(!child<QLabel>(m_view.get(), "maintenanceStateLabel")->text().isEmpty());
    }

    void createWindow()
    {
        MaintenanceWindowDialog *dialog = m_view->newWindow();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The default slot.
        QCOMPARE(child<QTimeEdit>(dialog, "windowStartEdit")->time(), QTime(2, 0));
        QCOMPARE(child<QTimeEdit>(dialog, "windowEndEdit")->time(), QTime(6, 0));
        QCOMPARE(child<QComboBox>(dialog, "windowZoneCombo")->currentText(),
                 QStringLiteral("Africa/Johannesburg"));

        // Business hours first: the dry run finds people at work.
        const QDate day = platformToday().addDays(10);
        QSignalSpy dry(dialog, &MaintenanceWindowDialog::dryRunFinished);
        fill(dialog, day, QTime(10, 0), QTime(12, 0), QStringLiteral("Database upgrade"));
        QVERIFY(dryRunDone(dialog, dry));
        QVERIFY(dry.last().at(0).toBool());
        const auto daytime = tests::fetchValue<models::MaintenanceDryRun>(
            [&](auto done) { return operations().maintenanceDryRun(dialog->draftWindow(), done); });
        QVERIFY(daytime);
        QVERIFY(daytime->companies > 0);
        QCOMPARE(dialog->dryRunText(), MaintenanceWindowDialog::dryRunSentence(*daytime));
        QVERIFY2(dialog->dryRunText().startsWith(QStringLiteral("About ")),
                 qPrintable(dialog->dryRunText()));

        // Back to the night: a newer question cancels the one still running.
        dry.clear();
        child<QTimeEdit>(dialog, "windowStartEdit")->setTime(QTime(2, 0));
        QPointer<client::ApiCall> earlier = dialog->dryRunCall();
        QVERIFY(earlier);
        child<QTimeEdit>(dialog, "windowEndEdit")->setTime(QTime(6, 0));
        QVERIFY(!earlier || earlier->isCancelled());
        QVERIFY(dryRunDone(dialog, dry));
        const auto night = tests::fetchValue<models::MaintenanceDryRun>(
            [&](auto done) { return operations().maintenanceDryRun(dialog->draftWindow(), done); });
        QVERIFY(night);
        QCOMPARE(dialog->dryRunText(), MaintenanceWindowDialog::dryRunSentence(*night));
        QVERIFY(night->activeUsers <= daytime->activeUsers);

        // The viewer's clock beside the platform's.
        const QString viewer = child<QLabel>(dialog, "windowViewerTimeLabel")->text();
        QVERIFY2(viewer.contains(QStringLiteral("01:00–05:00 CET")), qPrintable(viewer));
        QVERIFY(viewer.contains(QStringLiteral("Europe/Berlin")));

        // Saved with the keyboard (Save is the default button).
        QSignalSpy saved(dialog, &MaintenanceWindowDialog::windowSaved);
        QTest::keyClick(child<QLineEdit>(dialog, "windowDescriptionEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
        const auto window = saved.first().at(0).value<MaintenanceWindow>();
        m_single = window.id;
        QCOMPARE(window.startsAt, QDateTime(day, QTime(0, 0), Qt::UTC));
        QCOMPARE(window.endsAt, QDateTime(day, QTime(4, 0), Qt::UTC));
        QCOMPARE(window.description, QStringLiteral("Database upgrade"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);

        // In the list…
        const int row = m_view->listModel()->rowOf(m_single);
        QVERIFY(row >= 0);
        QCOMPARE(m_view->listModel()->index(row, MaintenanceWindowModel::DescriptionColumn).data(),
                 QVariant(QStringLiteral("Database upgrade")));
        // …and in the week view: rows 02–05 of its day in the platform's clock.
        QVERIFY(showWeek(day));
        const int shown = occurrenceIndex(m_single, day);
        QVERIFY(shown >= 0);
        const QModelIndex cell = m_view->weekView()->model()->firstCellOf(shown);
        QCOMPARE(cell.row(), 2);
        QCOMPARE(cell.column(), day.dayOfWeek() - 1);
        QCOMPARE(m_view->weekView()->model()->data(cell, models::WeekGridModel::SegmentRowsRole),
                 QVariant(4));
        QVERIFY(cell.data().toString().contains(QStringLiteral("Your time: ")));
        QCOMPARE(m_view->weekView()->grid()->rowSpan(2, cell.column()), 4);
        // On the viewer's clock: one hour earlier.
        auto *clock = child<QComboBox>(m_view->weekView(), "weekZoneCombo");
        clock->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        const int again = occurrenceIndex(m_single, day);
        QVERIFY(again >= 0);
        QCOMPARE(m_view->weekView()->model()->firstCellOf(again).row(), 1);
        clock->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
    }

    void overlapRefusedKeepsInput()
    {
        QVERIFY(!m_single.isNull());
        const QDate day = platformToday().addDays(10);
        MaintenanceWindowDialog *dialog = m_view->newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fill(dialog, day, QTime(3, 0), QTime(5, 0), QStringLiteral("Overlapping"));
        QSignalSpy saved(dialog, &MaintenanceWindowDialog::windowSaved);
        child<QPushButton>(dialog, "windowDialogSaveButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kWaitMs);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("overlap"), Qt::CaseInsensitive),
                 qPrintable(dialog->errorText()));
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QDateEdit>(dialog, "windowDateEdit")->date(), day);
        QCOMPARE(child<QTimeEdit>(dialog, "windowStartEdit")->time(), QTime(3, 0));
        QCOMPARE(child<QTimeEdit>(dialog, "windowEndEdit")->time(), QTime(5, 0));
        QCOMPARE(child<QLineEdit>(dialog, "windowDescriptionEdit")->text(),
                 QStringLiteral("Overlapping"));
        // Moved out of the way, the same dialog saves.
        child<QTimeEdit>(dialog, "windowStartEdit")->setTime(QTime(7, 0));
        child<QTimeEdit>(dialog, "windowEndEdit")->setTime(QTime(8, 0));
        QVERIFY(dialog->errorText().isEmpty());
        child<QPushButton>(dialog, "windowDialogSaveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
    }

    void recurringSkipAndMove()
    {
        const QDate first = platformToday().addDays(11);
        MaintenanceWindowDialog *dialog = m_view->newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fill(dialog, first, QTime(13, 0), QTime(15, 0), QStringLiteral("Weekly check"));
        auto *repeat = child<QComboBox>(dialog, "windowRepeatCombo");
        repeat->setCurrentIndex(1);
        QCOMPARE(repeat->currentText(),
                 QStringLiteral("Every %1").arg(QLocale().dayName(first.dayOfWeek())));
        QSignalSpy saved(dialog, &MaintenanceWindowDialog::windowSaved);
        child<QPushButton>(dialog, "windowDialogSaveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kWaitMs);
        m_weekly = saved.first().at(0).value<MaintenanceWindow>().id;
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        const int row = m_view->listModel()->rowOf(m_weekly);
        QVERIFY(row >= 0);
        QCOMPARE(m_view->listModel()->index(row, MaintenanceWindowModel::RepeatsColumn).data(),
                 QVariant(QStringLiteral("Every %1").arg(QLocale().dayName(first.dayOfWeek()))));

        // Skip the second occurrence from the week view.
        const QDate second = first.addDays(7);
        QVERIFY(showWeek(second));
        int shown = occurrenceIndex(m_weekly, second);
        QVERIFY(shown >= 0);
        QVERIFY(m_view->weekView()->occurrences().at(shown).recurring);
        m_view->weekView()->grid()->setFocus();
        m_view->weekView()->selectOccurrence(shown);
        QCOMPARE(m_view->selectedWindow()->id, m_weekly);
        QVERIFY(child<QPushButton>(m_view.get(), "skipOccurrenceButton")->isEnabled());
        m_view->skipSelectedOccurrence();
        auto *confirm = openedDialog<QMessageBox>(m_view.get(), "skipOccurrenceConfirm");
        QVERIFY(confirm);
        clickRole(confirm, QMessageBox::AcceptRole);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading() && occurrenceIndex(m_weekly, second) < 0,
                                 kWaitMs);

        // Move the third to 16:00–17:00 the day before.
        const QDate third = first.addDays(14);
        QVERIFY(showWeek(third));
        shown = occurrenceIndex(m_weekly, third);
        QVERIFY(shown >= 0);
        m_view->weekView()->selectOccurrence(shown);
        m_view->moveSelectedOccurrence();
        auto *move = openedDialog<MaintenanceWindowDialog>(m_view.get(), "maintenanceWindowDialog");
        QVERIFY(move);
        QCOMPARE(move->mode(), MaintenanceWindowDialog::Mode::MoveOccurrence);
        QVERIFY(!child<QComboBox>(move, "windowRepeatCombo")->isEnabled());
        child<QDateEdit>(move, "windowDateEdit")->setDate(third.addDays(-1));
        child<QTimeEdit>(move, "windowStartEdit")->setTime(QTime(16, 0));
        child<QTimeEdit>(move, "windowEndEdit")->setTime(QTime(17, 0));
        QSignalSpy moved(move, &MaintenanceWindowDialog::windowSaved);
        // Save enables once the window's current version is loaded.
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(move, "windowDialogSaveButton")->isEnabled(),
                                 kWaitMs);
        child<QPushButton>(move, "windowDialogSaveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QVERIFY(showWeek(third.addDays(-1)));
        shown = occurrenceIndex(m_weekly, third);
        QVERIFY(shown >= 0);
        const MaintenanceOccurrence movedOne = m_view->weekView()->occurrences().at(shown);
        QVERIFY(movedOne.moved);
        QCOMPARE(movedOne.startsAt.toTimeZone(kPlatform),
                 QDateTime(third.addDays(-1), QTime(16, 0), kPlatform));

        // Skip from the list: the chooser offers the coming occurrences.
        m_view->list()->setFocus();
        m_view->list()->setCurrentIndex(
            m_view->listModel()->index(m_view->listModel()->rowOf(m_weekly), 0));
        QVERIFY(showWeek(first.addDays(-14))); // a week without any of its occurrences
        m_view->list()->setCurrentIndex(
            m_view->listModel()->index(m_view->listModel()->rowOf(m_weekly), 0));
        m_view->skipSelectedOccurrence();
        auto *chooser = openedDialog<QInputDialog>(m_view.get(), "occurrenceChooser");
        QVERIFY(chooser);
        const QStringList items = chooser->comboBoxItems();
        QVERIFY(items.size() >= 3);
        // The first is `first`; the second was skipped, so the next one is the moved third.
        QVERIFY2(items.first().contains(QLocale().toString(first, QStringLiteral("d MMM yyyy"))),
                 qPrintable(items.first()));
        const QDate fourth = first.addDays(21);
        const QString pick = items.at(2);
        QVERIFY2(pick.contains(QLocale().toString(fourth, QStringLiteral("d MMM yyyy"))),
                 qPrintable(pick));
        chooser->setTextValue(pick);
        chooser->accept();
        confirm = openedDialog<QMessageBox>(m_view.get(), "skipOccurrenceConfirm");
        QVERIFY(confirm);
        clickRole(confirm, QMessageBox::AcceptRole);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        const auto stored = tests::fetchValue<client::Versioned<MaintenanceWindow>>(
            [&](auto done) { return operations().maintenanceWindow(m_weekly, done); });
        QVERIFY(stored);
        QCOMPARE(stored->value.exceptions.size(), 3);
        QCOMPARE(stored->value.exceptions.at(2).occurrence, fourth);
        QCOMPARE(stored->value.exceptions.at(2).action, models::MaintenanceException::skip());
    }

    // Skips and moves are undone from the list: Restore offers the window's coming skipped and
    // moved occurrences, by date, and plans the chosen one as usual again.
    void restoreSkippedAndMoved()
    {
        QVERIFY(!m_weekly.isNull());
        const QDate first = platformToday().addDays(11);
        const QDate second = first.addDays(7);
        const QDate third = first.addDays(14);
        const auto restoreFromList = [this](const char *expected) -> QString {
            m_view->list()->setFocus();
            m_view->list()->setCurrentIndex(
                m_view->listModel()->index(m_view->listModel()->rowOf(m_weekly), 0));
            auto *restore = child<QPushButton>(m_view.get(), "restoreOccurrenceButton");
            if (!restore->isEnabled())
                return QStringLiteral("Restore is disabled");
            m_view->restoreSelectedOccurrence();
            auto *chooser = openedDialog<QInputDialog>(m_view.get(), "restoreOccurrenceChooser");
            if (!chooser)
                return QStringLiteral("no chooser");
            const QStringList items = chooser->comboBoxItems();
            if (!items.first().contains(QLatin1String(expected)))
                return items.join(u" | ");
            chooser->setTextValue(items.first());
            chooser->accept();
            return {};
        };

        // The second (skipped) comes first and is planned again.
        QString problem = restoreFromList("(skipped)");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        auto stored = tests::fetchValue<client::Versioned<MaintenanceWindow>>(
            [&](auto done) { return operations().maintenanceWindow(m_weekly, done); });
        QVERIFY(stored);
        QCOMPARE(stored->value.exceptions.size(), 2);
        QCOMPARE(stored->value.exceptions.at(0).occurrence, third);
        QVERIFY(showWeek(second));
        QVERIFY(occurrenceIndex(m_weekly, second) >= 0);

        // Then the moved third: back at 13:00 on its own day.
        problem = restoreFromList("moved to");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        stored = tests::fetchValue<client::Versioned<MaintenanceWindow>>(
            [&](auto done) { return operations().maintenanceWindow(m_weekly, done); });
        QVERIFY(stored);
        QCOMPARE(stored->value.exceptions.size(), 1);
        QCOMPARE(stored->value.exceptions.at(0).occurrence, first.addDays(21));
        QVERIFY(showWeek(third));
        const int shown = occurrenceIndex(m_weekly, third);
        QVERIFY(shown >= 0);
        const MaintenanceOccurrence restored = m_view->weekView()->occurrences().at(shown);
        QVERIFY(!restored.moved);
        QCOMPARE(restored.startsAt.toTimeZone(kPlatform),
                 QDateTime(third, QTime(13, 0), kPlatform));
    }

    void cancelWindow()
    {
        QVERIFY(!m_single.isNull());
        QVERIFY(reloaded());
        const int row = m_view->listModel()->rowOf(m_single);
        QVERIFY(row >= 0);
        m_view->list()->setFocus();
        m_view->list()->setCurrentIndex(m_view->listModel()->index(row, 0));
        auto *cancel = child<QPushButton>(m_view.get(), "cancelWindowButton");
        QVERIFY(cancel->isEnabled());
        cancel->click();
        auto *confirm = openedDialog<QMessageBox>(m_view.get(), "cancelWindowConfirm");
        QVERIFY(confirm);
        clickRole(confirm, QMessageBox::AcceptRole);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->listModel()->rowOf(m_single) < 0 && !m_view->isLoading(),
                                 kWaitMs);
        bool gone = false;
        bool done = false;
        operations().maintenanceWindow(
            m_single, [&](models::Result<client::Versioned<MaintenanceWindow>> result) {
                gone = !result && result.error().code == QLatin1String("not_found");
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QVERIFY(gone);
    }

    void maintenanceModeOnAndOff()
    {
        MaintenanceModeDialog *dialog = m_view->openMaintenanceMode();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kWaitMs);
        QVERIFY(!dialog->status().state.enabled);
        // This console's own session at least.
        QVERIFY(dialog->status().activeSessions >= 1);
        const QString sessions = child<QLabel>(dialog, "maintenanceSessionsLabel")->text();
        QVERIFY2(sessions.contains(QString::number(dialog->status().activeSessions)),
                 qPrintable(sessions));
        auto *enable = child<QPushButton>(dialog, "enableMaintenanceButton");
        QVERIFY(!enable->isEnabled()); // no reason yet
        QVERIFY(!child<QPushButton>(dialog, "disableMaintenanceButton")->isEnabled());
        auto *reason = child<QPlainTextEdit>(dialog, "maintenanceReasonEdit");
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Database upgrade"));
        auto *grace = child<QComboBox>(dialog, "maintenanceGraceCombo");
        grace->setCurrentIndex(grace->findData(15 * 60));
        QVERIFY2(child<QLabel>(dialog, "maintenanceGraceLabel")
                     ->text()
                     .contains(QStringLiteral("15:00")),
                 qPrintable(child<QLabel>(dialog, "maintenanceGraceLabel")->text()));
        QVERIFY(enable->isEnabled());
        QSignalSpy changed(m_view.get(), &WindowsView::maintenanceStateChanged);
        QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_banner->isHidden(), kWaitMs);
        QVERIFY(m_banner->isShowingMode());
        QVERIFY2(m_banner->message().contains(QStringLiteral("Database upgrade")),
                 qPrintable(m_banner->message()));
        QVERIFY2(m_banner->countdownText().contains(QStringLiteral("15:00")),
                 qPrintable(m_banner->countdownText()));
        QVERIFY(child<QLabel>(m_view.get(), "maintenanceStateLabel")
                    ->text()
                    .contains(QStringLiteral("ON")));
        const auto on = tests::fetchValue<models::MaintenanceStatus>(
            [&](auto done) { return operations().maintenanceStatus(done); });
        QVERIFY(on);
        QVERIFY(on->state.enabled);
        QCOMPARE(on->state.retryAfterSeconds, 15 * 60);
        QCOMPARE(on->state.message, QStringLiteral("Database upgrade"));

        // Off again.
        MaintenanceModeDialog *again = m_view->openMaintenanceMode();
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QTRY_VERIFY_WITH_TIMEOUT(again->isLoaded(), kWaitMs);
        QVERIFY(again->status().state.enabled);
        QCOMPARE(child<QPlainTextEdit>(again, "maintenanceReasonEdit")->toPlainText(),
                 QStringLiteral("Database upgrade"));
        auto *disable = child<QPushButton>(again, "disableMaintenanceButton");
        QVERIFY(disable->isEnabled());
        disable->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_banner->isHidden(), kWaitMs);
        QVERIFY(child<QLabel>(m_view.get(), "maintenanceStateLabel")
                    ->text()
                    .contains(QStringLiteral("off")));
        const auto off = tests::fetchValue<models::MaintenanceStatus>(
            [&](auto done) { return operations().maintenanceStatus(done); });
        QVERIFY(off);
        QVERIFY(!off->state.enabled);
    }
};

QTEST_MAIN(TestWindowsView)
#include "tst_windowsview.moc"
