#pragma once

#include <QByteArray>

#include <optional>

namespace sphair::server {

// Opaque bearer tokens: 32 random bytes, base64url without padding, behind a prefix naming
// the kind ("sphs_" admin session, "sphr_" admin refresh, "spht_" tenant), so a leaked token
// is recognisable by secret scanners and a token of one kind is never accepted as another.
// The server stores only BLAKE2b-256 of a token; a stolen database holds no usable token.
class SessionTokens
{
public:
    enum class Kind { Session, Refresh, Tenant };

    static constexpr int kRandomBytes = 32;
    static constexpr int kHashBytes = 32;

    struct Issued
    {
        QByteArray token; // give to the client once; never store or log
        QByteArray hash; // store this (kHashBytes raw bytes)
    };

    static Issued issue(Kind kind);
    // BLAKE2b-256 of the whole token text (prefix included).
    static QByteArray hash(QByteArrayView token);
    // The kind of a well-formed token (right prefix, 43 base64url characters), or nullopt.
    static std::optional<Kind> kindOf(QByteArrayView token);
    static QByteArray prefix(Kind kind);
    // Constant-time comparison of two hashes (false when the lengths differ).
    static bool hashesEqual(QByteArrayView a, QByteArrayView b);
};

} // namespace sphair::server
