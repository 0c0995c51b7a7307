#include "server/store/PostgresConnection.h"

#include "server/store/Logging.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqlValue.h"

#include <QJsonObject>

#include <libpq-fe.h>

#include <vector>

namespace sphair::server {

namespace {

// Prepared statements kept per connection before they are all dropped and prepared anew.
constexpr qsizetype kMaxPreparedStatements = 1000;

// How a column's text is read, by its type.
enum class TextForm { Boolean, Integer, Real, Bytes, Timestamp, Date, Text };

struct TypeForm
{
    Oid type;
    TextForm form;
};

// Type OIDs from pg_type.h (stable across PostgreSQL versions): bool, bytea, int8, int2, int4,
// oid, float4, float8, numeric, date, timestamp, timestamptz. Any other type is text.
constexpr TypeForm kTypeForms[] = {
    {16, TextForm::Boolean}, {17, TextForm::Bytes},       {20, TextForm::Integer},
    {21, TextForm::Integer}, {23, TextForm::Integer},     {26, TextForm::Integer},
    {700, TextForm::Real},   {701, TextForm::Real},       {1700, TextForm::Real},
    {1082, TextForm::Date},  {1114, TextForm::Timestamp}, {1184, TextForm::Timestamp},
};

TextForm formOf(Oid type)
{
    for (const TypeForm &known : kTypeForms) {
        if (known.type == type)
            return known.form;
    }
    return TextForm::Text;
}

QVariant valueFrom(Oid type, const char *data, int length)
{
    const QByteArray raw = QByteArray::fromRawData(data, length);
    switch (formOf(type)) {
    case TextForm::Boolean:
        return {length > 0 && data[0] == 't'};
    case TextForm::Integer:
        return {raw.toLongLong()};
    case TextForm::Real:
        return {raw.toDouble()};
    case TextForm::Bytes: {
        size_t size = 0;
        unsigned char *bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char *>(data), &size);
        if (!bytes)
            return {QByteArray()};
        QByteArray copy(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
        PQfreemem(bytes);
        return {copy};
    }
    case TextForm::Timestamp: {
        const QString text = QString::fromLatin1(raw);
        const QDateTime dateTime = SqlValue::parseTimestamp(text);
        return dateTime.isValid() ? QVariant(dateTime) : QVariant(text); // e.g. 'infinity'
    }
    case TextForm::Date: {
        const QString text = QString::fromLatin1(raw);
        const QDate date = SqlValue::parseDate(text);
        return date.isValid() ? QVariant(date) : QVariant(text);
    }
    case TextForm::Text:
        break;
    }
    return {QString::fromUtf8(data, length)};
}

QLatin1String codeForSqlState(const QByteArray &state)
{
    if (state == "23505")
        return SqlErrorCode::Conflict;
    if (state == "23503")
        return SqlErrorCode::ForeignKey;
    if (state.startsWith("23"))
        return SqlErrorCode::Constraint;
    if (state.startsWith("22"))
        return SqlErrorCode::InvalidValue;
    if (state == "42501")
        return SqlErrorCode::Forbidden;
    if (state == "40001" || state == "40P01")
        return SqlErrorCode::Retry;
    if (state == "55P03" || state == "57014")
        return SqlErrorCode::Busy;
    if (state == "08P01") // protocol violation, e.g. a wrong number of parameters
        return SqlErrorCode::InvalidArgument;
    if (state.startsWith("08") || state.startsWith("57P"))
        return SqlErrorCode::Unavailable;
    if (state == "25006")
        return SqlErrorCode::ReadOnly;
    if (state == "25P02")
        return SqlErrorCode::TransactionAborted;
    return SqlErrorCode::Other;
}

// Server notices (e.g. "relation already exists, skipping") go to the debug log, not stderr.
void noticeProcessor(void *, const char *message)
{
    qCDebug(lcStore) << "PostgreSQL notice:" << QString::fromUtf8(message).trimmed();
}

QString sqlHead(const QString &sql)
{
    QString head = sql.simplified();
    if (head.size() > 120)
        head = head.left(117) + QStringLiteral("…");
    return head;
}

} // namespace

PostgresConnection::PostgresConnection(pg_conn *conn)
    : m_conn(conn)
{ }

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

models::Result<std::unique_ptr<PostgresConnection>>
PostgresConnection::connect(const QString &conninfo, int statementTimeoutMs)
{
    const QByteArray info = conninfo.toUtf8();
    // dbname is expanded as a full conninfo; later keywords override it, fallback ones do not.
    const char *const keywords[] = {"dbname", "client_encoding", "fallback_application_name",
                                    nullptr};
    const char *const values[] = {info.constData(), "UTF8", "sphair-platformd", nullptr};
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn) {
        return models::Result<std::unique_ptr<PostgresConnection>>::failure(
            SqlErrorCode::Unavailable, QStringLiteral("Out of memory connecting to PostgreSQL."));
    }
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(conn));
    PQsetNoticeProcessor(conn, noticeProcessor, nullptr);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        qCWarning(lcStore) << "cannot connect to PostgreSQL:" << message;
        return models::Result<std::unique_ptr<PostgresConnection>>::failure(
            SqlErrorCode::Unavailable,
            QStringLiteral("Cannot connect to PostgreSQL: %1").arg(message));
    }
    models::Result<SqlResult> settings =
        connection->exec(QStringLiteral("SELECT set_config('TimeZone', 'UTC', false), "
                                        "set_config('DateStyle', 'ISO', false), "
                                        "set_config('statement_timeout', $1, false)"),
                         {QString::number(std::max(0, statementTimeoutMs))});
    if (!settings)
        return settings.error();
    return connection;
}

