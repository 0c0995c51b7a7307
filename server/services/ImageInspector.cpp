#include "server/services/ImageInspector.h"

#include "server/services/ServerText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>
#include <optional>
#include <vector>

#include <jpeglib.h>
#include <png.h>

namespace sphair::server {

namespace {

using models::BrandImageSlot;
namespace BrandImage = models::BrandImage;

const QByteArray kPngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
constexpr int kMaxIcoEntries = 32;
constexpr int kMaxIcoSide = 256;
// libjpeg-turbo reads a progressive JPEG scan by scan; thousands of tiny scans make a small
// file expensive to decode, so more than this is refused as corrupt.
constexpr int kMaxJpegScans = 256;
// Decompressed ancillary PNG chunks (iCCP, zTXt, …) above this are an error, not a bomb.
constexpr png_alloc_size_t kMaxPngChunkBytes = png_alloc_size_t(2) * 1024 * 1024;

enum class Decoded { Ok, Corrupt, Dimensions };

struct Dimensions
{
    quint32 width = 0;
    quint32 height = 0;
};

bool dimensionsAllowed(quint64 width, quint64 height)
{
    return width >= 1 && height >= 1 && width <= quint64(BrandImage::kMaxWidth)
        && height <= quint64(BrandImage::kMaxHeight)
        && width * height <= quint64(BrandImage::kMaxPixels);
}

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 littleEndian32(const unsigned char *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint16 littleEndian16(const unsigned char *p)
{
    return quint16(p[0] | (p[1] << 8));
}

// ---- PNG (libpng). The setjmp lives in decodePngRows, whose only locals are trivially
// destructible; everything that must survive a longjmp is in PngState, owned by the caller.

struct PngState
{
    const unsigned char *data = nullptr;
    size_t size = 0;
    size_t offset = 0;
    std::vector<unsigned char> row;
    png_structp png = nullptr;
    png_infop info = nullptr;
};

void pngRead(png_structp png, png_bytep out, size_t length)
{
    auto *state = static_cast<PngState *>(png_get_io_ptr(png));
    if (length > state->size - state->offset)
        png_error(png, "truncated");
    std::memcpy(out, state->data + state->offset, length);
    state->offset += length;
}

[[noreturn]] void pngError(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) { }

bool decodePngRows(PngState *state)
{
    if (setjmp(png_jmpbuf(state->png)))
        return false;
    png_set_read_fn(state->png, state, pngRead);
    png_set_user_limits(state->png, BrandImage::kMaxWidth, BrandImage::kMaxHeight);
    png_set_chunk_malloc_max(state->png, kMaxPngChunkBytes);
    png_read_info(state->png, state->info);
    png_set_expand(state->png);
    png_set_strip_16(state->png);
    const int passes = png_set_interlace_handling(state->png);
    png_read_update_info(state->png, state->info);
    const png_uint_32 height = png_get_image_height(state->png, state->info);
    state->row.resize(png_get_rowbytes(state->png, state->info));
    for (int pass = 0; pass < passes; ++pass) {
        for (png_uint_32 y = 0; y < height; ++y)
            png_read_row(state->png, state->row.data(), nullptr);
    }
    png_read_end(state->png, nullptr);
    return true;
}

// The IHDR's width and height as the file declares them, read before libpng sees the file.
std::optional<Dimensions> pngDeclaredSize(const QByteArray &bytes)
{
    // signature, IHDR length (13), "IHDR", width, height
    if (bytes.size() < 8 + 4 + 4 + 8 || !bytes.startsWith(kPngSignature))
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (bigEndian32(p + 8) != 13 || std::memcmp(p + 12, "IHDR", 4) != 0)
        return std::nullopt;
    return Dimensions {bigEndian32(p + 16), bigEndian32(p + 20)};
}

Decoded decodePng(const QByteArray &bytes, Dimensions &size)
{
    const std::optional<Dimensions> declared = pngDeclaredSize(bytes);
    if (!declared || declared->width == 0 || declared->height == 0)
        return Decoded::Corrupt;
    size = *declared;
    if (!dimensionsAllowed(declared->width, declared->height))
        return Decoded::Dimensions;
    PngState state;
    state.data = reinterpret_cast<const unsigned char *>(bytes.constData());
    state.size = static_cast<size_t>(bytes.size());
    state.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, pngError, pngWarning);
    if (!state.png)
        return Decoded::Corrupt;
    state.info = png_create_info_struct(state.png);
    const bool ok = state.info && decodePngRows(&state);
    png_destroy_read_struct(&state.png, state.info ? &state.info : nullptr, nullptr);
    // Bytes after IEND would make the file something else as well (a polyglot).
    if (!ok || state.offset != state.size)
        return Decoded::Corrupt;
    return Decoded::Ok;
}

// ---- JPEG (libjpeg-turbo). Warnings (a truncated or damaged stream, which libjpeg papers
// over) count as corruption.

struct JpegErrors
{
    jpeg_error_mgr manager {};
    std::jmp_buf jump {};
    bool warned = false;
};

struct JpegState
{
    jpeg_decompress_struct info {};
    JpegErrors errors;
    jpeg_progress_mgr progress {};
    std::vector<unsigned char> row;
    bool created = false;
};

[[noreturn]] void jpegErrorExit(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<JpegErrors *>(info->err)->jump, 1);
}

void jpegEmitMessage(j_common_ptr info, int level)
{
    if (level < 0)
        reinterpret_cast<JpegErrors *>(info->err)->warned = true;
}

void jpegOutputMessage(j_common_ptr) { }

void jpegProgress(j_common_ptr common)
{
    if (!common->is_decompressor)
        return;
    const auto *info = reinterpret_cast<j_decompress_ptr>(common);
    if (info->input_scan_number > kMaxJpegScans)
        std::longjmp(reinterpret_cast<JpegErrors *>(common->err)->jump, 1);
}

// Reads the header, then (when `size` passes) decodes every scanline. Returns false on any
// decoder error; `dimensionsRefused` tells the header's size was refused.
bool decodeJpegRows(JpegState *state, const QByteArray *bytes, Dimensions *size,
                    bool *dimensionsRefused)
{
    if (setjmp(state->errors.jump))
        return false;
    jpeg_create_decompress(&state->info);
    state->created = true;
    state->info.progress = &state->progress;
    state->info.mem->max_memory_to_use = 256L * 1024 * 1024;
    jpeg_mem_src(&state->info, reinterpret_cast<const unsigned char *>(bytes->constData()),
                 static_cast<unsigned long>(bytes->size()));
    if (jpeg_read_header(&state->info, TRUE) != JPEG_HEADER_OK)
        return false;
    size->width = state->info.image_width;
    size->height = state->info.image_height;
    if (!dimensionsAllowed(size->width, size->height)) {
        *dimensionsRefused = true;
        return false;
    }
    jpeg_start_decompress(&state->info);
    state->row.resize(size_t(state->info.output_width) * size_t(state->info.output_components));
    JSAMPROW row = state->row.data();
    while (state->info.output_scanline < state->info.output_height)
        jpeg_read_scanlines(&state->info, &row, 1);
    jpeg_finish_decompress(&state->info);
    return state->info.src->bytes_in_buffer == 0; // nothing after EOI
}

Decoded decodeJpeg(const QByteArray &bytes, Dimensions &size)
{
    JpegState state;
    state.info.err = jpeg_std_error(&state.errors.manager);
    state.errors.manager.error_exit = jpegErrorExit;
    state.errors.manager.emit_message = jpegEmitMessage;
    state.errors.manager.output_message = jpegOutputMessage;
    state.progress.progress_monitor = jpegProgress;
    bool dimensionsRefused = false;
    const bool ok = decodeJpegRows(&state, &bytes, &size, &dimensionsRefused);
    if (state.created)
        jpeg_destroy_decompress(&state.info);
    if (dimensionsRefused)
        return Decoded::Dimensions;
    if (!ok || state.errors.warned)
        return Decoded::Corrupt;
    return Decoded::Ok;
}

// ---- ICO: the directory is read here; each entry must be a PNG (decoded as above) or a
// BMP DIB with a BITMAPINFOHEADER whose every field is checked against the directory and
// the entry's size.

bool dibIsValid(const unsigned char *p, quint32 length, int directoryWidth, int directoryHeight)
{
    constexpr quint32 kInfoHeaderSize = 40;
    if (length < kInfoHeaderSize || littleEndian32(p) != kInfoHeaderSize)
        return false;
    const auto width = static_cast<qint32>(littleEndian32(p + 4));
    const auto doubledHeight = static_cast<qint32>(littleEndian32(p + 8)); // XOR + AND masks
    const quint16 planes = littleEndian16(p + 12);
    const quint16 bitCount = littleEndian16(p + 14);
    const quint32 compression = littleEndian32(p + 16);
    const quint32 coloursUsed = littleEndian32(p + 32);
    if (width < 1 || width > kMaxIcoSide || doubledHeight < 2 || doubledHeight % 2 != 0
        || doubledHeight / 2 > kMaxIcoSide)
        return false;
    const int height = doubledHeight / 2;
    if (width != directoryWidth || height != directoryHeight)
        return false;
    if (planes != 1 || compression != 0) // BI_RGB only
        return false;
    if (bitCount != 1 && bitCount != 4 && bitCount != 8 && bitCount != 24 && bitCount != 32)
        return false;
    quint64 paletteEntries = 0;
    if (bitCount <= 8) {
        const quint32 most = 1U << bitCount;
        if (coloursUsed > most)
            return false;
        paletteEntries = coloursUsed == 0 ? most : coloursUsed;
    } else if (coloursUsed != 0) {
        return false;
    }
    const quint64 xorStride = ((quint64(width) * bitCount + 31) / 32) * 4;
    const quint64 andStride = ((quint64(width) + 31) / 32) * 4;
    const quint64 needed = kInfoHeaderSize + paletteEntries * 4 + xorStride * quint64(height)
        + andStride * quint64(height);
    return needed <= length;
}

Decoded decodeIco(const QByteArray &bytes, Dimensions &size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto total = static_cast<quint64>(bytes.size());
    if (total < 6 || littleEndian16(p) != 0 || littleEndian16(p + 2) != 1)
        return Decoded::Corrupt;
    const int count = littleEndian16(p + 4);
    if (count < 1 || count > kMaxIcoEntries)
        return Decoded::Corrupt;
    const quint64 directoryEnd = 6 + quint64(count) * 16;
    if (directoryEnd > total)
        return Decoded::Corrupt;
    for (int i = 0; i < count; ++i) {
        const unsigned char *entry = p + 6 + static_cast<ptrdiff_t>(i) * 16;
        const int width = entry[0] == 0 ? kMaxIcoSide : entry[0];
        const int height = entry[1] == 0 ? kMaxIcoSide : entry[1];
        const quint32 length = littleEndian32(entry + 8);
        const quint32 offset = littleEndian32(entry + 12);
        if (length == 0 || offset < directoryEnd || quint64(offset) + length > total)
            return Decoded::Corrupt;
        const QByteArray image =
            QByteArray::fromRawData(bytes.constData() + offset, static_cast<qsizetype>(length));
        if (image.startsWith(kPngSignature)) {
            Dimensions inner;
            const Decoded decoded = decodePng(image, inner);
            if (decoded != Decoded::Ok)
                return decoded;
            if (inner.width > quint32(kMaxIcoSide) || inner.height > quint32(kMaxIcoSide))
                return Decoded::Dimensions;
        } else if (!dibIsValid(p + offset, length, width, height)) {
            return Decoded::Corrupt;
        }
        if (quint64(width) * quint64(height) > quint64(size.width) * quint64(size.height))
            size = {quint32(width), quint32(height)};
    }
    return Decoded::Ok;
}

QString contentTypeOf(const QString &kind)
{
    if (kind == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (kind == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    return QStringLiteral("image/x-icon");
}

models::Error refusal(const QString &code, const QString &message, BrandImageSlot slot,
                      QJsonObject details = {})
{
    details.insert(QStringLiteral("slot"), BrandImage::slotCode(slot));
    return {code, message, details};
}

} // namespace

QString ImageInspector::sniff(const QByteArray &bytes)
{
    if (bytes.startsWith(kPngSignature))
        return QStringLiteral("png");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpeg");
    if (bytes.startsWith(QByteArray("\x00\x00\x01\x00", 4)))
        return QStringLiteral("ico");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (bytes.startsWith("BM"))
        return QStringLiteral("bmp");
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("pdf");
    QByteArray head = bytes.left(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed().toLower();
    if (head.startsWith("<svg") || head.contains("<svg"))
        return QStringLiteral("svg");
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<script")
        || head.contains("<body"))
        return QStringLiteral("html");
    if (head.startsWith("<?xml"))
        return QStringLiteral("xml");
    return QStringLiteral("unknown");
}

models::Result<ImageInspector::Inspected> ImageInspector::inspect(const QByteArray &bytes,
                                                                  BrandImageSlot slot)
{
    if (bytes.size() > BrandImage::kMaxBytes) {
        return refusal(QStringLiteral("image_too_large"),
                       tr("The image is larger than %1 KiB; make it smaller and upload it again.")
                           .arg(BrandImage::kMaxBytes / 1024),
                       slot,
                       {{QStringLiteral("max_bytes"), static_cast<qint64>(BrandImage::kMaxBytes)},
                        {QStringLiteral("size"), static_cast<qint64>(bytes.size())}});
    }
    const QString kind = sniff(bytes);
    const bool favicon = slot == BrandImageSlot::Favicon;
    const QStringList allowed = favicon
        ? QStringList {QStringLiteral("png"), QStringLiteral("ico")}
        : QStringList {QStringLiteral("png"), QStringLiteral("jpeg")};
    if (!allowed.contains(kind)) {
        return refusal(QStringLiteral("image_type_refused"),
                       favicon ? tr("The favicon must be a PNG or ICO image.")
                               : tr("This image must be a PNG or JPEG image."),
                       slot,
                       {{QStringLiteral("detected"), kind},
                        {QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
    }
    Dimensions size;
    Decoded decoded = Decoded::Corrupt;
    if (kind == QLatin1String("png"))
        decoded = decodePng(bytes, size);
    else if (kind == QLatin1String("jpeg"))
        decoded = decodeJpeg(bytes, size);
    else
        decoded = decodeIco(bytes, size);
    if (decoded == Decoded::Dimensions) {
        return refusal(QStringLiteral("image_dimensions_refused"),
                       tr("The image declares %1 × %2 pixels; at most %3 × %4 pixels are accepted.")
                           .arg(size.width)
                           .arg(size.height)
                           .arg(BrandImage::kMaxWidth)
                           .arg(BrandImage::kMaxHeight),
                       slot,
                       {{QStringLiteral("width"), static_cast<qint64>(size.width)},
                        {QStringLiteral("height"), static_cast<qint64>(size.height)},
                        {QStringLiteral("max_width"), BrandImage::kMaxWidth},
                        {QStringLiteral("max_height"), BrandImage::kMaxHeight}});
    }
    if (decoded != Decoded::Ok) {
        return refusal(QStringLiteral("image_corrupt"),
                       tr("The image could not be decoded: the file is damaged or incomplete."),
                       slot, {{QStringLiteral("detected"), kind}});
    }
    return Inspected {
        contentTypeOf(kind), static_cast<int>(size.width), static_cast<int>(size.height),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

} // namespace sphair::server
