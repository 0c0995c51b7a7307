#include "ui/deployments/WindowsView.h"

#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "client/Queries.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceSchedule.h"
#include "models/item/MaintenanceWindowModel.h"
#include "models/item/WeekGridModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/deployments/MaintenanceModeDialog.h"
#include "ui/deployments/MaintenanceWindowDialog.h"
#include "ui/deployments/WeekView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sphair::ui {

using models::MaintenanceException;
using models::MaintenanceOccurrence;
using models::MaintenanceWindow;
using models::MaintenanceWindowModel;

namespace {

// A past single window is of no more use in the list; a series is, until its last date.
bool isCurrent(const MaintenanceWindow &window, const QDateTime &now)
{
    if (window.isRecurring())
        return !window.recurrence->until.isValid()
            || window.recurrence->until >= now.date().addDays(-1);
    return window.endsAt > now.addDays(-1);
}

} // namespace

WindowsView::WindowsView(ConsoleContext *context, QWidget *parent, const QTimeZone &viewerZone)
    : QWidget(parent)
    , m_context(context)
    , m_viewerZone(viewerZone.isValid() ? viewerZone : QTimeZone::utc())
{
    setObjectName(QStringLiteral("windowsView"));
    m_model = new MaintenanceWindowModel(this, m_viewerZone);
    buildUi();
    updateActions();
}

WindowsView::~WindowsView()
{
    for (const QPointer<client::ApiCall> &call :
         {m_windowsCall, m_weekCall, m_upcomingCall, m_statusCall, m_actionCall}) {
        if (call)
            call->cancel();
    }
}

void WindowsView::buildUi()
{
    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_new = button(tr("&New window…"), "newWindowButton");
    m_edit = button(tr("&Edit…"), "editWindowButton");
    m_cancel = button(tr("C&ancel window…"), "cancelWindowButton");
    m_skip = button(tr("S&kip occurrence…"), "skipOccurrenceButton");
    m_move = button(tr("M&ove occurrence…"), "moveOccurrenceButton");
    m_restore = button(tr("Res&tore occurrence…"), "restoreOccurrenceButton");
    m_mode = button(tr("Maintenance &mode…"), "maintenanceModeButton");
    m_refresh = button(tr("&Reload"), "refreshWindowsButton");
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("maintenanceStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_error = newErrorLabel(QStringLiteral("windowsErrorLabel"), this);
    m_error->setVisible(false);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("windowsList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Planned maintenance windows"));

    m_week = new WeekView(MaintenanceWindowModel::zoneOf(MaintenanceWindow::defaultTimeZone()),
                          m_viewerZone, this);

    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_cancel, m_skip, m_move, m_restore})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_mode);
    bar->addWidget(m_refresh);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listCaption = new QLabel(tr("&Planned windows"), listBox);
    listCaption->setBuddy(m_list);
    listLayout->addWidget(listCaption);
    listLayout->addWidget(m_list, 1);

    // The list above (a few rows), the week below with the room its 24 hours need.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("windowsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listBox);
    splitter->addWidget(m_week);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    m_list->setMinimumHeight(m_list->verticalHeader()->defaultSectionSize() * 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &WindowsView::newWindow);
    connect(m_edit, &QPushButton::clicked, this, &WindowsView::editSelected);
    connect(m_cancel, &QPushButton::clicked, this, &WindowsView::cancelSelected);
    connect(m_skip, &QPushButton::clicked, this, &WindowsView::skipSelectedOccurrence);
    connect(m_move, &QPushButton::clicked, this, &WindowsView::moveSelectedOccurrence);
    connect(m_restore, &QPushButton::clicked, this, &WindowsView::restoreSelectedOccurrence);
    connect(m_mode, &QPushButton::clicked, this, &WindowsView::openMaintenanceMode);
    connect(m_refresh, &QPushButton::clicked, this, &WindowsView::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_selected = current.data(MaintenanceWindowModel::WindowIdRole).toUuid();
                updateActions();
            });
    connect(m_list, &QAbstractItemView::activated, this, &WindowsView::editSelected);
    connect(m_week, &WeekView::weekChanged, this, &WindowsView::loadWeek);
    connect(m_week, &WeekView::currentOccurrenceChanged, this, [this](int index) {
        if (index < 0 || index >= m_week->occurrences().size()) {
            updateActions();
            return;
        }
        selectWindow(m_week->occurrences().at(index).windowId);
    });
    connect(m_week, &WeekView::occurrenceActivated, this, [this](int index) {
        if (index >= 0 && index < m_week->occurrences().size()) {
            selectWindow(m_week->occurrences().at(index).windowId);
            editSelected();
        }
    });
    connect(m_week, &WeekView::newWindowRequested, this,
            [this](QDate date, int hour, const QTimeZone &zone) {
                MaintenanceWindowDialog *dialog = newWindow();
                // The hour as the platform's clock reads it.
                const QDateTime at =
                    models::MaintenanceSchedule::wallClock(date, QTime(hour, 0), zone)
                        .toTimeZone(
                            MaintenanceWindowModel::zoneOf(MaintenanceWindow::defaultTimeZone()));
                dialog->setDate(at.date(), at.time().hour());
            });
}

