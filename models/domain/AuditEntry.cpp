#include "models/domain/AuditEntry.h"

#include "models/domain/AdminRole.h"
#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>

namespace sphair::models {

namespace {

// Lowercase words of a–z, 0–9 and '_', joined by single dots.
bool isDottedName(QStringView name)
{
    if (name.isEmpty() || name.size() > AuditEntry::kMaxNameLength)
        return false;
    for (QStringView word : name.split(u'.')) {
        if (word.isEmpty() || word.front() < u'a' || word.front() > u'z')
            return false;
        for (QChar ch : word) {
            const char16_t c = ch.unicode();
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
                return false;
        }
    }
    return true;
}

} // namespace

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    AuditEntry entry;
    entry.id = in.optionalUuid(u"id");
    entry.at = in.time(u"at");
    entry.actor = in.string(u"actor");
    entry.actorRole = in.optionalString(u"actor_role");
    entry.action = in.string(u"action");
    entry.targetType = in.string(u"target_type");
    entry.targetId = in.optionalString(u"target_id");
    entry.companyId = in.optionalUuid(u"company_id");
    entry.before = in.anyValue(u"before");
    entry.after = in.anyValue(u"after");
    if (!in.ok())
        return in.error();
    return entry;
}

QJsonObject AuditEntry::toJson() const
{
    return WireWriter()
        .uuid(u"id", id)
        .time(u"at", at)
        .text(u"actor", actor)
        .optionalText(u"actor_role", actorRole)
        .text(u"action", action)
        .text(u"target_type", targetType)
        .optionalText(u"target_id", targetId)
        .uuid(u"company_id", companyId)
        .value(u"before", before.isUndefined() ? QJsonValue::Null : before)
        .value(u"after", after.isUndefined() ? QJsonValue::Null : after)
        .object();
}

Status AuditEntry::validate() const
{
    using namespace Validation;
    if (!at.isValid())
        return missingField(QStringLiteral("at"));
    if (auto check = checkSingleLine(QStringLiteral("actor"), actor, 1, 200); !check)
        return check;
    const QStringList roles =
        adminRoleCodes() + QStringList {QStringLiteral("tenant"), QStringLiteral("system")};
    if (!actorRole.isEmpty() && !roles.contains(actorRole)) {
        return invalidField(QStringLiteral("actor_role"), QStringLiteral("unknown_value"),
                            QCoreApplication::translate("sphair::models::AuditEntry",
                                                        "“%1” is not a role; use one of %2.")
                                .arg(actorRole, roles.join(QStringLiteral(", "))));
    }
    if (!isDottedName(action)) {
        return invalidField(
            QStringLiteral("action"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::AuditEntry",
                                        "“action” must be lowercase words joined by dots, such as "
                                        "company.suspend."));
    }
    if (!isDottedName(targetType)) {
        return invalidField(
            QStringLiteral("target_type"), QStringLiteral("format"),
            QCoreApplication::translate("sphair::models::AuditEntry",
                                        "“target_type” must be a lowercase name such as company."));
    }
    return checkSingleLine(QStringLiteral("target_id"), targetId, 0, 200);
}

bool AuditEntry::operator==(const AuditEntry &other) const
{
    const auto same = [](const QJsonValue &a, const QJsonValue &b) {
        const auto normal = [](const QJsonValue &v) {
            return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
        };
        return normal(a) == normal(b);
    };
    return id == other.id && at == other.at && actor == other.actor && actorRole == other.actorRole
        && action == other.action && targetType == other.targetType && targetId == other.targetId
        && companyId == other.companyId && same(before, other.before) && same(after, other.after);
}

} // namespace sphair::models
