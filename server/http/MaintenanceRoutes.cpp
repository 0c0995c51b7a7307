#include "models/domain/Page.h"
#include "models/domain/Validation.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/OperationsRoutes.h"
#include "server/http/QueryParameters.h"
#include "server/http/RouteFailure.h"
#include "server/store/AuditLog.h"
#include "server/store/MaintenanceStore.h"

#include <QCoreApplication>

namespace sphair::server::OperationsRoutes {

namespace {

using models::MaintenanceWindow;
using Presence = JsonFields::Presence;

QString tr(const char *text)
{
    return QCoreApplication::translate("sphair::server::MaintenanceRoutes", text);
}

// Longest window that can be planned; longer ones are almost always a typo in a date.
constexpr qint64 kMaxWindowSeconds = qint64(7) * 24 * 60 * 60;
constexpr int kMaxTimeZoneLength = 64;

const QString kWindows = QStringLiteral("/admin/maintenance/windows");

Response notFound()
{
    return ApiError::notFound(tr("There is no maintenance window with this id.")).toResponse();
}

QJsonValue windowOrNull(const std::optional<MaintenanceWindow> &window)
{
    return window ? QJsonValue(window->toJson()) : QJsonValue(QJsonValue::Null);
}

MaintenanceStore::Change changeBy(const Actor &actor, const ApiContext &context)
{
    return {actor.username, models::adminRoleCode(actor.role), context.now(), {}};
}

// The body of POST and PUT on windows. On POST, a body without starts_at and ends_at plans
// the next default nightly window (02:00–06:00 in `timezone`, Africa/Johannesburg unless
// given).
models::Result<MaintenanceWindow> parseWindow(const Request &request, const QUuid &pathId,
                                              const QDateTime &now)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return body.error();
    const bool creating = pathId.isNull();
    JsonFields fields(body.value());
    const bool defaultTimes = creating && !fields.has(QStringLiteral("starts_at"))
        && !fields.has(QStringLiteral("ends_at"));
    const auto id = fields.uuid(QStringLiteral("id"), Presence::Nullable);
    std::optional<QDateTime> startsAt;
    std::optional<QDateTime> endsAt;
    if (!defaultTimes) {
        startsAt = fields.dateTime(QStringLiteral("starts_at"));
        endsAt = fields.dateTime(QStringLiteral("ends_at"));
    }
    const auto timezone =
        fields.string(QStringLiteral("timezone"), 1, kMaxTimeZoneLength, Presence::Optional);
    const auto description =
        fields.string(QStringLiteral("description"), 0, MaintenanceWindow::kMaxDescriptionLength,
                      Presence::Nullable, true);
    fields.rejectUnknownFields();
    InputValidator &validator = fields.validator();
    if (id && (creating || QUuid::fromString(*id) != pathId)) {
        validator.addProblem(QStringLiteral("id"), QStringLiteral("not_allowed"),
                             tr("The id is set by the server and cannot be changed."));
    }
    if (!fields.ok())
        return fields.error();

    MaintenanceWindow window;
    window.id = creating ? QUuid::createUuid() : pathId;
    window.timezone = timezone.value_or(MaintenanceWindow::defaultTimeZone());
    window.description = description.value_or(QString());
    if (defaultTimes) {
        auto nightly = MaintenanceWindow::nextDefaultNightly(now, window.timezone);
        if (!nightly)
            return nightly.error();
        window.startsAt = nightly->startsAt;
        window.endsAt = nightly->endsAt;
    } else {
        window.startsAt = models::WireTime::truncated(*startsAt);
        window.endsAt = models::WireTime::truncated(*endsAt);
    }
    if (auto valid = window.validate(); !valid)
        return valid.error();
    if (window.endsAt <= now) {
        return models::Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            tr("This window has already ended; plan one that ends in the future."));
    }
    if (window.startsAt.secsTo(window.endsAt) > kMaxWindowSeconds) {
        return models::Validation::invalidField(
            QStringLiteral("ends_at"), QStringLiteral("out_of_range"),
            tr("A maintenance window may last at most 7 days."),
            {{QStringLiteral("max_seconds"), kMaxWindowSeconds}});
    }
    return window;
}