bool PostgresConnection::isBroken() const
{
    return m_broken || PQstatus(m_conn) != CONNECTION_OK;
}

models::Error PostgresConnection::connectionError(const QString &what)
{
    m_broken = true;
    const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    qCWarning(lcStore) << "PostgreSQL connection failed while" << what << ":" << message;
    return models::Error {
        SqlErrorCode::Unavailable,
        QStringLiteral("PostgreSQL connection failed while %1: %2").arg(what, message),
        {}};
}

models::Error PostgresConnection::errorFrom(const pg_result *result, const pg_conn *conn,
                                            const QString &sql)
{
    auto *mutableResult = const_cast<PGresult *>(result);
    const QByteArray state =
        result ? QByteArray(PQresultErrorField(mutableResult, PG_DIAG_SQLSTATE)) : QByteArray();
    if (state.isEmpty()) {
        const char *text = result ? PQresultErrorMessage(mutableResult) : PQerrorMessage(conn);
        const QString message = QString::fromUtf8(text).trimmed();
        qCWarning(lcStore) << "PostgreSQL client error running" << sqlHead(sql) << ":" << message;
        return models::Error {SqlErrorCode::Unavailable, message, {}};
    }
    const QString primary =
        QString::fromUtf8(PQresultErrorField(mutableResult, PG_DIAG_MESSAGE_PRIMARY));
    QJsonObject details {{QStringLiteral("sqlstate"), QString::fromLatin1(state)}};
    if (const char *constraint = PQresultErrorField(mutableResult, PG_DIAG_CONSTRAINT_NAME))
        details.insert(QStringLiteral("constraint"), QString::fromUtf8(constraint));
    if (const char *table = PQresultErrorField(mutableResult, PG_DIAG_TABLE_NAME))
        details.insert(QStringLiteral("table"), QString::fromUtf8(table));
    const QLatin1String code = codeForSqlState(state);
    // The message may quote parameter values, so only the SQLSTATE and SQL text are logged.
    if (code == SqlErrorCode::Conflict || code == SqlErrorCode::ForeignKey
        || code == SqlErrorCode::Constraint || code == SqlErrorCode::TransactionAborted) {
        qCDebug(lcStore) << "PostgreSQL" << state << "running" << sqlHead(sql);
    } else {
        qCWarning(lcStore) << "PostgreSQL" << state << "running" << sqlHead(sql);
    }
    return models::Error {code, primary, details};
}

SqlResult PostgresConnection::resultFrom(const pg_result *result)
{
    auto *res = const_cast<PGresult *>(result);
    const int columnCount = PQnfields(res);
    const int rowCount = PQntuples(res);
    QStringList columns;
    columns.reserve(columnCount);
    std::vector<Oid> types(static_cast<size_t>(columnCount));
    for (int c = 0; c < columnCount; ++c) {
        columns.append(QString::fromUtf8(PQfname(res, c)));
        types[static_cast<size_t>(c)] = PQftype(res, c);
    }
    QList<SqlRow> rows;
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        QVariantList values;
        values.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c) {
            if (PQgetisnull(res, r, c))
                values.append(QVariant());
            else
                values.append(valueFrom(types[static_cast<size_t>(c)], PQgetvalue(res, r, c),
                                        PQgetlength(res, r, c)));
        }
        rows.append(SqlRow(columns, std::move(values)));
    }
    m_lastCommandTag = QByteArray(PQcmdStatus(res));
    const QByteArray affected(PQcmdTuples(res));
    return {std::move(columns), std::move(rows), affected.isEmpty() ? 0 : affected.toLongLong()};
}

bool PostgresConnection::leavePipeline()
{
    if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF)
        return true;
    return PQexitPipelineMode(m_conn) == 1;
}