bool WindowsView::isLoading() const
{
    return m_windowsCall || m_weekCall || m_upcomingCall || m_statusCall || m_actionCall;
}

std::optional<MaintenanceWindow> WindowsView::selectedWindow() const
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0)
        return std::nullopt;
    return m_model->windows().at(row);
}

void WindowsView::reload()
{
    if (!m_context || !m_context->client())
        return;
    m_error->setVisible(false);
    loadWindows();
    loadWeek();
    loadUpcoming();
    loadStatus();
}

void WindowsView::loadWindows()
{
    if (m_windowsCall)
        m_windowsCall->cancel();
    client::MaintenanceWindowQuery query;
    query.limit = models::Page<MaintenanceWindow>::kMaxLimit;
    m_windowsCall = m_context->operations().list(
        query, [this](models::Result<models::Page<MaintenanceWindow>> result) {
            m_windowsCall.clear();
            if (!result) {
                showError(tr("Loading the maintenance windows"), result.error());
            } else {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QList<MaintenanceWindow> windows;
                for (const MaintenanceWindow &window : result->items) {
                    if (isCurrent(window, now))
                        windows.append(window);
                }
                const QUuid selected = m_selected;
                m_model->setWindows(windows);
                m_list->resizeColumnsToContents();
                selectWindow(selected);
            }
            finishOne();
        });
}

void WindowsView::loadWeek()
{
    if (!m_context || !m_context->client())
        return;
    if (m_weekCall)
        m_weekCall->cancel();
    m_weekCall = m_context->operations().maintenanceOccurrences(
        m_week->model()->rangeStart(), m_week->model()->rangeEnd(),
        [this](models::Result<models::MaintenanceOccurrenceList> result) {
            m_weekCall.clear();
            if (!result)
                showError(tr("Loading the week's maintenance windows"), result.error());
            else
                m_week->setOccurrences(result->items);
            finishOne();
        });
}

void WindowsView::loadUpcoming()
{
    if (m_upcomingCall)
        m_upcomingCall->cancel();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_upcomingCall = m_context->operations().maintenanceOccurrences(
        now, now.addDays(kUpcomingDays),
        [this](models::Result<models::MaintenanceOccurrenceList> result) {
            m_upcomingCall.clear();
            if (!result)
                showError(tr("Loading the coming maintenance windows"), result.error());
            else
                m_upcoming = result->items;
            finishOne();
        });
}

void WindowsView::loadStatus()
{
    if (m_statusCall)
        m_statusCall->cancel();
    m_statusCall = m_context->operations().maintenanceStatus(
        [this](models::Result<models::MaintenanceStatus> result) {
            m_statusCall.clear();
            if (!result) {
                showError(tr("Loading the maintenance status"), result.error());
            } else {
                m_status = result.value();
                showStatus();
                emit maintenanceStateChanged(m_status->state);
            }
            finishOne();
        });
}

void WindowsView::finishOne()
{
    updateActions();
    if (!isLoading())
        emit loaded();
}

