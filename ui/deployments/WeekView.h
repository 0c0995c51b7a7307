#pragma once

#include "models/domain/MaintenanceOccurrence.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sphair::models {
class WeekGridModel;
}

namespace sphair::ui {

// The week view of the maintenance windows: a calendar grid of 7 days × 24 hours
// (WeekGridModel) with each occurrence drawn as a block over the hours it covers, in the
// platform zone (Africa/Johannesburg) or, switched with the zone combo, the viewer's own; the
// rows also show the other clock's time. Hours a daylight saving change skips are hatched.
// Previous week, this week and next week move it (Alt+S, Alt+B, Alt+X); the arrow keys move
// through the hours, Enter or a double click on a block opens it, on a free hour plans a
// window there.
//
// Object names: weekView, previousWeekButton, todayButton, nextWeekButton, weekLabel,
// weekZoneCombo, weekGridView.
class WeekView : public QWidget
{
    Q_OBJECT
public:
    // `platformZone`: the windows' default zone; `viewerZone`: the viewer's own.
    WeekView(const QTimeZone &platformZone, const QTimeZone &viewerZone, QWidget *parent = nullptr);

    models::WeekGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }

    // Draws these occurrences (those of the week shown, as loaded for it).
    void setOccurrences(const QList<models::MaintenanceOccurrence> &occurrences);
    const QList<models::MaintenanceOccurrence> &occurrences() const { return m_occurrences; }
    // The occurrence whose block holds the current cell, -1 when none.
    int currentOccurrence() const;
    // Makes the first block of occurrence `index` the current cell.
    void selectOccurrence(int index);
    // The grid in the viewer's zone (true) or the platform's (false).
    void setViewerClock(bool viewer);

public slots:
    void showWeek(QDate day);
    void previousWeek();
    void nextWeek();
    void showToday();

signals:
    // Another week (or zone) is shown: load its occurrences.
    void weekChanged();
    void currentOccurrenceChanged(int index);
    // Enter or a double click on a block.
    void occurrenceActivated(int index);
    // Enter or a double click on a free hour: plan a window at `hour` of `date` (in the
    // display zone).
    void newWindowRequested(QDate date, int hour, const QTimeZone &zone);

private:
    void updateSpans();
    void updateLabel();

    QTimeZone m_platformZone;
    QTimeZone m_viewerZone;
    models::WeekGridModel *m_model = nullptr;
    QList<models::MaintenanceOccurrence> m_occurrences;
    QPushButton *m_previous = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_zone = nullptr;
    QTableView *m_grid = nullptr;
};

} // namespace sphair::ui
