#include "client/LicenseRegistrationResult.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"

#include <QJsonArray>

namespace sphair::client {

models::Result<LicenseRegistrationResult>
LicenseRegistrationResult::fromJson(const QJsonObject &object)
{
    models::WireReader in(object);
    LicenseRegistrationResult result;
    const QJsonObject license = in.jsonObject(u"license");
    result.supersededId = in.optionalUuid(u"superseded_id");
    const QJsonArray warnings = in.optionalArray(u"chain_warnings");
    if (!in.ok())
        return in.error();
    auto record = models::LicenseRecord::fromJson(license);
    if (!record)
        return models::Validation::withFieldPrefix(record.error(), QStringLiteral("license."));
    result.license = record.value();
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        models::WireReader warning(warnings.at(i).toObject(),
                                   QStringLiteral("chain_warnings[%1].").arg(i));
        ChainWarning item;
        item.kind = warning.string(u"kind");
        item.message = warning.string(u"message");
        item.expectedSeq = warning.optionalInteger(u"expected_seq", -1);
        item.expectedPrev = warning.optionalString(u"expected_prev");
        if (!warning.ok())
            return warning.error();
        result.chainWarnings.append(item);
    }
    return result;
}

} // namespace sphair::client
