#include "server/store/SqliteConnection.h"

#include "server/store/Logging.h"
#include "server/store/SqlErrorCode.h"
#include "server/store/SqlValue.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QUuid>

#include <sqlite3.h>

#include <vector>

namespace sphair::server {

namespace {

// Prepared statements kept per connection before they are all finalised.
constexpr qsizetype kMaxPreparedStatements = 1000;

void nowFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const QByteArray text = SqlValue::formatTimestamp(QDateTime::currentDateTimeUtc()).toUtf8();
    sqlite3_result_text(context, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void randomUuidFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const QByteArray text = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    sqlite3_result_text(context, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

QLatin1String codeForSqlite(int extended)
{
    switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return SqlErrorCode::Conflict;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return SqlErrorCode::ForeignKey;
    default:
        break;
    }
    switch (extended & 0xff) {
    case SQLITE_CONSTRAINT:
        return SqlErrorCode::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqlErrorCode::Busy;
    case SQLITE_READONLY:
        return SqlErrorCode::ReadOnly;
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return SqlErrorCode::InvalidValue;
    case SQLITE_RANGE:
        return SqlErrorCode::InvalidArgument;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_FULL:
    case SQLITE_NOTADB:
    case SQLITE_PERM:
        return SqlErrorCode::Unavailable;
    default:
        return SqlErrorCode::Other;
    }
}

QString sqlHead(const QString &sql)
{
    QString head = sql.simplified();
    if (head.size() > 120)
        head = head.left(117) + QStringLiteral("…");
    return head;
}

bool isBlank(const char *text)
{
    for (; *text; ++text) {
        if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r' && *text != ';')
            return false;
    }
    return true;
}

} // namespace

SqliteConnection::SqliteConnection(sqlite3 *db)
    : m_db(db)
{ }

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

models::Result<std::unique_ptr<SqliteConnection>>
SqliteConnection::open(const SqliteOptions &options)
{
    using Opened = models::Result<std::unique_ptr<SqliteConnection>>;
    if (sqlite3_threadsafe() == 0) {
        return Opened::failure(SqlErrorCode::Unavailable,
                               QStringLiteral("This SQLite library is built without threads."));
    }
    // A new database file is made owner-only whatever the umask: it holds password hashes and
    // token hashes. SQLite gives its -wal and -shm files the mode of the database file.
    if (const bool onDisk = !options.path.isEmpty() && !options.path.startsWith(u':')
            && !options.path.startsWith(QLatin1String("file:"));
        onDisk && !QFile::exists(options.path)) {
        QFile created(options.path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFile::exists(options.path)) {
            return Opened::failure(SqlErrorCode::Unavailable,
                                   QStringLiteral("Cannot create the SQLite database %1: %2")
                                       .arg(options.path, created.errorString()));
        }
    }
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(options.path).constData(), &db, flags, nullptr);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
    if (rc != SQLITE_OK) {
        const QString message =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        return Opened::failure(
            SqlErrorCode::Unavailable,
            QStringLiteral("Cannot open the SQLite database %1: %2").arg(options.path, message));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    sqlite3_create_function_v2(db, "now", 0, SQLITE_UTF8, nullptr, nowFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(db, "gen_random_uuid", 0, SQLITE_UTF8, nullptr, randomUuidFunction,
                               nullptr, nullptr, nullptr);

    // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so a
    // committed transaction survives a power cut, not only a crash of this process.
    models::Result<SqlResult> mode =
        connection->execScript(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->isEmpty()
        || mode->first().text(QStringLiteral("journal_mode")) != QLatin1String("wal")) {
        return Opened::failure(
            SqlErrorCode::Unavailable,
            QStringLiteral("SQLite could not switch %1 to WAL mode.").arg(options.path));
    }
    if (models::Result<SqlResult> pragmas = connection->execScript(
            QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON"));
        !pragmas) {
        return pragmas.error();
    }
    return {std::move(connection)};
}

models::Error SqliteConnection::error(int code, const QString &sql) const
{
    const int extended = code == SQLITE_ERROR ? sqlite3_extended_errcode(m_db) : code;
    const QLatin1String mapped = codeForSqlite(extended);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (mapped == SqlErrorCode::Conflict || mapped == SqlErrorCode::ForeignKey
        || mapped == SqlErrorCode::Constraint) {
        qCDebug(lcStore) << "SQLite error" << extended << "running" << sqlHead(sql);
    } else {
        qCWarning(lcStore) << "SQLite error" << extended << "running" << sqlHead(sql);
    }
    return models::Error {mapped, message, {{QStringLiteral("sqlite_code"), extended}}};
}

models::Result<SqlResult> SqliteConnection::step(sqlite3_stmt *statement, const QString &sql)
{
    const int columnCount = sqlite3_column_count(statement);
    QStringList columns;
    std::vector<QByteArray> declaredTypes;
    columns.reserve(columnCount);
    for (int c = 0; c < columnCount; ++c) {
        columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
        const char *declared = sqlite3_column_decltype(statement, c);
        declaredTypes.emplace_back(declared ? QByteArray(declared).toUpper() : QByteArray());
    }

    QList<SqlRow> rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList values;
        values.reserve(columnCount);
        for (int c = 0; c < columnCount; ++c) {
            const QByteArray &declared = declaredTypes[static_cast<size_t>(c)];
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER: {
                const qint64 number = sqlite3_column_int64(statement, c);
                values.append(declared == "BOOLEAN" ? QVariant(number != 0) : QVariant(number));
                break;
            }
            case SQLITE_FLOAT:
                values.append(QVariant(sqlite3_column_double(statement, c)));
                break;
            case SQLITE_TEXT: {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                const QString value = QString::fromUtf8(text, sqlite3_column_bytes(statement, c));
                QVariant typed;
                if (declared == "TIMESTAMPTZ") {
                    const QDateTime dateTime = SqlValue::parseTimestamp(value);
                    if (dateTime.isValid())
                        typed = dateTime;
                } else if (declared == "DATE") {
                    const QDate date = SqlValue::parseDate(value);
                    if (date.isValid())
                        typed = date;
                }
                values.append(typed.isValid() ? typed : QVariant(value));
                break;
            }
            case SQLITE_BLOB: {
                const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, c));
                values.append(QVariant(QByteArray(data, sqlite3_column_bytes(statement, c))));
                break;
            }
            default:
                values.append(QVariant());
                break;
            }
        }
        rows.append(SqlRow(columns, std::move(values)));
    }
    if (rc != SQLITE_DONE) {
        models::Error failure = error(rc, sql);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return failure;
    }
    const qint64 affected =
        sqlite3_stmt_readonly(statement) ? rows.size() : sqlite3_changes64(m_db);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return SqlResult(std::move(columns), std::move(rows), affected);
}

