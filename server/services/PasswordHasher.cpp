#include "server/services/PasswordHasher.h"

#include "server/services/Logging.h"
#include "server/services/ServerText.h"

#include <QSemaphore>

#include <sodium.h>

#include <algorithm>
#include <optional>

namespace sphair::server {

namespace {

// Holds one of the hasher's slots for the lifetime of one hash or verification.
class SlotGuard
{
public:
    explicit SlotGuard(QSemaphore &semaphore)
        : m_slots(semaphore)
    {
        m_slots.acquire();
    }
    ~SlotGuard() { m_slots.release(); }
    SlotGuard(const SlotGuard &) = delete;
    SlotGuard &operator=(const SlotGuard &) = delete;

private:
    QSemaphore &m_slots;
};

// A NUL-terminated copy, as crypto_pwhash_str_verify wants; nullopt if it cannot be one.
std::optional<QByteArray> terminatedHash(QByteArrayView storedHash)
{
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES
        || storedHash.contains('\0'))
        return std::nullopt;
    return storedHash.toByteArray();
}

} // namespace

PasswordHasher::Limits PasswordHasher::Limits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::Limits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

PasswordHasher::Limits PasswordHasher::Limits::forTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits, int maxConcurrent)
    : m_limits(limits)
    , m_slots(std::make_unique<QSemaphore>(std::max(1, maxConcurrent)))
{
    if (sodium_init() < 0)
        qCCritical(lcServices) << "libsodium failed to initialise";
    m_limits.opsLimit = std::clamp<unsigned long long>(
        m_limits.opsLimit, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_OPSLIMIT_MAX);
    m_limits.memLimit = std::clamp<std::size_t>(m_limits.memLimit, crypto_pwhash_MEMLIMIT_MIN,
                                                crypto_pwhash_MEMLIMIT_MAX);
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    const QByteArray dummyPassword =
        QByteArray(reinterpret_cast<const char *>(random), sizeof random).toBase64();
    models::Result<QByteArray> dummy = hash(dummyPassword);
    if (dummy)
        m_dummyHash = std::move(dummy).value();
}

PasswordHasher::~PasswordHasher() = default;

models::Result<QByteArray> PasswordHasher::hash(QByteArrayView password) const
{
    if (password.isEmpty()) {
        return models::Result<QByteArray>::failure(QStringLiteral("password_empty"),
                                                   tr("The password must not be empty."));
    }
    if (password.size() > kMaxPasswordBytes) {
        return models::Result<QByteArray>::failure(
            QStringLiteral("password_too_long"),
            tr("The password must be at most %1 bytes long.").arg(kMaxPasswordBytes));
    }
    char out[crypto_pwhash_STRBYTES] = {};
    int result = -1;
    {
        SlotGuard slot(*m_slots);
        result = crypto_pwhash_str(out, password.data(),
                                   static_cast<unsigned long long>(password.size()),
                                   m_limits.opsLimit, m_limits.memLimit);
    }
    if (result != 0) {
        return models::Result<QByteArray>::failure(
            QStringLiteral("hash_failed"),
            tr("The password could not be hashed: the server is short of memory."));
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(QByteArrayView storedHash, QByteArrayView password) const
{
    std::optional<QByteArray> stored = terminatedHash(storedHash);
    const bool usable = stored.has_value() && password.size() <= kMaxPasswordBytes;
    const QByteArray &target = usable ? *stored : m_dummyHash;
    if (target.isEmpty())
        return false;
    const QByteArrayView attempt =
        password.size() <= kMaxPasswordBytes ? password : password.first(0);
    SlotGuard slot(*m_slots);
    const bool matches = crypto_pwhash_str_verify(target.constData(), attempt.data(),
                                                  static_cast<unsigned long long>(attempt.size()))
        == 0;
    return usable && matches;
}

bool PasswordHasher::needsRehash(QByteArrayView storedHash) const
{
    const std::optional<QByteArray> stored = terminatedHash(storedHash);
    if (!stored)
        return true;
    return crypto_pwhash_str_needs_rehash(stored->constData(), m_limits.opsLimit, m_limits.memLimit)
        != 0;
}

} // namespace sphair::server
