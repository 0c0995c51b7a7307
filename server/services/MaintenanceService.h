#pragma once

#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceOccurrence.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/MaintenanceStore.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace sphair::server {

// Maintenance mode and the planned maintenance windows: every read and change, each in one
// transaction with its audit row. Changes of windows are serialised on the maintenance row, so
// no two overlapping windows can be planned at the same moment. Windows may recur
// (models::MaintenanceSchedule computes their occurrences); overlaps are checked between
// occurrences from now over kOverlapHorizonDays.
class MaintenanceService
{
public:
    struct Overview
    {
        MaintenanceStore::State state;
        // The occurrence running now and the next one to start, each as a window of its own
        // (MaintenanceSchedule::asWindow).
        std::optional<models::MaintenanceWindow> current;
        std::optional<models::MaintenanceWindow> next;
        int activeSessions = 0; // admin sessions open now
    };

    // A window as a request describes it: without both times, the next default nightly slot.
    struct WindowDraft
    {
        QUuid id; // null: a new window
        std::optional<QDateTime> startsAt;
        std::optional<QDateTime> endsAt;
        QString timezone;
        QString description;
        std::optional<models::MaintenanceRecurrence> recurrence;
        QList<models::MaintenanceException> exceptions;
    };

    // Longest window that can be planned; longer ones are almost always a typo in a date.
    static constexpr qint64 kMaxWindowSeconds = qint64(7) * 24 * 60 * 60;
    // How far ahead overlaps between occurrences are checked, and the longest span of
    // occurrences() asked over HTTP.
    static constexpr int kOverlapHorizonDays = 400;

    explicit MaintenanceService(ServiceContext &context)
        : m_context(context)
    { }

    models::Result<Overview> overview() const;
    // Only whether maintenance mode is on, for the check in front of every tenant route.
    models::Result<models::MaintenanceState> state() const;
    // Turns the mode on; a message or retry time left out stays as it is.
    models::Result<MaintenanceStore::State> enable(const std::optional<QString> &message,
                                                   const std::optional<int> &retryAfterSeconds,
                                                   const Actor &actor) const;
    models::Result<MaintenanceStore::State> disable(const Actor &actor) const;

    models::Result<MaintenanceStore::WindowPage> windows(const QDateTime &from, const QDateTime &to,
                                                         qint64 offset, int limit) const;
    models::Result<std::optional<MaintenanceStore::Window>> window(const QUuid &id) const;
    // The window a draft describes, checked (MaintenanceSchedule::validate): valid times in a
    // known zone, at most kMaxWindowSeconds long, an occurrence that ends in the future,
    // exceptions that name planned occurrences. A new window gets a new id.
    models::Result<models::MaintenanceWindow> completeWindow(const WindowDraft &draft) const;
    // Every window's occurrences that overlap [from, to), in start order: what the notices and
    // the deployments plan with.
    models::Result<QList<models::MaintenanceOccurrence>> occurrences(const QDateTime &from,
                                                                     const QDateTime &to) const;
    // Whom a planned (not saved) window would touch: its next occurrence (the first when all
    // have ended) against the usage profile of the active companies.
    models::Result<models::MaintenanceDryRun> dryRun(const models::MaintenanceWindow &window) const;
    // Plans a window none of whose occurrences overlaps another's (409 window_overlap).
    models::Status createWindow(const models::MaintenanceWindow &window, const Actor &actor) const;
    // Returns the new version.
    models::Result<qint64> updateWindow(const models::MaintenanceWindow &window,
                                        const VersionCheck &check, const Actor &actor) const;
    models::Status deleteWindow(const QUuid &id, const VersionCheck &check,
                                const Actor &actor) const;

    static models::Error windowNotFound();
    // The hours of the week, (weekday - 1) * 24 + hour in Africa/Johannesburg, that
    // [startsAt, endsAt) touches, in time order, each once.
    static QList<int> hoursOfWeek(const QDateTime &startsAt, const QDateTime &endsAt);

private:
    MaintenanceStore::Change changeBy(const Actor &actor) const;

    ServiceContext &m_context;
};

} // namespace sphair::server
