#include "models/item/HealthStatus.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace sphair::models {

bool HealthThresholds::isValid() const
{
    return latencyAmberMs > 0 && latencyAmberMs <= latencyRedMs && errorRateAmber > 0
        && errorRateAmber <= errorRateRed && errorRateRed <= 1;
}

bool HealthThresholds::operator==(const HealthThresholds &other) const
{
    return qFuzzyCompare(latencyAmberMs, other.latencyAmberMs)
        && qFuzzyCompare(latencyRedMs, other.latencyRedMs)
        && qFuzzyCompare(errorRateAmber, other.errorRateAmber)
        && qFuzzyCompare(errorRateRed, other.errorRateRed);
}

QString HealthAssessment::summary() const
{
    if (level == HealthLevel::NoData)
        return latencyText;
    return HealthStatus::tr("%1. %2.").arg(latencyText, errorText);
}

HealthLevel HealthStatus::levelOf(double value, double amber, double red)
{
    if (value > red)
        return HealthLevel::Red;
    if (value > amber)
        return HealthLevel::Amber;
    return HealthLevel::Green;
}

HealthAssessment HealthStatus::assess(double p95Ms, double errorRate, qint64 requests,
                                      const HealthThresholds &thresholds)
{
    HealthAssessment assessment;
    if (requests <= 0) {
        assessment.latencyText = tr("No data: no requests in this range");
        assessment.errorText = assessment.latencyText;
        return assessment;
    }
    assessment.latency = levelOf(p95Ms, thresholds.latencyAmberMs, thresholds.latencyRedMs);
    assessment.errors = levelOf(errorRate, thresholds.errorRateAmber, thresholds.errorRateRed);
    assessment.level = std::max(assessment.latency, assessment.errors);

    const QString latency = formatMs(p95Ms);
    switch (assessment.latency) {
    case HealthLevel::Red:
        assessment.latencyText =
            tr("Red: p95 latency %1 is above %2").arg(latency, formatMs(thresholds.latencyRedMs));
        break;
    case HealthLevel::Amber:
        assessment.latencyText = tr("Amber: p95 latency %1 is above %2")
                                     .arg(latency, formatMs(thresholds.latencyAmberMs));
        break;
    default:
        assessment.latencyText = tr("Green: p95 latency %1 is within %2")
                                     .arg(latency, formatMs(thresholds.latencyAmberMs));
        break;
    }
    const QString rate = formatPercent(errorRate);
    switch (assessment.errors) {
    case HealthLevel::Red:
        assessment.errorText =
            tr("Red: error rate %1 is above %2").arg(rate, formatPercent(thresholds.errorRateRed));
        break;
    case HealthLevel::Amber:
        assessment.errorText = tr("Amber: error rate %1 is above %2")
                                   .arg(rate, formatPercent(thresholds.errorRateAmber));
        break;
    default:
        assessment.errorText = tr("Green: error rate %1 is within %2")
                                   .arg(rate, formatPercent(thresholds.errorRateAmber));
        break;
    }
    return assessment;
}

QString HealthStatus::levelName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Green:
        return tr("Green");
    case HealthLevel::Amber:
        return tr("Amber");
    case HealthLevel::Red:
        return tr("Red");
    case HealthLevel::NoData:
        break;
    }
    return tr("No data");
}

QColor HealthStatus::levelColour(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Green:
        return {0x2e, 0x7d, 0x32};
    case HealthLevel::Amber:
        return {0xf9, 0xa8, 0x25};
    case HealthLevel::Red:
        return {0xc6, 0x28, 0x28};
    case HealthLevel::NoData:
        break;
    }
    return {0x9e, 0x9e, 0x9e};
}

QString HealthStatus::formatMs(double ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString HealthStatus::formatPercent(double fraction)
{
    const double percent = fraction * 100;
    const int decimals = percent >= 10 ? 0 : percent >= 1 || percent == 0 ? 1 : 2;
    return tr("%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

QString HealthStatus::localMinute(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString HealthStatus::utcOffsetName(const QDateTime &at)
{
    const int offset = at.toLocalTime().offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace sphair::models