void WindowsView::showStatus()
{
    if (!m_status) {
        m_state->clear();
        return;
    }
    QString text = m_status->state.enabled
        ? tr("Maintenance mode is ON: %1").arg(m_status->state.message)
        : tr("Maintenance mode is off.");
    const auto describe = [&](const MaintenanceWindow &window) {
        const QTimeZone zone = MaintenanceWindowModel::zoneOf(window.timezone);
        QString span = MaintenanceWindowModel::spanText(window.startsAt, window.endsAt, zone);
        if (zone.id() != m_viewerZone.id())
            span += u' '
                + tr("(your time: %1)")
                      .arg(MaintenanceWindowModel::spanText(window.startsAt, window.endsAt,
                                                            m_viewerZone));
        return span;
    };
    if (m_status->currentWindow)
        text += u'\n' + tr("A window is running now: %1.").arg(describe(*m_status->currentWindow));
    else if (m_status->nextWindow)
        text += u'\n' + tr("Next window: %1.").arg(describe(*m_status->nextWindow));
    else
        text += u'\n' + tr("No window is planned.");
    m_state->setText(text);
}

void WindowsView::updateActions()
{
    const bool signedIn = m_context && m_context->client();
    const auto window = selectedWindow();
    m_new->setEnabled(signedIn);
    m_edit->setEnabled(signedIn && window.has_value());
    m_cancel->setEnabled(signedIn && window.has_value() && !m_actionCall);
    const bool recurring = window && window->isRecurring();
    m_skip->setEnabled(signedIn && recurring && !m_actionCall);
    m_move->setEnabled(signedIn && recurring && !m_actionCall);
    m_restore->setEnabled(signedIn && recurring && !m_actionCall && !restorable(*window).isEmpty());
}

void WindowsView::selectWindow(const QUuid &id)
{
    m_selected = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    }
    updateActions();
}

MaintenanceWindowDialog *WindowsView::openWindowDialog()
{
    auto *dialog = new MaintenanceWindowDialog(m_context, this, m_viewerZone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceWindowDialog::windowSaved, this,
            [this](const MaintenanceWindow &window) {
                m_model->upsert(window);
                selectWindow(window.id);
                if (m_context)
                    m_context->reportInfo(tr("The maintenance window is saved."));
                reload();
            });
    dialog->open();
    return dialog;
}

MaintenanceWindowDialog *WindowsView::newWindow()
{
    return openWindowDialog();
}

MaintenanceWindowDialog *WindowsView::editSelected()
{
    const auto window = selectedWindow();
    if (!window)
        return nullptr;
    MaintenanceWindowDialog *dialog = openWindowDialog();
    dialog->editWindow(*window);
    return dialog;
}

void WindowsView::cancelSelected()
{
    const auto window = selectedWindow();
    if (!window)
        return;
    const QString when = MaintenanceWindowModel::spanText(
        window->startsAt, window->endsAt, MaintenanceWindowModel::zoneOf(window->timezone));
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel maintenance window"),
        window->isRecurring()
            ? tr("Cancel the repeating window from %1 (%2) with all its occurrences?")
                  .arg(when, MaintenanceWindowModel::repeatText(*window))
            : tr("Cancel the maintenance window %1?").arg(when),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelWindowConfirm"));
    box->addButton(tr("Cancel the &window"), QMessageBox::AcceptRole);
    box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = window->id;
    connect(box, &QMessageBox::accepted, this, [this, id] {
        withVersion(
            id,
            [this, id](const MaintenanceWindow &, const QByteArray &etag) {
                m_actionCall = m_context->operations().deleteMaintenanceWindow(
                    id, etag, [this, id](const models::Status &status) {
                        m_actionCall.clear();
                        if (!status) {
                            showError(tr("Cancelling the maintenance window"), status.error());
                            updateActions();
                            return;
                        }
                        m_model->remove(id);
                        m_context->reportInfo(tr("The maintenance window is cancelled."));
                        reload();
                    });
                updateActions();
            },
            tr("Cancelling the maintenance window"));
    });
    box->open();
}

