#pragma once

#include <QLatin1String>

namespace sphair::server::SqlErrorCode {

// Machine codes of the storage layer's errors (models::Error::code). Both backends map their
// native errors onto these, so the layers above never look at SQLSTATEs or SQLite codes.
inline constexpr QLatin1String Conflict {"db_conflict"}; // unique or primary key violated
inline constexpr QLatin1String ForeignKey {"db_foreign_key"}; // referenced row missing or in use
inline constexpr QLatin1String Constraint {"db_constraint"}; // CHECK or NOT NULL violated
inline constexpr QLatin1String InvalidValue {"db_invalid_value"}; // value the column cannot hold
inline constexpr QLatin1String Forbidden {"db_forbidden"}; // privilege or row-level security
inline constexpr QLatin1String Retry {"db_retry"}; // serialization failure or deadlock: retry
inline constexpr QLatin1String Busy {"db_busy"}; // no connection or lock in time
inline constexpr QLatin1String Unavailable {"db_unavailable"}; // cannot reach the database
inline constexpr QLatin1String ReadOnly {"db_read_only"}; // write in a read-only transaction
inline constexpr QLatin1String TransactionAborted {"db_transaction_aborted"}; // earlier failure
inline constexpr QLatin1String InvalidArgument {"db_invalid_argument"}; // bad parameter or SQL use
inline constexpr QLatin1String InsecureRole {"db_insecure_role"}; // role setup unsafe for RLS
inline constexpr QLatin1String Migration {"db_migration"}; // schema migration failed
inline constexpr QLatin1String Other {"db_error"}; // anything else (syntax errors, …)
inline constexpr QLatin1String NotFound {"not_found"}; // queryOne() found no row

} // namespace sphair::server::SqlErrorCode
