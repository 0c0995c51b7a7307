#include "server/http/LicensingPage.h"

#include <QCoreApplication>

namespace sphair::server {

namespace {

constexpr int kMaxCursorLength = 512;
const QByteArray kPrefix = QByteArrayLiteral("o1:");

} // namespace

std::optional<LicensingPage> LicensingPage::parse(const Request &request, InputValidator &validator)
{
    LicensingPage page;
    bool ok = true;
    if (const std::optional<QString> limit = request.queryValue(QStringLiteral("limit"))) {
        const std::optional<qint64> value = validator.integer(
            QStringLiteral("limit"), QStringView(*limit), 1, models::Page<int>::kMaxLimit);
        ok = value.has_value();
        page.limit = static_cast<int>(value.value_or(page.limit));
    }
    if (const std::optional<QString> cursor = request.queryValue(QStringLiteral("cursor"))) {
        const QByteArray decoded = cursor->size() <= kMaxCursorLength
            ? QByteArray::fromBase64(cursor->toLatin1(),
                                     QByteArray::Base64UrlEncoding
                                         | QByteArray::AbortOnBase64DecodingErrors)
            : QByteArray();
        bool numeric = false;
        const qint64 offset =
            decoded.startsWith(kPrefix) ? decoded.mid(kPrefix.size()).toLongLong(&numeric) : -1;
        if (!numeric || offset < 0) {
            validator.addProblem(QStringLiteral("cursor"), QStringLiteral("format"),
                                 QCoreApplication::translate(
                                     "sphair::server::LicensingPage",
                                     "Pass back next_cursor from the previous page unchanged."));
            ok = false;
        } else {
            page.offset = offset;
        }
    }
    if (!ok)
        return std::nullopt;
    return page;
}

QString LicensingPage::nextCursor(qint64 returned, qint64 total) const
{
    const qint64 next = offset + returned;
    if (returned == 0 || next >= total)
        return {};
    return QString::fromLatin1(
        (kPrefix + QByteArray::number(next))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sphair::server
