#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace sphair::ui {

// The label a form shows its problem in: red, word-wrapped, and plain text, so a message that
// quotes the server or the user's input is never read as HTML.
QLabel *newErrorLabel(const QString &objectName, QWidget *parent);

} // namespace sphair::ui
