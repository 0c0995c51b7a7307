#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>

// Format rules shared by the server's input checks and the console's as-you-type checks, so
// both ends accept exactly the same values.
//
// Every check* function returns an Error with code "invalid_field" and details
// {"field": <wire name>, "reason": <one of the reasons below>, …} plus a sentence a person
// understands. Reasons: missing, wrong_type, format, unknown_value, empty, too_short,
// too_long, out_of_range, order, not_allowed, unknown_field.
namespace sphair::models::Validation {

// The machine code of every field-level error.
QString invalidFieldCode();
// Builds an "invalid_field" error; `extra` is merged into details (e.g. {"max": 32}).
Error invalidField(const QString &field, const QString &reason, const QString &message,
                   const QJsonObject &extra = {});
// reason "missing": "“field” is required."
Error missingField(const QString &field);
// The field named in an "invalid_field" error's details, or an empty string.
QString fieldOf(const Error &error);
// Prefixes the field named in an error's details, e.g. "code" → "items[3].code".
Error withFieldPrefix(Error error, const QString &prefix);

// A UUID in canonical form: lowercase hex, hyphens at 8/13/18/23, no braces; the nil UUID
// names nothing and is refused.
bool isUuid(QStringView text);
// "#RRGGBB" with hex digits in either case.
bool isColour(QStringView text);
// An absolute https:// URL with a host, no user name or password, at most 2048 characters
// and no spaces.
bool isHttpsUrl(QStringView text);
// A pragmatic e-mail check: local@domain, local part ≤ 64 without spaces or specials,
// domain of at least two labels, at most 254 characters in all.
bool isEmail(QStringView text);
// 2–32 characters from A–Z, 0–9 and '-', starting with a letter.
bool isCompanyCode(QStringView text);
// A DNS host name of at least two ASCII labels (1–63 of a–z, 0–9, '-', no leading or
// trailing '-'), at most 253 characters; the last label is not all digits.
bool isDomainName(QStringView text);
// A subdomain label of the platform's own domain (<label>.sphair.app): 3–63 characters of
// lowercase a–z, 0–9 and '-', no leading or trailing '-'. Reserved labels are refused
// separately (isReservedSubdomain).
bool isSubdomainLabel(QStringView text);
// Labels the platform keeps for itself (www, api, admin, …).
bool isReservedSubdomain(QStringView text);
// Code points, not UTF-16 units: "é" and "😀" both count as one.
qsizetype characterCount(QStringView text);
// True when the text holds a control character (line breaks included).
bool hasControlCharacters(QStringView text);

inline constexpr int kMaxUrlLength = 2048;
inline constexpr int kMaxEmailLength = 254;
inline constexpr int kMaxDomainLength = 253;
inline constexpr int kMinSubdomainLength = 3;
inline constexpr int kMaxSubdomainLength = 63;

Status checkUuid(const QString &field, QStringView text);
Status checkColour(const QString &field, QStringView text);
Status checkHttpsUrl(const QString &field, QStringView text);
Status checkEmail(const QString &field, QStringView text);
Status checkCompanyCode(const QString &field, QStringView text);
Status checkDomainName(const QString &field, QStringView text);
// isSubdomainLabel (reason "format") and not reserved (reason "not_allowed").
Status checkSubdomain(const QString &field, QStringView text);
// Length in characters between min and max, both inclusive; min > 0 also refuses text that
// is only spaces ("empty").
Status checkLength(const QString &field, QStringView text, int min, int max);
// As checkLength, and refuses control characters (for names and titles shown on one line).
Status checkSingleLine(const QString &field, QStringView text, int min, int max);
Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max);
// Both times set (reason "missing") and `end` after `start` (reason "order" on `endField`,
// with `orderMessage`).
Status checkTimeOrder(const QString &startField, const QDateTime &start, const QString &endField,
                      const QDateTime &end, const QString &orderMessage);
// max_users (field "max_users") within the tier's range of `policy`.
Status checkTierUsers(Tier tier, qint64 maxUsers, const TierPolicy &policy);
// Every code in the feature catalog and none twice (field `field`).
Status checkFeatureCodes(const QString &field, const QStringList &codes);
// Refuses keys outside `allowed` (reason "unknown_field"), for request bodies where a typo
// must not be ignored silently.
Status checkKnownFields(const QJsonObject &object, const QStringList &allowed);

} // namespace sphair::models::Validation
