#include "server/store/SqlQuery.h"

#include "server/store/Logging.h"
#include "server/store/SqlErrorCode.h"

namespace sphair::server {

QString SqlFilter::bind(const QVariant &value)
{
    m_params.append(value);
    return QLatin1Char('$') + QString::number(m_params.size());
}

void SqlFilter::require(const QString &condition)
{
    m_conditions.append(condition);
}

void SqlFilter::require(const QString &condition, const QVariant &value)
{
    require(condition.arg(bind(value)));
}

QString SqlFilter::where() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_conditions.join(QLatin1String(" AND "));
}

models::Result<qint64> SqlFilter::count(SqlSession &session, const QString &from) const
{
    return countRows(session, from + where(), m_params);
}

models::Result<SqlResult> SqlFilter::page(SqlSession &session, const QString &sql, qint64 limit,
                                          qint64 offset)
{
    const QString limitParameter = bind(limit);
    const QString offsetParameter = bind(offset);
    return session.exec(
        sql + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limitParameter, offsetParameter), m_params);
}

namespace {

QString escapeLike(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

QString SqlFilter::containsPattern(const QString &text)
{
    return QLatin1Char('%') + escapeLike(text.toLower()) + QLatin1Char('%');
}

QString SqlFilter::prefixPattern(const QString &text)
{
    return escapeLike(text) + QLatin1Char('%');
}

models::Result<qint64> countRows(SqlSession &session, const QString &fromWhere,
                                 const SqlParams &params)
{
    auto row = session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM ") + fromWhere, params);
    if (!row)
        return row.error();
    return row->int64(u"n");
}

models::Error storedRowRefused(const models::Error &codecError)
{
    qCWarning(lcStore) << "a stored row does not read as its wire type:" << codecError.code
                       << codecError.message;
    return {SqlErrorCode::InvalidValue, QStringLiteral("A stored row is not valid."), {}};
}

} // namespace sphair::server
