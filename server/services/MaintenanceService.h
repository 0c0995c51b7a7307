#pragma once

#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Result.h"
#include "server/services/ServiceContext.h"
#include "server/store/MaintenanceStore.h"

#include <QDateTime>
#include <QUuid>

#include <functional>
#include <optional>

namespace sphair::server {

// Maintenance mode and the planned maintenance windows: every read and change, each in one
// transaction with its audit row. Changes of windows are serialised on the maintenance row, so
// no two overlapping windows can be planned at the same moment.
class MaintenanceService
{
public:
    struct Overview
    {
        MaintenanceStore::State state;
        std::optional<models::MaintenanceWindow> current; // the window running now
        std::optional<models::MaintenanceWindow> next; // the next one to start
    };

    // A window as a request describes it: without both times, the next default nightly slot.
    struct WindowDraft
    {
        QUuid id; // null: a new window
        std::optional<QDateTime> startsAt;
        std::optional<QDateTime> endsAt;
        QString timezone;
        QString description;
    };

    // Longest window that can be planned; longer ones are almost always a typo in a date.
    static constexpr qint64 kMaxWindowSeconds = qint64(7) * 24 * 60 * 60;

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
    // The window a draft describes, checked: valid times in a known zone, ending in the future,
    // at most kMaxWindowSeconds long. A new window gets a new id.
    models::Result<models::MaintenanceWindow> completeWindow(const WindowDraft &draft) const;
    // Plans a window that overlaps no other (409 conflict otherwise).
    models::Status createWindow(const models::MaintenanceWindow &window, const Actor &actor) const;
    // Returns the new version.
    models::Result<qint64> updateWindow(const models::MaintenanceWindow &window,
                                        const VersionCheck &check, const Actor &actor) const;
    models::Status deleteWindow(const QUuid &id, const VersionCheck &check,
                                const Actor &actor) const;

    static models::Error windowNotFound();

private:
    MaintenanceStore::Change changeBy(const Actor &actor) const;

    ServiceContext &m_context;
};

} // namespace sphair::server
