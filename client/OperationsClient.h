#pragma once

#include "client/AreaClient.h"
#include "client/Queries.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Deployment.h"
#include "models/domain/DeploymentStart.h"
#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Page.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sphair::client {

// The operations area of the admin API: maintenance mode and windows, blue-green
// deployments, and the whole audit log. A light handle on the engine, like every area client.
class OperationsClient : public AreaClient
{
public:
    using AreaClient::AreaClient;

    ApiCall *maintenanceStatus(Callback<models::MaintenanceStatus> done) const;
    // Turns maintenance mode on (or, when on, changes its message and delay): tenants then get
    // 503 with `message` and Retry-After `retryAfterSeconds` (1–86400; 0: keep the current
    // one, 300 by default).
    ApiCall *enableMaintenance(const QString &message, int retryAfterSeconds,
                               Callback<models::MaintenanceState> done) const;
    ApiCall *disableMaintenance(Callback<models::MaintenanceState> done) const;

    ApiCall *maintenanceWindow(const QUuid &id,
                               Callback<Versioned<models::MaintenanceWindow>> done) const;
    // Plans `window` (its id is set by the server), with its recurrence and exceptions. Without
    // starts_at and ends_at (both invalid) the server plans the next default nightly window,
    // 02:00–06:00 in the window's timezone. An occurrence overlapping another window's is
    // "window_overlap" (details.window_id, occurrence, starts_at and ends_at of the other).
    ApiCall *createMaintenanceWindow(const models::MaintenanceWindow &window,
                                     Callback<Versioned<models::MaintenanceWindow>> done) const;
    // window.id names it; `etag` from maintenanceWindow() or createMaintenanceWindow()
    // (If-Match). Skipping or moving one occurrence of a recurring window is an update with
    // changed exceptions.
    ApiCall *updateMaintenanceWindow(const models::MaintenanceWindow &window,
                                     const QByteArray &etag,
                                     Callback<Versioned<models::MaintenanceWindow>> done) const;
    ApiCall *deleteMaintenanceWindow(const QUuid &id, const QByteArray &etag,
                                     StatusCallback done) const;
    // Every window's occurrences that overlap [from, to) (to after from, at most 400 days
    // later), in start order.
    ApiCall *maintenanceOccurrences(const QDateTime &from, const QDateTime &to,
                                    Callback<models::MaintenanceOccurrenceList> done) const;
    // Whom `window` would touch (not saved): its next occurrence against the usage profile. The
    // window is read as createMaintenanceWindow() sends it.
    ApiCall *maintenanceDryRun(const models::MaintenanceWindow &window,
                               Callback<models::MaintenanceDryRun> done) const;

    // Starts (or schedules) a blue/green deployment; it runs on the server: poll deployment()
    // for its steps. Another one still running, or scheduled into the same occurrence, is
    // "deployment_in_progress"; neither a window nor now is "outside_window" when no window
    // occurrence is running.
    ApiCall *startDeployment(const models::DeploymentStart &start,
                             Callback<models::Deployment> done) const;
    // Cancels a scheduled deployment; one that started is "conflict" (details.reason
    // not_scheduled).
    ApiCall *cancelDeployment(const QUuid &id, Callback<models::Deployment> done) const;
    // A deployment with its steps.
    ApiCall *deployment(const QUuid &id, Callback<Versioned<models::Deployment>> done) const;
    // Rolls back the latest succeeded deployment; the answer is the rollback, a deployment of
    // its own (rollbackOf = id). Otherwise "conflict" with details.reason.
    ApiCall *rollbackDeployment(const QUuid &id, Callback<models::Deployment> done) const;
};

} // namespace sphair::client
