#pragma once

#include "models/domain/Result.h"

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
        QByteArray response; // for Replay: the answer as IdempotentRequest encoded it
    };

    virtual ~IdempotencyStore();

    // `requestHash` identifies the request (IdempotentRequest::requestHash).
    virtual models::Result<Lookup> lookup(const Scope &scope, const QByteArray &requestHash) = 0;
    // `status` is the answer's HTTP status; `response` the answer, encoded by the caller
    // (the store keeps it opaque, so it does not depend on the HTTP layer).
    virtual models::Status save(const Scope &scope, const QByteArray &requestHash, int status,
                                const QByteArray &response) = 0;
    // Drops a reservation whose request failed, so a retry runs it again.
    virtual void release(const Scope &scope) = 0;
};

} // namespace sphair::server
