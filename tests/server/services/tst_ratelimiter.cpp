// RateLimiter: token buckets with a fake clock, Retry-After, independence of keys, threads.
#include "server/services/RateLimiter.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace sphair::server;
using namespace std::chrono_literals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefused();
    void refillsOverTime();
    void keysAreIndependent();
    void acquireAllSpendsAllOrNothing();
    void resetForgets();
    void fullBucketsAreForgotten();
    void threadSafe();

private:
    std::chrono::steady_clock::time_point m_now = std::chrono::steady_clock::time_point() + 1000h;
    RateLimiter::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
};

void TestRateLimiter::burstThenRefused()
{
    RateLimiter limiter(5, 60s, clock());
    for (int i = 0; i < 5; ++i) {
        const auto decision = limiter.acquire(QStringLiteral("login:alice"));
        QVERIFY(decision.allowed);
        QCOMPARE(decision.remaining, 4 - i);
    }
    const auto refused = limiter.acquire(QStringLiteral("login:alice"));
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfter, 60s);
    QVERIFY(!limiter.peek(QStringLiteral("login:alice")).allowed);
}

// A request one key refuses costs the other keys nothing (sign-in: an address over its
// limit must not spend the account's attempts).
void TestRateLimiter::acquireAllSpendsAllOrNothing()
{
    RateLimiter limiter(3, 10s, clock());
    const QString address = QStringLiteral("addr:203.0.113.9");
    const QString account = QStringLiteral("user:tina");
    QVERIFY(limiter.acquire(address).allowed);
    QVERIFY(limiter.acquire(address).allowed);
    const auto both = limiter.acquireAll({address, account});
    QVERIFY(both.allowed);
    QCOMPARE(both.remaining, 0); // the address's last attempt
    QCOMPARE(limiter.peek(account).remaining, 2);
    for (int i = 0; i < 5; ++i) {
        const auto refused = limiter.acquireAll({account, address});
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfter, 10s);
    }
    QCOMPARE(limiter.peek(account).remaining, 2);
    // The longest wait of the empty keys is reported: the address has half an attempt back.
    m_now += 5s;
    const QString other = QStringLiteral("user:ola");
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.acquire(other).allowed);
    QCOMPARE(limiter.acquireAll({address, account}).retryAfter, 5s);
    QCOMPARE(limiter.acquireAll({address, other, account}).retryAfter, 10s);
    QCOMPARE(limiter.peek(account).remaining, 2);
}

void TestRateLimiter::refillsOverTime()
{
    RateLimiter limiter(2, 10s, clock());
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    QVERIFY(!limiter.acquire(QStringLiteral("k")).allowed);
    m_now += 4s;
    const auto waiting = limiter.acquire(QStringLiteral("k"));
    QVERIFY(!waiting.allowed);
    QCOMPARE(waiting.retryAfter, 6s);
    m_now += 6s;
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    QVERIFY(!limiter.acquire(QStringLiteral("k")).allowed);
    // Never more than the capacity, however long the pause.
    m_now += 10h;
    QCOMPARE(limiter.peek(QStringLiteral("k")).remaining, 2);
    // A retry-after under one second still says one second.
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    m_now += 9900ms;
    QCOMPARE(limiter.acquire(QStringLiteral("k")).retryAfter, 1s);
}

void TestRateLimiter::keysAreIndependent()
{
    RateLimiter limiter(1, 60s, clock());
    QVERIFY(limiter.acquire(QStringLiteral("login:alice")).allowed);
    QVERIFY(!limiter.acquire(QStringLiteral("login:alice")).allowed);
    QVERIFY(limiter.acquire(QStringLiteral("login:bob")).allowed);
    QCOMPARE(limiter.trackedKeys(), 2);
}

void TestRateLimiter::resetForgets()
{
    RateLimiter limiter(1, 60s, clock());
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
    QVERIFY(!limiter.acquire(QStringLiteral("k")).allowed);
    limiter.reset(QStringLiteral("k"));
    QVERIFY(limiter.acquire(QStringLiteral("k")).allowed);
}

void TestRateLimiter::fullBucketsAreForgotten()
{
    RateLimiter limiter(3, 1s, clock());
    for (int i = 0; i < 1000; ++i)
        (void)limiter.acquire(QStringLiteral("ip:%1").arg(i));
    QCOMPARE(limiter.trackedKeys(), 1000);
    m_now += 10s;
    // The periodic sweep (every 1024 calls) drops buckets that have refilled.
    for (int i = 0; i < 24; ++i)
        (void)limiter.acquire(QStringLiteral("other"));
    QCOMPARE(limiter.trackedKeys(), 1);
}

void TestRateLimiter::threadSafe()
{
    RateLimiter limiter(100, 1h, clock());
    std::atomic<int> allowed {0};
    std::vector<std::thread> threads;
    threads.reserve(8);
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                if (limiter.acquire(QStringLiteral("shared")).allowed)
                    ++allowed;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(allowed.load(), 100);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
