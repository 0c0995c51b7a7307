#pragma once

#include <QNetworkReply>

#include <chrono>

namespace sphair::client {

// When a failed attempt of an idempotent call is tried again, and after how long: on
// connection failures, timeouts and HTTP 502/503/504 (a 503 "maintenance" is never retried:
// the platform said when to come back), with exponential backoff (0.5 s, 1 s, 2 s, …), at
// most maxAttempts attempts in all. Calls that are not idempotent are never retried.
struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds firstDelay {500};

    // The wait before attempt `attempt` (2 for the first retry).
    std::chrono::milliseconds delayBefore(int attempt) const;
    bool mayRetryAfter(int attemptsSoFar) const { return attemptsSoFar < maxAttempts; }

    static bool isRetryableStatus(int httpStatus);
    // A failure of the connection itself (refused, reset, DNS, timeout), not of TLS.
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);
    // A policy that never retries.
    static RetryPolicy none() { return RetryPolicy {1, std::chrono::milliseconds(0)}; }
};

} // namespace sphair::client
