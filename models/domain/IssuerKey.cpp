#include "models/domain/IssuerKey.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireTime.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::models {

namespace {

const EnumCode<IssuerKeyStatus> kStatusCodes[] = {
    {IssuerKeyStatus::Active, "active"},
    {IssuerKeyStatus::Retired, "retired"},
    {IssuerKeyStatus::Revoked, "revoked"},
};

Error capExceeded(const QString &field, const QString &message, const QJsonObject &extra = {})
{
    QJsonObject details = extra;
    details.insert(QStringLiteral("field"), field);
    return Error {QStringLiteral("key_cap_exceeded"), message, details};
}

} // namespace

QString issuerKeyStatusCode(IssuerKeyStatus status)
{
    return codeOf(kStatusCodes, status);
}

std::optional<IssuerKeyStatus> issuerKeyStatusFromCode(QStringView code)
{
    return valueOf(kStatusCodes, code);
}

QStringList issuerKeyStatusCodes()
{
    return codesOf(kStatusCodes);
}

QString issuerKeyStatusDisplayName(IssuerKeyStatus status)
{
    switch (status) {
    case IssuerKeyStatus::Active:
        return QCoreApplication::translate("sphair::models::IssuerKey", "Active");
    case IssuerKeyStatus::Retired:
        return QCoreApplication::translate("sphair::models::IssuerKey", "Retired");
    case IssuerKeyStatus::Revoked:
        return QCoreApplication::translate("sphair::models::IssuerKey", "Revoked");
    }
    return {};
}

bool IssuerKey::isValidAt(const QDateTime &time) const
{
    return time >= validFrom && (!validUntil.isValid() || time < validUntil);
}

Error IssuerKey::notValidAt(const QString &field, const QDateTime &time,
                            const QString &message) const
{
    return Error {QStringLiteral("key_not_valid_at"),
                  message,
                  {{QStringLiteral("kid"), kid},
                   {field, WireTime::toString(time)},
                   {QStringLiteral("valid_from"), WireTime::toString(validFrom)},
                   {QStringLiteral("valid_until"),
                    validUntil.isValid() ? QJsonValue(WireTime::toString(validUntil))
                                         : QJsonValue(QJsonValue::Null)}}};
}

Status IssuerKey::acceptsAt(const QDateTime &receivedAt) const
{
    if (isValidAt(receivedAt))
        return Status::success();
    return notValidAt(
        QStringLiteral("received_at"), receivedAt,
        QCoreApplication::translate(
            "sphair::models::IssuerKey",
            "The key “%1” is valid from %2 until %3, not now (%4): the platform "
            "accepts no license signed with it, whenever it says it was signed.")
            .arg(label, WireTime::toString(validFrom),
                 validUntil.isValid()
                     ? WireTime::toString(validUntil)
                     : QCoreApplication::translate("sphair::models::IssuerKey", "(open-ended)"),
                 WireTime::toString(receivedAt)));
}

Status IssuerKey::permits(Tier tier, int maxUsers, const QStringList &features,
                          const QDateTime &issuedAt) const
{
    if (status != IssuerKeyStatus::Active) {
        return Error {QStringLiteral("key_not_active"),
                      QCoreApplication::translate(
                          "sphair::models::IssuerKey",
                          "The key “%1” is %2 and no longer accepted for new licenses.")
                          .arg(label, issuerKeyStatusDisplayName(status).toLower()),
                      {{QStringLiteral("kid"), kid},
                       {QStringLiteral("status"), issuerKeyStatusCode(status)}}};
    }
    if (!isValidAt(issuedAt)) {
        return notValidAt(QStringLiteral("issued_at"), issuedAt,
                          QCoreApplication::translate(
                              "sphair::models::IssuerKey",
                              "The license was signed at %1, outside the validity of the key "
                              "“%2”.")
                              .arg(WireTime::toString(issuedAt), label));
    }
    if (tier > maxTier) {
        return capExceeded(
            QStringLiteral("tier"),
            QCoreApplication::translate("sphair::models::IssuerKey",
                                        "The key “%1” may sign licenses up to the %2 tier, not %3.")
                .arg(label, tierDisplayName(maxTier), tierDisplayName(tier)),
            {{QStringLiteral("max_tier"), tierCode(maxTier)}});
    }
    if (maxUsers > maxUsersCap) {
        return capExceeded(
            QStringLiteral("max_users"),
            QCoreApplication::translate("sphair::models::IssuerKey",
                                        "The key “%1” may sign licenses for at most %2 users, not "
                                        "%3.")
                .arg(label)
                .arg(maxUsersCap)
                .arg(maxUsers),
            {{QStringLiteral("max_users_cap"), maxUsersCap}});
    }
    if (allowedFeatures) {
        for (const QString &feature : features) {
            if (!allowedFeatures->contains(feature)) {
                return capExceeded(
                    QStringLiteral("features"),
                    QCoreApplication::translate("sphair::models::IssuerKey",
                                                "The key “%1” may not sign the feature “%2”.")
                        .arg(label, FeatureCatalog::displayName(feature)),
                    {{QStringLiteral("feature"), feature}});
            }
        }
    }
    return {};
}

