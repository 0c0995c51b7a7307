#include "ui/deployments/MaintenanceWindowDialog.h"

#include "client/ApiCall.h"
#include "client/OperationsClient.h"
#include "models/domain/MaintenanceSchedule.h"
#include "models/item/MaintenanceWindowModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/DialogFit.h"
#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <cmath>

namespace sphair::ui {

using models::MaintenanceException;
using models::MaintenanceRecurrence;
using models::MaintenanceWindow;
using models::MaintenanceWindowModel;

namespace {

const QTime kDefaultStart(2, 0);
const QTime kDefaultEnd(6, 0);

} // namespace

MaintenanceWindowDialog::MaintenanceWindowDialog(ConsoleContext *context, QWidget *parent,
                                                 const QTimeZone &viewerZone)
    : QDialog(parent)
    , m_context(context)
    , m_viewerZone(viewerZone.isValid() ? viewerZone : QTimeZone::utc())
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    setModal(true);
    setWindowTitle(tr("New maintenance window"));
    buildUi();
    const QTimeZone platform = MaintenanceWindowModel::zoneOf(MaintenanceWindow::defaultTimeZone());
    setDate(QDateTime::currentDateTimeUtc().toTimeZone(platform).date().addDays(1));
}

MaintenanceWindowDialog::~MaintenanceWindowDialog()
{
    // Cancelled calls never call back into a dialog that is gone.
    if (m_call)
        m_call->cancel();
    if (m_dryRunCall)
        m_dryRunCall->cancel();
}

