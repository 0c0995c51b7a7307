// The features tab with 10,000 companies × 11 features: time per filter keystroke through
// FeatureMatrixFilterProxy (sorted by company, as the tab shows it) while typing a
// 6-character query, and time to stage a 500-cell change set in FeatureMatrixModel (one undo
// step, the proxy attached) and to take the server's answer to it in (applyResult). The
// baselines, measured in the same run with rounds alternating: the same filter as a loop over
// a QStringList of the same lower-cased keys, and 500 writes into a plain std::vector. Also
// the matrix loaded as the tab loads it, in pages of 500 (appendCompanies) with the sorted
// proxy attached, against loading every company at once (setCompanies).

#include "models/item/FeatureMatrixFilterProxy.h"
#include "models/item/FeatureMatrixModel.h"

#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sphair::models;
using sphair::bench::Clock;
using sphair::bench::Keystrokes;
using sphair::bench::millisecondsSince;
using sphair::bench::percentile;
using sphair::bench::typeIntoSearch;

namespace {

constexpr int kCompanies = 10000;
constexpr int kChangeCells = 500;
constexpr int kTypingRounds = 7;
constexpr int kApplyRounds = 9;
constexpr int kPagedRounds = 5;
constexpr int kLoadPage = 500;

FeatureCatalogDocument catalog()
{
    FeatureCatalogDocument document;
    for (const QString &code : FeatureCatalog::codes())
        document.features.append({code, FeatureCatalog::displayName(code), QString()});
    for (Tier tier : allTiers())
        document.tiers.insert(
            tier, {TierPolicy::defaults().range(tier), FeatureCatalog::tierTemplate(tier)});
    return document;
}

// An empty matrix with the catalog, its proxy sorted by company as the tab shows it.
struct SortedMatrix
{
    FeatureMatrixModel model;
    FeatureMatrixFilterProxy proxy;

    SortedMatrix()
    {
        model.setCatalog(catalog());
        proxy.setSourceModel(&model);
        proxy.sort(FeatureMatrixModel::kCompanyColumn);
    }
};

QList<Company> companies()
{
    const QStringList words =
        QStringLiteral("Acme Nordic Field Services Logistics Gamma Delta Systems Holdings "
                       "Consulting Bakery Transport Northwind Fabrikam Contoso Alpine Harbour "
                       "Digital Medical Energy Retail Studio Partners Group Labs Works")
            .split(QLatin1Char(' '));
    QRandomGenerator random(7);
    QList<Company> list;
    list.reserve(kCompanies);
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
        company.tier = allTiers().at(random.bounded(allTiers().size()));
        company.status = random.bounded(10) == 0 ? CompanyStatus::Suspended : CompanyStatus::Active;
        list.append(company);
    }
    return list;
}

