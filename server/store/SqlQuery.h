#pragma once

#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <utility>

namespace sphair::server {

// The WHERE clause of a filtered list with its parameters, so a list query states only its
// conditions and order; count() and page() run the "how many match" and "this page of them"
// statements every paged list needs.
class SqlFilter
{
public:
    // Binds `value` as the next parameter; returns its placeholder ("$3").
    QString bind(const QVariant &value);
    // Binds each of `values`; returns their placeholders for an IN list ("$3, $4, $5").
    template<typename T>
    QString bindList(const QList<T> &values)
    {
        QStringList placeholders;
        placeholders.reserve(values.size());
        for (const T &value : values)
            placeholders.append(bind(QVariant::fromValue(value)));
        return placeholders.join(QLatin1String(", "));
    }
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
    // A LIKE pattern (for LIKE … ESCAPE '\') that finds what starts with `text`, with LIKE's
    // wildcards in it taken literally.
    static QString prefixPattern(const QString &text);

private:
    QStringList m_conditions;
    SqlParams m_params;
};

// INSERT INTO `target` VALUES (…), (…), … for `rows`, `columns` values per row (`values`
// appends one row's), about a thousand parameters a statement: SQLite looks up its numbered
// parameters ($n) in a list, so much longer statements get slower again (measured: 30,000 took
// 100 times as long).
template<typename Row, typename Values>
models::Status insertRows(SqlSession &session, const QString &target, int columns,
                          const QList<Row> &rows, Values values)
{
    constexpr int kMaxParameters = 1000;
    const int perStatement = std::max(1, kMaxParameters / columns);
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype end = std::min<qsizetype>(rows.size(), start + perStatement);
        QString sql = QStringLiteral("INSERT INTO ") + target + QStringLiteral(" VALUES ");
        SqlParams params;
        params.reserve(static_cast<qsizetype>((end - start) * columns));
        for (qsizetype i = start; i < end; ++i) {
            sql += i == start ? QStringLiteral("(") : QStringLiteral(", (");
            for (int c = 0; c < columns; ++c) {
                if (c > 0)
                    sql += QStringLiteral(", ");
                sql += QLatin1Char('$') + QString::number(params.size() + c + 1);
            }
            sql += QLatin1Char(')');
            values(rows.at(i), params);
        }
        if (auto done = session.perform(sql, params); !done)
            return done;
    }
    return models::Status::success();
}

// SELECT COUNT(*) over `fromWhere` (what follows FROM).
models::Result<qint64> countRows(SqlSession &session, const QString &fromWhere,
                                 const SqlParams &params = {});

// The error fromRow() answers for a stored row that `codecError` refused; logs the reason.
models::Error storedRowRefused(const models::Error &codecError);

// A row read by the codec of its wire type. The SELECT names its columns like the wire's fields
// (AS where the table's names differ), so T::fromJson stays the one place that maps fields to
// members. A row the codec refuses is the database's fault, not the request's: the codec's
// reason goes to the log and the caller gets db_invalid_value.
template<typename T>
models::Result<T> fromRow(const SqlRow &row, std::initializer_list<WireColumnType> typed = {})
{
    models::Result<T> read = T::fromJson(row.toJson(typed));
    if (!read)
        return storedRowRefused(read.error());
    return read;
}

namespace detail {

// What a row reader gives: a value, or a models::Result of one (whose error ends the read).
template<typename R>
struct ReadOutcome
{
    using Item = R;
    static bool ok(const R &) { return true; }
    static R value(R read) { return read; }
    static models::Error error(const R &) { return {}; }
};

template<typename T>
struct ReadOutcome<models::Result<T>>
{
    using Item = T;
    static bool ok(const models::Result<T> &read) { return read.ok(); }
    static T value(models::Result<T> read) { return std::move(read).value(); }
    static models::Error error(const models::Result<T> &read) { return read.error(); }
};

template<typename Read>
using ReadOf = ReadOutcome<decltype(std::declval<Read>()(std::declval<const SqlRow &>()))>;

} // namespace detail

// Every row of `rows` read by `read`, which returns a value or a models::Result (the first
// error is the answer).
template<typename Read>
auto readAll(const models::Result<SqlResult> &rows, Read read)
    -> models::Result<QList<typename detail::ReadOf<Read>::Item>>
{
    using Outcome = detail::ReadOf<Read>;
    if (!rows)
        return rows.error();
    QList<typename Outcome::Item> items;
    items.reserve(rows->size());
    for (const SqlRow &row : rows.value()) {
        auto item = read(row);
        if (!Outcome::ok(item))
            return Outcome::error(item);
        items.append(Outcome::value(std::move(item)));
    }
    return items;
}

// The row of a queryOptional() read by `read`; nullopt when there is none.
template<typename Read>
auto readOptional(const models::Result<std::optional<SqlRow>> &row, Read read)
    -> models::Result<std::optional<typename detail::ReadOf<Read>::Item>>
{
    using Outcome = detail::ReadOf<Read>;
    using Item = typename Outcome::Item;
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Item>();
    auto item = read(*row.value());
    if (!Outcome::ok(item))
        return Outcome::error(item);
    return std::optional<Item>(Outcome::value(std::move(item)));
}

// The first row of `rows` read by `read`; nullopt when there is none.
template<typename Read>
auto readFirst(const models::Result<SqlResult> &rows, Read read)
    -> models::Result<std::optional<typename detail::ReadOf<Read>::Item>>
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return readOptional(models::Result<std::optional<SqlRow>>(std::optional<SqlRow>()), read);
    return readOptional(models::Result<std::optional<SqlRow>>(rows->first()), read);
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
