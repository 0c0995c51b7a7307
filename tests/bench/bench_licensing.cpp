// Throughput of LicenseSigner::signWithKey and LicenseVerifier::verify as a ratio to raw
// libsodium crypto_sign_detached / crypto_sign_verify_detached over the same signed message
// (the PASETO pre-authentication encoding of the same claims), measured in one run.
//
// Rounds alternate between the measured code and its baseline and the median ratio is
// reported, so a burst of load from a neighbour hits both sides alike.

#include "licensing/LicenseSigner.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/Paserk.h"
#include "licensing/Paseto.h"

#include <sodium.h>

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace sphair;
using namespace sphair::licensing;
using Clock = std::chrono::steady_clock;

namespace {

template<typename F>
double opsPerSecond(int iterations, F &&f)
{
    const auto start = Clock::now();
    for (int i = 0; i < iterations; ++i)
        f();
    const std::chrono::duration<double> elapsed = Clock::now() - start;
    return iterations / elapsed.count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figure
{
    double measured;
    double baseline;
};

template<typename M, typename B>
Figure compare(int rounds, int iterations, M &&measured, B &&baseline)
{
    std::vector<double> m;
    std::vector<double> b;
    std::vector<double> ratios;
    opsPerSecond(iterations / 4, measured); // warm-up
    opsPerSecond(iterations / 4, baseline);
    for (int r = 0; r < rounds; ++r) {
        m.push_back(opsPerSecond(iterations, measured));
        b.push_back(opsPerSecond(iterations, baseline));
        ratios.push_back(m.back() / b.back());
    }
    return {median(m), median(b)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = 9;
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;

    auto key = SigningKey::generate();
    if (!key) {
        std::fprintf(stderr, "cannot generate a key: %s\n", qPrintable(key.error().message));
        return 1;
    }
    const QString kid = Paserk::publicId(key->publicKey());
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    LicenseClaims claims;
    claims.issuer = QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
    claims.companyId = QUuid::createUuid();
    claims.licenseId = QUuid::createUuid();
    claims.issuedAt = now;
    claims.notBefore = now;
    claims.expiresAt = now.addDays(365);
    claims.companyCode = QStringLiteral("ACME");
    claims.tier = models::Tier::Medium;
    claims.maxUsers = 25;
    claims.features = models::FeatureCatalog::tierTemplate(models::Tier::Medium);
    claims.features.sort();
    claims.graceDays = 14;
    claims.seq = 1;

    // The message the raw baseline signs is exactly what PASETO signs for these claims.
    const QByteArray payload = claims.toJson();
    const QByteArray footer = LicenseSigner::footerFor(kid);
    const QByteArray message = Paseto::pae({QByteArrayView(Paseto::kV4PublicHeader), payload,
                                            footer, LicenseSigner::implicitAssertion()});
    const auto *secret = key->secretKey().data();
    const auto *publicKey =
        reinterpret_cast<const unsigned char *>(key->publicKey().raw().constData());
    const auto *msg = reinterpret_cast<const unsigned char *>(message.constData());
    const auto msgLen = static_cast<unsigned long long>(message.size());
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, msg, msgLen, secret);

    auto token =
        LicenseSigner::signWithKey(key.value(), kid, claims, now, models::TierPolicy::defaults());
    if (!token) {
        std::fprintf(stderr, "signing failed: %s\n", qPrintable(token.error().message));
        return 1;
    }
    LicenseVerifier verifier;
    verifier.addTrustedKey(key->publicKey());

    volatile int sink = 0;
    const Figure signFigure = compare(
        rounds, iterations,
        [&] {
            auto r = LicenseSigner::signWithKey(key.value(), kid, claims, now,
                                                models::TierPolicy::defaults());
            sink = sink + int(r.ok());
        },
        [&] { sink = sink + crypto_sign_detached(signature, nullptr, msg, msgLen, secret); });
    const Figure signVerifyFigure = compare(
        rounds, iterations,
        [&] {
            auto r = LicenseSigner::signWithKey(key.value(), kid, claims, now,
                                                models::TierPolicy::defaults());
            sink = sink + int(r.ok());
        },
        [&] {
            sink = sink + crypto_sign_detached(signature, nullptr, msg, msgLen, secret);
            sink = sink + crypto_sign_verify_detached(signature, msg, msgLen, publicKey);
        });
    const Figure verifyFigure = compare(
        rounds, iterations,
        [&] {
            auto r = verifier.verify(token->token, now);
            sink = sink + int(r.ok());
        },
        [&] { sink = sink + crypto_sign_verify_detached(signature, msg, msgLen, publicKey); });

    std::printf("message: %lld bytes signed (PAE of %lld-byte claims), token %lld bytes\n",
                static_cast<long long>(message.size()), static_cast<long long>(payload.size()),
                static_cast<long long>(token->token.size()));
    std::printf("%-58s %10s %10s %7s\n", "figure (median of 9 rounds)", "ops/s", "base ops/s",
                "ratio");
    std::printf("%-58s %10.0f %10.0f %7.3f\n", "LicenseSigner::signWithKey vs crypto_sign_detached",
                signFigure.measured, signFigure.baseline,
                signFigure.measured / signFigure.baseline);
    std::printf("%-58s %10.0f %10.0f %7.3f\n", "LicenseSigner::signWithKey vs sign+verify_detached",
                signVerifyFigure.measured, signVerifyFigure.baseline,
                signVerifyFigure.measured / signVerifyFigure.baseline);
    std::printf("%-58s %10.0f %10.0f %7.3f\n",
                "LicenseVerifier::verify vs crypto_sign_verify_detached", verifyFigure.measured,
                verifyFigure.baseline, verifyFigure.measured / verifyFigure.baseline);
    std::printf("(LicenseSigner verifies every signature before returning it, by design, so its\n"
                " fair baseline is sign+verify; the first line shows that cost.)\n");
    return sink == -1 ? 1 : 0;
}
