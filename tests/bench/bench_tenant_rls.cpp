// Throughput and p99 latency of a tenant route (GET /api/company/settings) on PostgreSQL with
// row-level security, against the same route with RLS switched off on every tenant table, in
// one run: the real server over TLS, loaded by wrk with 64 connections on loopback.
//
// Run inside a throwaway cluster:
//   tests/support/with-postgres.sh build/release/tests/bench/bench_tenant_rls [seconds]
// Rounds alternate RLS on and off; the medians are compared.

#include "server/store/Migrations.h"
#include "tests/support/PlatformFixture.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sphair;
using namespace sphair::tests;

namespace {

struct Load
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    long long errors = 0;
};

double toMs(const QString &value, const QString &unit)
{
    const double v = value.toDouble();
    if (unit == QLatin1String("us"))
        return v / 1000.0;
    if (unit == QLatin1String("s"))
        return v * 1000.0;
    return v;
}

std::optional<Load> runWrk(const QString &url, const QByteArray &token, int seconds)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t2"), QStringLiteral("-c64"), QStringLiteral("-d%1s").arg(seconds),
               QStringLiteral("--latency"), QStringLiteral("-H"),
               QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), url});
    if (!wrk.waitForFinished((seconds + 30) * 1000) || wrk.exitCode() != 0) {
        std::fprintf(stderr, "wrk failed: %s\n", wrk.readAllStandardError().constData());
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    Load load;
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    const auto p99 = QRegularExpression(QStringLiteral("\\s99%\\s+([0-9.]+)(us|ms|s)")).match(out);
    const auto non2xx =
        QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s+([0-9]+)")).match(out);
    if (!rps.hasMatch() || !p99.hasMatch()) {
        std::fprintf(stderr, "cannot read wrk's output:\n%s\n", qPrintable(out));
        return std::nullopt;
    }
    load.requestsPerSecond = rps.captured(1).toDouble();
    load.p99Ms = toMs(p99.captured(1), p99.captured(2));
    load.errors = non2xx.hasMatch() ? non2xx.captured(1).toLongLong() : 0;
    return load;
}

// Switches row-level security on or off for every tenant table, as the owner role.
bool setRowLevelSecurity(const QString &ownerConninfo, bool on)
{
    PGconn *conn = PQconnectdb(ownerConninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "owner connection failed: %s\n", PQerrorMessage(conn));
        PQfinish(conn);
        return false;
    }
    bool ok = true;
    for (const auto &table : server::Migrations::tenantTables()) {
        const QByteArray sql = (on ? QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; "
                                                    "ALTER TABLE %1 FORCE ROW LEVEL SECURITY")
                                   : QStringLiteral("ALTER TABLE %1 NO FORCE ROW LEVEL SECURITY; "
                                                    "ALTER TABLE %1 DISABLE ROW LEVEL SECURITY"))
                                   .arg(table.table)
                                   .toUtf8();
        PGresult *result = PQexec(conn, sql.constData());
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    PQfinish(conn);
    return ok;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, std::atoi(argv[1])) : 8;
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty()) {
        std::fprintf(stderr, "bench_tenant_rls: 'wrk' is missing (apt-get install wrk)\n");
        return 1;
    }
    PlatformFixture platform;
    // cpp-httplib keeps a worker per keep-alive connection: 64 connections need 64 workers.
    auto started = platform.start(PlatformFixture::Backend::Postgres, 72);
    if (!started) {
        std::fprintf(stderr, "bench_tenant_rls: %s\n", qPrintable(started.error().message));
        return 1;
    }
    const ApiReply company = platform.admin().post(
        QStringLiteral("/admin/companies"),
        {{QStringLiteral("code"), QStringLiteral("BENCH")},
         {QStringLiteral("name"), QStringLiteral("Bench Mining")},
         {QStringLiteral("tier"), QStringLiteral("medium")},
         {QStringLiteral("max_users"), 20},
         {QStringLiteral("contact_email"), QStringLiteral("ops@bench.example")}});
    if (company.status != 201) {
        std::fprintf(stderr, "cannot create the company: %d %s\n", company.status,
                     company.body.constData());
        return 1;
    }
    const QUuid companyId =
        QUuid::fromString(company.json().value(QStringLiteral("id")).toString());
    auto tenant = platform.tenant(companyId);
    if (!tenant) {
        std::fprintf(stderr, "cannot issue a tenant token: %s\n",
                     qPrintable(tenant.error().message));
        return 1;
    }
    const QString url = platform.baseUrl() + QStringLiteral("/api/company/settings");
    const QString owner = platform.postgresRoles()->ownerConninfo;

    // Warm up connections and prepared statements on both paths.
    runWrk(url, tenant->token(), 2);
    std::vector<double> rlsRps, plainRps, rlsP99, plainP99;
    long long errors = 0;
    for (int round = 0; round < 3; ++round) {
        for (bool rls : {true, false}) {
            if (!setRowLevelSecurity(owner, rls))
                return 1;
            const auto load = runWrk(url, tenant->token(), seconds);
            if (!load)
                return 1;
            errors += load->errors;
            (rls ? rlsRps : plainRps).push_back(load->requestsPerSecond);
            (rls ? rlsP99 : plainP99).push_back(load->p99Ms);
            std::printf("round %d, RLS %-3s: %8.0f req/s, p99 %7.2f ms\n", round + 1,
                        rls ? "on" : "off", load->requestsPerSecond, load->p99Ms);
        }
    }
    setRowLevelSecurity(owner, true);
    std::printf("\nGET /api/company/settings, PostgreSQL, TLS, 64 connections, %d s per round\n",
                seconds);
    std::printf("median throughput: RLS on %.0f req/s, RLS off %.0f req/s, ratio %.3f\n",
                median(rlsRps), median(plainRps), median(rlsRps) / median(plainRps));
    std::printf("median p99 latency: RLS on %.2f ms, RLS off %.2f ms\n", median(rlsP99),
                median(plainP99));
    std::printf("non-2xx answers: %lld\n", errors);
    return errors == 0 ? 0 : 1;
}
