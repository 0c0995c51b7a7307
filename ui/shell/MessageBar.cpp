#include "ui/shell/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>

namespace sphair::ui::shell {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #d93025; }"
                                 "#messageBar QLabel { color: #5f2120; }"));
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setObjectName(QStringLiteral("messageBarCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    // Window-wide, but only while the bar is visible (Qt ignores shortcuts of hidden widgets).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &MessageBar::dismiss);

    setAccessibleName(tr("Error message"));
    setVisible(false);
}

void MessageBar::showError(const QString &what, const models::Error &error)
{
    ++m_count;
    QString text = what.isEmpty() ? error.message : tr("%1: %2").arg(what, error.message);
    if (m_count > 1)
        text += QLatin1Char(' ') + tr("(%n more error(s) before this one)", nullptr, m_count - 1);
    m_text->setText(text);
    const QString code = error.code.isEmpty() ? tr("unknown") : error.code;
    m_text->setToolTip(tr("Error code: %1").arg(code));
    setToolTip(m_text->toolTip());
    setAccessibleDescription(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::dismiss()
{
    m_count = 0;
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

} // namespace sphair::ui::shell