models::Error overlapError(const MaintenanceWindow &other)
{
    return {QStringLiteral("conflict"),
            tr("This window overlaps another planned window (%1 to %2 UTC).")
                .arg(models::WireTime::toString(other.startsAt),
                     models::WireTime::toString(other.endsAt)),
            {{QStringLiteral("field"), QStringLiteral("starts_at")},
             {QStringLiteral("window_id"), other.id.toString(QUuid::WithoutBraces)}}};
}

models::Error notFoundError()
{
    return {QStringLiteral("not_found"), tr("There is no maintenance window with this id."), {}};
}

// The window id of the path; a malformed id names nothing (404).
std::optional<QUuid> pathWindowId(const Request &request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (!models::Validation::isUuid(id))
        return std::nullopt;
    return QUuid::fromString(id);
}

Response status(ApiContext &context, const Request &request)
{
    MaintenanceStore::State state;
    std::optional<MaintenanceWindow> current;
    std::optional<MaintenanceWindow> next;
    const QDateTime now = context.now();
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = MaintenanceStore::state(session);
            if (!found)
                return models::Status(found.error());
            state = found.value();
            auto running = MaintenanceStore::currentWindow(session, now);
            if (!running)
                return models::Status(running.error());
            current = running.value();
            auto upcoming = MaintenanceStore::nextWindow(session, now);
            if (!upcoming)
                return models::Status(upcoming.error());
            next = upcoming.value();
            return models::Status::success();
        });
    if (!read)
        return RouteFailure::toResponse(read.error(), request);
    QJsonObject body = state.state.toJson();
    body.insert(QStringLiteral("current_window"), windowOrNull(current));
    body.insert(QStringLiteral("next_window"), windowOrNull(next));
    return ApiRoutes::withETag(body, state.version);
}

Response enable(ApiContext &context, const Request &request, const Actor &actor)
{
    std::optional<QString> message;
    std::optional<qint64> retryAfter;
    if (!request.body.isEmpty()) {
        auto body = JsonBody::parseObject(request);
        if (!body)
            return ApiRoutes::error(body.error());
        JsonFields fields(body.value());
        message = fields.string(QStringLiteral("message"), 0,
                                models::MaintenanceState::kMaxMessageLength, Presence::Nullable);
        retryAfter =
            fields.integer(QStringLiteral("retry_after_seconds"), 1,
                           models::MaintenanceState::kMaxRetryAfterSeconds, Presence::Optional);
        fields.rejectUnknownFields();
        if (!fields.ok())
            return ApiRoutes::error(fields.error());
    }
    MaintenanceStore::State after;
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto current = MaintenanceStore::state(session, true);
        if (!current)
            return models::Status(current.error());
        // What the request leaves out stays as it is.
        auto enabled = MaintenanceStore::enable(
            session, message.value_or(current->state.message),
            static_cast<int>(retryAfter.value_or(current->state.retryAfterSeconds)),
            changeBy(actor, context));
        if (!enabled)
            return models::Status(enabled.error());
        after = enabled.value();
        return models::Status::success();
    });
    if (!written)
        return RouteFailure::toResponse(written.error(), request);
    return ApiRoutes::withETag(after.state.toJson(), after.version);
}

Response disable(ApiContext &context, const Request &request, const Actor &actor)
{
    MaintenanceStore::State after;
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto disabled = MaintenanceStore::disable(session, changeBy(actor, context));
        if (!disabled)
            return models::Status(disabled.error());
        after = disabled.value();
        return models::Status::success();
    });
    if (!written)
        return RouteFailure::toResponse(written.error(), request);
    return ApiRoutes::withETag(after.state.toJson(), after.version);
}

Response listWindows(ApiContext &context, const Request &request)
{
    QueryParameters query(request);
    const auto from = query.dateTime(QStringLiteral("from"));
    const auto to = query.dateTime(QStringLiteral("to"));
    const int limit = query.limit();
    const qint64 offset = query.cursor().value(QStringLiteral("o")).toInteger(0);
    if (!query.ok())
        return ApiRoutes::error(query.error());
    MaintenanceStore::WindowPage found;
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto page = MaintenanceStore::windows(session, from.value_or(QDateTime()),
                                                  to.value_or(QDateTime()),
                                                  std::max<qint64>(0, offset), limit);
            if (!page)
                return models::Status(page.error());
            found = page.value();
            return models::Status::success();
        });
    if (!read)
        return RouteFailure::toResponse(read.error(), request);
    models::Page<MaintenanceWindow> page;
    for (const auto &item : std::as_const(found.items))
        page.items.append(item.window);
    page.total = found.total;
    if (offset + found.items.size() < found.total)
        page.nextCursor =
            QueryParameters::encodeCursor({{QStringLiteral("o"), offset + found.items.size()}});
    return Response::json(page.toJson());
}

