#include "server/store/SqlResult.h"

#include <utility>

namespace sphair::server {

SqlResult::SqlResult(QStringList columns, QList<SqlRow> rows, qint64 rowsAffected)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_rowsAffected(rowsAffected)
{ }

} // namespace sphair::server
