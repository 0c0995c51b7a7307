#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sphair::models {

// The image slots of a company's branding, their wire codes and the platform paths the images
// are served from. The images themselves travel as raw bytes, not JSON.
enum class BrandImageSlot { Logo, Favicon, LoginBackground };

namespace BrandImage {

inline constexpr qsizetype kMaxBytes = qsizetype(1024) * 1024; // the listener's body limit
inline constexpr int kMaxWidth = 4096;
inline constexpr int kMaxHeight = 4096;
inline constexpr qint64 kMaxPixels = qint64(4096) * 4096;

QList<BrandImageSlot> allSlots();
// "logo", "favicon", "login_background".
QString slotCode(BrandImageSlot slot);
QStringList slotCodes();
std::optional<BrandImageSlot> slotFromCode(QStringView code);
// The settings field that carries the slot's URL: "logo_url", "favicon_url",
// "login_background_url".
QString urlField(BrandImageSlot slot);
// The public, content-addressed path of an image: /public/branding/{company}/{slot}/{sha256}.
QString publicPath(const QUuid &companyId, BrandImageSlot slot, const QString &sha256);
// The admin path of a slot: /admin/companies/{company}/settings/images/{slot}.
QString adminPath(const QUuid &companyId, BrandImageSlot slot);

} // namespace BrandImage
} // namespace sphair::models
