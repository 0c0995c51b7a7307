#include "models/domain/MaintenanceOccurrenceList.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<MaintenanceOccurrenceList> MaintenanceOccurrenceList::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    MaintenanceOccurrenceList list;
    list.from = in.time(u"from");
    list.to = in.time(u"to");
    list.items = in.objects<MaintenanceOccurrence>(u"items");
    if (!in.ok())
        return in.error();
    return list;
}

QJsonObject MaintenanceOccurrenceList::toJson() const
{
    return WireWriter().time(u"from", from).time(u"to", to).objects(u"items", items).object();
}

bool MaintenanceOccurrenceList::operator==(const MaintenanceOccurrenceList &other) const
{
    return from == other.from && to == other.to && items == other.items;
}

} // namespace sphair::models
