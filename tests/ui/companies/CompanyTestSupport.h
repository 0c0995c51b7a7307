#pragma once

#include "models/domain/Company.h"
#include "tests/support/PlatformFixture.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace sphair::tests {

// Creates a company through the platform's admin API (as another admin would); returns its
// JSON, or an empty object when the server refused.
inline QJsonObject createCompanyOnServer(ApiClient &admin, const QString &code, const QString &name,
                                         const QString &tier = QStringLiteral("small"),
                                         int maxUsers = 10)
{
    const ApiReply reply = admin.post(QStringLiteral("/admin/companies"),
                                      {{QStringLiteral("code"), code},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("tier"), tier},
                                       {QStringLiteral("max_users"), maxUsers},
                                       {QStringLiteral("contact_email"),
                                        QStringLiteral("it@%1.example.com").arg(code.toLower())}});
    if (reply.status != 201) {
        qWarning("creating %s answered %d: %s", qPrintable(code), reply.status,
                 reply.body.constData());
        return {};
    }
    return reply.json();
}

// The server's current JSON of a company and its ETag.
inline ApiReply companyOnServer(ApiClient &admin, const QString &id)
{
    return admin.get(QStringLiteral("/admin/companies/") + id);
}

// The company with `code` as the server lists it (any status), or an empty object.
inline QJsonObject findOnServer(ApiClient &admin, const QString &code, const QString &status = {})
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), code);
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    const ApiReply reply =
        admin.get(QStringLiteral("/admin/companies?") + query.toString(QUrl::FullyEncoded));
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("code")).toString() == code)
            return item.toObject();
    }
    return {};
}

// How many companies the server lists for a query string such as "tier=large".
inline qint64 totalOnServer(ApiClient &admin, const QString &query)
{
    const ApiReply reply = admin.get(QStringLiteral("/admin/companies?limit=1&") + query);
    return reply.json().value(QStringLiteral("total")).toInteger(-1);
}

} // namespace sphair::tests
