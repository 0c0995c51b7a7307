#include "client/RetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using sphair::client::RetryPolicy;

// Backoff delays and what counts as worth another attempt.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void exponentialBackoff()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.maxAttempts, 3);
        QCOMPARE(policy.delayBefore(2), 500ms);
        QCOMPARE(policy.delayBefore(3), 1000ms);
        QCOMPARE(policy.delayBefore(4), 2000ms);
        QVERIFY(policy.mayRetryAfter(1));
        QVERIFY(policy.mayRetryAfter(2));
        QVERIFY(!policy.mayRetryAfter(3));
        QVERIFY(!RetryPolicy::none().mayRetryAfter(1));
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int status : {200, 400, 401, 404, 409, 412, 429, 500, 501})
            QTest::addRow("%d", status) << status << false;
        for (int status : {502, 503, 504})
            QTest::addRow("%d", status) << status << true;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void retryableNetworkErrors()
    {
        QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::ConnectionRefusedError));
        QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(RetryPolicy::isRetryableNetworkError(QNetworkReply::TimeoutError));
        // A certificate problem does not go away by asking again.
        QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::OperationCanceledError));
        QVERIFY(!RetryPolicy::isRetryableNetworkError(QNetworkReply::ContentNotFoundError));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
