#include "ui/common/DialogFit.h"

#include <QLayout>
#include <QWidget>

namespace sphair::ui {

void growToFitContents(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

int readableWidth(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

} // namespace sphair::ui
