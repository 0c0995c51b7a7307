#include "server/http/MaintenanceRoutes.h"
#include "models/domain/MaintenanceNotice.h"
#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/Page.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireTime.h"
#include "server/http/ApiError.h"
#include "server/http/ApiRoutes.h"
#include "server/http/ETag.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonFields.h"
#include "server/http/QueryParameters.h"
#include "server/services/MaintenanceService.h"
#include "server/services/NoticeService.h"
#include "server/services/ServerText.h"

namespace sphair::server::MaintenanceRoutes {

namespace {

using models::MaintenanceWindow;
using Presence = JsonFields::Presence;

constexpr int kMaxTimeZoneLength = 64;

const QString kWindows = QStringLiteral("/admin/maintenance/windows");

// recurrence (an object or null) and exceptions (an array) of a window body, read by their
// codecs; problems are noted in `fields`.
void parseRecurrence(JsonFields &fields, MaintenanceService::WindowDraft &draft)
{
    const auto recurrence = fields.object(QStringLiteral("recurrence"), Presence::Nullable);
    if (recurrence && !recurrence->isEmpty()) {
        auto known = models::Validation::checkKnownFields(
            *recurrence, {QStringLiteral("frequency"), QStringLiteral("until")});
        auto read = models::MaintenanceRecurrence::fromJson(*recurrence);
        if (!known)
            fields.validator().addProblem(
                models::Validation::withFieldPrefix(known.error(), QStringLiteral("recurrence.")));
        else if (!read)
            fields.validator().addProblem(
                models::Validation::withFieldPrefix(read.error(), QStringLiteral("recurrence.")));
        else
            draft.recurrence = read.value();
    } else if (recurrence) {
        fields.validator().addProblem(
            models::Validation::missingField(QStringLiteral("recurrence.frequency")));
    }
    const auto exceptions = fields.array(QStringLiteral("exceptions"), Presence::Optional);
    if (!exceptions)
        return;
    const QStringList allowed {QStringLiteral("occurrence"), QStringLiteral("action"),
                               QStringLiteral("starts_at"), QStringLiteral("ends_at")};
    for (qsizetype i = 0; i < exceptions->size(); ++i) {
        if (auto known =
                models::Validation::checkKnownFields(exceptions->at(i).toObject(), allowed);
            exceptions->at(i).isObject() && !known) {
            fields.validator().addProblem(models::Validation::withFieldPrefix(
                known.error(), QStringLiteral("exceptions[%1].").arg(i)));
            return;
        }
    }
    auto read = models::listFromJson<models::MaintenanceException>(*exceptions);
    if (!read) {
        fields.validator().addProblem(
            models::Validation::withFieldPrefix(read.error(), QStringLiteral("exceptions")));
        return;
    }
    draft.exceptions = read.value();
}

// The body of POST and PUT on windows, checked by the service. On POST, a body without
// starts_at and ends_at plans the next default nightly window (02:00–06:00 in `timezone`,
// Africa/Johannesburg unless given).
models::Result<MaintenanceWindow> parseWindow(const MaintenanceService &service,
                                              const Request &request, const QUuid &pathId)
{
    auto body = JsonBody::parseObject(request);
    if (!body)
        return body.error();
    const bool creating = pathId.isNull();
    JsonFields fields(body.value());
    const bool defaultTimes = creating && !fields.has(QStringLiteral("starts_at"))
        && !fields.has(QStringLiteral("ends_at"));
    const auto id = fields.uuid(QStringLiteral("id"), Presence::Nullable);
    MaintenanceService::WindowDraft draft;
    draft.id = pathId;
    if (!defaultTimes) {
        draft.startsAt = fields.dateTime(QStringLiteral("starts_at"));
        draft.endsAt = fields.dateTime(QStringLiteral("ends_at"));
    }
    draft.timezone =
        fields.string(QStringLiteral("timezone"), 1, kMaxTimeZoneLength, Presence::Optional)
            .value_or(QString());
    draft.description =
        fields
            .string(QStringLiteral("description"), 0, MaintenanceWindow::kMaxDescriptionLength,
                    Presence::Nullable, true)
            .value_or(QString());
    parseRecurrence(fields, draft);
    fields.rejectUnknownFields();
    if (id && (creating || QUuid::fromString(*id) != pathId)) {
        fields.validator().addProblem(QStringLiteral("id"), QStringLiteral("not_allowed"),
                                      tr("The id is set by the server and cannot be changed."));
    }
    if (!fields.ok())
        return fields.error();
    return service.completeWindow(draft);
}

// The window id of the path; a malformed id names nothing (404).
std::optional<QUuid> pathWindowId(const Request &request)
{
    const QString id = request.pathParam(QStringLiteral("id"));
    if (!models::Validation::isUuid(id))
        return std::nullopt;
    return QUuid::fromString(id);
}

Response notFound(const Request &request)
{
    return ApiError::answer(MaintenanceService::windowNotFound(), request);
}

Response status(const MaintenanceService &service, const Request &request)
{
    auto overview = service.overview();
    if (!overview)
        return ApiError::answer(overview.error(), request);
    const models::MaintenanceStatus body {overview->state.state, overview->current, overview->next,
                                          overview->activeSessions};
    return ApiRoutes::withETag(body.toJson(), overview->state.version);
}

Response enable(const MaintenanceService &service, const Request &request, const Actor &actor)
{
    std::optional<QString> message;
    std::optional<qint64> retryAfter;
    if (!request.body.isEmpty()) {
        auto body = JsonBody::parseObject(request);
        if (!body)
            return ApiError::answer(body.error(), request);
        JsonFields fields(body.value());
        message = fields.string(QStringLiteral("message"), 0,
                                models::MaintenanceState::kMaxMessageLength, Presence::Nullable);
        retryAfter =
            fields.integer(QStringLiteral("retry_after_seconds"), 1,
                           models::MaintenanceState::kMaxRetryAfterSeconds, Presence::Optional);
        fields.rejectUnknownFields();
        if (!fields.ok())
            return ApiError::answer(fields.error(), request);
    }
    auto after = service.enable(
        message, retryAfter ? std::optional<int>(static_cast<int>(*retryAfter)) : std::nullopt,
        actor);
    if (!after)
        return ApiError::answer(after.error(), request);
    return ApiRoutes::withETag(after->state.toJson(), after->version);
}

Response disable(const MaintenanceService &service, const Request &request, const Actor &actor)
{
    auto after = service.disable(actor);
    if (!after)
        return ApiError::answer(after.error(), request);
    return ApiRoutes::withETag(after->state.toJson(), after->version);
}

// One page of a list read at `offset`, with the cursor of the next page while there is one.
template<typename T>
Response offsetPage(const QList<T> &items, qint64 total, qint64 offset)
{
    models::Page<T> page;
    page.items = items;
    page.total = total;
    if (offset + items.size() < total)
        page.nextCursor =
            QueryParameters::encodeCursor({{QStringLiteral("o"), offset + items.size()}});
    return Response::json(page.toJson());
}

Response listWindows(const MaintenanceService &service, const Request &request)
{
    QueryParameters query(request);
    const auto from = query.dateTime(QStringLiteral("from"));
    const auto to = query.dateTime(QStringLiteral("to"));
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto found =
        service.windows(from.value_or(QDateTime()), to.value_or(QDateTime()), offset, limit);
    if (!found)
        return ApiError::answer(found.error(), request);
    QList<MaintenanceWindow> windows;
    for (const auto &item : std::as_const(found->items))
        windows.append(item.window);
    return offsetPage(windows, found->total, offset);
}

Response listNotices(const NoticeService &service, const Request &request)
{
    QueryParameters query(request);
    NoticeStore::Filter filter;
    filter.windowId = query.uuid(QStringLiteral("window_id")).value_or(QUuid());
    filter.status = query.oneOf(QStringLiteral("status"), models::MaintenanceNoticeMail::statuses())
                        .value_or(QString());
    filter.companyId = query.uuid(QStringLiteral("company_id")).value_or(QUuid());
    const int limit = query.limit();
    const qint64 offset =
        std::max<qint64>(0, query.cursor().value(QStringLiteral("o")).toInteger(0));
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto found = service.list(filter, offset, limit);
    if (!found)
        return ApiError::answer(found.error(), request);
    return offsetPage(found->items, found->total, offset);
}

Response getWindow(const MaintenanceService &service, const Request &request)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound(request);
    auto found = service.window(*id);
    if (!found)
        return ApiError::answer(found.error(), request);
    if (!found.value())
        return notFound(request);
    return ApiRoutes::conditionalGet(request, found.value()->window.toJson(),
                                     found.value()->version);
}

Response createWindow(const MaintenanceService &service, const Request &request, const Actor &actor)
{
    auto window = parseWindow(service, request, QUuid());
    if (!window)
        return ApiError::answer(window.error(), request);
    if (auto created = service.createWindow(window.value(), actor); !created)
        return ApiError::answer(created.error(), request);
    Response response = ApiRoutes::withETag(window->toJson(), 1, 201);
    response.setHeader(
        "Location",
        (kWindows + QLatin1Char('/') + window->id.toString(QUuid::WithoutBraces)).toUtf8());
    return response;
}

Response updateWindow(const MaintenanceService &service, const Request &request, const Actor &actor)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound(request);
    auto window = parseWindow(service, request, *id);
    if (!window)
        return ApiError::answer(window.error(), request);
    auto version = service.updateWindow(window.value(), ETag::versionCheck(request), actor);
    if (!version)
        return ApiError::answer(version.error(), request);
    return ApiRoutes::withETag(window->toJson(), version.value());
}

