#pragma once

#include "client/ConnectionProfile.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>

#include <optional>

namespace sphair::client {

// The saved connection profiles, in QSettings under "connections/profiles" (an array), kept
// in the order they were added. Only the profile's own fields are stored: never a token, a
// password or a session.
class ConnectionProfiles
{
    Q_DECLARE_TR_FUNCTIONS(sphair::client::ConnectionProfiles)
public:
    // `settings` must outlive this object.
    explicit ConnectionProfiles(QSettings *settings);

    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> find(const QString &name) const;

    // Validated; "profile_exists" when the name is taken.
    models::Status add(const ConnectionProfile &profile);
    // Replaces the profile called `name` (which may be renamed); "profile_not_found",
    // "profile_exists" for a rename onto another profile's name.
    models::Status update(const QString &name, const ConnectionProfile &profile);
    // "profile_not_found" when there is none. The profile's keychain session is not touched
    // here: PlatformClient::forgetSession() removes it.
    models::Status remove(const QString &name);

    // The profile the console connected to last; empty when none.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ConnectionProfile> &profiles);
    models::Error notFound(const QString &name) const;
    models::Error exists(const QString &name) const;

    QSettings *m_settings;
};

} // namespace sphair::client
