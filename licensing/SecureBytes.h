#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace sphair::licensing {

// Initialises libsodium once per process; every entry point that uses libsodium calls it.
// False only if libsodium cannot run on this machine (then nothing here works).
bool ensureSodium();

// Secret bytes in libsodium guarded memory (sodium_malloc: guard pages, mlock'd, wiped and
// freed by sodium_free). Move-only, so a secret has exactly one owner and one wipe.
class SecureBytes
{
public:
    SecureBytes() = default;
    // Zero-filled buffer of `size` bytes; isNull() if the allocation failed.
    explicit SecureBytes(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isNull() const { return m_data == nullptr; }
    QByteArrayView view() const;

    // Constant-time comparison (sodium_memcmp).
    bool equals(const SecureBytes &other) const;

    SecureBytes clone() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace sphair::licensing
