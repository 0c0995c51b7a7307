#include "models/domain/BrandImage.h"

namespace sphair::models::BrandImage {

QList<BrandImageSlot> allSlots()
{
    return {BrandImageSlot::Logo, BrandImageSlot::Favicon, BrandImageSlot::LoginBackground};
}

QString slotCode(BrandImageSlot slot)
{
    switch (slot) {
    case BrandImageSlot::Logo:
        return QStringLiteral("logo");
    case BrandImageSlot::Favicon:
        return QStringLiteral("favicon");
    case BrandImageSlot::LoginBackground:
        return QStringLiteral("login_background");
    }
    return {};
}

QStringList slotCodes()
{
    QStringList codes;
    for (BrandImageSlot slot : allSlots())
        codes.append(slotCode(slot));
    return codes;
}

std::optional<BrandImageSlot> slotFromCode(QStringView code)
{
    for (BrandImageSlot slot : allSlots()) {
        if (code == slotCode(slot))
            return slot;
    }
    return std::nullopt;
}

QString urlField(BrandImageSlot slot)
{
    return slotCode(slot) + QStringLiteral("_url");
}

QString publicPath(const QUuid &companyId, BrandImageSlot slot, const QString &sha256)
{
    return QStringLiteral("/public/branding/%1/%2/%3")
        .arg(companyId.toString(QUuid::WithoutBraces), slotCode(slot), sha256);
}

QString adminPath(const QUuid &companyId, BrandImageSlot slot)
{
    return QStringLiteral("/admin/companies/%1/settings/images/%2")
        .arg(companyId.toString(QUuid::WithoutBraces), slotCode(slot));
}

} // namespace sphair::models::BrandImage