void WindowsView::withVersion(
    const QUuid &id, const std::function<void(const MaintenanceWindow &, const QByteArray &)> &then,
    const QString &what)
{
    if (!m_context || !m_context->client())
        return;
    if (m_actionCall)
        m_actionCall->cancel();
    m_actionCall = m_context->operations().maintenanceWindow(
        id, [this, then, what](models::Result<client::Versioned<MaintenanceWindow>> result) {
            m_actionCall.clear();
            if (!result) {
                showError(what, result.error());
                updateActions();
                return;
            }
            then(result->value, result->etag);
        });
    updateActions();
}

QString WindowsView::occurrenceText(const MaintenanceOccurrence &occurrence) const
{
    const QTimeZone zone = MaintenanceWindowModel::zoneOf(occurrence.timezone);
    QString text = MaintenanceWindowModel::spanText(occurrence.startsAt, occurrence.endsAt, zone);
    if (occurrence.moved)
        text += u' ' + tr("(moved)");
    return text;
}

void WindowsView::withOccurrence(const QString &title,
                                 const std::function<void(const MaintenanceOccurrence &)> &then)
{
    const int inWeek = m_week->currentOccurrence();
    if (inWeek >= 0 && inWeek < m_week->occurrences().size()
        && m_week->occurrences().at(inWeek).windowId == m_selected) {
        then(m_week->occurrences().at(inWeek));
        return;
    }
    QList<MaintenanceOccurrence> coming;
    QStringList items;
    for (const MaintenanceOccurrence &occurrence : m_upcoming) {
        if (occurrence.windowId == m_selected) {
            coming.append(occurrence);
            items.append(occurrenceText(occurrence));
        }
    }
    if (coming.isEmpty()) {
        if (m_context)
            m_context->reportInfo(
                tr("This window has no occurrence in the next %n day(s).", nullptr, kUpcomingDays));
        return;
    }
    choose(QStringLiteral("occurrenceChooser"), title, items,
           [coming, then](int at) { then(coming.at(at)); });
}

void WindowsView::choose(const QString &objectName, const QString &title, const QStringList &items,
                         const std::function<void(int)> &then)
{
    auto *chooser = new QInputDialog(this);
    chooser->setObjectName(objectName);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(title);
    chooser->setLabelText(tr("&Occurrence:"));
    chooser->setComboBoxItems(items);
    chooser->setComboBoxEditable(false);
    connect(chooser, &QInputDialog::textValueSelected, this, [items, then](const QString &text) {
        const int at = int(items.indexOf(text));
        if (at >= 0)
            then(at);
    });
    chooser->open();
}

void WindowsView::skipSelectedOccurrence()
{
    const auto window = selectedWindow();
    if (!window || !window->isRecurring())
        return;
    withOccurrence(tr("Skip an occurrence"), [this](const MaintenanceOccurrence &occurrence) {
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Skip occurrence"),
            tr("Skip the maintenance window on %1? The other occurrences stay planned.")
                .arg(occurrenceText(occurrence)),
            QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("skipOccurrenceConfirm"));
        box->addButton(tr("&Skip it"), QMessageBox::AcceptRole);
        box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this, occurrence] { skip(occurrence); });
        box->open();
    });
}

void WindowsView::skip(const MaintenanceOccurrence &occurrence)
{
    MaintenanceException skip;
    skip.occurrence = occurrence.occurrence;
    skip.action = MaintenanceException::skip();
    changeOccurrence(occurrence.windowId, occurrence.occurrence, skip,
                     tr("Skipping the occurrence"), tr("The occurrence is skipped."));
}

void WindowsView::changeOccurrence(const QUuid &windowId, const QDate &occurrence,
                                   const std::optional<MaintenanceException> &change,
                                   const QString &what, const QString &done)
{
    withVersion(
        windowId,
        [this, occurrence, change, what, done](const MaintenanceWindow &current,
                                               const QByteArray &etag) {
            MaintenanceWindow window = current;
            const auto removed =
                window.exceptions.removeIf([&occurrence](const MaintenanceException &e) {
                    return e.occurrence == occurrence;
                });
            if (change) {
                window.exceptions.append(*change);
            } else if (removed == 0) {
                // Restored meanwhile (by someone else): nothing to change.
                reload();
                return;
            }
            m_actionCall = m_context->operations().updateMaintenanceWindow(
                window, etag,
                [this, what, done](models::Result<client::Versioned<MaintenanceWindow>> result) {
                    m_actionCall.clear();
                    if (!result) {
                        showError(what, result.error());
                        updateActions();
                        return;
                    }
                    m_model->upsert(result->value);
                    m_context->reportInfo(done);
                    reload();
                });
            updateActions();
        },
        what);
}

