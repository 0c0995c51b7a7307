#pragma once

#include "models/domain/BrandImage.h"
#include "models/domain/Result.h"
#include "server/store/SqlSession.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace sphair::server {

// The images of a company's branding (company_images), one per slot, read and written in the
// caller's transaction. The bytes are stored as checked; the store checks nothing itself.
class BrandImageStore
{
public:
    struct Image
    {
        models::BrandImageSlot slot = models::BrandImageSlot::Logo;
        QString contentType; // from the decoded bytes: image/png, image/jpeg, image/x-icon
        QString sha256; // lowercase hex of the bytes
        int width = 0;
        int height = 0;
        QByteArray data; // empty when read with withData = false
        qint64 byteSize = 0;

        // What the audit log records of it (no bytes).
        QJsonObject summary() const;
    };

    // The slot's image, with its bytes when `withData`; nullopt when the slot is empty.
    static models::Result<std::optional<Image>> find(SqlSession &session, const QUuid &companyId,
                                                     models::BrandImageSlot slot,
                                                     bool withData = true);
    // The sha256 of every filled slot of the company.
    static models::Result<QHash<models::BrandImageSlot, QString>> hashes(SqlSession &session,
                                                                         const QUuid &companyId);
    // Inserts or replaces the slot's image.
    static models::Status put(SqlSession &session, const QUuid &companyId, const Image &image);
    // Deletes the slot's image; true when there was one.
    static models::Result<bool> remove(SqlSession &session, const QUuid &companyId,
                                       models::BrandImageSlot slot);
};

} // namespace sphair::server
