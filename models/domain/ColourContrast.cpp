#include "models/domain/ColourContrast.h"

#include "models/domain/Validation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

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

struct Rgb
{
    int red = 0;
    int green = 0;
    int blue = 0;
};

// Only for a colour Validation::isColour accepted.
Rgb parse(QStringView colour)
{
    const auto channel = [&](int at) {
        return hexValue(colour[at]) * 16 + hexValue(colour[at + 1]);
    };
    return {channel(1), channel(3), channel(5)};
}

double luminance(const Rgb &rgb)
{
    return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
}

double ratio(double first, double second)
{
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QString hex(const Rgb &rgb)
{
    return QStringLiteral("#%1%2%3")
        .arg(rgb.red, 2, 16, QLatin1Char('0'))
        .arg(rgb.green, 2, 16, QLatin1Char('0'))
        .arg(rgb.blue, 2, 16, QLatin1Char('0'))
        .toUpper();
}

struct Hsl
{
    double hue = 0; // [0, 6): the sector of the colour wheel
    double saturation = 0; // [0, 1]
    double lightness = 0; // [0, 1]
};

Hsl toHsl(const Rgb &rgb)
{
    const double r = rgb.red / 255.0;
    const double g = rgb.green / 255.0;
    const double b = rgb.blue / 255.0;
    const double max = std::max({r, g, b});
    const double min = std::min({r, g, b});
    const double chroma = max - min;
    Hsl hsl;
    hsl.lightness = (max + min) / 2;
    if (chroma <= 0)
        return hsl;
    hsl.saturation = chroma / (1 - std::abs(2 * hsl.lightness - 1));
    if (max == r)
        hsl.hue = std::fmod((g - b) / chroma + 6, 6);
    else if (max == g)
        hsl.hue = (b - r) / chroma + 2;
    else
        hsl.hue = (r - g) / chroma + 4;
    return hsl;
}

Rgb toRgb(const Hsl &hsl)
{
    const double chroma = (1 - std::abs(2 * hsl.lightness - 1)) * hsl.saturation;
    const double second = chroma * (1 - std::abs(std::fmod(hsl.hue, 2) - 1));
    // Red, green and blue in each sixth of the hue circle, before the lightness offset.
    const std::array<std::array<double, 3>, 6> sectors {{{chroma, second, 0},
                                                         {second, chroma, 0},
                                                         {0, chroma, second},
                                                         {0, second, chroma},
                                                         {second, 0, chroma},
                                                         {chroma, 0, second}}};
    const auto &[r, g, b] = sectors.at(std::clamp(static_cast<int>(hsl.hue), 0, 5));
    const double offset = hsl.lightness - chroma / 2;
    const auto channel = [&](double value) {
        return std::clamp(static_cast<int>(std::lround((value + offset) * 255)), 0, 255);
    };
    return {channel(r), channel(g), channel(b)};
}

// CIE L*a*b* (D65) of an sRGB colour, to measure how far a suggestion moved (ΔE 1976).
struct Lab
{
    double l = 0;
    double a = 0;
    double b = 0;
};

Lab toLab(const Rgb &rgb)
{
    const double r = linear(rgb.red);
    const double g = linear(rgb.green);
    const double b = linear(rgb.blue);
    const auto f = [](double t) {
        constexpr double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    };
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return {116 * y - 16, 500 * (x - y), 200 * (y - z)};
}

double distance(const Rgb &first, const Rgb &second)
{
    const Lab p = toLab(first);
    const Lab q = toLab(second);
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

} // namespace

double relativeLuminance(QStringView colour)
{
    if (!Validation::isColour(colour))
        return -1.0;
    return luminance(parse(colour));
}

double contrastRatio(QStringView first, QStringView second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    if (a < 0 || b < 0)
        return 0.0;
    return ratio(a, b);
}

QString readableTextColour(QStringView background)
{
    QString black = QStringLiteral("#000000");
    QString white = QStringLiteral("#FFFFFF");
    if (!Validation::isColour(background))
        return white;
    return contrastRatio(background, black) > contrastRatio(background, white) ? black : white;
}

QString nearestPassingColour(QStringView colour, QStringView against, double minimum)
{
    if (!Validation::isColour(colour) || !Validation::isColour(against))
        return {};
    const Rgb original = parse(colour);
    const double background = luminance(parse(against));
    const auto passes = [&](const Rgb &rgb) {
        return ratio(luminance(rgb), background) >= minimum;
    };
    if (passes(original))
        return hex(original);
    // With hue and saturation fixed, every channel grows with the lightness, so the
    // luminance does too: the first passing step in each direction is the nearest one there.
    // 1/1000 steps are finer than the 1/255 an 8-bit channel can show.
    const Hsl hsl = toHsl(original);
    constexpr int kSteps = 1000;
    const auto firstPassing = [&](int direction) -> std::optional<Rgb> {
        for (int step = 1; step <= kSteps; ++step) {
            const double lightness = hsl.lightness + direction * step / double(kSteps);
            Hsl moved = hsl;
            moved.lightness = std::clamp(lightness, 0.0, 1.0);
            const Rgb candidate = toRgb(moved);
            if (passes(candidate))
                return candidate;
            if (lightness <= 0.0 || lightness >= 1.0)
                break;
        }
        return std::nullopt;
    };
    const std::optional<Rgb> darker = firstPassing(-1);
    const std::optional<Rgb> lighter = firstPassing(+1);
    if (!darker && !lighter)
        return {};
    if (darker && lighter)
        return hex(distance(*darker, original) <= distance(*lighter, original) ? *darker
                                                                               : *lighter);
    return hex(darker ? *darker : *lighter);
}

} // namespace sphair::models::ColourContrast
