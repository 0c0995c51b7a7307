// Router: matching, precedence of literal segments, 404/405/OPTIONS answers, exceptions.
#include "server/http/Router.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

using namespace sphair::server;

namespace {

Request request(const char *method, const QString &path)
{
    Request r;
    r.method = method;
    r.path = path;
    r.requestId = "0123456789abcdef";
    return r;
}

Response answer(const QString &name)
{
    return Response::json({{QStringLiteral("handler"), name}});
}

QString handlerOf(const Response &response)
{
    return response.jsonObject().value(QStringLiteral("handler")).toString();
}

QString errorOf(const Response &response)
{
    return response.jsonObject().value(QStringLiteral("error")).toString();
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dispatch_data();
    void dispatch();
    void pathParams();
    void methodNotAllowed();
    void options();
    void throwingHandler();
    void interceptor();
    void routesList();

private:
    Router m_router;
};

void TestRouter::init()
{
    m_router = Router();
    m_router.get(QStringLiteral("/admin/licenses"),
                 [](const Request &) { return answer(QStringLiteral("list")); });
    m_router.post(QStringLiteral("/admin/licenses"),
                  [](const Request &) { return answer(QStringLiteral("create")); });
    m_router.get(QStringLiteral("/admin/licenses/{id}"),
                 [](const Request &) { return answer(QStringLiteral("get")); });
    m_router.get(QStringLiteral("/admin/licenses/expiring"),
                 [](const Request &) { return answer(QStringLiteral("expiring")); });
    m_router.post(QStringLiteral("/admin/licenses/{id}/revoke"),
                  [](const Request &) { return answer(QStringLiteral("revoke")); });
    m_router.put(QStringLiteral("/admin/companies/{id}"),
                 [](const Request &) { return answer(QStringLiteral("put")); });
    m_router.remove(QStringLiteral("/admin/companies/{id}"),
                    [](const Request &) { return answer(QStringLiteral("delete")); });
    m_router.get(QStringLiteral("/"),
                 [](const Request &) { return answer(QStringLiteral("root")); });
}

void TestRouter::dispatch_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("handler");

    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/admin/licenses") << 200
                          << QStringLiteral("list");
    QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/admin/licenses") << 200
                            << QStringLiteral("create");
    QTest::newRow("param") << QByteArray("GET") << QStringLiteral("/admin/licenses/abc") << 200
                           << QStringLiteral("get");
    QTest::newRow("literal wins") << QByteArray("GET") << QStringLiteral("/admin/licenses/expiring")
                                  << 200 << QStringLiteral("expiring");
    QTest::newRow("nested") << QByteArray("POST") << QStringLiteral("/admin/licenses/abc/revoke")
                            << 200 << QStringLiteral("revoke");
    QTest::newRow("head is get") << QByteArray("HEAD") << QStringLiteral("/admin/licenses") << 200
                                 << QStringLiteral("list");
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << 200
                          << QStringLiteral("root");
    QTest::newRow("unknown") << QByteArray("GET") << QStringLiteral("/admin/nothing") << 404
                             << QString();
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QStringLiteral("/admin/licenses/") << 404 << QString();
    QTest::newRow("double slash") << QByteArray("GET") << QStringLiteral("/admin//licenses") << 404
                                  << QString();
    QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/admin/licenses/a/b/c") << 404
                              << QString();
    QTest::newRow("case matters") << QByteArray("GET") << QStringLiteral("/Admin/licenses") << 404
                                  << QString();
    QTest::newRow("empty path") << QByteArray("GET") << QString() << 404 << QString();
    QTest::newRow("literal has no POST")
        << QByteArray("POST") << QStringLiteral("/admin/licenses/expiring") << 405 << QString();
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/admin/licenses")
                                  << 405 << QString();
    QTest::newRow("unknown method")
        << QByteArray("TRACE") << QStringLiteral("/admin/licenses") << 405 << QString();
}

