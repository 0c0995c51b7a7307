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
    void fromErrorKeepsOwnCodes();
    void storageTextNeverShown_data();
    void storageTextNeverShown();
    void unknownCodesFailClosed();
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

void TestApiError::fromErrorKeepsOwnCodes()
{
    const sphair::models::Error known {QStringLiteral("precondition_failed"),
                                       QStringLiteral("Reload first."),
                                       {{QStringLiteral("current_etag"), QStringLiteral("\"3\"")}}};
    QCOMPARE(ApiError::fromError(known).status(), 412);
    QCOMPARE(ApiError::fromError(known).toError(), known);
    const sphair::models::Error refusal {QStringLiteral("bad_signature"), QStringLiteral("m"), {}};
    QCOMPARE(ApiError::fromError(refusal).status(), 422);
    const sphair::models::Error stale {QStringLiteral("license_outdated"), QStringLiteral("m"), {}};
    QCOMPARE(ApiError::fromError(stale).status(), 409);
}

void TestApiError::storageTextNeverShown_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("answered");
    QTest::newRow("unique") << QStringLiteral("db_conflict") << 409 << QStringLiteral("conflict");
    QTest::newRow("busy") << QStringLiteral("db_busy") << 503
                          << QStringLiteral("service_unavailable");
    QTest::newRow("unreachable") << QStringLiteral("db_unavailable") << 503
                                 << QStringLiteral("service_unavailable");
    QTest::newRow("retry") << QStringLiteral("db_retry") << 503
                           << QStringLiteral("service_unavailable");
    QTest::newRow("other") << QStringLiteral("db_error") << 500 << QStringLiteral("internal_error");
    QTest::newRow("forbidden") << QStringLiteral("db_forbidden") << 500
                               << QStringLiteral("internal_error");
    QTest::newRow("foreign key") << QStringLiteral("db_foreign_key") << 500
                                 << QStringLiteral("internal_error");
}

void TestApiError::storageTextNeverShown()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, answered);
    // The driver's own words, as a backend puts them into the error.
    const QString driverText = QStringLiteral("ERROR:  duplicate key value violates unique "
                                              "constraint \"companies_code_key\" DETAIL: Key "
                                              "(code)=(ACME) already exists.");
    const sphair::models::Error error {code, driverText, {{QStringLiteral("sqlstate"), 23505}}};
    Request request;
    request.requestId = "req-42";
    request.method = "POST";
    request.route = QStringLiteral("/admin/companies");
    const Response response = ApiError::answer(error, request);
    QCOMPARE(response.status, status);
    QVERIFY2(!response.body.contains("duplicate key"), response.body.constData());
    QVERIFY(!response.body.contains("companies_code_key"));
    QVERIFY(!response.body.contains("sqlstate"));
    QVERIFY(response.body.contains(answered.toUtf8()));
    if (status == 500)
        QVERIFY(response.body.contains("req-42"));
    if (status == 503)
        QCOMPARE(response.header("Retry-After"), QByteArray("1"));
}

void TestApiError::unknownCodesFailClosed()
{
    // A code outside the table may come with a library's text: the client sees none of it.
    const sphair::models::Error other {
        QStringLiteral("tls_setup_failed"), QStringLiteral("SSL routines::no certificate"), {}};
    const ApiError mapped = ApiError::fromError(other, "req-7");
    QCOMPARE(mapped.status(), 500);
    QCOMPARE(mapped.code(), QStringLiteral("internal_error"));
    QVERIFY(!mapped.message().contains(QLatin1String("SSL")));
    QCOMPARE(mapped.details().value(QStringLiteral("request_id")).toString(),
             QStringLiteral("req-7"));
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
