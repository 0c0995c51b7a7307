#include "tests/support/PlatformFixture.h"

#include "server/services/MetricsHistory.h"
#include "server/services/MetricsRegistry.h"
#include "server/services/MetricsService.h"
#include "server/services/PrometheusFormat.h"
#include "server/store/MetricsStore.h"

#include <QTest>
#include <QUuid>

#include <atomic>
#include <cmath>
#include <optional>

using namespace sphair;
using namespace sphair::tests;
using server::MetricsHistory;
using server::MetricsRegistry;
using server::MetricsStore;
using server::PrometheusFormat;

namespace {

const QByteArray kToken = QByteArrayLiteral("metrics-test-token-0123456789abcdef");
const QString kInstanceA = QStringLiteral("instance \"a\"");
const QString kInstanceB = QStringLiteral("instance-b");
const QString kHealthz = QStringLiteral("/healthz");

// One sample of the Prometheus text format.
struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// Reads a label value after its opening quote up to the closing one, undoing the escapes of
// the text format; nullopt when it is malformed.
std::optional<QString> readLabelValue(const QString &line, qsizetype &at)
{
    QString value;
    while (at < line.size()) {
        const QChar c = line[at++];
        if (c == QLatin1Char('"'))
            return value;
        if (c != QLatin1Char('\\')) {
            value += c;
            continue;
        }
        if (at >= line.size())
            return std::nullopt;
        const QChar escaped = line[at++];
        if (escaped == QLatin1Char('n'))
            value += QLatin1Char('\n');
        else if (escaped == QLatin1Char('\\') || escaped == QLatin1Char('"'))
            value += escaped;
        else
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Sample> parseSample(const QString &line)
{
    Sample sample;
    qsizetype at = 0;
    while (at < line.size() && line[at] != QLatin1Char('{') && line[at] != QLatin1Char(' '))
        ++at;
    sample.name = line.left(at);
    if (sample.name.isEmpty() || at >= line.size())
        return std::nullopt;
    if (line[at] == QLatin1Char('{')) {
        ++at;
        while (at < line.size() && line[at] != QLatin1Char('}')) {
            const qsizetype equals = line.indexOf(QLatin1Char('='), at);
            if (equals < 0 || equals + 1 >= line.size() || line[equals + 1] != QLatin1Char('"'))
                return std::nullopt;
            const QString name = line.mid(at, equals - at);
            at = equals + 2;
            const std::optional<QString> value = readLabelValue(line, at);
            if (!value || name.isEmpty() || sample.labels.contains(name))
                return std::nullopt;
            sample.labels.insert(name, *value);
            if (at < line.size() && line[at] == QLatin1Char(','))
                ++at;
        }
        if (at >= line.size())
            return std::nullopt;
        ++at; // '}'
    }
    if (at >= line.size() || line[at] != QLatin1Char(' '))
        return std::nullopt;
    const QString value = line.mid(at + 1);
    bool ok = true;
    sample.value = value == QLatin1String("+Inf") ? INFINITY : value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return sample;
}

// The samples of a text exposition; fails on a malformed line or a sample whose family has
// no # TYPE line before it.
std::optional<QList<Sample>> parseExposition(const QByteArray &text, QString *why)
{
    QList<Sample> samples;
    QMap<QString, QString> types;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.last().isEmpty()) {
        *why = QStringLiteral("the text does not end with a line feed");
        return std::nullopt;
    }
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.startsWith(QLatin1String("# TYPE "))) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() != 4) {
                *why = QStringLiteral("malformed: ") + line;
                return std::nullopt;
            }
            types.insert(parts[2], parts[3]);
            continue;
        }
        if (line.startsWith(QLatin1String("# HELP ")))
            continue;
        std::optional<Sample> sample = parseSample(line);
        if (!sample) {
            *why = QStringLiteral("malformed: ") + line;
            return std::nullopt;
        }
        QString family = sample->name;
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            const QString base = family.chopped(qsizetype(qstrlen(suffix)));
            if (family.endsWith(QLatin1String(suffix))
                && types.value(base) == QLatin1String("histogram"))
                family = base;
        }
        if (!types.contains(family)) {
            *why = QStringLiteral("no # TYPE before ") + line;
            return std::nullopt;
        }
        samples.append(*sample);
    }
    return samples;
}

// The value of the one sample with this name and these labels (others may be present).
std::optional<double> valueOf(const QList<Sample> &samples, const QString &name,
                              const QMap<QString, QString> &labels)
{
    std::optional<double> found;
    for (const Sample &sample : samples) {
        if (sample.name != name)
            continue;
        bool matches = true;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            matches = matches && sample.labels.value(it.key()) == it.value();
        if (!matches)
            continue;
        if (found)
            return std::nullopt; // ambiguous
        found = sample.value;
    }
    return found;
}

