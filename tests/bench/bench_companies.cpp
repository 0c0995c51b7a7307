// The companies tab with 100,000 companies: time to load a wire page into CompanyTableModel,
// time per filter keystroke through CompanyFilterProxy (sorted by name, as the tab shows it)
// while typing a 6-character query, and resident memory. The baseline is the same filter as
// a plain loop over a std::vector of the same lower-cased keys, measured in the same run;
// rounds alternate between the two so a noisy neighbour hits both alike.

#include "models/domain/Page.h"
#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"

#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace sphair::models;
using sphair::bench::Clock;
using sphair::bench::Keystrokes;
using sphair::bench::millisecondsSince;
using sphair::bench::percentile;
using sphair::bench::typeIntoSearch;

namespace {

constexpr int kCompanies = 100000;
constexpr int kLoadRounds = 5;
constexpr int kTypingRounds = 7;

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QByteArray generateWirePage()
{
    const QStringList words =
        QStringLiteral("Acme Nordic Field Services Logistics Gamma Delta Systems Holdings "
                       "Consulting Bakery Transport Northwind Fabrikam Contoso Alpine Harbour "
                       "Digital Medical Energy Retail Studio Partners Group Labs Works")
            .split(QLatin1Char(' '));
    const QList<Tier> tiers = allTiers();
    QRandomGenerator random(7);
    Page<Company> page;
    page.items.reserve(kCompanies);
    for (int number = 0; number < kCompanies; ++number) {
        Company company;
        company.id = QUuid::createUuidV5(QUuid(), QString::number(number));
        company.code = QStringLiteral("%1-%2")
                           .arg(words.at(random.bounded(words.size())).left(4).toUpper())
                           .arg(number, 6, 10, QLatin1Char('0'));
        company.name =
            QStringLiteral("%1 %2 %3")
                .arg(words.at(random.bounded(words.size())), words.at(random.bounded(words.size())),
                     words.at(random.bounded(words.size())));
        company.tier = tiers.at(random.bounded(tiers.size()));
        company.maxUsers = 10 + random.bounded(90);
        company.userCount = random.bounded(company.maxUsers + 1);
        company.status = random.bounded(10) == 0 ? CompanyStatus::Suspended : CompanyStatus::Active;
        company.contactEmail = QStringLiteral("it@c%1.example.com").arg(number);
        company.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(number);
        company.updatedAt = company.createdAt;
        company.version = 1;
        company.licenseStatus =
            random.bounded(2) ? LicenseDisplayStatus::Active : LicenseDisplayStatus::Expiring;
        company.licenseExpiresAt = company.createdAt.addDays(365);
        page.items.append(company);
    }
    page.nextCursor = QStringLiteral("next");
    page.total = kCompanies * 2;
    return QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const QByteArray wire = generateWirePage();
    std::printf("%d companies, wire page %.1f MiB\n", kCompanies,
                static_cast<double>(wire.size()) / (1024.0 * 1024.0));

    // Loading: a fresh model each round; the last one stays for the filter rounds.
    const long rssBefore = residentKiB();
    std::vector<double> parseTimes;
    std::vector<double> loadTimes;
    auto model = std::make_unique<CompanyTableModel>();
    long rssAfter = 0;
    for (int round = 0; round < kLoadRounds; ++round) {
        auto start = Clock::now();
        {
            const QJsonDocument parsed = QJsonDocument::fromJson(wire);
            parseTimes.push_back(millisecondsSince(start));
        }
        model = std::make_unique<CompanyTableModel>();
        start = Clock::now();
        const Status status = model->loadFromJson(wire);
        loadTimes.push_back(millisecondsSince(start));
        if (!status.ok() || model->rowCount() != kCompanies) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(status.error().message));
            return 1;
        }
        if (round == 0)
            rssAfter = residentKiB();
    }
    std::printf("load from wire JSON: median %.1f ms (of which JSON parse %.1f ms), "
                "min %.1f ms over %d rounds\n",
                percentile(loadTimes, 0.5), percentile(parseTimes, 0.5),
                *std::min_element(loadTimes.begin(), loadTimes.end()), kLoadRounds);
    std::printf("resident memory: %.1f MiB before load, %.1f MiB after the first load "
                "(+%.1f MiB, %.0f bytes per company)\n",
                static_cast<double>(rssBefore) / 1024.0, static_cast<double>(rssAfter) / 1024.0,
                static_cast<double>(rssAfter - rssBefore) / 1024.0,
                static_cast<double>(rssAfter - rssBefore) * 1024.0 / kCompanies);

    // The baseline: the same keys in a plain vector, filtered by a loop.
    std::vector<QString> keys;
    keys.reserve(kCompanies);
    for (int row = 0; row < kCompanies; ++row)
        keys.push_back(model->searchKeyAt(row));

    CompanyFilterProxy proxy;
    proxy.setSourceModel(model.get());
    auto start = Clock::now();
    proxy.sort(CompanyTableModel::NameColumn);
    std::printf("initial sort by name through the proxy: %.1f ms\n", millisecondsSince(start));

    const QString query = QStringLiteral("nordic");
    const Keystrokes typed = typeIntoSearch(proxy, keys, query, kTypingRounds);
    const int proxyRows = typed.proxyRows;
    if (static_cast<size_t>(proxyRows) != typed.loopRows) {
        std::fprintf(stderr, "proxy shows %d rows, the loop found %zu\n", proxyRows,
                     typed.loopRows);
        return 1;
    }
    const std::vector<double> &proxyTimes = typed.proxy;
    const std::vector<double> &loopTimes = typed.loop;
    const std::vector<double> &ratios = typed.ratios;
    const std::vector<std::vector<double>> &proxyByLength = typed.proxyByLength;
    const double proxyMedian = percentile(proxyTimes, 0.5);
    const double proxyP95 = percentile(proxyTimes, 0.95);
    const double loopMedian = percentile(loopTimes, 0.5);
    const double loopP95 = percentile(loopTimes, 0.95);
    std::printf("filter keystroke, typing \"%s\" (%zu keystrokes, %d rows at the end):\n",
                qPrintable(query), proxyTimes.size(), proxyRows);
    std::printf("  proxy    median %.2f ms, p95 %.2f ms\n", proxyMedian, proxyP95);
    std::printf("  baseline median %.2f ms, p95 %.2f ms (plain loop over std::vector)\n",
                loopMedian, loopP95);
    std::printf("  proxy/baseline: median %.2fx, p95 %.2fx, median of per-keystroke ratios "
                "%.2fx\n",
                proxyMedian / loopMedian, proxyP95 / loopP95, percentile(ratios, 0.5));
    std::printf("  proxy median by query length:");
    for (size_t length = 0; length < proxyByLength.size(); ++length)
        std::printf(" %zu: %.1f ms", length + 1, percentile(proxyByLength[length], 0.5));
    std::printf("\n");
    return 0;
}
