#pragma once

#include "server/store/SqlRow.h"

#include <QList>
#include <QStringList>

namespace sphair::server {

// The outcome of one statement: its column names, its rows, and how many rows it changed
// (for SELECT, how many it returned).
class SqlResult
{
public:
    SqlResult() = default;
    SqlResult(QStringList columns, QList<SqlRow> rows, qint64 rowsAffected);

    const QStringList &columns() const { return m_columns; }
    const QList<SqlRow> &rows() const { return m_rows; }
    qint64 rowsAffected() const { return m_rowsAffected; }

    int size() const { return static_cast<int>(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const SqlRow &at(int row) const { return m_rows.at(row); }
    const SqlRow &first() const { return m_rows.first(); }

    QList<SqlRow>::const_iterator begin() const { return m_rows.cbegin(); }
    QList<SqlRow>::const_iterator end() const { return m_rows.cend(); }

private:
    QStringList m_columns;
    QList<SqlRow> m_rows;
    qint64 m_rowsAffected = 0;
};

} // namespace sphair::server
