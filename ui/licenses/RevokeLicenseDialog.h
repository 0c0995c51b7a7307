#pragma once

#include "models/domain/LicenseRecord.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sphair::ui {

class ConsoleContext;

// Revokes a license: a reason (required, at most 500 characters, kept in the audit log) and a
// confirmation that names the company losing its license. Reads the license's current ETag
// and sends it as If-Match, so a license changed meanwhile becomes a conflict, not a surprise.
// Open it with open(); it reports through revoked().
class RevokeLicenseDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeLicenseDialog(ConsoleContext *context, const models::LicenseRecord &license,
                        QWidget *parent = nullptr);

    // Why the revocation cannot be sent as it stands; empty when it can.
    QString validationProblem() const;

signals:
    void revoked(const sphair::models::LicenseRecord &license);

private:
    void validate();
    void revoke();
    void fail(const QString &message);

    QPointer<ConsoleContext> m_context;
    models::LicenseRecord m_license;
    QPlainTextEdit *m_reason;
    QCheckBox *m_confirm;
    QLabel *m_error;
    QPushButton *m_revoke;
    bool m_busy = false;
};

} // namespace sphair::ui