void WindowsView::moveSelectedOccurrence()
{
    const auto window = selectedWindow();
    if (!window || !window->isRecurring())
        return;
    withOccurrence(tr("Move an occurrence"), [this](const MaintenanceOccurrence &occurrence) {
        const int row = m_model->rowOf(occurrence.windowId);
        if (row < 0)
            return;
        MaintenanceWindowDialog *dialog = openWindowDialog();
        dialog->moveOccurrence(m_model->windows().at(row), occurrence);
    });
}

QList<MaintenanceException> WindowsView::restorable(const MaintenanceWindow &window)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<MaintenanceException> changed;
    for (const MaintenanceException &exception : window.exceptions) {
        const auto planned = models::MaintenanceSchedule::planned(window, exception.occurrence);
        const bool coming =
            (planned && planned->endsAt > now) || (exception.isMove() && exception.endsAt > now);
        if (coming)
            changed.append(exception);
    }
    std::sort(changed.begin(), changed.end(),
              [](const MaintenanceException &a, const MaintenanceException &b) {
                  return a.occurrence < b.occurrence;
              });
    return changed;
}

QString WindowsView::exceptionText(const MaintenanceWindow &window,
                                   const MaintenanceException &exception) const
{
    const QTimeZone zone = MaintenanceWindowModel::zoneOf(window.timezone);
    const auto planned = models::MaintenanceSchedule::planned(window, exception.occurrence);
    const QString when = planned
        ? MaintenanceWindowModel::spanText(planned->startsAt, planned->endsAt, zone)
        : QLocale().toString(exception.occurrence, QLocale::ShortFormat);
    if (!exception.isMove())
        return tr("%1 (skipped)").arg(when);
    return tr("%1 (moved to %2)")
        .arg(when, MaintenanceWindowModel::spanText(exception.startsAt, exception.endsAt, zone));
}

void WindowsView::restoreSelectedOccurrence()
{
    const auto window = selectedWindow();
    if (!window || !window->isRecurring())
        return;
    const QList<MaintenanceException> changed = restorable(*window);
    if (changed.isEmpty()) {
        if (m_context)
            m_context->reportInfo(tr("No coming occurrence of this window is skipped or moved."));
        return;
    }
    QStringList items;
    for (const MaintenanceException &exception : changed)
        items.append(exceptionText(*window, exception));
    const QUuid id = window->id;
    choose(QStringLiteral("restoreOccurrenceChooser"), tr("Restore an occurrence"), items,
           [this, id, changed](int at) { restore(id, changed.at(at).occurrence); });
}

void WindowsView::restore(const QUuid &windowId, const QDate &occurrence)
{
    changeOccurrence(windowId, occurrence, std::nullopt, tr("Restoring the occurrence"),
                     tr("The occurrence is planned as usual again."));
}

MaintenanceModeDialog *WindowsView::openMaintenanceMode()
{
    auto *dialog = new MaintenanceModeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceModeDialog::statusLoaded, this,
            [this](const models::MaintenanceStatus &status) {
                m_status = status;
                showStatus();
                emit maintenanceStateChanged(status.state);
            });
    connect(dialog, &MaintenanceModeDialog::stateChanged, this,
            [this](const models::MaintenanceState &state) {
                if (!m_status)
                    m_status = models::MaintenanceStatus();
                m_status->state = state;
                showStatus();
                emit maintenanceStateChanged(state);
            });
    dialog->open();
    return dialog;
}

void WindowsView::showError(const QString &what, const models::Error &error)
{
    m_error->setText(tr("%1: %2").arg(what, error.message));
    m_error->setVisible(true);
    if (m_context)
        m_context->reportError(what, error);
}

} // namespace sphair::ui
