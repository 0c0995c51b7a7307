#include "client/MaintenanceStatus.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"

#include <QCoreApplication>

namespace sphair::client {

namespace {

models::Result<std::optional<models::MaintenanceWindow>> windowAt(const QJsonObject &object,
                                                                  const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<models::MaintenanceWindow>();
    if (!value.isObject())
        return models::Validation::invalidField(
            key, QStringLiteral("wrong_type"),
            QCoreApplication::translate("sphair::client::MaintenanceStatus",
                                        "Must be an object or null."));
    auto window = models::MaintenanceWindow::fromJson(value.toObject());
    if (!window)
        return models::Validation::withFieldPrefix(window.error(), key + QLatin1Char('.'));
    return std::optional<models::MaintenanceWindow>(window.value());
}

} // namespace

models::Result<MaintenanceStatus> MaintenanceStatus::fromJson(const QJsonObject &object)
{
    auto state = models::MaintenanceState::fromJson(object);
    if (!state)
        return state.error();
    auto current = windowAt(object, QStringLiteral("current_window"));
    if (!current)
        return current.error();
    auto next = windowAt(object, QStringLiteral("next_window"));
    if (!next)
        return next.error();
    return MaintenanceStatus {state.value(), current.value(), next.value()};
}

} // namespace sphair::client