models::Result<SqlResult> SqliteConnection::exec(const QString &sql, const SqlParams &params,
                                                 bool readOnly)
{
    sqlite3_stmt *statement = m_statements.value(sql);
    if (!statement) {
        if (m_statements.size() >= kMaxPreparedStatements) {
            // Dynamic SQL texts would otherwise grow the cache without bound.
            for (sqlite3_stmt *cached : std::as_const(m_statements))
                sqlite3_finalize(cached);
            m_statements.clear();
        }
        const QByteArray text = sql.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, text.constData(), static_cast<int>(text.size()),
                                          SQLITE_PREPARE_PERSISTENT, &statement, &tail);
        if (rc != SQLITE_OK)
            return error(rc, sql);
        if (!statement) {
            return models::Result<SqlResult>::failure(SqlErrorCode::InvalidArgument,
                                                      QStringLiteral("The SQL text is empty."));
        }
        if (tail && !isBlank(tail)) {
            sqlite3_finalize(statement);
            return models::Result<SqlResult>::failure(
                SqlErrorCode::InvalidArgument,
                QStringLiteral("Run one statement at a time (the SQL holds several)."));
        }
        m_statements.insert(sql, statement);
    }

    if (readOnly && !sqlite3_stmt_readonly(statement)) {
        return models::Result<SqlResult>::failure(
            SqlErrorCode::ReadOnly,
            QStringLiteral("A read-only transaction cannot run a statement that writes."));
    }
    const int expected = sqlite3_bind_parameter_count(statement);
    if (expected != params.size()) {
        return models::Result<SqlResult>::failure(
            SqlErrorCode::InvalidArgument,
            QStringLiteral("The statement takes %1 parameters, %2 were given.")
                .arg(expected)
                .arg(params.size()));
    }
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray name = "$" + QByteArray::number(i + 1);
        const int index = sqlite3_bind_parameter_index(statement, name.constData());
        if (index == 0) {
            sqlite3_clear_bindings(statement);
            return models::Result<SqlResult>::failure(
                SqlErrorCode::InvalidArgument,
                QStringLiteral("The statement does not use the parameter %1.")
                    .arg(QString::fromLatin1(name)));
        }
        const QVariant &param = params.at(i);
        int rc = SQLITE_OK;
        if (SqlValue::isNull(param)) {
            rc = sqlite3_bind_null(statement, index);
        } else {
            switch (param.typeId()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int(statement, index, param.toBool() ? 1 : 0);
                break;
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(statement, index, param.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, index, param.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = param.toByteArray();
                rc = sqlite3_bind_blob64(statement, index, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = param.toString().toUtf8();
                rc = sqlite3_bind_text64(statement, index, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_clear_bindings(statement);
            return error(rc, sql);
        }
    }
    return step(statement, sql);
}

models::Result<SqlResult> SqliteConnection::execScript(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    const char *next = text.constData();
    SqlResult last;
    while (next && !isBlank(next)) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, next, -1, &statement, &tail);
        if (rc != SQLITE_OK)
            return error(rc, sql);
        next = tail;
        if (!statement) // a comment or whitespace only
            continue;
        models::Result<SqlResult> result = step(statement, sql);
        sqlite3_finalize(statement);
        if (!result)
            return result.error();
        last = std::move(result).value();
    }
    return last;
}

} // namespace sphair::server
