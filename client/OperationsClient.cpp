#include "client/OperationsClient.h"

#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"

#include <QUrlQuery>

#include <utility>

namespace sphair::client {

namespace {

using models::Deployment;
using models::MaintenanceState;
using models::MaintenanceWindow;

constexpr QLatin1String windows("/admin/maintenance/windows");
constexpr QLatin1String deployments("/admin/deploy");

// The body of POST /admin/maintenance/windows and /admin/maintenance/dry-run: without times,
// the server plans the next default nightly window.
QJsonObject windowCreateInput(const MaintenanceWindow &window)
{
    QJsonObject body;
    if (window.startsAt.isValid() || window.endsAt.isValid()) {
        // Both, even when one is invalid: the server then names the bad field.
        body.insert(QStringLiteral("starts_at"), models::WireTime::toString(window.startsAt));
        body.insert(QStringLiteral("ends_at"), models::WireTime::toString(window.endsAt));
    }
    if (!window.timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), window.timezone);
    if (!window.description.isEmpty())
        body.insert(QStringLiteral("description"), window.description);
    if (window.recurrence)
        body.insert(QStringLiteral("recurrence"), window.recurrence->toJson());
    if (!window.exceptions.isEmpty())
        body.insert(QStringLiteral("exceptions"), models::listToJson(window.exceptions));
    return body;
}

} // namespace

ApiCall *OperationsClient::maintenanceStatus(Callback<models::MaintenanceStatus> done) const
{
    return fetch<models::MaintenanceStatus>(
        ApiRequest::get(QStringLiteral("/admin/maintenance/status")), std::move(done));
}

ApiCall *OperationsClient::enableMaintenance(const QString &message, int retryAfterSeconds,
                                             Callback<MaintenanceState> done) const
{
    QJsonObject body {{QStringLiteral("message"), message}};
    if (retryAfterSeconds > 0)
        body.insert(QStringLiteral("retry_after_seconds"), retryAfterSeconds);
    return fetch<MaintenanceState>(
        ApiRequest::post(QStringLiteral("/admin/maintenance/enable"), body), std::move(done));
}

ApiCall *OperationsClient::disableMaintenance(Callback<MaintenanceState> done) const
{
    return fetch<MaintenanceState>(ApiRequest::post(QStringLiteral("/admin/maintenance/disable")),
                                   std::move(done));
}

ApiCall *OperationsClient::maintenanceWindow(const QUuid &id,
                                             Callback<Versioned<MaintenanceWindow>> done) const
{
    return fetchVersioned<MaintenanceWindow>(ApiRequest::get(resourcePath(windows, id)),
                                             std::move(done));
}

ApiCall *
OperationsClient::createMaintenanceWindow(const MaintenanceWindow &window,
                                          Callback<Versioned<MaintenanceWindow>> done) const
{
    return fetchVersioned<MaintenanceWindow>(ApiRequest::post(windows, windowCreateInput(window)),
                                             std::move(done));
}

ApiCall *
OperationsClient::updateMaintenanceWindow(const MaintenanceWindow &window, const QByteArray &etag,
                                          Callback<Versioned<MaintenanceWindow>> done) const
{
    return fetchVersioned<MaintenanceWindow>(
        ApiRequest::put(resourcePath(windows, window.id), QJsonDocument(window.toJson()), etag),
        std::move(done));
}

ApiCall *OperationsClient::deleteMaintenanceWindow(const QUuid &id, const QByteArray &etag,
                                                   StatusCallback done) const
{
    return perform(ApiRequest::remove(resourcePath(windows, id), etag), std::move(done));
}

ApiCall *
OperationsClient::maintenanceOccurrences(const QDateTime &from, const QDateTime &to,
                                         Callback<models::MaintenanceOccurrenceList> done) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), models::WireTime::toString(from));
    query.addQueryItem(QStringLiteral("to"), models::WireTime::toString(to));
    return fetch<models::MaintenanceOccurrenceList>(
        ApiRequest::get(QStringLiteral("/admin/maintenance/occurrences"), query), std::move(done));
}

ApiCall *OperationsClient::maintenanceDryRun(const MaintenanceWindow &window,
                                             Callback<models::MaintenanceDryRun> done) const
{
    return fetch<models::MaintenanceDryRun>(
        ApiRequest::post(QStringLiteral("/admin/maintenance/dry-run"), windowCreateInput(window)),
        std::move(done));
}

ApiCall *OperationsClient::startDeployment(const models::DeploymentStart &start,
                                           Callback<Deployment> done) const
{
    return fetch<Deployment>(ApiRequest::post(deployments, start.toJson()), std::move(done));
}

ApiCall *OperationsClient::cancelDeployment(const QUuid &id, Callback<Deployment> done) const
{
    return fetch<Deployment>(
        ApiRequest::post(resourcePath(deployments, id) + QStringLiteral("/cancel")),
        std::move(done));
}

ApiCall *OperationsClient::deployment(const QUuid &id, Callback<Versioned<Deployment>> done) const
{
    return fetchVersioned<Deployment>(ApiRequest::get(resourcePath(deployments, id)),
                                      std::move(done));
}

ApiCall *OperationsClient::rollbackDeployment(const QUuid &id, Callback<Deployment> done) const
{
    return fetch<Deployment>(
        ApiRequest::post(resourcePath(deployments, id) + QStringLiteral("/rollback")),
        std::move(done));
}

} // namespace sphair::client
