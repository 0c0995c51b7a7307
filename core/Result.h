#pragma once

#include "core/Error.h"

#include <optional>
#include <utility>

namespace sphair::core {

// The outcome of a fallible call: a value or an Error. Never throws; value() on an error is
// a programming mistake caught by Q_ASSERT in debug builds.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    static Result failure(QString code, QString message, QJsonObject details = {})
    {
        return Result(Error {std::move(code), std::move(message), std::move(details)});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(m_value);
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of a call that yields nothing on success.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { } // NOLINT

    static Result success() { return {}; }
    static Result failure(QString code, QString message, QJsonObject details = {})
    {
        return Result(Error {std::move(code), std::move(message), std::move(details)});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace sphair::core
