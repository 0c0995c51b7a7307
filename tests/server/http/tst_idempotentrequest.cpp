// IdempotentRequest over MemoryIdempotencyStore: replay, reuse with another body (422), a
// retry while the first runs (409), failures not stored, expiry with a fake clock.
#include "server/http/IdempotentRequest.h"
#include "server/store/MemoryIdempotencyStore.h"

#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace sphair::server;

namespace {

Request post(const QByteArray &body, const QByteArray &key = "key-1",
             const QString &path = QStringLiteral("/admin/companies"))
{
    Request request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    if (!key.isNull())
        request.headers.append({"idempotency-key", key});
    return request;
}

} // namespace

class TestIdempotentRequest : public QObject
{
    Q_OBJECT

private slots:
    void replaysTheFirstResponse();
    void sameKeyOtherBodyIs422();
    void keysArePerActor();
    void withoutKeyAlwaysRuns();
    void invalidKeyIs400();
    void inProgressIs409();
    void failuresAreNotStored();
    void entriesExpire();
    void concurrentRetriesRunOnce();
    void encodeDecode();
};

void TestIdempotentRequest::replaysTheFirstResponse()
{
    MemoryIdempotencyStore store;
    int calls = 0;
    const auto handler = [&calls](const Request &) {
        ++calls;
        Response created = Response::json(201, QJsonObject {{QStringLiteral("id"), calls}});
        created.setHeader("ETag", "\"v1\"");
        created.setHeader("Location", "/admin/companies/1");
        return created;
    };
    const Response first = IdempotentRequest::run(store, post(R"({"name":"Acme"})"),
                                                  QStringLiteral("admin-1"), handler);
    const Response second = IdempotentRequest::run(store, post(R"({"name":"Acme"})"),
                                                   QStringLiteral("admin-1"), handler);
    QCOMPARE(calls, 1);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("ETag"), QByteArray("\"v1\""));
    QCOMPARE(second.header("Location"), QByteArray("/admin/companies/1"));
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
}

void TestIdempotentRequest::sameKeyOtherBodyIs422()
{
    MemoryIdempotencyStore store;
    int calls = 0;
    const auto handler = [&calls](const Request &) {
        ++calls;
        return Response::json(201, QJsonObject());
    };
    QCOMPARE(IdempotentRequest::run(store, post(R"({"name":"Acme"})"), QStringLiteral("a"), handler)
                 .status,
             201);
    const Response otherBody =
        IdempotentRequest::run(store, post(R"({"name":"Other"})"), QStringLiteral("a"), handler);
    QCOMPARE(otherBody.status, 422);
    QCOMPARE(otherBody.jsonObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("idempotency_key_reused"));
    const Response otherPath = IdempotentRequest::run(
        store, post(R"({"name":"Acme"})", "key-1", QStringLiteral("/admin/licenses")),
        QStringLiteral("a"), handler);
    QCOMPARE(otherPath.status, 422);
    QCOMPARE(calls, 1);
}

void TestIdempotentRequest::keysArePerActor()
{
    MemoryIdempotencyStore store;
    int calls = 0;
    const auto handler = [&calls](const Request &) {
        ++calls;
        return Response::json(201, QJsonObject());
    };
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("alice"), handler);
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("bob"), handler);
    QCOMPARE(calls, 2);
}

void TestIdempotentRequest::withoutKeyAlwaysRuns()
{
    MemoryIdempotencyStore store;
    int calls = 0;
    const auto handler = [&calls](const Request &) {
        ++calls;
        return Response::json(201, QJsonObject());
    };
    (void)IdempotentRequest::run(store, post("{}", QByteArray()), QStringLiteral("a"), handler);
    (void)IdempotentRequest::run(store, post("{}", QByteArray()), QStringLiteral("a"), handler);
    Request put = post("{}");
    put.method = "PUT";
    (void)IdempotentRequest::run(store, put, QStringLiteral("a"), handler);
    QCOMPARE(calls, 3);
    QCOMPARE(store.size(), 0);
}

void TestIdempotentRequest::invalidKeyIs400()
{
    MemoryIdempotencyStore store;
    const auto handler = [](const Request &) {
        return Response::json(201, QJsonObject());
    };
    for (const QByteArray &key : {QByteArray(""), QByteArray("has space"), QByteArray(256, 'k'),
                                  QByteArray("caf\xc3\xa9")}) {
        const Response response =
            IdempotentRequest::run(store, post("{}", key), QStringLiteral("a"), handler);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.jsonObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_idempotency_key"));
    }
    QVERIFY(IdempotentRequest::keyOf(post("{}", QByteArray(255, 'k'))).ok());
}

void TestIdempotentRequest::inProgressIs409()
{
    MemoryIdempotencyStore store;
    Response nested;
    const auto handler = [&](const Request &request) {
        // The same request arrives again while this one runs.
        nested = IdempotentRequest::run(store, request, QStringLiteral("a"), [](const Request &) {
            return Response::json(201, QJsonObject());
        });
        return Response::json(201, QJsonObject());
    };
    QCOMPARE(IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), handler).status, 201);
    QCOMPARE(nested.status, 409);
    QCOMPARE(nested.jsonObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("idempotency_key_in_progress"));
    QCOMPARE(nested.header("Retry-After"), QByteArray("1"));
}

