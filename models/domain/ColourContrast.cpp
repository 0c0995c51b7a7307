#include "models/domain/ColourContrast.h"

#include "models/domain/Validation.h"

#include <algorithm>
#include <cmath>

namespace sphair::models::ColourContrast {

namespace {

int hexValue(QChar ch)
{
    const char16_t c = ch.unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return c - u'A' + 10;
}

// sRGB channel (0–255) to linear light. WCAG 2.0 printed 0.03928 as the threshold, later
// corrected to 0.04045; no 8-bit channel value lies between the two, so both agree here.
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(QStringView colour)
{
    if (!Validation::isColour(colour))
        return -1.0;
    const auto channel = [&](int at) {
        return hexValue(colour[at]) * 16 + hexValue(colour[at + 1]);
    };
    return 0.2126 * linear(channel(1)) + 0.7152 * linear(channel(3)) + 0.0722 * linear(channel(5));
}

double contrastRatio(QStringView first, QStringView second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    if (a < 0 || b < 0)
        return 0.0;
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QString readableTextColour(QStringView background)
{
    QString black = QStringLiteral("#000000");
    QString white = QStringLiteral("#FFFFFF");
    if (!Validation::isColour(background))
        return white;
    return contrastRatio(background, black) > contrastRatio(background, white) ? black : white;
}

} // namespace sphair::models::ColourContrast
