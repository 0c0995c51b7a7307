#include "server/store/BrandImageStore.h"

#include "server/store/SqlQuery.h"

namespace sphair::server {

using models::BrandImageSlot;
namespace BrandImage = models::BrandImage;

QJsonObject BrandImageStore::Image::summary() const
{
    return {{QStringLiteral("slot"), BrandImage::slotCode(slot)},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("byte_size"), byteSize}};
}

models::Result<std::optional<BrandImageStore::Image>> BrandImageStore::find(SqlSession &session,
                                                                            const QUuid &companyId,
                                                                            BrandImageSlot slot,
                                                                            bool withData)
{
    const QString columns = withData ? QStringLiteral(", data") : QString();
    auto row = session.queryOptional(
        QStringLiteral("SELECT content_type, sha256, width, height, byte_size%1 "
                       "FROM company_images WHERE company_id = $1 AND slot = $2")
            .arg(columns),
        {companyId, BrandImage::slotCode(slot)});
    return readOptional(row, [slot, withData](const SqlRow &r) {
        Image image;
        image.slot = slot;
        image.contentType = r.text(u"content_type");
        image.sha256 = r.text(u"sha256");
        image.width = r.integer(u"width");
        image.height = r.integer(u"height");
        image.byteSize = r.int64(u"byte_size");
        if (withData)
            image.data = r.bytes(u"data");
        return image;
    });
}

models::Result<QHash<BrandImageSlot, QString>> BrandImageStore::hashes(SqlSession &session,
                                                                       const QUuid &companyId)
{
    auto rows = session.exec(
        QStringLiteral("SELECT slot, sha256 FROM company_images WHERE company_id = $1"),
        {companyId});
    if (!rows)
        return rows.error();
    QHash<BrandImageSlot, QString> found;
    for (const SqlRow &row : rows.value()) {
        if (const auto slot = BrandImage::slotFromCode(row.text(u"slot")))
            found.insert(*slot, row.text(u"sha256"));
    }
    return found;
}

models::Status BrandImageStore::put(SqlSession &session, const QUuid &companyId, const Image &image)
{
    auto written = session.exec(
        QStringLiteral("INSERT INTO company_images (company_id, slot, content_type, sha256, "
                       "width, height, byte_size, data, updated_at) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) "
                       "ON CONFLICT (company_id, slot) DO UPDATE SET "
                       "content_type = excluded.content_type, sha256 = excluded.sha256, "
                       "width = excluded.width, height = excluded.height, "
                       "byte_size = excluded.byte_size, data = excluded.data, "
                       "updated_at = excluded.updated_at"),
        {companyId, BrandImage::slotCode(image.slot), image.contentType, image.sha256, image.width,
         image.height, static_cast<qint64>(image.data.size()), image.data});
    if (!written)
        return written.error();
    return models::Status::success();
}

models::Result<bool> BrandImageStore::remove(SqlSession &session, const QUuid &companyId,
                                             BrandImageSlot slot)
{
    auto removed = session.exec(
        QStringLiteral("DELETE FROM company_images WHERE company_id = $1 AND slot = $2"),
        {companyId, BrandImage::slotCode(slot)});
    if (!removed)
        return removed.error();
    return removed->rowsAffected() > 0;
}

} // namespace sphair::server
