#include "models/domain/TenantTokenList.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

Result<TenantTokenList> TenantTokenList::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    TenantTokenList list;
    list.items = in.objects<TenantToken>(u"items");
    if (!in.ok())
        return in.error();
    return list;
}

QJsonObject TenantTokenList::toJson() const
{
    return WireWriter().objects(u"items", items).object();
}

} // namespace sphair::models
