#pragma once

#include <QByteArray>

namespace sphair::client {

// A resource as a GET (or a write) answered it, with the ETag of that version: pass the ETag
// back to change or delete it (If-Match), so a stale edit becomes a conflict, not a silent
// overwrite.
template<typename T>
struct Versioned
{
    T value;
    QByteArray etag; // e.g. "\"v7\""; empty when the server sent none
};

} // namespace sphair::client
