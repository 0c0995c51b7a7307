#pragma once

#include "models/domain/Result.h"
#include "server/http/Request.h"
#include "server/services/ServiceContext.h"

#include <QByteArray>

#include <optional>

namespace sphair::server {

// Entity tags derived from a resource's version counter ("v<version>"), and the
// conditional-request rules around them: GET answers carry a strong ETag; PUT, PATCH and
// DELETE must send If-Match (428 precondition_required otherwise) and fail with 412
// precondition_failed when it names another version, so two admins never overwrite each
// other silently. If-Match uses strong comparison (a weak tag never matches), "*" matches
// any existing version. If-None-Match (weak comparison) lets a GET answer 304.
class ETag
{
public:
    static QByteArray strong(qint64 version); // "v42" in quotes
    static QByteArray weak(qint64 version); // W/"v42"
    // The version in a tag of either kind, or nullopt.
    static std::optional<qint64> parseVersion(QByteArrayView tag);

    // For a write to a resource now at `currentVersion`. A missing If-Match is an error for
    // PUT, PATCH and DELETE (or when `required`), and accepted for other methods.
    static models::Status checkIfMatch(const Request &request, qint64 currentVersion,
                                       bool required = false);
    // checkIfMatch() for a service to call once it has read the current version; `request`
    // must outlive the call.
    static VersionCheck versionCheck(const Request &request);
    // True when If-None-Match names `currentVersion` (or is "*"): answer 304 Not Modified.
    static bool ifNoneMatchHits(const Request &request, qint64 currentVersion);
    // The same for a tag that is not a version, e.g. a content hash (`opaque` without quotes).
    static bool ifNoneMatchHits(const Request &request, const QByteArray &opaque);
};

} // namespace sphair::server
