#include "server/services/MetricsService.h"

#include "models/domain/Validation.h"
#include "server/services/LatencyPercentile.h"
#include "server/services/MetricsHistory.h"
#include "server/services/PrometheusFormat.h"
#include "server/services/ServerText.h"
#include "server/store/MetricsStore.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>

#include <algorithm>
#include <array>

namespace sphair::server {

namespace {

QByteArray tokenHash(const QByteArray &token)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char *>(token.constData()),
                       static_cast<unsigned long long>(token.size()), nullptr, 0);
    return hash;
}

// The ranges of the health route: how far back from the minute now running, in steps of how
// many seconds.
struct HealthRange
{
    QLatin1String code;
    qint64 minutes;
    qint64 stepSeconds;
};

constexpr std::array<HealthRange, 3> kHealthRanges {{{QLatin1String("hour"), 60, 60},
                                                     {QLatin1String("day"), 24 * 60, 5 * 60},
                                                     {QLatin1String("week"), 7 * 24 * 60, 3600}}};

// What the health answer is made of, read in one transaction.
struct HealthRows
{
    bool knownInstance = true;
    QStringList instances;
    QList<MetricsStore::StepSum> steps;
    QList<MetricsStore::RouteSum> routes;
    QList<MetricsStore::CodeCount> errors;
};

double meanMs(qint64 sumMicros, qint64 count)
{
    return count > 0 ? static_cast<double>(sumMicros) / static_cast<double>(count) / 1000.0 : 0.0;
}

void addTo(MetricsStore::Sum &total, const MetricsStore::Sum &part)
{
    total.count += part.count;
    total.sumMicros += part.sumMicros;
    total.clientErrors += part.clientErrors;
    total.serverErrors += part.serverErrors;
    for (std::size_t i = 0; i < MetricsStore::kBucketCount; ++i)
        total.buckets[i] += part.buckets[i];
}

// Sets p50, p95 and p99 of `target` from the buckets of `sum`.
template<typename T>
void setPercentiles(T &target, const MetricsStore::Sum &sum)
{
    target.p50Ms = estimateLatencyMs(sum.buckets, 0.50);
    target.p95Ms = estimateLatencyMs(sum.buckets, 0.95);
    target.p99Ms = estimateLatencyMs(sum.buckets, 0.99);
}

} // namespace

MetricsService::MetricsService(const ServiceContext &context, QString instanceId,
                               const QByteArray &token)
    : m_context(context)
    , m_instanceId(instanceId.isEmpty() ? defaultInstanceId() : std::move(instanceId))
    , m_tokenHash(token.isEmpty() ? QByteArray() : tokenHash(token))
{ }

bool MetricsService::acceptsToken(const QByteArray &presented) const
{
    if (m_tokenHash.isEmpty())
        return false;
    const QByteArray hash = tokenHash(presented);
    return sodium_memcmp(hash.constData(), m_tokenHash.constData(),
                         static_cast<std::size_t>(hash.size()))
        == 0;
}

models::Result<QByteArray> MetricsService::exposition() const
{
    PrometheusFormat::Input input;
    input.instanceId = m_instanceId;
    input.counted = m_registry.snapshot();
    input.pool = m_context.db->poolUse();
    auto gauges = m_context.db->fetch<MetricsStore::Gauges>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) { return MetricsStore::gauges(session, m_context.now()); });
    if (!gauges)
        return gauges.error();
    input.gauges = gauges.value();
    return PrometheusFormat::render(input);
}