Response deleteWindow(const MaintenanceService &service, const Request &request, const Actor &actor)
{
    const auto id = pathWindowId(request);
    if (!id)
        return notFound(request);
    if (auto deleted = service.deleteWindow(*id, ETag::versionCheck(request), actor); !deleted)
        return ApiError::answer(deleted.error(), request);
    return Response::empty(204);
}

// GET /admin/maintenance/occurrences?from=&to=: both required, to after from, at most
// kOverlapHorizonDays apart.
Response occurrences(const MaintenanceService &service, const Request &request)
{
    QueryParameters query(request);
    const auto from = query.dateTime(QStringLiteral("from"));
    const auto to = query.dateTime(QStringLiteral("to"));
    for (const auto &[name, value] :
         {std::pair {QStringLiteral("from"), from}, std::pair {QStringLiteral("to"), to}}) {
        if (query.ok() && !value)
            query.validator().addProblem(models::Validation::missingField(name));
    }
    if (query.ok() && *to <= *from) {
        query.validator().addProblem(QStringLiteral("to"), QStringLiteral("order"),
                                     tr("“to” must be after “from”."));
    } else if (query.ok() && from->addDays(MaintenanceService::kOverlapHorizonDays) < *to) {
        query.validator().addProblem(
            QStringLiteral("to"), QStringLiteral("out_of_range"),
            tr("Occurrences are listed for at most %1 days after “from”.")
                .arg(MaintenanceService::kOverlapHorizonDays),
            {{QStringLiteral("max_days"), MaintenanceService::kOverlapHorizonDays}});
    }
    if (!query.ok())
        return ApiError::answer(query.error(), request);
    auto found = service.occurrences(*from, *to);
    if (!found)
        return ApiError::answer(found.error(), request);
    return Response::json(models::MaintenanceOccurrenceList {*from, *to, found.value()}.toJson());
}

