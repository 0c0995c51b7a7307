#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sphair::models {

// How one figure of the platform's health stands against its lines.
enum class HealthLevel {
    NoData, // no requests in the range: nothing to judge
    Green,
    Amber,
    Red,
};

// The amber and red lines of the system-health summary. A figure above a line (strictly)
// crosses it; one exactly at the line does not. The defaults: the seed's target of API answers
// under 200 ms as the amber line of the p95 latency, 1 s as its red line, and 1 % / 5 % of
// answers failing with 5xx for the error rate.
struct HealthThresholds
{
    static constexpr double kDefaultLatencyAmberMs = 200;
    static constexpr double kDefaultLatencyRedMs = 1000;
    static constexpr double kDefaultErrorRateAmber = 0.01; // a fraction: 0.01 is 1 %
    static constexpr double kDefaultErrorRateRed = 0.05;

    double latencyAmberMs = kDefaultLatencyAmberMs;
    double latencyRedMs = kDefaultLatencyRedMs;
    double errorRateAmber = kDefaultErrorRateAmber;
    double errorRateRed = kDefaultErrorRateRed;

    // Lines above zero, amber not above red, error rates at most 1.
    bool isValid() const;
    bool operator==(const HealthThresholds &other) const;
    bool operator!=(const HealthThresholds &other) const { return !(*this == other); }
};

// The summary of one range: the level of the p95 latency and of the error rate, the worse
// of the two as the overall level, and a sentence for each that says in words what the
// colour says ("Amber: p95 latency 240 ms is above 200 ms").
struct HealthAssessment
{
    HealthLevel level = HealthLevel::NoData;
    HealthLevel latency = HealthLevel::NoData;
    HealthLevel errors = HealthLevel::NoData;
    QString latencyText;
    QString errorText;

    // Both sentences, or the one that says there was nothing to judge.
    QString summary() const;
};

// The red/amber/green logic of the system-health view, without widgets, so it can be tested
// on its own.
class HealthStatus
{
    Q_DECLARE_TR_FUNCTIONS(sphair::models::HealthStatus)
public:
    // Red above `red`, else amber above `amber`, else green (the levels are ordered, so the
    // worse of two is the larger).
    static HealthLevel levelOf(double value, double amber, double red);
    // The range's p95 latency (ms) and error rate (5xx answers / requests) against the lines;
    // NoData for both when `requests` is 0.
    static HealthAssessment assess(double p95Ms, double errorRate, qint64 requests,
                                   const HealthThresholds &thresholds);

    // "Green", "Amber", "Red", "No data".
    static QString levelName(HealthLevel level);
    // Readable as text and as a background behind dark or light text in either palette.
    static QColor levelColour(HealthLevel level);
    // "240 ms", "0.8 ms": whole milliseconds from 10 ms on, one decimal below.
    static QString formatMs(double ms);
    // 0.0123 → "1.2 %", 0.004 → "0.40 %", 0.25 → "25 %".
    static QString formatPercent(double fraction);
    // The health view shows every time in the viewer's local time, as its chart axes do (Qt
    // 6.4's QDateTimeAxis draws local time only), and names the offset once:
    // "2026-12-03 17:15" and "UTC+02:00" (or "UTC" when there is none).
    static QString localMinute(const QDateTime &at);
    static QString utcOffsetName(const QDateTime &at);
};

} // namespace sphair::models
