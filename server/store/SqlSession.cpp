#include "server/store/SqlSession.h"

#include "server/store/SqlErrorCode.h"
#include "server/store/SqlValue.h"

namespace sphair::server {

SqlSession::SqlSession(const TxScope &scope, const SqlDialect &dialect)
    : m_scope(scope)
    , m_dialect(dialect)
{ }

SqlSession::~SqlSession() = default;

models::Result<SqlResult> SqlSession::exec(const QString &sql, const SqlParams &params)
{
    if (m_failure) {
        return models::Result<SqlResult>::failure(
            SqlErrorCode::TransactionAborted,
            QStringLiteral("The transaction was aborted by an earlier error: %1")
                .arg(m_failure->message));
    }
    SqlParams normalised;
    normalised.reserve(params.size());
    for (const QVariant &param : params) {
        models::Result<QVariant> value = SqlValue::toParameter(param);
        if (!value) {
            m_failure = value.error();
            return value.error();
        }
        normalised.append(std::move(value).value());
    }
    const auto started = std::chrono::steady_clock::now();
    models::Result<SqlResult> result = run(sql, normalised);
    if (m_observer && *m_observer)
        (*m_observer)(std::chrono::steady_clock::now() - started);
    if (!result)
        m_failure = result.error();
    return result;
}

models::Status SqlSession::perform(const QString &sql, const SqlParams &params)
{
    auto result = exec(sql, params);
    return result ? models::Status::success() : models::Status(result.error());
}

models::Result<SqlRow> SqlSession::queryOne(const QString &sql, const SqlParams &params)
{
    models::Result<SqlResult> result = exec(sql, params);
    if (!result)
        return result.error();
    if (result->isEmpty())
        return models::Result<SqlRow>::failure(SqlErrorCode::NotFound,
                                               QStringLiteral("No matching row."));
    if (result->size() > 1) {
        return models::Result<SqlRow>::failure(
            SqlErrorCode::Other,
            QStringLiteral("The query returned %1 rows, not one.").arg(result->size()));
    }
    return result->first();
}

models::Result<std::optional<SqlRow>> SqlSession::queryOptional(const QString &sql,
                                                                const SqlParams &params)
{
    models::Result<SqlResult> result = exec(sql, params);
    if (!result)
        return result.error();
    if (result->isEmpty())
        return std::optional<SqlRow>();
    if (result->size() > 1) {
        return models::Result<std::optional<SqlRow>>::failure(
            SqlErrorCode::Other,
            QStringLiteral("The query returned %1 rows, not one.").arg(result->size()));
    }
    return std::optional<SqlRow>(result->first());
}

} // namespace sphair::server
