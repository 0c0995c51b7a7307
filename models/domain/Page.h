#pragma once

#include "models/domain/Result.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sphair::models {

// One page of a long list, as every list route answers: {"items": [...], "next_cursor":
// "…" or null on the last page, "total": N or null when the server did not count}. The cursor
// is opaque: the client passes it back as ?cursor=… and never looks inside.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextCursor; // next_cursor; empty on the last page
    qint64 total = -1; // every matching item across all pages; -1 when not counted

    // How many items a list route returns when asked for none in particular, and at most.
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    bool hasMore() const { return !nextCursor.isEmpty(); }

    // "items" is required and each item is read with T::fromJson (errors name
    // "items[i].field"); "next_cursor" and "total" may be absent or null.
    static Result<Page> fromJson(const QJsonObject &object)
    {
        WireReader in(object);
        Page page;
        page.items = in.objects<T>(u"items");
        page.nextCursor = in.optionalString(u"next_cursor");
        page.total = in.optionalInteger(u"total", -1, 0);
        if (!in.ok())
            return in.error();
        return page;
    }

    QJsonObject toJson() const
    {
        return WireWriter()
            .objects(u"items", items)
            .optionalText(u"next_cursor", nextCursor)
            .value(u"total", total < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(total))
            .object();
    }

    bool operator==(const Page &other) const
    {
        return items == other.items && nextCursor == other.nextCursor && total == other.total;
    }
    bool operator!=(const Page &other) const { return !(*this == other); }
};

} // namespace sphair::models
