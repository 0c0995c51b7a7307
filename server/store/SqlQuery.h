#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sphair::server {

// The WHERE clause of a filtered list with its parameters, so a list query states only its
// conditions and order; count() and page() run the "how many match" and "this page of them"
// statements every paged list needs.
class SqlFilter
{
public:
    // Binds `value` as the next parameter; returns its placeholder ("$3").
    QString bind(const QVariant &value);
    // Adds a condition (SQL); all of them must hold.
    void require(const QString &condition);
    // Adds a condition on one value: `condition` with %1 for its placeholder ("at >= %1").
    void require(const QString &condition, const QVariant &value);
    // " WHERE a AND b", or empty without conditions.
    QString where() const;
    const SqlParams &params() const { return m_params; }

    // How many rows of `from` (a table, or a join) match.
    models::Result<qint64> count(SqlSession &session, const QString &from) const;
    // `sql` (which uses where() and ends with its ORDER BY) limited to one page. Binds the
    // limit and offset, so every page runs the same prepared statement.
    models::Result<SqlResult> page(SqlSession &session, const QString &sql, qint64 limit,
                                   qint64 offset);

    // One page of `columns` of `table` in `order`, read by `read`, and how many rows match:
    // a Page with items and total.
    template<typename Page, typename Read>
    models::Result<Page> countedPage(SqlSession &session, const QString &table,
                                     const QString &columns, const QString &order, qint64 limit,
                                     qint64 offset, Read read);

    // A LIKE pattern (for LIKE … ESCAPE '\') that finds `text` anywhere, case-folded to lower
    // case, with LIKE's wildcards in it taken literally.
    static QString containsPattern(const QString &text);

private:
    QStringList m_conditions;
    SqlParams m_params;
};

// SELECT COUNT(*) over `fromWhere` (what follows FROM).
models::Result<qint64> countRows(SqlSession &session, const QString &fromWhere,
                                 const SqlParams &params = {});

// Every row of `rows` read by `read`.
template<typename Read>
auto readAll(const models::Result<SqlResult> &rows, Read read)
    -> models::Result<QList<decltype(read(std::declval<const SqlRow &>()))>>
{
    if (!rows)
        return rows.error();
    QList<decltype(read(std::declval<const SqlRow &>()))> items;
    for (const SqlRow &row : rows.value())
        items.append(read(row));
    return items;
}

// The first row of `rows` read by `read`; nullopt when there is none.
template<typename Read>
auto readFirst(const models::Result<SqlResult> &rows, Read read)
    -> models::Result<std::optional<decltype(read(std::declval<const SqlRow &>()))>>
{
    using Item = decltype(read(std::declval<const SqlRow &>()));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Item>();
    return std::optional<Item>(read(rows->first()));
}

// The row of a queryOptional() read by `read`; nullopt when there is none.
template<typename Read>
auto readOptional(const models::Result<std::optional<SqlRow>> &row, Read read)
    -> models::Result<std::optional<decltype(read(std::declval<const SqlRow &>()))>>
{
    using Item = decltype(read(std::declval<const SqlRow &>()));
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Item>();
    return std::optional<Item>(read(*row.value()));
}

template<typename Page, typename Read>
models::Result<Page> SqlFilter::countedPage(SqlSession &session, const QString &table,
                                            const QString &columns, const QString &order,
                                            qint64 limit, qint64 offset, Read read)
{
    Page result;
    auto counted = count(session, table);
    if (!counted)
        return counted.error();
    result.total = counted.value();
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4").arg(columns, table, where(), order);
    auto items = readAll(page(session, sql, limit, offset), read);
    if (!items)
        return items.error();
    result.items = std::move(items).value();
    return result;
}

} // namespace sphair::server
