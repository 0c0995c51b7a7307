#pragma once

#include "models/domain/Result.h"

#include <QByteArray>

#include <cstddef>
#include <memory>

class QSemaphore;

namespace sphair::server {

// Admin password hashes: Argon2id through libsodium's crypto_pwhash_str, stored as the
// self-describing "$argon2id$v=19$m=…,t=…,p=1$salt$hash" string. Argon2 is made to be slow
// and memory-hungry, so at most `maxConcurrent` hashes run at once (a burst of logins then
// queues instead of exhausting memory). Tests use Limits::forTests().
class PasswordHasher
{
public:
    static constexpr int kMaxPasswordBytes = 1024;

    struct Limits
    {
        unsigned long long opsLimit;
        std::size_t memLimit; // bytes

        static Limits interactive(); // libsodium's INTERACTIVE: 2 passes, 64 MiB
        static Limits moderate(); // MODERATE: 3 passes, 256 MiB
        static Limits forTests(); // the minimum libsodium allows; never in production
    };

    explicit PasswordHasher(Limits limits = Limits::interactive(), int maxConcurrent = 4);
    ~PasswordHasher();
    PasswordHasher(const PasswordHasher &) = delete;
    PasswordHasher &operator=(const PasswordHasher &) = delete;

    // Fails with password_too_long (over kMaxPasswordBytes), password_empty or hash_failed
    // (out of memory).
    models::Result<QByteArray> hash(QByteArrayView password) const;
    // Constant-time in the password. An empty or unparsable stored hash still costs one
    // full hash (against a dummy) and returns false, so an unknown user name takes as long
    // as a wrong password.
    bool verify(QByteArrayView storedHash, QByteArrayView password) const;
    // True when the stored hash used other limits than this hasher's: re-hash after a
    // successful login.
    bool needsRehash(QByteArrayView storedHash) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
    std::unique_ptr<QSemaphore> m_slots;
    QByteArray m_dummyHash;
};

} // namespace sphair::server