// POST /admin/maintenance/dry-run: a window body as for POST windows, checked but not saved.
Response dryRun(const MaintenanceService &service, const Request &request)
{
    auto window = parseWindow(service, request, QUuid());
    if (!window)
        return ApiError::answer(window.error(), request);
    auto estimate = service.dryRun(window.value());
    if (!estimate)
        return ApiError::answer(estimate.error(), request);
    return Response::json(estimate->toJson());
}

// GET /maintenance: what anyone may know, without signing in.
Response publicNotice(const MaintenanceService &service, const Request &request)
{
    auto overview = service.overview();
    if (!overview)
        return ApiError::answer(overview.error(), request);
    const models::MaintenanceState &state = overview->state.state;
    models::MaintenanceNotice notice;
    notice.enabled = state.enabled;
    if (state.enabled) {
        notice.message = state.message.isEmpty()
            ? tr("SPHAiR is being updated. Please try again shortly.")
            : state.message;
        notice.retryAfterSeconds = state.retryAfterSeconds;
    }
    notice.nextWindow = overview->next;
    return Response::json(notice.toJson());
}

} // namespace

void registerRoutes(ApiRoutes &routes)
{
    const MaintenanceService service(routes.context());
    routes.admin(
        "GET", QStringLiteral("/admin/maintenance/status"), Permission::anyRole(),
        [service](const Request &request, const Actor &) { return status(service, request); });
    routes.admin("POST", QStringLiteral("/admin/maintenance/enable"),
                 Permission::change(models::AdminArea::Maintenance),
                 [service](const Request &request, const Actor &actor) {
                     return enable(service, request, actor);
                 });
    routes.admin("POST", QStringLiteral("/admin/maintenance/disable"),
                 Permission::change(models::AdminArea::Maintenance),
                 [service](const Request &request, const Actor &actor) {
                     return disable(service, request, actor);
                 });
    const NoticeService notices(routes.context());
    routes.admin(
        "GET", QStringLiteral("/admin/maintenance/notices"), Permission::anyRole(),
        [notices](const Request &request, const Actor &) { return listNotices(notices, request); });
    routes.admin(
        "GET", kWindows, Permission::anyRole(),
        [service](const Request &request, const Actor &) { return listWindows(service, request); });
    routes.admin("POST", kWindows, Permission::change(models::AdminArea::Maintenance),
                 [service](const Request &request, const Actor &actor) {
                     return createWindow(service, request, actor);
                 });
    const QString window = kWindows + QStringLiteral("/{id}");
    routes.admin(
        "GET", window, Permission::anyRole(),
        [service](const Request &request, const Actor &) { return getWindow(service, request); });
    routes.admin("PUT", window, Permission::change(models::AdminArea::Maintenance),
                 [service](const Request &request, const Actor &actor) {
                     return updateWindow(service, request, actor);
                 });
    routes.admin("DELETE", window, Permission::change(models::AdminArea::Maintenance),
                 [service](const Request &request, const Actor &actor) {
                     return deleteWindow(service, request, actor);
                 });
    routes.admin(
        "GET", QStringLiteral("/admin/maintenance/occurrences"), Permission::anyRole(),
        [service](const Request &request, const Actor &) { return occurrences(service, request); });
    // Whoever may plan a window may estimate one (it changes nothing, but it is part of planning).
    routes.admin(
        "POST", QStringLiteral("/admin/maintenance/dry-run"),
        Permission::change(models::AdminArea::Maintenance),
        [service](const Request &request, const Actor &) { return dryRun(service, request); });
    // Public: no session, and not subject to maintenance mode (it is how tenants learn of it).
    routes.open("GET", QStringLiteral("/maintenance"),
                [service](const Request &request) { return publicNotice(service, request); });
}

} // namespace sphair::server::MaintenanceRoutes
