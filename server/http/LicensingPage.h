#pragma once

#include "models/domain/Page.h"
#include "server/http/InputValidator.h"
#include "server/http/Request.h"

#include <QString>

#include <optional>

namespace sphair::server {

// The paging parameters of the licensing lists (?limit=1–500, default 50, and the opaque
// ?cursor= of the previous page, which carries an offset). Problems go to the caller's
// validator as invalid_field "limit" or "cursor".
class LicensingPage
{
public:
    int limit = models::Page<int>::kDefaultLimit;
    qint64 offset = 0;

    static std::optional<LicensingPage> parse(const Request &request, InputValidator &validator);
    // The next_cursor after a page of `returned` items out of `total`; empty on the last page.
    QString nextCursor(qint64 returned, qint64 total) const;
};

} // namespace sphair::server
