#pragma once

#include "models/domain/Result.h"
#include "server/http/Response.h"

#include <QByteArray>
#include <QString>

namespace sphair::server {

// Remembers the responses to POST requests sent with an Idempotency-Key, so that a retry
// replays the first answer instead of creating a second company or license. Keys are scoped
// to the actor (an admin or a tenant token). The database backs it in production;
// MemoryIdempotencyStore serves tests. IdempotentRequest drives it:
//   lookup → Proceed: the key is now reserved; run the request, then save() or release()
//          → Replay: send the stored response
//          → Reused: the key came with another method, path or body (422)
//          → InProgress: the first request with this key is still running (409)
// Implementations are thread-safe; a database store reserves with an insert that conflicts
// on (actor, key), so two servers never both proceed.
class IdempotencyStore
{
public:
    struct Scope
    {
        QString key;
        QString actor;
        QByteArray method;
        QString path;
    };
    enum class Outcome { Proceed, Replay, Reused, InProgress };
    struct Lookup
    {
        Outcome outcome = Outcome::Proceed;
        Response response; // for Replay
    };

    virtual ~IdempotencyStore();

    // `requestHash` identifies the request (IdempotentRequest::requestHash).
    virtual models::Result<Lookup> lookup(const Scope &scope, const QByteArray &requestHash) = 0;
    virtual models::Status save(const Scope &scope, const QByteArray &requestHash,
                                const Response &response) = 0;
    // Drops a reservation whose request failed, so a retry runs it again.
    virtual void release(const Scope &scope) = 0;

    // A stored response as bytes (JSON) for stores that keep it in a column, and back.
    static QByteArray encodeResponse(const Response &response);
    static models::Result<Response> decodeResponse(const QByteArray &encoded);
};

} // namespace sphair::server
