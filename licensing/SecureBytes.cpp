#include "licensing/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace sphair::licensing {

bool ensureSodium()
{
    // sodium_init() is thread-safe and idempotent, but calling it once keeps the hot paths
    // (signing, verifying) free of the check's lock.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (!ensureSodium())
        return;
    // sodium_malloc fills with a garbage pattern; callers expect zeroes.
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data == nullptr)
        return;
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes copy(static_cast<std::size_t>(bytes.size()));
    if (!copy.isNull() && !bytes.isEmpty())
        std::memcpy(copy.m_data, bytes.data(), copy.m_size);
    return copy;
}

SecureBytes::~SecureBytes()
{
    // sodium_free wipes the buffer before releasing it.
    if (m_data != nullptr)
        sodium_free(m_data);
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data != nullptr)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

QByteArrayView SecureBytes::view() const
{
    if (m_data == nullptr)
        return {};
    return {reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size)};
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    // The lengths of secrets are not secret; only the contents are compared in constant time.
    if (m_size != other.m_size || isNull() != other.isNull())
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::clone() const
{
    if (isNull())
        return {};
    return copyOf(view());
}

} // namespace sphair::licensing
