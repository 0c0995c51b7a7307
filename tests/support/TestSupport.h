#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sphair::tests {

// The folder holding the official PASETO/PASERK test vectors (tests/vectors).
QString vectorsDir();
// Parses a JSON test-vector file; fails the calling test (QFAIL-style) via qFatal if missing.
QJsonObject loadJsonFile(const QString &path);
QByteArray fromHex(const QString &hex);

} // namespace sphair::tests

#include <QEventLoop>
#include <QTimer>

#include <optional>
#include <utility>

namespace sphair::tests {

// Runs `start(callback)` and spins an event loop until the callback delivers a value of type
// R (or `timeoutMs` passes, which aborts the test run: a hung keychain must not hang CI).
template<typename R, typename Start>
R await(Start &&start, int timeoutMs = 60000)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        qFatal("an asynchronous call did not answer within %d ms", timeoutMs);
    return std::move(*result);
}

} // namespace sphair::tests
