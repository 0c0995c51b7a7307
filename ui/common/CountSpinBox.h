#pragma once

#include <QSpinBox>

#include <functional>

namespace sphair::ui {

// A spin box whose unit agrees with its number ("1 day", "14 days", and each translation's
// own plural forms): `suffix` gets the value and returns the unit text, usually
// tr(" day(s)", "…", value) in the caller's context, so each use can be translated in its own
// grammatical case.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    using Suffix = std::function<QString(int value)>;

    explicit CountSpinBox(Suffix suffix, QWidget *parent = nullptr);

private:
    Suffix m_suffix;
};

} // namespace sphair::ui