models::Result<QList<SqlResult>> PostgresConnection::pipeline(const QList<Command> &commands)
{
    if (m_broken)
        return connectionError(QStringLiteral("reusing a broken connection"));
    if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF && PQenterPipelineMode(m_conn) != 1)
        return connectionError(QStringLiteral("entering pipeline mode"));

    // What the server will answer, in order. Blocking sends are safe here: a pipeline holds
    // a few small commands and only its last one can return many rows.
    enum class Step { Deallocate, Prepare, Execute };
    struct Expected
    {
        Step step;
        qsizetype command;
        QByteArray name;
    };
    std::vector<Expected> expected;
    const QString deallocateSql = QStringLiteral("DEALLOCATE ALL");
    if (m_prepared.size() >= kMaxPreparedStatements) {
        // Dynamic SQL texts would otherwise grow the cache without bound.
        m_prepared.clear();
        if (PQsendQueryParams(m_conn, "DEALLOCATE ALL", 0, nullptr, nullptr, nullptr, nullptr, 0)
            != 1) {
            return connectionError(QStringLiteral("sending a statement"));
        }
        expected.push_back({Step::Deallocate, -1, {}});
    }
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const Command &command = commands.at(i);
        QByteArray name = m_prepared.value(command.sql);
        if (name.isEmpty()) {
            name = "s" + QByteArray::number(++m_nextStatement);
            if (PQsendPrepare(m_conn, name.constData(), command.sql.toUtf8().constData(), 0,
                              nullptr)
                != 1) {
                return connectionError(QStringLiteral("sending a statement"));
            }
            expected.push_back({Step::Prepare, i, name});
        }
        const int count = static_cast<int>(command.params.size());
        std::vector<QByteArray> storage(static_cast<size_t>(count));
        std::vector<const char *> values(static_cast<size_t>(count), nullptr);
        std::vector<int> lengths(static_cast<size_t>(count), 0);
        std::vector<int> formats(static_cast<size_t>(count), 0);
        for (int p = 0; p < count; ++p) {
            const QVariant &param = command.params.at(p);
            const auto index = static_cast<size_t>(p);
            if (SqlValue::isNull(param))
                continue;
            storage[index] = SqlValue::toText(param);
            values[index] = storage[index].constData();
            lengths[index] = static_cast<int>(storage[index].size());
            formats[index] = param.typeId() == QMetaType::QByteArray ? 1 : 0;
        }
        if (PQsendQueryPrepared(m_conn, name.constData(), count, values.data(), lengths.data(),
                                formats.data(), 0)
            != 1) {
            return connectionError(QStringLiteral("sending a statement"));
        }
        expected.push_back({Step::Execute, i, name});
    }
    if (PQpipelineSync(m_conn) != 1)
        return connectionError(QStringLiteral("sending a pipeline"));

    QList<SqlResult> results;
    std::optional<models::Error> firstError;
    for (const Expected &step : expected) {
        PGresult *result = PQgetResult(m_conn);
        if (!result)
            return connectionError(QStringLiteral("reading a result"));
        const ExecStatusType status = PQresultStatus(result);
        const QString &sql =
            step.step == Step::Deallocate ? deallocateSql : commands.at(step.command).sql;
        if (status == PGRES_PIPELINE_ABORTED) {
            // Skipped because an earlier command of this pipeline failed.
        } else if (step.step == Step::Deallocate) {
            if (status != PGRES_COMMAND_OK && !firstError)
                firstError = errorFrom(result, m_conn, sql);
        } else if (step.step == Step::Prepare) {
            if (status == PGRES_COMMAND_OK)
                m_prepared.insert(sql, step.name);
            else if (!firstError)
                firstError = errorFrom(result, m_conn, sql);
        } else if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            results.append(resultFrom(result));
        } else if (!firstError) {
            firstError = errorFrom(result, m_conn, sql);
        }
        PQclear(result);
        // Each command's results end with a null result.
        if (PGresult *extra = PQgetResult(m_conn)) {
            PQclear(extra);
            return connectionError(QStringLiteral("reading a result (out of step)"));
        }
    }
    PGresult *sync = PQgetResult(m_conn);
    const bool synced = sync && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
    PQclear(sync);
    if (!synced)
        return connectionError(QStringLiteral("reading the end of a pipeline"));
    if (firstError) {
        if (firstError->code == SqlErrorCode::Unavailable)
            m_broken = true;
        return *firstError;
    }
    return {std::move(results)};
}

models::Result<SqlResult> PostgresConnection::exec(const QString &sql, const SqlParams &params)
{
    models::Result<QList<SqlResult>> results = pipeline({Command {sql, params}});
    if (!results)
        return results.error();
    return results->takeLast();
}

models::Result<SqlResult> PostgresConnection::execScript(const QString &sql)
{
    if (m_broken)
        return connectionError(QStringLiteral("reusing a broken connection"));
    if (!leavePipeline())
        return connectionError(QStringLiteral("leaving pipeline mode"));
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    if (!result)
        return connectionError(QStringLiteral("running a script"));
    const ExecStatusType status = PQresultStatus(result);
    models::Result<SqlResult> outcome = (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        ? models::Result<SqlResult>(resultFrom(result))
        : models::Result<SqlResult>(errorFrom(result, m_conn, sql));
    PQclear(result);
    return outcome;
}

} // namespace sphair::server
