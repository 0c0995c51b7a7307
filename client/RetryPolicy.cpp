#include "client/RetryPolicy.h"

namespace sphair::client {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt) const
{
    std::chrono::milliseconds delay = firstDelay;
    for (int i = 2; i < attempt; ++i)
        delay *= 2;
    return delay;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace sphair::client