void report(const char *what, const std::vector<double> &measured,
            const std::vector<double> &baseline, const std::vector<double> &ratios)
{
    const double median = percentile(measured, 0.5);
    const double baseMedian = percentile(baseline, 0.5);
    std::printf("%s:\n", what);
    std::printf("  model    median %.3f ms, p95 %.3f ms\n", median, percentile(measured, 0.95));
    std::printf("  baseline median %.3f ms, p95 %.3f ms\n", baseMedian, percentile(baseline, 0.95));
    std::printf("  model/baseline: median %.1fx, median of per-round ratios %.1fx\n",
                median / baseMedian, percentile(ratios, 0.5));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    FeatureMatrixModel model;
    model.setCatalog(catalog());
    const QList<Company> list = companies();
    QList<CompanyFeatureSet> sets;
    sets.reserve(list.size());
    QRandomGenerator random(11);
    for (const Company &company : list) {
        CompanyFeatureSet set;
        set.companyId = company.id;
        set.tier = company.tier;
        set.version = 1;
        QHash<QString, bool> overrides;
        if (random.bounded(4) == 0)
            overrides.insert(FeatureCatalog::codes().at(random.bounded(11)),
                             random.bounded(2) == 0);
        set.features = FeatureState::resolve(company.tier, overrides);
        for (FeatureState &state : set.features)
            state.licensed = random.bounded(5) != 0;
        sets.append(set);
    }
    auto start = Clock::now();
    model.setCompanies(list);
    for (const CompanyFeatureSet &set : std::as_const(sets))
        model.setCompanyFeatures(set);
    std::printf("%d companies x %d features: loaded in %.1f ms\n", model.rowCount(),
                model.featureCount(), millisecondsSince(start));

    // Paged as the tab loads it, the sorted proxy attached, against all at once.
    std::vector<double> pagedTimes;
    std::vector<double> wholeTimes;
    std::vector<double> pagedRatios;
    for (int round = 0; round < kPagedRounds; ++round) {
        SortedMatrix pagedMatrix;
        FeatureMatrixModel &paged = pagedMatrix.model;
        start = Clock::now();
        for (qsizetype first = 0; first < list.size(); first += kLoadPage) {
            const QList<Company> page = list.mid(first, kLoadPage);
            if (first == 0)
                paged.setCompanies(page);
            else
                paged.appendCompanies(page);
            for (qsizetype i = first; i < first + page.size(); ++i)
                paged.setCompanyFeatures(sets.at(i));
        }
        const double pagedMs = millisecondsSince(start);

        SortedMatrix wholeMatrix;
        FeatureMatrixModel &whole = wholeMatrix.model;
        start = Clock::now();
        whole.setCompanies(list);
        for (const CompanyFeatureSet &set : std::as_const(sets))
            whole.setCompanyFeatures(set);
        const double wholeMs = millisecondsSince(start);
        if (paged.rowCount() != kCompanies || pagedMatrix.proxy.rowCount() != kCompanies) {
            std::fprintf(stderr, "paged load shows %d rows, expected %d\n", paged.rowCount(),
                         kCompanies);
            return 1;
        }
        if (round > 0) {
            pagedTimes.push_back(pagedMs);
            wholeTimes.push_back(wholeMs);
            pagedRatios.push_back(pagedMs / wholeMs);
        }
    }
    report("loading in pages of 500 with the sorted proxy (baseline: all companies at once)",
           pagedTimes, wholeTimes, pagedRatios);

    FeatureMatrixFilterProxy proxy;
    proxy.setSourceModel(&model);
    start = Clock::now();
    proxy.sort(FeatureMatrixModel::kCompanyColumn);
    std::printf("initial sort by company through the proxy: %.1f ms\n", millisecondsSince(start));

    // Filter keystrokes.
    std::vector<QString> keys;
    keys.reserve(kCompanies);
    for (int row = 0; row < model.rowCount(); ++row)
        keys.push_back(model.searchKeyAt(row));
    const QString query = QStringLiteral("nordic");
    const Keystrokes typed = typeIntoSearch(proxy, keys, query, kTypingRounds);
    const int proxyRows = typed.proxyRows;
    if (static_cast<size_t>(proxyRows) != typed.loopRows) {
        std::fprintf(stderr, "proxy shows %d rows, the loop found %zu\n", proxyRows,
                     typed.loopRows);
        return 1;
    }
    std::printf("(%d rows match \"%s\")\n", proxyRows, qPrintable(query));
    report("filter keystroke (plain loop baseline)", typed.proxy, typed.loop, typed.ratios);

    // A 500-cell change set: 50 companies spread over the list, 10 features each, flipped.
    QList<FeatureMatrixModel::CellEdit> edits;
    std::vector<size_t> plainIndexes;
    for (int i = 0; i < kChangeCells; ++i) {
        const int row = (i / 10) * (kCompanies / (kChangeCells / 10));
        const int column = 1 + i % 10;
        edits.append({row, column, !model.effectiveEnabled(row, column)});
        plainIndexes.push_back(static_cast<size_t>(row) * 11 + static_cast<size_t>(column - 1));
    }
    std::vector<unsigned char> plain(static_cast<size_t>(kCompanies) * 11, 0);
    std::vector<double> stageTimes;
    std::vector<double> resultTimes;
    std::vector<double> writeTimes;
    std::vector<double> stageRatios;
    std::vector<double> resultRatios;
    for (int round = 0; round < kApplyRounds; ++round) {
        start = Clock::now();
        model.setCells(edits);
        const double stageMs = millisecondsSince(start);
        if (model.stagedCellCount() != kChangeCells) {
            std::fprintf(stderr, "staged %d cells, expected %d\n", model.stagedCellCount(),
                         kChangeCells);
            return 1;
        }
        // The server's answer: each company's features afterwards.
        const FeatureChangeBatch batch = model.changeSet();
        FeatureChangeBatchResult result;
        result.applied = true;
        for (const FeatureChangeBatch::Company &company : batch.companies) {
            const int row = model.rowOf(company.companyId);
            FeatureChangeBatchResult::Company answered;
            answered.companyId = company.companyId;
            answered.version = company.version + 1;
            for (int column = 1; column <= model.featureCount(); ++column) {
                FeatureState state;
                state.code = model.codeAt(column);
                state.enabled = model.effectiveEnabled(row, column);
                state.source = FeatureSource::Override;
                state.licensed = model.isLicensed(row, column);
                answered.features.append(state);
            }
            result.companies.append(answered);
        }
        start = Clock::now();
        model.applyResult(result);
        const double resultMs = millisecondsSince(start);

        start = Clock::now();
        for (size_t index : plainIndexes)
            plain[index] = static_cast<unsigned char>(plain[index] ^ 1U);
        const double writeMs = std::max(millisecondsSince(start), 1e-4);
        for (auto &edit : edits)
            edit.enabled = !edit.enabled;
        if (round > 0) {
            stageTimes.push_back(stageMs);
            resultTimes.push_back(resultMs);
            writeTimes.push_back(writeMs);
            stageRatios.push_back(stageMs / writeMs);
            resultRatios.push_back(resultMs / writeMs);
        }
    }
    std::printf("(plain writes checksum %d)\n",
                static_cast<int>(std::count(plain.begin(), plain.end(), 1)));
    report("staging a 500-cell change set (setCells, one undo step; baseline 500 vector writes)",
           stageTimes, writeTimes, stageRatios);
    report("taking the applied 500-cell change set in (applyResult; same baseline)", resultTimes,
           writeTimes, resultRatios);
    return 0;
}
