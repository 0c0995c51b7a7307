#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sphair::models {

// When a deployment of `version` starts: the body of POST /admin/deploy. Into a maintenance
// window occurrence (window_id and occurrence: it waits as scheduled until the occurrence
// starts), now with a reason, or, with neither, now if a window occurrence is running (else
// the server answers "outside_window").
//
// Required on input: version. Optional: strategy (only blue_green), window_id with occurrence,
// now with reason. Unknown fields are refused.
struct DeploymentStart
{
    QString version;
    QUuid windowId; // window_id
    QDate occurrence; // the local date (in the window's zone) the occurrence was planned on
    bool now = false;
    QString reason; // required with now, ≤ 500 characters, kept trimmed

    static DeploymentStart intoWindow(const QString &version, const QUuid &windowId,
                                      const QDate &occurrence);
    static DeploymentStart immediately(const QString &version, const QString &reason);

    bool intoAWindow() const { return !windowId.isNull(); }

    // Reads the body and checks it with validate().
    static Result<DeploymentStart> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The version format; window_id and occurrence together; now or a window, not both; a
    // reason (not blank, ≤ 500 characters) with now and only with now.
    Status validate() const;

    bool operator==(const DeploymentStart &other) const;
    bool operator!=(const DeploymentStart &other) const { return !(*this == other); }
};

} // namespace sphair::models
