#include "server/http/Router.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace sphair::server {

namespace {

const QByteArray kHead = QByteArrayLiteral("HEAD");
const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kOptions = QByteArrayLiteral("OPTIONS");

// Order in which Allow lists methods.
const QByteArrayList kMethodOrder = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

// True if `a` is more specific than `b`: at the first segment where they differ in kind, `a`
// has the literal.
template<typename Segments>
bool moreSpecific(const Segments &a, const Segments &b)
{
    const std::size_t count = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (a[i].parameter != b[i].parameter)
            return !a[i].parameter;
    }
    return false;
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    const std::optional<std::vector<Segment>> segments = parsePattern(pattern);
    if (!segments || method.isEmpty() || method != method.toUpper() || method == kHead
        || method == kOptions || !handler) {
        qCCritical(lcHttp) << "Router: refusing malformed route" << method << pattern;
        Q_ASSERT_X(false, "Router::add", "malformed route");
        return;
    }
    for (const Route &route : m_routes) {
        if (route.method == method && route.pattern == pattern) {
            qCCritical(lcHttp) << "Router: route registered twice" << method << pattern;
            Q_ASSERT_X(false, "Router::add", "route registered twice");
            return;
        }
    }
    m_routes.push_back(Route {method, pattern, *segments, std::move(handler)});
}

void Router::get(const QString &pattern, Handler handler)
{
    add(QByteArrayLiteral("GET"), pattern, std::move(handler));
}

void Router::post(const QString &pattern, Handler handler)
{
    add(QByteArrayLiteral("POST"), pattern, std::move(handler));
}

void Router::put(const QString &pattern, Handler handler)
{
    add(QByteArrayLiteral("PUT"), pattern, std::move(handler));
}

void Router::patch(const QString &pattern, Handler handler)
{
    add(QByteArrayLiteral("PATCH"), pattern, std::move(handler));
}

void Router::remove(const QString &pattern, Handler handler)
{
    add(QByteArrayLiteral("DELETE"), pattern, std::move(handler));
}

void Router::setInterceptor(Interceptor interceptor)
{
    m_interceptor = std::move(interceptor);
}

std::optional<std::vector<Router::Segment>> Router::parsePattern(const QString &pattern)
{
    if (!pattern.startsWith(QLatin1Char('/')))
        return std::nullopt;
    std::vector<Segment> segments;
    const QStringList parts = pattern.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString name = part.mid(1, part.size() - 2);
            if (name.isEmpty())
                return std::nullopt;
            segments.push_back(Segment {name, true});
        } else {
            if (part.contains(QLatin1Char('{')) || part.contains(QLatin1Char('}')))
                return std::nullopt;
            if (part.isEmpty() && parts.size() > 1)
                return std::nullopt;
            segments.push_back(Segment {part, false});
        }
    }
    return segments;
}

bool Router::matches(const Route &route, const QStringList &pathSegments)
{
    if (route.segments.size() != static_cast<std::size_t>(pathSegments.size()))
        return false;
    for (std::size_t i = 0; i < route.segments.size(); ++i) {
        const Segment &segment = route.segments[i];
        const QString &part = pathSegments[static_cast<qsizetype>(i)];
        if (segment.parameter ? part.isEmpty() : part != segment.text)
            return false;
    }
    return true;
}

std::vector<const Router::Route *> Router::matchingRoutes(const QString &path) const
{
    std::vector<const Route *> found;
    if (!path.startsWith(QLatin1Char('/')))
        return found;
    const QStringList pathSegments = path.mid(1).split(QLatin1Char('/'));
    for (const Route &route : m_routes) {
        if (matches(route, pathSegments))
            found.push_back(&route);
    }
    std::stable_sort(found.begin(), found.end(), [](const Route *a, const Route *b) {
        return moreSpecific(a->segments, b->segments);
    });
    return found;
}

QStringList Router::methodsOf(const std::vector<const Route *> &routes, const QString &pattern)
{
    QByteArrayList methods;
    for (const Route *route : routes) {
        if (route->pattern == pattern)
            methods.append(route->method);
    }
    if (methods.contains(kGet))
        methods.append(kHead);
    methods.append(kOptions);
    QStringList ordered;
    for (const QByteArray &method : kMethodOrder) {
        if (methods.contains(method))
            ordered.append(QString::fromLatin1(method));
    }
    return ordered;
}

QStringList Router::allowedMethods(const QString &path) const
{
    const std::vector<const Route *> found = matchingRoutes(path);
    if (found.empty())
        return {};
    return methodsOf(found, found.front()->pattern);
}

QStringList Router::routes() const
{
    QStringList all;
    for (const Route &route : m_routes)
        all.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
    all.sort();
    return all;
}

Response Router::dispatch(Request request, QString *matched) const
{
    const std::vector<const Route *> found = matchingRoutes(request.path);
    if (found.empty())
        return ApiError::routeNotFound(request.path).toResponse();

    // The most specific pattern decides; other patterns never take over its methods.
    const QString &pattern = found.front()->pattern;
    if (matched)
        *matched = pattern;
    if (request.method == kOptions) {
        Response response = Response::empty(204);
        response.setHeader(QByteArrayLiteral("Allow"),
                           methodsOf(found, pattern).join(QStringLiteral(", ")).toLatin1());
        return response;
    }
    const QByteArray method = request.method == kHead ? kGet : request.method;
    for (const Route *route : found) {
        if (route->pattern == pattern && route->method == method)
            return callHandler(*route, std::move(request));
    }
    return ApiError::methodNotAllowed(methodsOf(found, pattern)).toResponse();
}

Response Router::callHandler(const Route &route, Request request) const
{
    request.route = route.pattern;
    const QStringList pathSegments = request.path.mid(1).split(QLatin1Char('/'));
    for (std::size_t i = 0; i < route.segments.size(); ++i) {
        if (route.segments[i].parameter)
            request.pathParams.insert(route.segments[i].text,
                                      pathSegments[static_cast<qsizetype>(i)]);
    }
    try {
        if (m_interceptor) {
            if (std::optional<Response> early = m_interceptor(request))
                return std::move(*early);
        }
        return route.handler(request);
    } catch (const std::exception &exception) {
        qCCritical(lcHttp).noquote() << request.requestId << "handler of" << route.method
                                     << route.pattern << "threw:" << exception.what();
    } catch (...) {
        qCCritical(lcHttp).noquote() << request.requestId << "handler of" << route.method
                                     << route.pattern << "threw a non-standard exception";
    }
    return ApiError::internal(request.requestId).toResponse();
}

} // namespace sphair::server
