#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlDialect.h"
#include "server/store/SqlResult.h"
#include "server/store/TxScope.h"

#include <QString>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <optional>

namespace sphair::server {

// Told how long each statement took on the database, round trip included.
using StatementObserver = std::function<void(std::chrono::nanoseconds)>;

// Statement parameters, bound to $1..$n in order; see SqlValue for the types accepted.
using SqlParams = QVariantList;

// The statements of one open transaction, handed to the function given to
// Database::transaction(). Used by one thread, only inside that function.
//
// Each statement is prepared once per connection and reused. After a statement fails the
// transaction is aborted on both backends: later statements fail with db_transaction_aborted
// and the transaction rolls back, so return the error (write ON CONFLICT instead of trying
// and catching a conflict).
class SqlSession
{
public:
    virtual ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    // Runs one statement (no ';'-separated lists) with $1..$n placeholders. PostgreSQL infers
    // each parameter's type from where it appears, so use a parameter in one type of context
    // only (pass the same value twice as $2 and $3 for a uuid and a text column).
    models::Result<SqlResult> exec(const QString &sql, const SqlParams &params = {});
    // The same for a statement whose rows do not matter (UPDATE, DELETE, a lock): whether it
    // worked.
    models::Status perform(const QString &sql, const SqlParams &params = {});
    // Exactly one row expected: no row fails with not_found, more than one with db_error.
    models::Result<SqlRow> queryOne(const QString &sql, const SqlParams &params = {});
    // At most one row expected: no row is an empty optional.
    models::Result<std::optional<SqlRow>> queryOptional(const QString &sql,
                                                        const SqlParams &params = {});

    const TxScope &scope() const { return m_scope; }
    const SqlDialect &dialect() const { return m_dialect; }

    // The first statement failure, if any (the transaction then cannot commit).
    const std::optional<models::Error> &failure() const { return m_failure; }

protected:
    SqlSession(const TxScope &scope, const SqlDialect &dialect);

    // Runs one statement; parameters are already normalised by SqlValue::toParameter().
    virtual models::Result<SqlResult> run(const QString &sql, const SqlParams &params) = 0;

    // The end of the transaction, driven by Database::finish(). A backend that begins lazily
    // has nothing to end before its first statement.
    virtual bool begun() const { return true; }
    virtual models::Status commit() = 0;
    virtual models::Status rollback() = 0;

private:
    friend class Database;

    TxScope m_scope;
    SqlDialect m_dialect;
    std::optional<models::Error> m_failure;
    const StatementObserver *m_observer = nullptr; // set by Database::finish()
};

} // namespace sphair::server
