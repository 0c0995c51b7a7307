#include "client/LicensingClient.h"

#include <utility>

namespace sphair::client {

namespace {

using models::IssuerKey;
using models::LicenseRecord;

constexpr QLatin1String licenses("/admin/licenses");
constexpr QLatin1String keys("/admin/keys");

QString keyPath(const QString &kid)
{
    return QString(keys) + QLatin1Char('/') + kid;
}

// What a key registration or update sends: everything but the read-only sequence number.
QJsonObject keyInput(const IssuerKey &key)
{
    QJsonObject body = key.toJson();
    body.remove(QStringLiteral("last_seq"));
    return body;
}

} // namespace

ApiCall *LicensingClient::license(const QUuid &id, Callback<Versioned<LicenseRecord>> done) const
{
    return fetchVersioned<LicenseRecord>(ApiRequest::get(resourcePath(licenses, id)),
                                         std::move(done));
}

ApiCall *LicensingClient::registerLicense(const QString &token,
                                          Callback<models::LicenseRegistrationResult> done) const
{
    return engine()->call<models::LicenseRegistrationResult>(
        ApiRequest::post(licenses, QJsonObject {{QStringLiteral("token"), token}}),
        [](const ApiResponse &response) -> models::Result<models::LicenseRegistrationResult> {
            auto result = decodeObject<models::LicenseRegistrationResult>(response);
            if (result)
                result->newlyRegistered = response.status == 201;
            return result;
        },
        std::move(done));
}

ApiCall *LicensingClient::revokeLicense(const QUuid &id, const QString &reason,
                                        const QByteArray &etag,
                                        Callback<Versioned<LicenseRecord>> done) const
{
    const QString path = resourcePath(licenses, id);
    ApiRequest request = ApiRequest::post(path + QStringLiteral("/revoke"),
                                          QJsonObject {{QStringLiteral("reason"), reason}});
    request.ifMatch = etag;
    request.conflictPath = path;
    return fetchVersioned<LicenseRecord>(request, std::move(done));
}

ApiCall *LicensingClient::registerIssuerKey(const IssuerKey &key,
                                            Callback<Versioned<IssuerKey>> done) const
{
    QJsonObject body = keyInput(key);
    if (key.kid.isEmpty())
        body.remove(QStringLiteral("kid")); // derived by the server
    return fetchVersioned<IssuerKey>(ApiRequest::post(keys, body), std::move(done));
}

ApiCall *LicensingClient::issuerKey(const QString &kid, Callback<Versioned<IssuerKey>> done) const
{
    return fetchVersioned<IssuerKey>(ApiRequest::get(keyPath(kid)), std::move(done));
}

ApiCall *LicensingClient::updateIssuerKey(const IssuerKey &key, const QByteArray &etag,
                                          Callback<Versioned<IssuerKey>> done) const
{
    return fetchVersioned<IssuerKey>(
        ApiRequest::put(keyPath(key.kid), QJsonDocument(keyInput(key)), etag), std::move(done));
}

} // namespace sphair::client
