#include "server/services/MetricsService.h"

#include "server/services/PrometheusFormat.h"
#include "server/store/MetricsStore.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QSysInfo>

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

QString MetricsService::defaultInstanceId()
{
    return QSysInfo::machineHostName() + QLatin1Char('-')
        + QString::number(QCoreApplication::applicationPid());
}

} // namespace sphair::server
