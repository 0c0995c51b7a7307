#pragma once

class QWidget;

namespace sphair::ui {

// Makes a top-level window tall enough for its layout at its current width. Word-wrapped
// labels (error sentences, a certificate warning) need height for width, which a dialog does
// not grow for by itself: call this after showing or changing such a label.
void growToFitContents(QWidget *window);

// A width, in average characters of the widget's font, under which wrapped sentences in a
// dialog become hard to read.
int readableWidth(const QWidget *widget, int characters = 60);

} // namespace sphair::ui
