#include "server/http/PageCursor.h"

#include "models/domain/Page.h"
#include "server/services/ServerText.h"

namespace sphair::server {

namespace {

constexpr int kMaxCursorLength = 512;
const QByteArray kPrefix = QByteArrayLiteral("p1:");

} // namespace

std::optional<PageCursor::Position> PageCursor::parse(const Request &request,
                                                      InputValidator &validator)
{
    using Page = models::Page<int>;
    Position position;
    bool ok = true;
    if (const std::optional<QString> limit = request.queryValue(QStringLiteral("limit"))) {
        const std::optional<qint64> value = validator.integer(
            QStringLiteral("limit"), QStringView(*limit), qint64(1), qint64(Page::kMaxLimit));
        if (value)
            position.limit = static_cast<int>(*value);
        else
            ok = false;
    } else {
        position.limit = Page::kDefaultLimit;
    }
    if (const std::optional<QString> cursor = request.queryValue(QStringLiteral("cursor"))) {
        const QByteArray decoded = cursor->size() <= kMaxCursorLength
            ? QByteArray::fromBase64(cursor->toLatin1(),
                                     QByteArray::Base64UrlEncoding
                                         | QByteArray::AbortOnBase64DecodingErrors)
            : QByteArray();
        bool numeric = false;
        const qint64 value =
            decoded.startsWith(kPrefix) ? decoded.mid(kPrefix.size()).toLongLong(&numeric) : -1;
        if (!numeric || value < 0) {
            validator.addProblem(QStringLiteral("cursor"), QStringLiteral("format"),
                                 tr("Pass back next_cursor from the previous page unchanged."));
            ok = false;
        } else {
            position.position = value;
        }
    }
    if (!ok)
        return std::nullopt;
    return position;
}

QString PageCursor::encode(qint64 position)
{
    return QString::fromLatin1(
        (kPrefix + QByteArray::number(position))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PageCursor::nextOffset(const Position &page, qint64 returned, qint64 total)
{
    const qint64 next = page.position + returned;
    if (returned == 0 || next >= total)
        return {};
    return encode(next);
}

} // namespace sphair::server
