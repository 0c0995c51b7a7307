#pragma once

#include "server/http/Request.h"
#include "server/http/Response.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sphair::server {

// Maps (method, path pattern) to handlers and answers what no handler does: 404 for an
// unknown path, 405 with Allow for a known path and another method, 204 with Allow for
// OPTIONS, and 500 (logged, never rethrown) when a handler throws.
// Patterns are literal segments and {name} parameters: "/admin/companies/{id}/settings".
// A literal segment wins over a parameter, so "/admin/licenses/expiring" is matched before
// "/admin/licenses/{id}". HEAD is served by the GET handler. Register every route before the
// server starts; dispatch() is then safe to call from many threads.
class Router
{
public:
    using Handler = std::function<Response(const Request &)>;
    // Runs before the handler of every matched route (request.route and pathParams are set);
    // a returned response is sent instead of calling the handler (maintenance, auth, …).
    using Interceptor = std::function<std::optional<Response>(const Request &)>;

    // `method` is upper case ("GET", "POST", "PUT", "PATCH", "DELETE").
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    void get(const QString &pattern, Handler handler);
    void post(const QString &pattern, Handler handler);
    void put(const QString &pattern, Handler handler);
    void patch(const QString &pattern, Handler handler);
    void remove(const QString &pattern, Handler handler); // DELETE

    void setInterceptor(Interceptor interceptor);

    // Matches, fills request.route and request.pathParams, and calls the handler. `matched`,
    // if given, is set to the matched pattern (left alone when no pattern matches).
    Response dispatch(Request request, QString *matched = nullptr) const;

    // Methods that a path accepts (with HEAD and OPTIONS), empty for an unknown path.
    QStringList allowedMethods(const QString &path) const;
    // Every registered "METHOD pattern", sorted; lets a test compare the routes with the
    // OpenAPI document.
    QStringList routes() const;

private:
    struct Segment
    {
        QString text; // literal text, or the parameter name
        bool parameter = false;
    };
    struct Route
    {
        QByteArray method;
        QString pattern;
        std::vector<Segment> segments;
        Handler handler;
    };

    static std::optional<std::vector<Segment>> parsePattern(const QString &pattern);
    // Appends the matches of `path` to `matches`, most specific first.
    std::vector<const Route *> matchingRoutes(const QString &path) const;
    static bool matches(const Route &route, const QStringList &pathSegments);
    static QStringList methodsOf(const std::vector<const Route *> &routes, const QString &pattern);
    Response callHandler(const Route &route, Request request) const;

    std::vector<Route> m_routes;
    Interceptor m_interceptor;
};

} // namespace sphair::server
