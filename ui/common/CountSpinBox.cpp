#include "ui/common/CountSpinBox.h"

namespace sphair::ui {

CountSpinBox::CountSpinBox(Suffix suffix, QWidget *parent)
    : QSpinBox(parent)
    , m_suffix(std::move(suffix))
{
    connect(this, &QSpinBox::valueChanged, this, [this](int value) { setSuffix(m_suffix(value)); });
    setSuffix(m_suffix(value()));
}

} // namespace sphair::ui
