#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sphair::ui {

// Asks for an issuer key's label: one line, 1–100 characters (the platform's rule, so the
// key can be registered under it). Object names: keyLabelDialog, keyLabelEdit,
// keyLabelHint, keyLabelOkButton.
class KeyLabelDialog : public QDialog
{
    Q_OBJECT
public:
    KeyLabelDialog(const QString &title, const QString &prompt, const QString &label,
                   QWidget *parent = nullptr);

    QString label() const;
    bool isAcceptable() const;

private:
    void updateState();

    QLineEdit *m_edit = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sphair::ui
