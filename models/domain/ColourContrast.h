#pragma once

#include <QString>
#include <QStringView>

// WCAG 2.x colour contrast for "#RRGGBB" colours, so the white-label editor warns about
// unreadable brand colours the same way wherever it runs. No QColor: models/ stays QtCore.
namespace sphair::models::ColourContrast {

// WCAG 2.x success criterion 1.4.3 (AA): normal text needs 4.5:1, large text 3:1; 1.4.11
// (non-text contrast: icons, borders, focus rings) needs 3:1.
inline constexpr double kMinimumNormalText = 4.5;
inline constexpr double kMinimumLargeText = 3.0;
inline constexpr double kMinimumNonText = 3.0;

// Relative luminance in [0, 1] (sRGB, WCAG 2.x definition); -1 for a malformed colour.
double relativeLuminance(QStringView colour);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: from 1 (same) to 21 (black on
// white), independent of the order of the arguments. 0 when either colour is malformed, so a
// caller comparing against a minimum warns rather than passes.
double contrastRatio(QStringView first, QStringView second);
// "#000000" or "#FFFFFF", whichever reads better on `background` (white when malformed).
QString readableTextColour(QStringView background);

// The colour nearest to `colour` that has at least `minimum` contrast against `against`, as
// "#RRGGBB" (upper case): same hue and saturation (HSL), only the lightness moved, as little
// as it takes (darker or lighter, whichever is the smaller change in CIE Lab, ΔE 1976).
// `colour` itself when it already passes; an empty string when either colour is malformed or
// no lightness of that hue reaches the minimum (only possible above 4.58:1, since black or
// white always reach that much).
QString nearestPassingColour(QStringView colour, QStringView against,
                             double minimum = kMinimumNormalText);

} // namespace sphair::models::ColourContrast
