#include "models/domain/LicenseRegistrationResult.h"

#include "models/domain/EnumCodes.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

const EnumCode<ChainStatus> kChainStatusCodes[] = {
    {ChainStatus::Ok, "ok"},
    {ChainStatus::Gap, "gap"},
    {ChainStatus::Fork, "fork"},
};

// A warning is a gap or a fork, never "ok".
std::optional<ChainStatus> warningKindFromCode(QStringView code)
{
    const auto kind = chainStatusFromCode(code);
    if (kind == ChainStatus::Ok)
        return std::nullopt;
    return kind;
}

QStringList warningKindCodes()
{
    return {chainStatusCode(ChainStatus::Gap), chainStatusCode(ChainStatus::Fork)};
}

} // namespace

QString chainStatusCode(ChainStatus status)
{
    return codeOf(kChainStatusCodes, status);
}

std::optional<ChainStatus> chainStatusFromCode(QStringView code)
{
    return valueOf(kChainStatusCodes, code);
}

QStringList chainStatusCodes()
{
    return codesOf(kChainStatusCodes);
}

Result<LicenseRegistrationResult::ChainWarning>
LicenseRegistrationResult::ChainWarning::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    ChainWarning warning;
    warning.kind = in.code<ChainStatus>(u"kind", warningKindFromCode, warningKindCodes());
    warning.message = in.string(u"message");
    warning.expectedSeq = in.optionalInteger(u"expected_seq", -1);
    warning.expectedPrev = in.optionalString(u"expected_prev");
    if (!in.ok())
        return in.error();
    return warning;
}

QJsonObject LicenseRegistrationResult::ChainWarning::toJson() const
{
    return WireWriter()
        .text(u"kind", chainStatusCode(kind))
        .text(u"message", message)
        .value(u"expected_seq",
               expectedSeq < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(expectedSeq))
        .optionalText(u"expected_prev", expectedPrev)
        .object();
}

bool LicenseRegistrationResult::ChainWarning::operator==(const ChainWarning &other) const
{
    return kind == other.kind && message == other.message && expectedSeq == other.expectedSeq
        && expectedPrev == other.expectedPrev;
}

Result<LicenseRegistrationResult> LicenseRegistrationResult::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    LicenseRegistrationResult result;
    result.license = in.nested<LicenseRecord>(u"license");
    result.supersededId = in.optionalUuid(u"superseded_id");
    result.chainWarnings = in.objects<ChainWarning>(u"chain_warnings", false);
    WireReader chain(in.optionalJsonObject(u"chain"), QStringLiteral("chain."));
    result.chainStatus =
        chain.optionalCode(u"status", chainStatusFromCode, chainStatusCodes(), ChainStatus::Ok);
    if (!in.ok())
        return in.error();
    if (!chain.ok())
        return chain.error();
    return result;
}

QJsonObject LicenseRegistrationResult::toJson() const
{
    return WireWriter()
        .nested(u"license", license)
        .uuid(u"superseded_id", supersededId)
        .objects(u"chain_warnings", chainWarnings)
        .value(u"chain", chainToJson())
        .object();
}

QJsonObject LicenseRegistrationResult::chainToJson() const
{
    return WireWriter()
        .text(u"status", chainStatusCode(chainStatus))
        .text(u"kid", license.kid)
        .integer(u"seq", license.seq)
        .objects(u"warnings", chainWarnings)
        .object();
}

bool LicenseRegistrationResult::operator==(const LicenseRegistrationResult &other) const
{
    return license == other.license && supersededId == other.supersededId
        && chainWarnings == other.chainWarnings && chainStatus == other.chainStatus
        && newlyRegistered == other.newlyRegistered;
}

} // namespace sphair::models
