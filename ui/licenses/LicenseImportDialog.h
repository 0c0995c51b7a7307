#pragma once

#include "licensing/LicenseFile.h"
#include "licensing/LicenseVerifier.h"
#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/Result.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;

namespace sphair::ui {

class ConsoleContext;
class LicenseOutbox;

// Shows what a `.lic` file holds, plainly: whether its license is valid and why not, then the
// company, tier, users, validity and key, as verified against this computer's issuer keys and
// the platform's registered issuer keys (only the token is trusted; disagreeing headers are
// pointed out). A valid license can be registered with the platform from here; when the
// platform cannot be reached it waits in the outbox. Open it with open() after load().
class LicenseImportDialog : public QDialog
{
    Q_OBJECT
public:
    LicenseImportDialog(ConsoleContext *context, LicenseOutbox *outbox, QWidget *parent = nullptr);

    // Reads and verifies `path` (asks the platform for its issuer keys first).
    void load(const QString &path);

    bool isFinished() const { return m_finished; }
    bool isValid() const { return m_verified.has_value(); }
    // Why the license is not valid; empty when it is (or before load() finished).
    QString problem() const { return m_problem; }

signals:
    // load() has shown its result.
    void verified(bool valid);
    void registered(const sphair::models::LicenseRegistrationResult &result);
    void keptPending(const QUuid &licenseId, const sphair::models::Error &reason);

private:
    void verifyWith(const QList<QString> &serverKeys, const QString &serverNote);
    void showInvalid(const QString &why);
    void registerImported();

    QPointer<ConsoleContext> m_context;
    QPointer<LicenseOutbox> m_outbox;
    QLabel *m_status;
    QLabel *m_details;
    QLabel *m_warnings;
    QLabel *m_registerResult;
    QPushButton *m_register;
    QString m_path;
    std::optional<licensing::LicenseFile> m_file;
    std::optional<licensing::VerifiedLicense> m_verified;
    QString m_problem;
    bool m_finished = false;
};

} // namespace sphair::ui