Result<IssuerKey> IssuerKey::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    IssuerKey key;
    key.kid = in.optionalString(u"kid");
    key.publicKey = in.string(u"public_key");
    key.label = in.string(u"label");
    key.status = in.optionalCode(u"status", issuerKeyStatusFromCode, issuerKeyStatusCodes(),
                                 IssuerKeyStatus::Active);
    key.validFrom = in.time(u"valid_from");
    key.validUntil = in.optionalTime(u"valid_until");
    key.maxTier = in.tier(u"max_tier");
    key.maxUsersCap = static_cast<int>(in.integer(u"max_users_cap", 0, WireReader::kMaxInt));
    if (in.has(u"allowed_features"))
        key.allowedFeatures = in.strings(u"allowed_features");
    key.lastSeq = in.optionalInteger(u"last_seq", 0, 0);
    if (!in.ok())
        return in.error();
    return key;
}

QJsonObject IssuerKey::toJson() const
{
    return WireWriter()
        .optionalText(u"kid", kid)
        .text(u"public_key", publicKey)
        .text(u"label", label)
        .text(u"status", issuerKeyStatusCode(status))
        .time(u"valid_from", validFrom)
        .time(u"valid_until", validUntil)
        .text(u"max_tier", tierCode(maxTier))
        .integer(u"max_users_cap", maxUsersCap)
        .value(u"allowed_features",
               allowedFeatures ? QJsonValue(QJsonArray::fromStringList(*allowedFeatures))
                               : QJsonValue(QJsonValue::Null))
        .integer(u"last_seq", lastSeq)
        .object();
}

Status IssuerKey::validate() const
{
    using namespace Validation;
    if (!kid.isEmpty() && (!kid.startsWith(QLatin1String("k4.pid.")) || kid.size() <= 7)) {
        return invalidField(
            QStringLiteral("kid"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::IssuerKey",
                                        "“kid” must be a PASERK key id starting with “k4.pid.”."));
    }
    if (!publicKey.startsWith(QLatin1String("k4.public.")) || publicKey.size() <= 10) {
        return invalidField(
            QStringLiteral("public_key"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::IssuerKey",
                                        "“public_key” must be a PASERK public key starting with "
                                        "“k4.public.”."));
    }
    if (auto check = checkSingleLine(QStringLiteral("label"), label, 1, kMaxLabelLength); !check)
        return check;
    if (!validFrom.isValid())
        return missingField(QStringLiteral("valid_from"));
    if (validUntil.isValid() && validUntil <= validFrom) {
        return invalidField(
            QStringLiteral("valid_until"), QStringLiteral("order"),
            QCoreApplication::translate("sphair::models::IssuerKey",
                                        "The key's validity must end after it begins."));
    }
    if (auto check = checkRange(QStringLiteral("max_users_cap"), maxUsersCap, 1, kMaxLicensedUsers);
        !check)
        return check;
    if (allowedFeatures) {
        if (auto check = checkFeatureCodes(QStringLiteral("allowed_features"), *allowedFeatures);
            !check)
            return check;
    }
    return {};
}

bool IssuerKey::operator==(const IssuerKey &other) const
{
    return kid == other.kid && publicKey == other.publicKey && label == other.label
        && status == other.status && validFrom == other.validFrom && validUntil == other.validUntil
        && maxTier == other.maxTier && maxUsersCap == other.maxUsersCap
        && allowedFeatures == other.allowedFeatures && lastSeq == other.lastSeq;
}

} // namespace sphair::models