models::Result<models::SystemHealth> MetricsService::health(const QString &range,
                                                            const QString &instanceId) const
{
    const auto found = std::find_if(kHealthRanges.begin(), kHealthRanges.end(),
                                    [&](const HealthRange &known) { return known.code == range; });
    if (found == kHealthRanges.end()) {
        return models::Validation::invalidField(
            QStringLiteral("range"), QStringLiteral("unknown_value"),
            tr("The range must be hour, day or week."),
            {{QStringLiteral("allowed"),
              QJsonArray::fromStringList(models::SystemHealth::rangeCodes())}});
    }
    models::SystemHealth health;
    health.range = range;
    health.stepSeconds = static_cast<int>(found->stepSeconds);
    health.to = MetricsHistory::minuteOf(m_context.now());
    health.from = health.to.addSecs(-found->minutes * 60);
    health.instanceId = instanceId;
    const MetricsStore::Window window {health.from, health.to, instanceId};

    auto read = m_context.db->fetch<HealthRows>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<HealthRows> {
            HealthRows rows;
            if (!instanceId.isEmpty() && instanceId != m_instanceId) {
                auto known = MetricsStore::hasInstance(session, instanceId);
                if (!known)
                    return known.error();
                rows.knownInstance = known.value();
                if (!rows.knownInstance)
                    return rows;
            }
            auto instances = MetricsStore::instances(session, health.from, health.to);
            if (!instances)
                return instances.error();
            rows.instances = std::move(instances).value();
            auto steps = MetricsStore::sumsBySteps(session, window, found->stepSeconds);
            if (!steps)
                return steps.error();
            rows.steps = std::move(steps).value();
            auto routes = MetricsStore::sumsByRoute(session, window);
            if (!routes)
                return routes.error();
            rows.routes = std::move(routes).value();
            auto errors = MetricsStore::errorCounts(session, window);
            if (!errors)
                return errors.error();
            rows.errors = std::move(errors).value();
            return rows;
        });
    if (!read)
        return read.error();
    if (!read->knownInstance) {
        return models::Validation::invalidField(
            QStringLiteral("instance_id"), QStringLiteral("unknown_value"),
            tr("No server instance “%1” has reported in the last %2 days.")
                .arg(instanceId)
                .arg(MetricsHistory::kKeepDays));
    }
    health.instances = read->instances;

    // The series: every step, zeros where nothing was recorded.
    const qint64 stepCount = found->minutes * 60 / found->stepSeconds;
    MetricsStore::Sum requests;
    MetricsStore::Sum database;
    qsizetype next = 0;
    for (qint64 step = 0; step < stepCount; ++step) {
        models::HealthBucket bucket;
        bucket.start = health.from.addSecs(step * found->stepSeconds);
        while (next < read->steps.size() && read->steps.at(next).step < step)
            ++next;
        if (next < read->steps.size() && read->steps.at(next).step == step) {
            const MetricsStore::StepSum &sum = read->steps.at(next);
            bucket.requests = sum.requests.count;
            bucket.errors = sum.requests.serverErrors;
            bucket.clientErrors = sum.requests.clientErrors;
            setPercentiles(bucket, sum.requests);
            bucket.dbStatements = sum.database.count;
            bucket.dbMeanMs = meanMs(sum.database.sumMicros, sum.database.count);
            addTo(requests, sum.requests);
            addTo(database, sum.database);
        }
        health.series.append(bucket);
    }

    for (const MetricsStore::RouteSum &sum : read->routes) {
        models::RouteHealth route;
        route.method = sum.method;
        route.route = sum.route;
        route.requests = sum.requests.count;
        route.errors = sum.requests.serverErrors;
        route.clientErrors = sum.requests.clientErrors;
        route.meanMs = meanMs(sum.requests.sumMicros, sum.requests.count);
        setPercentiles(route, sum.requests);
        health.routes.append(route);
    }
    // Slowest first; the busier one of two equally slow routes first.
    std::stable_sort(health.routes.begin(), health.routes.end(),
                     [](const models::RouteHealth &a, const models::RouteHealth &b) {
                         if (a.p95Ms != b.p95Ms)
                             return a.p95Ms > b.p95Ms;
                         return a.requests > b.requests;
                     });
    for (const MetricsStore::CodeCount &count : read->errors)
        health.errors.append(models::ErrorCount {count.code, count.count});

    models::HealthTotals &totals = health.totals;
    totals.requests = requests.count;
    totals.errors = requests.serverErrors;
    totals.clientErrors = requests.clientErrors;
    totals.requestsPerMinute =
        static_cast<double>(requests.count) / static_cast<double>(found->minutes);
    totals.errorRate = requests.count > 0
        ? static_cast<double>(requests.serverErrors) / static_cast<double>(requests.count)
        : 0.0;
    setPercentiles(totals, requests);
    totals.dbMeanMs = meanMs(database.sumMicros, database.count);
    return health;
}

QString MetricsService::defaultInstanceId()
{
    return QSysInfo::machineHostName() + QLatin1Char('-')
        + QString::number(QCoreApplication::applicationPid());
}

} // namespace sphair::server
