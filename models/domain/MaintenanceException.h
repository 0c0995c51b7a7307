#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sphair::models {

// One occurrence of a recurring maintenance window changed: skipped, or moved to other times.
// `occurrence` is the local date (in the window's zone) the occurrence was planned on; a move
// gives the new start and end (UTC instants), a skip gives neither.
struct MaintenanceException
{
    QDate occurrence;
    QString action = skip(); // "skip" or "move"
    QDateTime startsAt; // starts_at, move only
    QDateTime endsAt; // ends_at, move only

    static QString skip();
    static QString move();
    static QStringList actions();

    bool isMove() const { return action == move(); }

    // occurrence and action are required; starts_at and ends_at may be absent or null.
    static Result<MaintenanceException> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // A move has both times, the end after the start; a skip has neither.
    Status validate() const;

    bool operator==(const MaintenanceException &other) const;
    bool operator!=(const MaintenanceException &other) const { return !(*this == other); }
};

} // namespace sphair::models
