#pragma once

#include "models/domain/BrandImage.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace sphair::server {

// Decides whether uploaded bytes are an image a company's branding may use, by decoding
// them (libpng, libjpeg-turbo, and a strict reader of the ICO directory and its BMP
// headers), never by a file name or Content-Type. PNG and JPEG for the logo and the login
// background, PNG or ICO for the favicon; everything else (SVG, GIF, HTML, …) is refused.
// Dimensions are checked from the header before a single pixel is decoded, so a tiny file
// declaring a huge picture is refused without allocating it.
//
// Refusal codes: image_too_large (more than BrandImage::kMaxBytes), image_type_refused (not
// a type the slot takes; details name what the bytes look like), image_dimensions_refused
// (wider or taller than BrandImage::kMaxWidth/kMaxHeight, or more than kMaxPixels),
// image_corrupt (the decoder found an error, a truncation or trailing garbage in the data).
class ImageInspector
{
public:
    struct Inspected
    {
        QString contentType; // image/png, image/jpeg or image/x-icon
        int width = 0; // of the largest entry for an ICO
        int height = 0;
        QString sha256; // lowercase hex of the bytes
    };

    static models::Result<Inspected> inspect(const QByteArray &bytes, models::BrandImageSlot slot);

    // What the first bytes look like: "png", "jpeg", "ico", "gif", "svg", "html", "xml",
    // "webp", "bmp", "pdf" or "unknown". A hint for messages; inspect() decides.
    static QString sniff(const QByteArray &bytes);
};

} // namespace sphair::server
