#pragma once

#include "models/domain/Result.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace sphair::ui::shell {

// The inline bar under the environment strip where failed calls are reported ("Saving company
// NORDIC: The server cannot be reached."), never in a modal box. The error code is in the
// tooltip for support. The close button or Esc hides it; a newer error replaces the shown one.
// Object names: messageBar, messageBarText, messageBarCloseButton.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // `what` says what was being done; may be empty.
    void showError(const QString &what, const models::Error &error);
    // The text shown (also when hidden): for tests and accessibility.
    QString text() const;
    // How many errors arrived since the bar was last closed.
    int count() const { return m_count; }

public slots:
    void dismiss();

signals:
    void dismissed();

private:
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    int m_count = 0;
};

} // namespace sphair::ui::shell
