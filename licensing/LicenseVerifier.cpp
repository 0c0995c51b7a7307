#include "licensing/LicenseVerifier.h"

#include "core/StrictJson.h"
#include "licensing/LicenseSigner.h"
#include "licensing/Paserk.h"
#include "licensing/Paseto.h"

#include <QCoreApplication>

namespace sphair::licensing {

namespace {

// lupdate misreads a namespace-qualified return type here and files the tr() text under
// the wrong context, so the translation would never load: name the type unqualified.
using models::Error;

Error badFooter()
{
    return {
        QStringLiteral("bad_footer"),
        LicenseVerifier::tr("This license does not say which issuer key signed it, so it cannot be "
                            "checked."),
        {}};
}

} // namespace

LicenseVerifier::LicenseVerifier(models::TierPolicy policy)
    : m_policy(policy)
{ }

QString LicenseVerifier::addTrustedKey(const PublicKey &key)
{
    QString kid = Paserk::publicId(key);
    m_keys.insert(kid, key);
    return kid;
}

models::Result<QString> LicenseVerifier::addTrustedKey(QByteArrayView publicPaserk)
{
    auto key = Paserk::decodePublic(publicPaserk);
    if (!key)
        return key.error();
    return addTrustedKey(key.value());
}

models::Result<QString> LicenseVerifier::kidOf(QByteArrayView token)
{
    auto footerBytes = Paseto::untrustedFooter(token);
    if (!footerBytes)
        return footerBytes.error();
    if (footerBytes->isEmpty())
        return badFooter();
    auto footer = core::StrictJson::parseObject(footerBytes.value());
    if (!footer || footer->size() != 1)
        return badFooter();
    const QJsonValue kid = footer->value(QStringLiteral("kid"));
    if (!kid.isString() || !Paserk::isPublicId(kid.toString()))
        return badFooter();
    return kid.toString();
}

models::Result<VerifiedLicense> LicenseVerifier::verify(QByteArrayView token, const QDateTime &now,
                                                        Options options) const
{
    auto kid = kidOf(token);
    if (!kid)
        return kid.error();
    const auto key = m_keys.constFind(kid.value());
    if (key == m_keys.cend()) {
        return models::Error {QStringLiteral("unknown_key"),
                              tr("This license was signed by an issuer key that is not trusted "
                                 "here (%1).")
                                  .arg(kid.value()),
                              {{QStringLiteral("kid"), kid.value()}}};
    }
    auto message = Paseto::verifyV4Public(token, key.value(), LicenseSigner::implicitAssertion());
    if (!message)
        return message.error();

    auto claims = LicenseClaims::parse(message->payload, now, m_policy);
    if (!claims)
        return claims.error();

    VerifiedLicense license;
    license.kid = kid.value();
    license.token = token.toByteArray();
    if (options.checkValidityWindow) {
        if (now < claims->notBefore) {
            return models::Error {QStringLiteral("license_not_yet_valid"),
                                  tr("This license is not valid yet; it starts on %1.")
                                      .arg(toRfc3339(claims->notBefore)),
                                  {{QStringLiteral("nbf"), toRfc3339(claims->notBefore)}}};
        }
        const QDateTime graceEnd = claims->expiresAt.addDays(claims->graceDays);
        if (now >= graceEnd) {
            return models::Error {
                QStringLiteral("license_expired"),
                tr("This license expired on %1.").arg(toRfc3339(claims->expiresAt)),
                {{QStringLiteral("exp"), toRfc3339(claims->expiresAt)}}};
        }
        if (now >= claims->expiresAt)
            license.state = LicenseState::InGrace;
    }
    license.claims = std::move(claims).value();
    return license;
}

} // namespace sphair::licensing
