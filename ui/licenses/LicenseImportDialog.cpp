#include "ui/licenses/LicenseImportDialog.h"

#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "licensing/vault/KeyVault.h"
#include "ui/common/ConsoleContext.h"
#include "ui/licenses/LicenseOutbox.h"
#include "ui/licenses/LicenseTokens.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {
constexpr int kKeyPageSize = 500;
}

LicenseImportDialog::LicenseImportDialog(ConsoleContext *context, LicenseOutbox *outbox,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_outbox(outbox)
    , m_status(new QLabel(tr("Checking the license…")))
    , m_details(new QLabel)
    , m_warnings(new QLabel)
    , m_registerResult(new QLabel)
    , m_register(new QPushButton(tr("&Register with the platform")))
{
    setObjectName(QStringLiteral("licenseImportDialog"));
    setWindowTitle(tr("Import a license file"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("importDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("importWarningsLabel"));
    m_warnings->setWordWrap(true);
    m_registerResult->setObjectName(QStringLiteral("importRegisterResultLabel"));
    m_registerResult->setWordWrap(true);
    m_register->setObjectName(QStringLiteral("registerImportedButton"));
    m_register->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_register, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_warnings);
    layout->addWidget(m_registerResult);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, &LicenseImportDialog::registerImported);
}

void LicenseImportDialog::load(const QString &path)
{
    m_path = path;
    setWindowTitle(tr("License file %1").arg(QFileInfo(path).fileName()));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showInvalid(tr("The file cannot be read: %1").arg(in.errorString()));
        return;
    }
    auto file = licensing::LicenseFile::parse(in.readAll());
    if (!file) {
        showInvalid(file.error().message);
        return;
    }
    m_file = file.value();
    if (!m_context || !m_context->client()) {
        verifyWith({}, tr("Checked against this computer's issuer keys only."));
        return;
    }
    // The platform's registered issuer keys; when it cannot be reached, this computer's keys
    // still decide, and the result says so.
    client::IssuerKeyQuery query;
    query.limit = kKeyPageSize;
    QPointer<LicenseImportDialog> self(this);
    m_context->licensing().list(
        query, [self](models::Result<models::Page<models::IssuerKey>> keys) {
            if (!self)
                return;
            if (!keys) {
                self->verifyWith({},
                                 tr("The platform's issuer keys could not be read (%1); "
                                    "checked against this computer's keys only.")
                                     .arg(keys.error().message));
                return;
            }
            QList<QString> trusted;
            for (const models::IssuerKey &key : keys->items) {
                // Nothing a revoked (compromised) key signed is trusted.
                if (key.status != models::IssuerKeyStatus::Revoked)
                    trusted.append(key.publicKey);
            }
            self->verifyWith(trusted, {});
        });
}

void LicenseImportDialog::verifyWith(const QList<QString> &serverKeys, const QString &serverNote)
{
    licensing::LicenseVerifier verifier;
    if (licensing::KeyVault *vault = m_context ? m_context->vault() : nullptr) {
        for (const licensing::IssuerKeyInfo &key : vault->keys())
            verifier.addTrustedKey(key.publicKey);
    }
    for (const QString &paserk : serverKeys)
        verifier.addTrustedKey(paserk.toLatin1()).ok(); // an unreadable key trusts nothing
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto outcome = verifier.verify(m_file->token, now);
    QStringList notes;
    if (!serverNote.isEmpty())
        notes.append(serverNote);
    if (!outcome) {
        if (outcome.error().code == QLatin1String("unknown_key"))
            notes.prepend(tr("Neither this computer nor the platform knows the key that signed "
                             "it."));
        m_warnings->setText(notes.join(u'\n'));
        showInvalid(outcome.error().message);
        return;
    }
    m_verified = outcome.value();
    const licensing::LicenseClaims &claims = m_verified->claims;
    const bool inGrace = m_verified->state == licensing::LicenseState::InGrace;
    m_status->setText(inGrace ? tr("Valid, in its grace period: the signature holds and the "
                                   "license expired %1.")
                                    .arg(licensing::toRfc3339(claims.expiresAt))
                              : tr("Valid: the signature holds and the license is in force."));
    QStringList lines;
    lines << tr("Company: %1 (%2)")
                 .arg(claims.companyCode, claims.companyId.toString(QUuid::WithoutBraces))
          << tr("Tier: %1").arg(models::tierDisplayName(claims.tier))
          << tr("Users: %1").arg(claims.maxUsers)
          << tr("Features: %1").arg(claims.features.join(QStringLiteral(", ")))
          << tr("Valid from %1 to %2, then %n grace day(s)", nullptr, claims.graceDays)
                 .arg(licensing::toRfc3339(claims.notBefore),
                      licensing::toRfc3339(claims.expiresAt))
          << tr("Key: %1, issue #%2").arg(m_verified->kid).arg(claims.seq)
          << tr("License: %1").arg(claims.licenseId.toString(QUuid::WithoutBraces));
    if (claims.supersedes)
        lines << tr("Renews: %1").arg(claims.supersedes->toString(QUuid::WithoutBraces));
    m_details->setText(lines.join(u'\n'));
    notes.append(m_file->headersDisagreeWith(claims));
    m_warnings->setText(notes.join(u'\n'));
    m_register->setEnabled(m_context && m_context->client());
    m_finished = true;
    emit verified(true);
}

void LicenseImportDialog::showInvalid(const QString &why)
{
    m_verified.reset();
    m_problem = why;
    m_status->setText(tr("Not valid: %1").arg(why));
    m_details->clear();
    m_register->setEnabled(false);
    m_finished = true;
    emit verified(false);
}

void LicenseImportDialog::registerImported()
{
    if (!m_verified || !m_context || !m_context->client())
        return;
    m_register->setEnabled(false);
    m_registerResult->setText(tr("Registering…"));
    const QByteArray token = m_verified->token;
    const models::LicenseRecord record = m_verified->claims.toRecord(m_verified->kid, token);
    QPointer<LicenseImportDialog> self(this);
    QPointer<LicenseOutbox> outbox(m_outbox);
    m_context->licensing().registerLicense(
        QString::fromLatin1(token),
        [self, outbox, token, record](models::Result<models::LicenseRegistrationResult> result) {
            if (result) {
                if (outbox)
                    outbox->remove(record.id).ok(); // it may have waited there
                if (!self)
                    return;
                self->m_registerResult->setText(
                    result->newlyRegistered
                        ? tr("Registered with the platform.")
                        : tr("The platform already had this license; nothing changed."));
                emit self->registered(result.value());
                return;
            }
            if (LicenseOutbox::isRetryLater(result.error()) && outbox) {
                auto kept = outbox->add(record.id, token, LicenseTokens::headersFor(record));
                if (!self)
                    return;
                if (kept) {
                    self->m_registerResult->setText(
                        tr("The platform could not be reached (%1). The license waits in the "
                           "outbox and is registered later.")
                            .arg(result.error().message));
                    emit self->keptPending(record.id, result.error());
                    return;
                }
            }
            if (!self)
                return;
            self->m_registerResult->setText(
                tr("The platform did not register the license: %1").arg(result.error().message));
            self->m_register->setEnabled(true);
        });
}

} // namespace sphair::ui