Response getWindow(ApiContext &context, const Request &request)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound();
    std::optional<MaintenanceStore::Window> found;
    auto read = context.db->transaction(TxScope::forOperator(TxScope::Access::ReadOnly),
                                        [&](SqlSession &session) {
                                            auto window = MaintenanceStore::window(session, *id);
                                            if (!window)
                                                return models::Status(window.error());
                                            found = window.value();
                                            return models::Status::success();
                                        });
    if (!read)
        return RouteFailure::toResponse(read.error(), request);
    if (!found)
        return notFound();
    return ApiRoutes::conditionalGet(request, found->window.toJson(), found->version);
}

Response createWindow(ApiContext &context, const Request &request, const Actor &actor)
{
    auto parsed = parseWindow(request, QUuid(), context.now());
    if (!parsed)
        return ApiRoutes::error(parsed.error());
    const MaintenanceWindow &window = parsed.value();
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        // Locking the maintenance row serialises window changes: no two overlapping windows
        // can be planned at the same moment.
        if (auto locked = MaintenanceStore::state(session, true); !locked)
            return models::Status(locked.error());
        auto overlap =
            MaintenanceStore::overlapping(session, window.startsAt, window.endsAt, window.id);
        if (!overlap)
            return models::Status(overlap.error());
        if (overlap.value())
            return models::Status(overlapError(overlap.value()->window));
        if (auto inserted = MaintenanceStore::insertWindow(session, window, actor.username);
            !inserted)
            return inserted;
        return AuditLog::record(session, actor.username, models::adminRoleCode(actor.role),
                                {QStringLiteral("maintenance_window.create"),
                                 QStringLiteral("maintenance_window"),
                                 window.id.toString(QUuid::WithoutBraces),
                                 {},
                                 {},
                                 window.toJson()});
    });
    if (!written)
        return RouteFailure::toResponse(written.error(), request);
    Response response = ApiRoutes::withETag(window.toJson(), 1, 201);
    response.setHeader(
        "Location",
        (kWindows + QLatin1Char('/') + window.id.toString(QUuid::WithoutBraces)).toUtf8());
    return response;
}

Response updateWindow(ApiContext &context, const Request &request, const Actor &actor)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound();
    auto parsed = parseWindow(request, *id, context.now());
    if (!parsed)
        return ApiRoutes::error(parsed.error());
    const MaintenanceWindow &window = parsed.value();
    qint64 version = 0;
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto locked = MaintenanceStore::state(session, true); !locked)
            return models::Status(locked.error());
        auto current = MaintenanceStore::window(session, *id, true);
        if (!current)
            return models::Status(current.error());
        if (!current.value())
            return models::Status(notFoundError());
        if (auto matches = ETag::checkIfMatch(request, current.value()->version); !matches)
            return matches;
        auto overlap =
            MaintenanceStore::overlapping(session, window.startsAt, window.endsAt, window.id);
        if (!overlap)
            return models::Status(overlap.error());
        if (overlap.value())
            return models::Status(overlapError(overlap.value()->window));
        auto updated = MaintenanceStore::updateWindow(session, window);
        if (!updated)
            return models::Status(updated.error());
        version = updated.value();
        return AuditLog::record(session, actor.username, models::adminRoleCode(actor.role),
                                {QStringLiteral("maintenance_window.update"),
                                 QStringLiteral("maintenance_window"),
                                 window.id.toString(QUuid::WithoutBraces),
                                 {},
                                 current.value()->window.toJson(),
                                 window.toJson()});
    });
    if (!written)
        return RouteFailure::toResponse(written.error(), request);
    return ApiRoutes::withETag(window.toJson(), version);
}

