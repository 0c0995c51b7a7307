#pragma once

#include "server/http/InputValidator.h"
#include "server/http/Request.h"

#include <QString>

#include <optional>

namespace sphair::server {

// The paging parameters of a list route: limit (1–500, default 50) and an opaque cursor
// that carries one position (an offset or the last id seen, as the route decides). Problems
// go to the caller's validator as invalid_field for "limit" or "cursor".
class PageCursor
{
public:
    struct Position
    {
        int limit = 50;
        qint64 position = 0; // 0 on the first page
    };

    static std::optional<Position> parse(const Request &request, InputValidator &validator);
    // The next_cursor for `position`; an empty string means "no next page" (null).
    static QString encode(qint64 position);
    // For offset paging: the cursor after a page of `returned` items of `total`, or empty when
    // that page was the last.
    static QString nextOffset(const Position &page, qint64 returned, qint64 total);
};

} // namespace sphair::server
