#pragma once

#include "models/domain/Result.h"
#include "server/http/InputValidator.h"
#include "server/http/Request.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::server {

// Typed, validated reads of a request's query parameters for the list and stats routes. Each
// read returns std::nullopt when the parameter is absent or bad; a bad one is recorded under
// its name, so one 400 invalid_field answer names every bad parameter (as JsonFields does
// for bodies). Also reads the paging pair limit (1–500, default 50) and cursor: an opaque
// string that carries a small JSON object (an offset or the last key seen). An empty
// parameter ("?q=") counts as absent.
class QueryParameters
{
public:
    explicit QueryParameters(const Request &request);

    std::optional<QString> text(const QString &name, int maxLength);
    std::optional<QUuid> uuid(const QString &name);
    std::optional<QString> oneOf(const QString &name, const QStringList &allowed);
    std::optional<qint64> integer(const QString &name, qint64 minimum, qint64 maximum);
    // RFC 3339 in UTC ("2025-01-31T12:00:00Z").
    std::optional<QDateTime> dateTime(const QString &name);
    // "YYYY-MM-DD".
    std::optional<QDate> date(const QString &name);

    int limit();
    // The position the cursor carries; empty on the first page.
    QJsonObject cursor();
    // The next_cursor for `position`.
    static QString encodeCursor(const QJsonObject &position);

    InputValidator &validator() { return m_validator; }
    bool ok() const { return m_validator.ok(); }
    models::Error error() const { return m_validator.error(); }

private:
    std::optional<QString> value(const QString &name) const;

    const Request &m_request;
    InputValidator m_validator;
};

} // namespace sphair::server