qint64 requestCount(const MetricsRegistry::Snapshot &snapshot, const QString &method,
                    const QString &route, const QString &statusClass)
{
    const auto found = snapshot.requests.find({method, route, statusClass});
    return found == snapshot.requests.end() ? 0 : found->second.count();
}

qint64 errorCount(const MetricsRegistry::Snapshot &snapshot, const QString &code)
{
    const auto found = snapshot.errors.find(code);
    return found == snapshot.errors.end() ? 0 : found->second;
}

} // namespace

// The server measuring itself, on SQLite and PostgreSQL: what the registry counts after real
// requests, GET /metrics (404 without a token, 401 with a wrong one, the Prometheus text with
// the right one), and the per-minute history in the database, driven by an injected clock,
// from one and from two servers on one database.
class TestMetricsApi : public QObject
{
    Q_OBJECT

    // The servers' clock: real time when the test starts, then moved on by the test only.
    std::atomic<qint64> m_nowMs {0};

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }
    void advanceMinutes(int minutes) { m_nowMs += qint64(minutes) * 60 * 1000; }

    models::Result<QList<MetricsStore::Row>> rowsSince(const QDateTime &since)
    {
        return m_platform.server().database().fetch<QList<MetricsStore::Row>>(
            server::TxScope::forOperator(),
            [&](server::SqlSession &session) { return MetricsStore::since(session, since); });
    }

    static QList<MetricsStore::Row> rowsOf(const QList<MetricsStore::Row> &rows,
                                           const QString &instance, const QDateTime &minute,
                                           const QString &kind)
    {
        QList<MetricsStore::Row> found;
        for (const MetricsStore::Row &row : rows) {
            if (row.instanceId == instance && row.minute == minute && row.kind == kind)
                found.append(row);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        // Ten seconds into a minute, so a request never crosses a minute by accident.
        const QDateTime start = MetricsHistory::minuteOf(QDateTime::currentDateTimeUtc());
        m_nowMs = start.addSecs(10).toMSecsSinceEpoch();
        const auto started = m_platform.start(PlatformFixture::backendFromEnvironment(), 8,
                                              [](server::PlatformOptions &options) {
                                                  options.metrics.instanceId = kInstanceA;
                                                  options.metrics.token = kToken;
                                              });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        // Set once, before the test sends its requests.
        m_platform.server().context().clock = [this] {
            return now();
        };
    }

    void cleanupTestCase() { m_platform.stop(); }

    void statusClassesAndBucketEdges()
    {
        QCOMPARE(MetricsRegistry::statusClass(99), QStringLiteral("other"));
        QCOMPARE(MetricsRegistry::statusClass(100), QStringLiteral("1xx"));
        QCOMPARE(MetricsRegistry::statusClass(200), QStringLiteral("2xx"));
        QCOMPARE(MetricsRegistry::statusClass(304), QStringLiteral("3xx"));
        QCOMPARE(MetricsRegistry::statusClass(499), QStringLiteral("4xx"));
        QCOMPARE(MetricsRegistry::statusClass(500), QStringLiteral("5xx"));
        QCOMPARE(MetricsRegistry::statusClass(599), QStringLiteral("5xx"));
        QCOMPARE(MetricsRegistry::statusClass(600), QStringLiteral("other"));

        using std::chrono::milliseconds;
        using std::chrono::nanoseconds;
        MetricsRegistry registry;
        // Each bound is inclusive (le); a nanosecond more is the next bucket.
        for (std::size_t i = 0; i < MetricsStore::kBucketBoundsMs.size(); ++i) {
            const milliseconds bound(MetricsStore::kBucketBoundsMs[i]);
            QCOMPARE(MetricsRegistry::bucketOf(bound), i);
            QCOMPARE(MetricsRegistry::bucketOf(bound + nanoseconds(1)), i + 1);
            registry.recordRequest(QStringLiteral("GET"), QStringLiteral("/edges"), 200, bound);
        }
        QCOMPARE(MetricsRegistry::bucketOf(nanoseconds(0)), std::size_t(0));
        registry.recordRequest(QStringLiteral("GET"), QStringLiteral("/edges"), 200,
                               milliseconds(5000) + nanoseconds(1));
        registry.recordError(QStringLiteral("not_found"));
        registry.recordError(QStringLiteral("not_found"));
        const MetricsRegistry::Snapshot snapshot = registry.snapshot();
        const MetricsRegistry::Histogram &edges = snapshot.requests.at(
            {QStringLiteral("GET"), QStringLiteral("/edges"), QStringLiteral("2xx")});
        for (const qint64 bucket : edges.buckets)
            QCOMPARE(bucket, qint64(1));
        QCOMPARE(edges.count(), qint64(MetricsStore::kBucketCount));
        QCOMPARE(edges.sumMicros, qint64(9390 + 5000) * 1000);
        QCOMPARE(errorCount(snapshot, QStringLiteral("not_found")), qint64(2));
    }

    void countsRealRequests()
    {
        const MetricsRegistry::Snapshot before =
            m_platform.server().metrics().registry().snapshot();
        const ApiClient anonymous = m_platform.client();
        QCOMPARE(anonymous.get(kHealthz).status, 200);
        QCOMPARE(anonymous.get(kHealthz).status, 200);
        const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ApiReply missing =
            m_platform.admin().get(QStringLiteral("/admin/companies/") + unknownId);
        QCOMPARE(missing.status, 404);
        const ApiReply unauthenticated =
            anonymous.get(QStringLiteral("/admin/companies/") + unknownId);
        QCOMPARE(unauthenticated.status, 401);
        const ApiReply nowhere = anonymous.get(QStringLiteral("/no/such/") + unknownId);
        QCOMPARE(nowhere.status, 404);
        const ApiReply wrongMethod = anonymous.del(kHealthz);
        QCOMPARE(wrongMethod.status, 405);

        // Refused before routing: form data.
        const ApiReply form = anonymous.raw("POST", QStringLiteral("/admin/companies"), "a=b",
                                            "application/x-www-form-urlencoded");
        QCOMPARE(form.status, 415);

        // Each answer is counted before it is sent, so the counts are complete now.
        const MetricsRegistry &registry = m_platform.server().metrics().registry();
        const auto requests = [&](const char *method, const QString &route,
                                  const char *statusClass) {
            return requestCount(registry.snapshot(), QLatin1String(method), route,
                                QLatin1String(statusClass))
                - requestCount(before, QLatin1String(method), route, QLatin1String(statusClass));
        };
        const QString companyRoute = QStringLiteral("/admin/companies/{id}");
        const QString unmatched = MetricsRegistry::kUnmatchedRoute;
        QCOMPARE(requests("GET", kHealthz, "2xx"), qint64(2));
        QCOMPARE(requests("GET", companyRoute, "4xx"), qint64(2));
        QCOMPARE(requests("GET", unmatched, "4xx"), qint64(1));
        QCOMPARE(requests("DELETE", kHealthz, "4xx"), qint64(1));
        QCOMPARE(requests("POST", unmatched, "4xx"), qint64(1));
        // Error codes as the clients saw them.
        QMap<QString, qint64> codes;
        for (const ApiReply *reply : {&missing, &unauthenticated, &nowhere, &wrongMethod, &form})
            ++codes[reply->error()];
        QCOMPARE(codes.value(QStringLiteral("not_found")), qint64(2));
        QCOMPARE(codes.value(QStringLiteral("unsupported_media_type")), qint64(1));
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            QCOMPARE(errorCount(registry.snapshot(), it.key()) - errorCount(before, it.key()),
                     it.value());
        }
        const MetricsRegistry::Snapshot after = registry.snapshot();
        // Nothing else was counted.
        QCOMPARE(requests("GET", kHealthz, "4xx") + requests("GET", companyRoute, "2xx"),
                 qint64(0));
        // No raw path or id among the labels.
        for (const auto &[key, counted] : after.requests) {
            QVERIFY2(!key.route.contains(unknownId), qPrintable(key.route));
            QVERIFY(counted.sumMicros >= 0);
        }
        QVERIFY(after.database.count() > before.database.count());
    }

    void metricsRouteNeedsTheToken()
    {
        const ApiReply none = m_platform.client().get(QStringLiteral("/metrics"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.error(), QStringLiteral("unauthorized"));
        const ApiReply wrong =
            m_platform.client(kToken.chopped(1) + "X").get(QStringLiteral("/metrics"));
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.contains(kToken));
        const ApiReply longer = m_platform.client(kToken + "0").get(QStringLiteral("/metrics"));
        QCOMPARE(longer.status, 401);
        const ApiReply right = m_platform.client(kToken).get(QStringLiteral("/metrics"));
        QCOMPARE(right.status, 200);
        QCOMPARE(right.header("Content-Type"), QByteArray(PrometheusFormat::kContentType));
    }

    void exposition()
    {
        const ApiClient anonymous = m_platform.client();
        QCOMPARE(anonymous.get(kHealthz).status, 200);
        const MetricsRegistry::Snapshot counted =
            m_platform.server().metrics().registry().snapshot();
        const ApiReply reply = m_platform.client(kToken).get(QStringLiteral("/metrics"));
        QCOMPARE(reply.status, 200);
        QString why;
        const std::optional<QList<Sample>> samples = parseExposition(reply.body, &why);
        QVERIFY2(samples, qPrintable(why));

        const QMap<QString, QString> healthz {
            {QStringLiteral("instance_id"), kInstanceA},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("route"), kHealthz},
            {QStringLiteral("status_class"), QStringLiteral("2xx")}};
        // Nothing but the scrape itself ran between the snapshot and the scrape.
        const qint64 expected =
            requestCount(counted, QStringLiteral("GET"), kHealthz, QStringLiteral("2xx"));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_http_requests_total"), healthz),
                 std::optional<double>(double(expected)));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_http_request_duration_seconds_count"),
                         healthz),
                 std::optional<double>(double(expected)));
        // Buckets are cumulative and end with +Inf, equal to the count.
        double previous = 0;
        for (int bound : MetricsStore::kBucketBoundsMs) {
            QMap<QString, QString> labels = healthz;
            labels.insert(QStringLiteral("le"), QString::number(bound / 1000.0, 'g', 15));
            const auto bucket = valueOf(
                *samples, QStringLiteral("sphair_http_request_duration_seconds_bucket"), labels);
            QVERIFY2(bucket, qPrintable(QString::number(bound)));
            QVERIFY(*bucket >= previous);
            previous = *bucket;
        }
        QMap<QString, QString> infinite = healthz;
        infinite.insert(QStringLiteral("le"), QStringLiteral("+Inf"));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_http_request_duration_seconds_bucket"),
                         infinite),
                 std::optional<double>(double(expected)));

        const QMap<QString, QString> instance {{QStringLiteral("instance_id"), kInstanceA}};
        // The fixture's signed-in root at least, and no tenant token yet.
        const auto sessions =
            valueOf(*samples, QStringLiteral("sphair_admin_sessions_active"), instance);
        QVERIFY(sessions && *sessions >= 1);
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_maintenance_enabled"), instance),
                 std::optional<double>(0));
        const auto poolSize =
            valueOf(*samples, QStringLiteral("sphair_db_pool_connections_max"), instance);
        QVERIFY(poolSize && *poolSize >= 1);
        const auto statements = valueOf(
            *samples, QStringLiteral("sphair_db_statement_duration_seconds_count"), instance);
        QVERIFY(statements && *statements >= 1);
    }

    void labelValuesAreEscaped()
    {
        QCOMPARE(PrometheusFormat::escapeLabelValue(QStringLiteral("a\"b\\c\nd")),
                 QStringLiteral("a\\\"b\\\\c\\nd"));
        MetricsRegistry registry;
        const QString route = QStringLiteral("/odd/\"quoted\"\\back\nline,{x}=y");
        registry.recordRequest(QStringLiteral("GET"), route, 200, std::chrono::milliseconds(7));
        registry.recordError(QStringLiteral("co\"de"));
        PrometheusFormat::Input input;
        input.instanceId = kInstanceA; // has quotes too
        input.counted = registry.snapshot();
        QString why;
        const auto samples = parseExposition(PrometheusFormat::render(input), &why);
        QVERIFY2(samples, qPrintable(why));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_http_requests_total"),
                         {{QStringLiteral("instance_id"), kInstanceA},
                          {QStringLiteral("route"), route}}),
                 std::optional<double>(1));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_http_request_duration_seconds_sum"),
                         {{QStringLiteral("route"), route}}),
                 std::optional<double>(0.007));
        QCOMPARE(valueOf(*samples, QStringLiteral("sphair_api_errors_total"),
                         {{QStringLiteral("code"), QStringLiteral("co\"de")}}),
                 std::optional<double>(1));
    }

    void historyByMinute()
    {
        MetricsHistory &history = m_platform.server().metricsHistory();
        QVERIFY(history.tick().ok()); // the first notes the minute
        advanceMinutes(1);
        auto flushed = history.tick();
        QVERIFY2(flushed.ok(), qPrintable(flushed.error().message));
        QVERIFY(flushed.value()); // everything until now

        const ApiClient anonymous = m_platform.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(anonymous.get(kHealthz).status, 200);
        QCOMPARE(anonymous.get(QStringLiteral("/no/such/path")).status, 404);
        // Still the same minute: nothing written.
        auto same = history.tick();
        QVERIFY(same.ok());
        QVERIFY(!same.value());

        // Rows of another instance, one just older than 7 days and one just younger.
        const QDateTime minute = MetricsHistory::minuteOf(now());
        MetricsStore::Row old;
        old.instanceId = QStringLiteral("long-gone");
        old.minute = minute.addDays(-MetricsHistory::kKeepDays).addSecs(-60);
        old.kind = QStringLiteral("error");
        old.errorCode = QStringLiteral("not_found");
        old.count = 4;
        MetricsStore::Row kept = old;
        kept.minute = minute.addDays(-MetricsHistory::kKeepDays).addSecs(120);
        const auto added = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](server::SqlSession &session) {
                return MetricsStore::add(session, {old, kept});
            });
        QVERIFY2(added.ok(), qPrintable(added.error().message));

        advanceMinutes(1);
        flushed = history.tick();
        QVERIFY2(flushed.ok(), qPrintable(flushed.error().message));
        QVERIFY(flushed.value());

        const auto rows = rowsSince(minute.addDays(-30));
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        // The minute that ended holds exactly the requests made in it.
        const QList<MetricsStore::Row> requests =
            rowsOf(rows.value(), kInstanceA, minute, QStringLiteral("request"));
        QCOMPARE(requests.size(), 2);
        for (const MetricsStore::Row &row : requests) {
            qint64 inBuckets = 0;
            for (const qint64 bucket : row.buckets)
                inBuckets += bucket;
            QCOMPARE(inBuckets, row.count);
            QCOMPARE(row.method, QStringLiteral("GET"));
            if (row.route == kHealthz) {
                QCOMPARE(row.statusClass, QStringLiteral("2xx"));
                QCOMPARE(row.count, qint64(3));
            } else {
                QCOMPARE(row.route, MetricsRegistry::kUnmatchedRoute);
                QCOMPARE(row.statusClass, QStringLiteral("4xx"));
                QCOMPARE(row.count, qint64(1));
            }
        }
        const QList<MetricsStore::Row> errors =
            rowsOf(rows.value(), kInstanceA, minute, QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().errorCode, QStringLiteral("not_found"));
        QCOMPARE(errors.first().count, qint64(1));
        // The statements of /healthz and of the previous write.
        const QList<MetricsStore::Row> database =
            rowsOf(rows.value(), kInstanceA, minute, QStringLiteral("database"));
        QCOMPARE(database.size(), 1);
        QVERIFY(database.first().count >= 3);

        // Pruned: the row older than 7 days, not the younger one.
        QVERIFY(rowsOf(rows.value(), old.instanceId, old.minute, old.kind).isEmpty());
        QCOMPARE(rowsOf(rows.value(), kept.instanceId, kept.minute, kept.kind).size(), 1);
    }

    void twoInstancesOnOneDatabase()
    {
        server::PlatformOptions options = m_platform.options();
        options.metrics.instanceId = kInstanceB;
        options.metrics.token.clear();
        auto created = server::PlatformServer::create(options);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        std::unique_ptr<server::PlatformServer> second = std::move(created).value();
        second->context().clock = [this] {
            return now();
        };
        QVERIFY(second->start().ok());
        const ApiClient toSecond(second->baseUrl(), m_platform.certificateFile(), kToken);

        // Without a token configured there is no /metrics, whatever the client presents.
        const ApiReply unconfigured = toSecond.get(QStringLiteral("/metrics"));
        QCOMPARE(unconfigured.status, 404);
        QCOMPARE(unconfigured.error(), QStringLiteral("not_found"));

        MetricsHistory &first = m_platform.server().metricsHistory();
        QVERIFY(second->metricsHistory().tick().ok()); // notes the minute
        advanceMinutes(1);
        QVERIFY(first.tick().ok());
        QVERIFY(second->metricsHistory().tick().ok());

        QCOMPARE(m_platform.client().get(kHealthz).status, 200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(toSecond.get(kHealthz).status, 200);
        const QDateTime minute = MetricsHistory::minuteOf(now());
        advanceMinutes(1);
        QVERIFY(first.tick().value());
        QVERIFY(second->metricsHistory().tick().value());
        second->stop();

        const auto rows = rowsSince(minute);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        qint64 total = 0;
        for (const auto &[instance, expected] :
             {std::pair {kInstanceA, qint64(1)}, std::pair {kInstanceB, qint64(2)}}) {
            qint64 healthz = 0;
            for (const MetricsStore::Row &row :
                 rowsOf(rows.value(), instance, minute, QStringLiteral("request"))) {
                if (row.route == kHealthz)
                    healthz += row.count;
            }
            QCOMPARE(healthz, expected);
            total += healthz;
        }
        QCOMPARE(total, qint64(3));
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestMetricsApi)
#include "tst_metricsapi.moc"
