#pragma once

#include "models/domain/Company.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sphair::ui {

// Confirms suspending or activating a company, naming what it affects: the company, how many
// users lose (or regain) access, and that its tenant API calls are refused while suspended.
// An optional reason goes to the audit log. Open it with open(); accepted() means confirmed.
// Object names: companyStatusDialog, companyStatusMessage, companyStatusReasonEdit,
// companyStatusConfirmButton.
class CompanyStatusDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Change { Suspend, Activate };

    CompanyStatusDialog(const models::Company &company, Change change, QWidget *parent = nullptr);

    const models::Company &company() const { return m_company; }
    Change change() const { return m_change; }
    // The reason typed, trimmed; may be empty.
    QString reason() const;
    QString message() const;

    static constexpr int kMaxReasonLength = 500;

private:
    models::Company m_company;
    Change m_change;
    QLabel *m_message = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace sphair::ui
