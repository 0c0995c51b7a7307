#include "server/http/IdempotentRequest.h"

#include "server/http/ApiError.h"
#include "server/http/Logging.h"
#include "server/services/ServerText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace sphair::server {

namespace {

void update(crypto_generichash_state &state, QByteArrayView bytes)
{
    const quint64 length = qToBigEndian(static_cast<quint64>(bytes.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&length),
                              sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.data()),
                              static_cast<unsigned long long>(bytes.size()));
}

// What a retry gets instead of an answer that held a credential, which is never stored: the
// request was carried out, and the id of what it made, so the caller can find and revoke it.
Response withheld(const Response &original)
{
    QJsonObject details {{QStringLiteral("status"), original.status}};
    if (const QJsonValue id = original.jsonObject().value(QStringLiteral("id")); id.isString())
        details.insert(QStringLiteral("id"), id);
    return ApiError(409, QStringLiteral("idempotent_answer_withheld"),
                    tr("This request was already carried out, but its answer held a secret, "
                       "which is never stored. If that answer was lost, revoke what it created "
                       "and make a new one."),
                    details)
        .toResponse();
}

} // namespace

models::Result<std::optional<QString>> IdempotentRequest::keyOf(const Request &request)
{
    if (!request.hasHeader("idempotency-key"))
        return std::optional<QString>();
    const QByteArray key = request.header("idempotency-key");
    bool valid = !key.isEmpty() && key.size() <= kMaxKeyLength
        && request.headerValues("idempotency-key").size() == 1;
    for (char c : key)
        valid = valid && c > 0x20 && c < 0x7f;
    if (!valid) {
        return models::Result<std::optional<QString>>::failure(
            QStringLiteral("invalid_idempotency_key"),
            tr("Idempotency-Key must be one value of 1 to %1 visible ASCII characters, "
               "such as a UUID.")
                .arg(kMaxKeyLength));
    }
    return std::optional<QString>(QString::fromLatin1(key));
}

QByteArray IdempotentRequest::requestHash(const Request &request)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    update(state, request.method);
    update(state, request.path.toUtf8());
    for (const auto &[name, value] : request.query) {
        update(state, name.toUtf8());
        update(state, value.toUtf8());
    }
    update(state, "body");
    update(state, request.body);
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()),
                             static_cast<std::size_t>(digest.size()));
    return digest;
}

Response IdempotentRequest::run(IdempotencyStore &store, const Request &request,
                                const QString &actor,
                                const std::function<Response(const Request &)> &handler)
{
    if (request.method != "POST")
        return handler(request);
    const models::Result<std::optional<QString>> key = keyOf(request);
    if (!key)
        return ApiError::fromError(key.error()).toResponse();
    if (!key.value())
        return handler(request);

    const IdempotencyStore::Scope scope {*key.value(), actor, request.method, request.path};
    const QByteArray hash = requestHash(request);
    const models::Result<IdempotencyStore::Lookup> lookup = store.lookup(scope, hash);
    if (!lookup) {
        qCWarning(lcHttp).noquote()
            << request.requestId << "idempotency lookup failed:" << lookup.error().code;
        return ApiError::internal(request.requestId).toResponse();
    }
    switch (lookup->outcome) {
    case IdempotencyStore::Outcome::Replay: {
        auto decoded = decodeResponse(lookup->response);
        if (!decoded) {
            qCWarning(lcHttp).noquote()
                << request.requestId << "stored idempotent response:" << decoded.error().code;
            return ApiError::internal(request.requestId).toResponse();
        }
        Response replay = decoded.value();
        replay.setHeader("Idempotent-Replayed", "true");
        return replay;
    }
    case IdempotencyStore::Outcome::Reused:
        return ApiError(422, QStringLiteral("idempotency_key_reused"),
                        tr("This Idempotency-Key was already used for a different request. "
                           "Use a new key for a new request."))
            .toResponse();
    case IdempotencyStore::Outcome::InProgress: {
        Response busy = ApiError(409, QStringLiteral("idempotency_key_in_progress"),
                                 tr("A request with this Idempotency-Key is still being "
                                    "processed. Retry shortly."))
                            .toResponse();
        busy.setHeader("Retry-After", "1");
        return busy;
    }
    case IdempotencyStore::Outcome::Proceed:
        break;
    }

    Response response;
    try {
        response = handler(request);
    } catch (...) {
        store.release(scope);
        throw;
    }
    if (response.status >= 500) {
        store.release(scope);
        return response;
    }
    Response stored = response.holdsSecret ? withheld(response) : response;
    stored.removeHeader("X-Request-Id");
    if (const models::Status saved = store.save(scope, hash, stored.status, encodeResponse(stored));
        !saved) {
        qCWarning(lcHttp).noquote() << request.requestId << "could not store an idempotent"
                                    << "response:" << saved.error().code;
        store.release(scope);
    }
    return response;
}

QByteArray IdempotentRequest::encodeResponse(const Response &response)
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    const QJsonObject object {
        {QStringLiteral("status"), response.status},
        {QStringLiteral("content_type"), QString::fromLatin1(response.contentType)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromLatin1(response.body.toBase64())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

models::Result<Response> IdempotentRequest::decodeResponse(const QByteArray &encoded)
{
    const QJsonObject object = QJsonDocument::fromJson(encoded).object();
    const int status = object.value(QStringLiteral("status")).toInt();
    if (status < 100 || status > 599) {
        return models::Result<Response>::failure(QStringLiteral("internal_error"),
                                                 tr("A stored response is damaged."));
    }
    Response response;
    response.status = status;
    response.contentType = object.value(QStringLiteral("content_type")).toString().toLatin1();
    for (const auto &header : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        response.headers.append(
            {pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    response.body =
        QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    return response;
}

} // namespace sphair::server
