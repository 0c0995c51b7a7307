#include "ui/common/ErrorLabel.h"

#include <QLabel>

namespace sphair::ui {

QLabel *newErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    return label;
}

} // namespace sphair::ui