void TestRouter::dispatch()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, handler);

    const Response response = m_router.dispatch(request(method.constData(), path));
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArray("application/json"));
    if (status == 200) {
        QCOMPARE(handlerOf(response), handler);
    } else if (status == 404) {
        QCOMPARE(errorOf(response), QStringLiteral("not_found"));
    } else {
        QCOMPARE(errorOf(response), QStringLiteral("method_not_allowed"));
        QVERIFY(response.hasHeader("Allow"));
    }
}

void TestRouter::pathParams()
{
    Router router;
    Request seen;
    router.get(QStringLiteral("/admin/companies/{id}/features/{code}"), [&seen](const Request &r) {
        seen = r;
        return Response::empty();
    });
    const Response response =
        router.dispatch(request("GET", QStringLiteral("/admin/companies/c1/features/reporting")));
    QCOMPARE(response.status, 204);
    QCOMPARE(seen.route, QStringLiteral("/admin/companies/{id}/features/{code}"));
    QCOMPARE(seen.pathParam(QStringLiteral("id")), QStringLiteral("c1"));
    QCOMPARE(seen.pathParam(QStringLiteral("code")), QStringLiteral("reporting"));
    QCOMPARE(seen.pathParams.size(), 2);
}

void TestRouter::methodNotAllowed()
{
    const Response response =
        m_router.dispatch(request("POST", QStringLiteral("/admin/companies/x")));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("PUT, DELETE, OPTIONS"));
    QCOMPARE(m_router.allowedMethods(QStringLiteral("/admin/licenses")),
             QStringList({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                          QStringLiteral("OPTIONS")}));
    QVERIFY(m_router.allowedMethods(QStringLiteral("/nothing")).isEmpty());
}

void TestRouter::options()
{
    const Response response =
        m_router.dispatch(request("OPTIONS", QStringLiteral("/admin/licenses/expiring")));
    QCOMPARE(response.status, 204);
    QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    QVERIFY(response.body.isEmpty());
    QCOMPARE(m_router.dispatch(request("OPTIONS", QStringLiteral("/nothing"))).status, 404);
}

void TestRouter::throwingHandler()
{
    Router router;
    router.get(QStringLiteral("/std"),
               [](const Request &) -> Response { throw std::runtime_error("secret detail"); });
    router.get(QStringLiteral("/other"), [](const Request &) -> Response { throw 42; });
    for (const QString &path : {QStringLiteral("/std"), QStringLiteral("/other")}) {
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("threw")));
        const Response response = router.dispatch(request("GET", path));
        QCOMPARE(response.status, 500);
        QCOMPARE(errorOf(response), QStringLiteral("internal_error"));
        QCOMPARE(response.jsonObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("request_id"))
                     .toString(),
                 QStringLiteral("0123456789abcdef"));
        QVERIFY(!response.body.contains("secret detail"));
    }
}

void TestRouter::interceptor()
{
    QString seenRoute;
    m_router.setInterceptor([&seenRoute](const Request &r) -> std::optional<Response> {
        seenRoute = r.route;
        if (r.method == "POST")
            return Response::json(
                503, QJsonObject {{QStringLiteral("error"), QStringLiteral("maintenance")}});
        return std::nullopt;
    });
    QCOMPARE(m_router.dispatch(request("POST", QStringLiteral("/admin/licenses"))).status, 503);
    QCOMPARE(seenRoute, QStringLiteral("/admin/licenses"));
    QCOMPARE(handlerOf(m_router.dispatch(request("GET", QStringLiteral("/admin/licenses/7")))),
             QStringLiteral("get"));
    QCOMPARE(seenRoute, QStringLiteral("/admin/licenses/{id}"));
    // Unknown routes never reach the interceptor.
    seenRoute.clear();
    QCOMPARE(m_router.dispatch(request("POST", QStringLiteral("/x"))).status, 404);
    QVERIFY(seenRoute.isEmpty());
}

void TestRouter::routesList()
{
    const QStringList routes = m_router.routes();
    QCOMPARE(routes.size(), 8);
    QVERIFY(routes.contains(QStringLiteral("GET /admin/licenses/expiring")));
    QVERIFY(routes.contains(QStringLiteral("DELETE /admin/companies/{id}")));
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