void TestIdempotentRequest::failuresAreNotStored()
{
    MemoryIdempotencyStore store;
    int calls = 0;
    const auto failing = [&calls](const Request &) {
        ++calls;
        return Response::json(503, QJsonObject());
    };
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), failing);
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), failing);
    QCOMPARE(calls, 2);

    const auto throwing = [](const Request &) -> Response {
        throw std::runtime_error("boom");
    };
    QVERIFY_THROWS_EXCEPTION(
        std::runtime_error,
        IdempotentRequest::run(store, post("{}", "key-2"), QStringLiteral("a"), throwing));
    // Released: a retry runs.
    QCOMPARE(
        IdempotentRequest::run(store, post("{}", "key-2"), QStringLiteral("a"),
                               [](const Request &) { return Response::json(201, QJsonObject()); })
            .status,
        201);

    // 4xx answers are stored like successes: the retry gets the same refusal.
    int refusals = 0;
    const auto refusing = [&refusals](const Request &) {
        ++refusals;
        return Response::json(409,
                              QJsonObject {{QStringLiteral("error"), QStringLiteral("conflict")}});
    };
    (void)IdempotentRequest::run(store, post("{}", "key-3"), QStringLiteral("a"), refusing);
    QCOMPARE(
        IdempotentRequest::run(store, post("{}", "key-3"), QStringLiteral("a"), refusing).status,
        409);
    QCOMPARE(refusals, 1);
}

void TestIdempotentRequest::entriesExpire()
{
    auto now = std::chrono::steady_clock::time_point() + std::chrono::hours(1000);
    MemoryIdempotencyStore store(std::chrono::hours(24), [&now] { return now; });
    int calls = 0;
    const auto handler = [&calls](const Request &) {
        ++calls;
        return Response::json(201, QJsonObject());
    };
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), handler);
    now += std::chrono::hours(23);
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), handler);
    QCOMPARE(calls, 1);
    now += std::chrono::hours(2);
    (void)IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), handler);
    QCOMPARE(calls, 2);

    // Full: the oldest completed entry makes room.
    MemoryIdempotencyStore small(
        std::chrono::hours(24), [&now] { return now; }, 2);
    for (const QByteArray key : {"k1", "k2", "k3"}) {
        now += std::chrono::seconds(1);
        (void)IdempotentRequest::run(small, post("{}", key), QStringLiteral("a"), handler);
    }
    QCOMPARE(small.size(), 2);
}

void TestIdempotentRequest::concurrentRetriesRunOnce()
{
    MemoryIdempotencyStore store;
    std::atomic<int> calls {0};
    std::atomic<int> created {0};
    std::atomic<int> busy {0};
    std::atomic<int> replayed {0};
    const auto handler = [&calls](const Request &) {
        ++calls;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return Response::json(201, QJsonObject());
    };
    std::vector<std::thread> threads;
    threads.reserve(16);
    for (int i = 0; i < 16; ++i) {
        threads.emplace_back([&] {
            const Response response =
                IdempotentRequest::run(store, post("{}"), QStringLiteral("a"), handler);
            if (response.status == 409)
                ++busy;
            else if (response.hasHeader("Idempotent-Replayed"))
                ++replayed;
            else if (response.status == 201)
                ++created;
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(calls.load(), 1);
    QCOMPARE(created.load(), 1);
    QCOMPARE(busy.load() + replayed.load(), 15);
}

void TestIdempotentRequest::encodeDecode()
{
    Response response =
        Response::json(201, QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}});
    response.setHeader("ETag", "\"v3\"");
    const QByteArray encoded = IdempotentRequest::encodeResponse(response);
    const auto decoded = IdempotentRequest::decodeResponse(encoded);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->status, 201);
    QCOMPARE(decoded->body, response.body);
    QCOMPARE(decoded->contentType, response.contentType);
    QCOMPARE(decoded->header("ETag"), QByteArray("\"v3\""));
    QVERIFY(!IdempotentRequest::decodeResponse("garbage").ok());

    // Request hashes separate method, path, query and body.
    Request a = post("{}");
    Request b = post("{}");
    QCOMPARE(IdempotentRequest::requestHash(a), IdempotentRequest::requestHash(b));
    QCOMPARE(IdempotentRequest::requestHash(a).size(), 32);
    b.query.append({QStringLiteral("x"), QStringLiteral("1")});
    QVERIFY(IdempotentRequest::requestHash(a) != IdempotentRequest::requestHash(b));
    Request c = post("{} ");
    QVERIFY(IdempotentRequest::requestHash(a) != IdempotentRequest::requestHash(c));
}

QTEST_GUILESS_MAIN(TestIdempotentRequest)
#include "tst_idempotentrequest.moc"