Response deleteWindow(ApiContext &context, const Request &request, const Actor &actor)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound();
    auto written = context.db->transaction(TxScope::forOperator(), [&](SqlSession &session) {
        if (auto locked = MaintenanceStore::state(session, true); !locked)
            return models::Status(locked.error());
        auto current = MaintenanceStore::window(session, *id, true);
        if (!current)
            return models::Status(current.error());
        if (!current.value())
            return models::Status(notFoundError());
        if (auto matches = ETag::checkIfMatch(request, current.value()->version); !matches)
            return matches;
        if (auto deleted = MaintenanceStore::deleteWindow(session, *id); !deleted)
            return deleted;
        return AuditLog::record(session, actor.username, models::adminRoleCode(actor.role),
                                {QStringLiteral("maintenance_window.delete"),
                                 QStringLiteral("maintenance_window"),
                                 id->toString(QUuid::WithoutBraces),
                                 {},
                                 current.value()->window.toJson(),
                                 {}});
    });
    if (!written)
        return RouteFailure::toResponse(written.error(), request);
    return Response::empty(204);
}

// GET /maintenance: what anyone may know, without signing in.
Response publicNotice(ApiContext &context, const Request &request)
{
    MaintenanceStore::State state;
    std::optional<MaintenanceWindow> next;
    const QDateTime now = context.now();
    auto read = context.db->transaction(
        TxScope::forOperator(TxScope::Access::ReadOnly), [&](SqlSession &session) {
            auto found = MaintenanceStore::state(session);
            if (!found)
                return models::Status(found.error());
            state = found.value();
            auto upcoming = MaintenanceStore::nextWindow(session, now);
            if (!upcoming)
                return models::Status(upcoming.error());
            next = upcoming.value();
            return models::Status::success();
        });
    if (!read)
        return RouteFailure::toResponse(read.error(), request);
    const bool on = state.state.enabled;
    QJsonObject body {{QStringLiteral("enabled"), on}};
    body.insert(QStringLiteral("message"),
                on ? QJsonValue(state.state.message.isEmpty()
                                    ? tr("SPHAiR is being updated. Please try again shortly.")
                                    : state.state.message)
                   : QJsonValue(QJsonValue::Null));
    body.insert(QStringLiteral("retry_after_seconds"),
                on ? QJsonValue(state.state.retryAfterSeconds) : QJsonValue(QJsonValue::Null));
    body.insert(QStringLiteral("next_window"), windowOrNull(next));
    return Response::json(body);
}

} // namespace

void registerMaintenance(Router &router, ApiContext &context)
{
    ApiRoutes::addAdmin(
        router, context, "GET", QStringLiteral("/admin/maintenance/status"),
        [&context](const Request &request, const Actor &) { return status(context, request); });
    ApiRoutes::addAdmin(router, context, "POST", QStringLiteral("/admin/maintenance/enable"),
                        [&context](const Request &request, const Actor &actor) {
                            return enable(context, request, actor);
                        });
    ApiRoutes::addAdmin(router, context, "POST", QStringLiteral("/admin/maintenance/disable"),
                        [&context](const Request &request, const Actor &actor) {
                            return disable(context, request, actor);
                        });
    ApiRoutes::addAdmin(router, context, "GET", kWindows,
                        [&context](const Request &request, const Actor &) {
                            return listWindows(context, request);
                        });
    ApiRoutes::addAdmin(router, context, "POST", kWindows,
                        [&context](const Request &request, const Actor &actor) {
                            return createWindow(context, request, actor);
                        });
    const QString window = kWindows + QStringLiteral("/{id}");
    ApiRoutes::addAdmin(
        router, context, "GET", window,
        [&context](const Request &request, const Actor &) { return getWindow(context, request); });
    ApiRoutes::addAdmin(router, context, "PUT", window,
                        [&context](const Request &request, const Actor &actor) {
                            return updateWindow(context, request, actor);
                        });
    ApiRoutes::addAdmin(router, context, "DELETE", window,
                        [&context](const Request &request, const Actor &actor) {
                            return deleteWindow(context, request, actor);
                        });
    // Public: no session, and not subject to maintenance mode (it is how tenants learn of it).
    router.get(QStringLiteral("/maintenance"),
               [&context](const Request &request) { return publicNotice(context, request); });
}

} // namespace sphair::server::OperationsRoutes