void MaintenanceWindowDialog::buildUi()
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("windowDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_start = new QTimeEdit(kDefaultStart, this);
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(kDefaultEnd, this);
    m_end->setObjectName(QStringLiteral("windowEndEdit"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_nextDay = new QLabel(tr("(the next day)"), this);
    m_nextDay->setObjectName(QStringLiteral("windowNextDayLabel"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("windowZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(MaintenanceWindow::defaultTimeZone());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromUtf8(id);
        if (name != MaintenanceWindow::defaultTimeZone())
            m_zone->addItem(name);
    }
    m_repeat = new QComboBox(this);
    m_repeat->setObjectName(QStringLiteral("windowRepeatCombo"));
    m_repeat->addItem(QString(), QString());
    m_repeat->addItem(QString(), MaintenanceRecurrence::weekly());
    m_repeat->addItem(QString(), MaintenanceRecurrence::monthly());
    m_untilCheck = new QCheckBox(tr("Last &date:"), this);
    m_untilCheck->setObjectName(QStringLiteral("windowUntilCheck"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("windowUntilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_until->setAccessibleName(tr("Last date of the repetition"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("windowDescriptionEdit"));
    m_description->setMaxLength(MaintenanceWindow::kMaxDescriptionLength);
    m_description->setPlaceholderText(tr("e.g. Database upgrade"));
    m_viewerTime = new QLabel(this);
    m_viewerTime->setObjectName(QStringLiteral("windowViewerTimeLabel"));
    m_viewerTime->setWordWrap(true);
    m_viewerTime->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_dryRun = new QLabel(this);
    m_dryRun->setObjectName(QStringLiteral("windowDryRunLabel"));
    m_dryRun->setWordWrap(true);
    m_dryRun->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_error = newErrorLabel(QStringLiteral("windowDialogError"), this);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    const auto caption = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(caption(tr("D&ate:"), m_date), m_date);
    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    auto *to = new QLabel(tr("&to"), this);
    to->setBuddy(m_end);
    times->addWidget(to);
    times->addWidget(m_end);
    times->addWidget(m_nextDay);
    times->addStretch(1);
    form->addRow(caption(tr("&From:"), m_start), times);
    form->addRow(caption(tr("Time &zone:"), m_zone), m_zone);
    form->addRow(tr("Your time:"), m_viewerTime);
    form->addRow(caption(tr("&Repeats:"), m_repeat), m_repeat);
    auto *until = new QHBoxLayout;
    until->addWidget(m_untilCheck);
    until->addWidget(m_until);
    until->addStretch(1);
    form->addRow(QString(), until);
    form->addRow(caption(tr("De&scription:"), m_description), m_description);
    form->addRow(tr("Dry run:"), m_dryRun);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("windowDialogSaveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceWindowDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Wide enough for the two clocks and the dry run's sentence on a line or two.
    for (QWidget *field : std::initializer_list<QWidget *> {m_description, m_viewerTime, m_dryRun})
        field->setMinimumWidth(readableWidth(this, 60));

    for (QDateEdit *edit : {m_date, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &MaintenanceWindowDialog::formChanged);
    for (QTimeEdit *edit : {m_start, m_end})
        connect(edit, &QTimeEdit::timeChanged, this, &MaintenanceWindowDialog::formChanged);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MaintenanceWindowDialog::formChanged);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &MaintenanceWindowDialog::formChanged);
    connect(m_untilCheck, &QCheckBox::toggled, this, &MaintenanceWindowDialog::formChanged);
    connect(m_description, &QLineEdit::textChanged, this, [this] {
        // The description does not change who is active: no new dry run.
        showError({});
        m_save->setEnabled(!isBusy() && m_loaded && formError().isEmpty());
    });

    setTabOrder(m_date, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_zone);
    setTabOrder(m_zone, m_repeat);
    setTabOrder(m_repeat, m_untilCheck);
    setTabOrder(m_untilCheck, m_until);
    setTabOrder(m_until, m_description);
}

void MaintenanceWindowDialog::setDate(QDate date, int startHour)
{
    if (!date.isValid())
        return;
    const QSignalBlocker blockDate(m_date);
    m_date->setDate(date);
    if (startHour >= 0 && startHour < 24) {
        const QSignalBlocker blockStart(m_start);
        const QSignalBlocker blockEnd(m_end);
        // The default slot's length from the hour chosen.
        m_start->setTime(QTime(startHour, 0));
        m_end->setTime(QTime((startHour + 4) % 24, 0));
    }
    const QSignalBlocker blockUntil(m_until);
    m_until->setDate(date.addMonths(3));
    formChanged();
}

void MaintenanceWindowDialog::editWindow(const MaintenanceWindow &window)
{
    m_mode = Mode::Edit;
    m_original = window;
    setWindowTitle(tr("Edit maintenance window"));
    setForm(window);
    loadVersion(window.id);
}

void MaintenanceWindowDialog::moveOccurrence(const MaintenanceWindow &window,
                                             const models::MaintenanceOccurrence &occurrence)
{
    m_mode = Mode::MoveOccurrence;
    m_original = window;
    m_occurrence = occurrence;
    setWindowTitle(tr("Move the occurrence of %1")
                       .arg(QLocale().toString(occurrence.occurrence, QLocale::LongFormat)));
    MaintenanceWindow shown = window;
    shown.startsAt = occurrence.startsAt;
    shown.endsAt = occurrence.endsAt;
    setForm(shown);
    // Only this occurrence's times change.
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_zone, m_repeat, m_untilCheck, m_until, m_description})
        field->setEnabled(false);
    loadVersion(window.id);
}

void MaintenanceWindowDialog::setForm(const MaintenanceWindow &window)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_date),   QSignalBlocker(m_start),
                                       QSignalBlocker(m_end),    QSignalBlocker(m_zone),
                                       QSignalBlocker(m_repeat), QSignalBlocker(m_untilCheck),
                                       QSignalBlocker(m_until)};
    const QTimeZone zone = MaintenanceWindowModel::zoneOf(window.timezone);
    const QDateTime start = window.startsAt.toTimeZone(zone);
    const QDateTime end = window.endsAt.toTimeZone(zone);
    m_date->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    m_zone->setCurrentText(window.timezone);
    const QString frequency = window.recurrence ? window.recurrence->frequency : QString();
    m_repeat->setCurrentIndex(qMax(0, m_repeat->findData(frequency)));
    const bool until = window.recurrence && window.recurrence->until.isValid();
    m_untilCheck->setChecked(until);
    m_until->setDate(until ? window.recurrence->until : start.date().addMonths(3));
    m_description->setText(window.description);
    formChanged();
}

void MaintenanceWindowDialog::loadVersion(const QUuid &id)
{
    m_loaded = false;
    if (m_call)
        m_call->cancel();
    if (!m_context || !m_context->client())
        return;
    setBusy(true);
    m_call = m_context->operations().maintenanceWindow(
        id, [this](models::Result<client::Versioned<MaintenanceWindow>> result) {
            m_call.clear();
            setBusy(false);
            if (!result) {
                showError(result.error().message);
                return;
            }
            m_etag = result->etag;
            m_loaded = true;
            // Someone may have changed it since the list was loaded: edit the current one.
            if (m_mode == Mode::Edit && result->value != m_original) {
                m_original = result->value;
                setForm(m_original);
            } else {
                m_original = result->value;
            }
            formChanged();
        });
}

QTimeZone MaintenanceWindowDialog::formZone() const
{
    const QByteArray id = m_zone->currentText().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QTimeZone(id);
}

QDateTime MaintenanceWindowDialog::formStart() const
{
    const QTimeZone zone = formZone();
    if (!zone.isValid())
        return {};
    return models::MaintenanceSchedule::wallClock(m_date->date(), m_start->time(), zone).toUTC();
}

QDateTime MaintenanceWindowDialog::formEnd() const
{
    const QTimeZone zone = formZone();
    if (!zone.isValid())
        return {};
    // An end at or before the start is on the next day.
    const QDate day = m_end->time() <= m_start->time() ? m_date->date().addDays(1) : m_date->date();
    return models::MaintenanceSchedule::wallClock(day, m_end->time(), zone).toUTC();
}

MaintenanceWindow MaintenanceWindowDialog::formWindow() const
{
    MaintenanceWindow window = m_mode == Mode::Create ? MaintenanceWindow() : m_original;
    if (m_mode == Mode::MoveOccurrence && m_occurrence) {
        const QDate planned = m_occurrence->occurrence;
        window.exceptions.removeIf(
            [&planned](const MaintenanceException &e) { return e.occurrence == planned; });
        MaintenanceException move;
        move.occurrence = planned;
        move.action = MaintenanceException::move();
        move.startsAt = formStart();
        move.endsAt = formEnd();
        window.exceptions.append(move);
        return window;
    }
    window.startsAt = formStart();
    window.endsAt = formEnd();
    window.timezone = m_zone->currentText().trimmed();
    window.description = m_description->text().trimmed();
    const QString frequency = m_repeat->currentData().toString();
    if (frequency.isEmpty()) {
        window.recurrence.reset();
        window.exceptions.clear();
    } else {
        MaintenanceRecurrence recurrence;
        recurrence.frequency = frequency;
        if (m_untilCheck->isChecked())
            recurrence.until = m_until->date();
        window.recurrence = recurrence;
    }
    return window;
}

MaintenanceWindow MaintenanceWindowDialog::draftWindow() const
{
    if (m_mode != Mode::MoveOccurrence)
        return formWindow();
    MaintenanceWindow draft;
    draft.startsAt = formStart();
    draft.endsAt = formEnd();
    draft.timezone = m_original.timezone;
    return draft;
}

QString MaintenanceWindowDialog::formError() const
{
    if (!formZone().isValid())
        return tr("“%1” is not a time zone this system knows; pick one from the list.")
            .arg(m_zone->currentText().trimmed());
    if (formStart() >= formEnd())
        return tr("The window must end after it starts.");
    if (m_mode != Mode::MoveOccurrence && !m_repeat->currentData().toString().isEmpty()
        && m_untilCheck->isChecked() && m_until->date() < m_date->date())
        return tr("The last date of the repetition is before the first.");
    const auto valid = formWindow().validate();
    if (!valid)
        return valid.error().message;
    return {};
}

void MaintenanceWindowDialog::formChanged()
{
    updateRepeatTexts();
    m_nextDay->setVisible(m_end->time() <= m_start->time());
    const bool repeats = !m_repeat->currentData().toString().isEmpty();
    m_untilCheck->setEnabled(m_mode != Mode::MoveOccurrence && repeats);
    m_until->setEnabled(m_mode != Mode::MoveOccurrence && repeats && m_untilCheck->isChecked());
    const QString problem = formError();
    if (problem.isEmpty()) {
        m_viewerTime->setText(tr("%1 (%2)").arg(
            MaintenanceWindowModel::spanText(formStart(), formEnd(), m_viewerZone),
            QString::fromUtf8(m_viewerZone.id())));
    } else {
        m_viewerTime->setText(QString());
    }
    showError(problem);
    m_save->setEnabled(!isBusy() && m_loaded && problem.isEmpty());
    startDryRun();
    if (isVisible())
        growToFitContents(this);
}

void MaintenanceWindowDialog::updateRepeatTexts()
{
    const QDate date = m_date->date();
    m_repeat->setItemText(0, tr("Does not repeat"));
    m_repeat->setItemText(
        1, MaintenanceWindowModel::repeatText(MaintenanceRecurrence::weekly(), date));
    m_repeat->setItemText(
        2, MaintenanceWindowModel::repeatText(MaintenanceRecurrence::monthly(), date));
}

QString MaintenanceWindowDialog::dryRunSentence(const models::MaintenanceDryRun &dryRun)
{
    const int users = int(std::lround(dryRun.activeUsers));
    if (dryRun.companies == 0 && users == 0)
        return tr("Usually nobody is active then.");
    return tr("About %1 and %2 are usually active then.")
        .arg(tr("%n company(s)", nullptr, dryRun.companies), tr("%n user(s)", nullptr, users));
}

void MaintenanceWindowDialog::startDryRun()
{
    if (m_dryRunCall)
        m_dryRunCall->cancel();
    m_dryRunCall.clear();
    const int generation = ++m_dryRunGeneration;
    if (!formError().isEmpty() || !m_context || !m_context->client()) {
        m_dryRun->setText(QString());
        return;
    }
    m_dryRun->setText(tr("Asking the server who is usually active then…"));
    m_dryRunCall = m_context->operations().maintenanceDryRun(
        draftWindow(), [this, generation](models::Result<models::MaintenanceDryRun> result) {
            if (generation != m_dryRunGeneration)
                return; // a newer question is running
            m_dryRunCall.clear();
            if (!result) {
                m_dryRun->setText(tr("No estimate: %1").arg(result.error().message));
                emit dryRunFinished(false);
                return;
            }
            const QTimeZone zone = formZone().isValid() ? formZone() : QTimeZone::utc();
            QString text = dryRunSentence(result.value());
            if (result->startsAt.isValid() && formWindow().isRecurring())
                text += u' '
                    + tr("(estimated for %1)")
                          .arg(MaintenanceWindowModel::spanText(result->startsAt, result->endsAt,
                                                                zone));
            m_dryRun->setText(text);
            if (isVisible())
                growToFitContents(this);
            emit dryRunFinished(true);
        });
}

QString MaintenanceWindowDialog::dryRunText() const
{
    return m_dryRun->text();
}

QString MaintenanceWindowDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MaintenanceWindowDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (isVisible())
        growToFitContents(this);
}

void MaintenanceWindowDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy && m_loaded && formError().isEmpty());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void MaintenanceWindowDialog::save()
{
    if (isBusy() || !m_loaded || !m_context || !m_context->client())
        return;
    const QString problem = formError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    const MaintenanceWindow window = formWindow();
    auto done = [this](models::Result<client::Versioned<MaintenanceWindow>> result) {
        m_call.clear();
        setBusy(false);
        if (!result) {
            // An overlap names the other window; everything typed stays.
            showError(result.error().message);
            if (result.error().code != QLatin1String("window_overlap") && m_context)
                m_context->reportError(tr("Saving the maintenance window"), result.error());
            return;
        }
        m_etag = result->etag;
        emit windowSaved(result->value);
        accept();
    };
    showError({});
    if (m_mode == Mode::Create)
        m_call = m_context->operations().createMaintenanceWindow(window, done);
    else
        m_call = m_context->operations().updateMaintenanceWindow(window, m_etag, done);
    setBusy(true);
}

} // namespace sphair::ui
