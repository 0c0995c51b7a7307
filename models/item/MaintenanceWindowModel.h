#pragma once

#include "models/domain/MaintenanceWindow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>
#include <QUuid>

namespace sphair::models {

// The Windows view's list of planned maintenance windows, one row per window in the order
// set (the server's: by start). Times show in the window's own zone (the platform zone,
// Africa/Johannesburg unless the window names another) and, in the next column, in the
// viewer's zone, each converted from the UTC instants, so a window across a daylight saving
// change in either zone reads right ("Sun 29 Mar 2026, 01:00 CET – 06:00 CEST").
class MaintenanceWindowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ViewerColumn, RepeatsColumn, DescriptionColumn, ColumnCount };
    enum Role {
        WindowIdRole = Qt::UserRole, // QUuid
        StartsAtRole, // QDateTime (UTC), for sorting
    };

    // `viewerZone`: the zone of the viewer's own clock (the system's by default).
    explicit MaintenanceWindowModel(QObject *parent = nullptr,
                                    const QTimeZone &viewerZone = QTimeZone::systemTimeZone());

    void setWindows(QList<MaintenanceWindow> windows);
    const QList<MaintenanceWindow> &windows() const { return m_windows; }
    // The row of window `id`, -1 when it is not listed.
    int rowOf(const QUuid &id) const;
    // Replaces the listed window with the same id or appends it.
    void upsert(const MaintenanceWindow &window);
    void remove(const QUuid &id);

    QTimeZone viewerZone() const { return m_viewerZone; }
    void setViewerZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // From `start` to `end` (UTC instants) as the clock in `zone` reads them: "Sun 6 Dec 2026,
    // 02:00–06:00 SAST"; the end's date when it is another day, each zone abbreviation when
    // daylight saving changes in between ("Sun 29 Mar 2026, 01:00 CET – 06:00 CEST").
    static QString spanText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone);
    // How a window repeats, in words: "Once", "Every Sunday", "Every month on the first
    // Sunday", with its last date and how many occurrences are skipped or moved.
    static QString repeatText(const MaintenanceWindow &window);
    // The same for a series of `frequency` (empty: none) that starts on local date `first`.
    static QString repeatText(const QString &frequency, QDate first, QDate until = {});
    // `id`'s zone, UTC when this system does not know it.
    static QTimeZone zoneOf(const QString &id);

private:
    QList<MaintenanceWindow> m_windows;
    QTimeZone m_viewerZone;
};

} // namespace sphair::models
