#pragma once

#include "models/domain/MaintenanceDryRunHour.h"
#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// Maintenance mode (the one maintenance_state row) and the planned maintenance windows, read
// and changed inside the caller's transaction. Changes of the mode write their audit row
// here, so the routes and the deployment runner record them the same way.
class MaintenanceStore
{
public:
    struct State
    {
        models::MaintenanceState state;
        qint64 version = 1;
    };

    // Who changes the mode, and why (merged into the audit row's "after").
    struct Change
    {
        QString actor;
        QString actorRole;
        QDateTime now;
        QJsonObject context; // e.g. {"deployment_id": …}
    };

    struct Window
    {
        models::MaintenanceWindow window;
        qint64 version = 1;
    };

    struct WindowPage
    {
        QList<Window> items;
        qint64 total = 0;
    };

    // forUpdate locks the row until commit (PostgreSQL), which also serialises every change
    // of the windows, so two overlapping windows cannot be planned at the same moment.
    static models::Result<State> state(SqlSession &session, bool forUpdate = false);

    // Turns the mode on, or updates message and retry_after_seconds while it is on (started_at
    // and started_by keep the first enable). Returns the state after.
    static models::Result<State> enable(SqlSession &session, const QString &message,
                                        int retryAfterSeconds, const Change &change);
    // Turns the mode off; without a change (and without an audit row) when it is off already.
    static models::Result<State> disable(SqlSession &session, const Change &change);

    static models::Result<std::optional<Window>> window(SqlSession &session, const QUuid &id,
                                                        bool forUpdate = false);
    // Every window that may have an occurrence ending after `from`: single windows ending after
    // it, recurring ones without an end or whose until is at most a few days before it
    // (MaintenanceSchedule decides), by first start.
    static models::Result<QList<Window>> windowsRunningAfter(SqlSession &session,
                                                             const QDateTime &from);
    static models::Status insertWindow(SqlSession &session, const models::MaintenanceWindow &window,
                                       const QString &createdBy);
    // Returns the new version.
    static models::Result<qint64> updateWindow(SqlSession &session,
                                               const models::MaintenanceWindow &window);
    static models::Status deleteWindow(SqlSession &session, const QUuid &id);

    // Windows that end after `from` (recurring ones: whose until is at most a few days before
    // it, or none) and start before `to` (either may be invalid: no bound), by first start.
    static models::Result<WindowPage> windows(SqlSession &session, const QDateTime &from,
                                              const QDateTime &to, qint64 offset, int limit);
    // A company is usually active in an hour of the week when its profile has at least this
    // many active users there on average (e.g. one user every other week).
    static constexpr double kUsuallyActiveUsers = 0.5;
    // The usage profile (usage_hour_profile) of the active companies in the given hours of the
    // week, (weekday - 1) * 24 + hour in Africa/Johannesburg: per hour the companies usually
    // active then and the sum of the active users of all companies (hours without any left
    // out), and how many companies are usually active in at least one of them.
    struct HourUsage
    {
        QList<models::MaintenanceDryRunHour> hours;
        int companies = 0;
    };
    static models::Result<HourUsage> hourUsage(SqlSession &session, const QList<int> &hoursOfWeek);
};

} // namespace sphair::server
