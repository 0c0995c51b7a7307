#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sphair::ui {

// A confirmation for what cannot be undone easily: the user must type `expected` (a company
// code, a key label) before the confirm button enables. Object names: typedConfirmDialog,
// typedConfirmMessage, typedConfirmEdit, typedConfirmButton. Open it with open(); accepted()
// means confirmed.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    // `message` says what will happen and to what; `confirmText` labels the button
    // ("Delete company").
    TypedConfirmDialog(const QString &title, const QString &message, const QString &expected,
                       const QString &confirmText, QWidget *parent = nullptr);

    bool isConfirmable() const;

private:
    void updateButton();

    QString m_expected;
    QLabel *m_message = nullptr;
    QLineEdit *m_edit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sphair::ui
