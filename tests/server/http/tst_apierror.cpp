// ApiError: the JSON error shape, the code → status table and the headers statuses need.
#include "server/http/ApiError.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::server;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void statusForCode_data();
    void statusForCode();
    void jsonShape();
    void fromErrorFallback();
    void headers();
};

void TestApiError::statusForCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("invalid field") << QStringLiteral("invalid_field") << 400;
    QTest::newRow("malformed") << QStringLiteral("malformed_json") << 400;
    QTest::newRow("unauthorized") << QStringLiteral("unauthorized") << 401;
    QTest::newRow("forbidden") << QStringLiteral("forbidden") << 403;
    QTest::newRow("feature") << QStringLiteral("feature_disabled") << 403;
    QTest::newRow("not found") << QStringLiteral("not_found") << 404;
    QTest::newRow("conflict") << QStringLiteral("conflict") << 409;
    QTest::newRow("stale") << QStringLiteral("precondition_failed") << 412;
    QTest::newRow("too large") << QStringLiteral("payload_too_large") << 413;
    QTest::newRow("media") << QStringLiteral("unsupported_media_type") << 415;
    QTest::newRow("reused") << QStringLiteral("idempotency_key_reused") << 422;
    QTest::newRow("if-match missing") << QStringLiteral("precondition_required") << 428;
    QTest::newRow("rate") << QStringLiteral("rate_limited") << 429;
    QTest::newRow("internal") << QStringLiteral("internal_error") << 500;
    QTest::newRow("maintenance") << QStringLiteral("maintenance") << 503;
    QTest::newRow("unknown") << QStringLiteral("something_else") << -1;
}

void TestApiError::statusForCode()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QCOMPARE(ApiError::statusForCode(code), status);
}

void TestApiError::jsonShape()
{
    const ApiError error(409, QStringLiteral("conflict"), QStringLiteral("Already there."),
                         {{QStringLiteral("code"), QStringLiteral("ACME")}});
    const Response response = error.toResponse();
    QCOMPARE(response.status, 409);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    const QJsonObject json = response.jsonObject();
    QCOMPARE(json.keys(),
             QStringList(
                 {QStringLiteral("details"), QStringLiteral("error"), QStringLiteral("message")}));
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("Already there."));
    QCOMPARE(
        json.value(QStringLiteral("details")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("ACME"));

    // details is always an object, even when empty.
    QVERIFY(ApiError::notFound(QStringLiteral("x"))
                .toJson()
                .value(QStringLiteral("details"))
                .isObject());
}

void TestApiError::fromErrorFallback()
{
    const sphair::models::Error known {
        QStringLiteral("precondition_failed"), QStringLiteral("m"), {}};
    QCOMPARE(ApiError::fromError(known).status(), 412);
    const sphair::models::Error other {
        QStringLiteral("license_chain_fork"), QStringLiteral("m"), {}};
    QCOMPARE(ApiError::fromError(other).status(), 400);
    QCOMPARE(ApiError::fromError(other, 422).status(), 422);
    QCOMPARE(ApiError::fromError(other, 422).toError(), other);
}

void TestApiError::headers()
{
    const Response limited = ApiError::tooManyRequests(std::chrono::seconds(42)).toResponse();
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("42"));
    QCOMPARE(limited.jsonObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("retry_after_seconds"))
                 .toInt(),
             42);

    const Response maintenance =
        ApiError::serviceUnavailable(QStringLiteral("maintenance"),
                                     QStringLiteral("Down for an upgrade."),
                                     std::chrono::seconds(0))
            .toResponse();
    QCOMPARE(maintenance.status, 503);
    QCOMPARE(maintenance.header("Retry-After"), QByteArray("1"));

    const Response method =
        ApiError::methodNotAllowed({QStringLiteral("GET"), QStringLiteral("HEAD")}).toResponse();
    QCOMPARE(method.header("Allow"), QByteArray("GET, HEAD"));

    const Response unauthorized = ApiError::unauthorized(QStringLiteral("Sign in.")).toResponse();
    QVERIFY(unauthorized.header("WWW-Authenticate").startsWith("Bearer"));

    const Response internal = ApiError::internal("abc").toResponse();
    QCOMPARE(internal.jsonObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("request_id"))
                 .toString(),
             QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
