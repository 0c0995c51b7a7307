#include "ui/usage/HealthThresholdsDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sphair::ui {

using models::HealthThresholds;

namespace {

const QString kLatencyAmberKey = QStringLiteral("systemHealth/latencyAmberMs");
const QString kLatencyRedKey = QStringLiteral("systemHealth/latencyRedMs");
const QString kErrorAmberKey = QStringLiteral("systemHealth/errorRateAmber");
const QString kErrorRedKey = QStringLiteral("systemHealth/errorRateRed");

QDoubleSpinBox *newSpin(const QString &objectName, double maximum, int decimals,
                        const QString &suffix, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setDecimals(decimals);
    spin->setRange(decimals > 0 ? 0.01 : 1, maximum);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

HealthThresholdsDialog::HealthThresholdsDialog(const HealthThresholds &initial, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("healthThresholdsDialog"));
    setWindowTitle(tr("Health thresholds"));

    auto *intro = new QLabel(tr("The summary turns amber when a figure of the range is above "
                                "its amber line, and red when it is above its red line."),
                             this);
    intro->setWordWrap(true);

    const QString ms = tr(" ms");
    const QString percent = tr(" %");
    m_latencyAmber = newSpin(QStringLiteral("latencyAmberSpin"), 60000, 0, ms, this);
    m_latencyRed = newSpin(QStringLiteral("latencyRedSpin"), 60000, 0, ms, this);
    m_errorAmber = newSpin(QStringLiteral("errorAmberSpin"), 100, 2, percent, this);
    m_errorRed = newSpin(QStringLiteral("errorRedSpin"), 100, 2, percent, this);

    auto *form = new QFormLayout;
    form->addRow(tr("p95 latency, &amber above:"), m_latencyAmber);
    form->addRow(tr("p95 latency, &red above:"), m_latencyRed);
    form->addRow(tr("Error rate (5xx), a&mber above:"), m_errorAmber);
    form->addRow(tr("Error rate (5xx), r&ed above:"), m_errorRed);

    m_problem = newErrorLabel(QStringLiteral("thresholdsProblemLabel"), this);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("thresholdsOkButton"));
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setObjectName(QStringLiteral("thresholdsDefaultsButton"));
    connect(defaults, &QPushButton::clicked, this, [this] { setThresholds({}); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (thresholds().isValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox *spin : {m_latencyAmber, m_latencyRed, m_errorAmber, m_errorRed})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &HealthThresholdsDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setThresholds(initial);
}

HealthThresholds HealthThresholdsDialog::thresholds() const
{
    HealthThresholds lines;
    lines.latencyAmberMs = m_latencyAmber->value();
    lines.latencyRedMs = m_latencyRed->value();
    lines.errorRateAmber = m_errorAmber->value() / 100;
    lines.errorRateRed = m_errorRed->value() / 100;
    return lines;
}

void HealthThresholdsDialog::setThresholds(const HealthThresholds &thresholds)
{
    m_latencyAmber->setValue(thresholds.latencyAmberMs);
    m_latencyRed->setValue(thresholds.latencyRedMs);
    m_errorAmber->setValue(thresholds.errorRateAmber * 100);
    m_errorRed->setValue(thresholds.errorRateRed * 100);
    updateState();
}

void HealthThresholdsDialog::updateState()
{
    QString problem;
    if (m_latencyAmber->value() > m_latencyRed->value())
        problem = tr("The amber latency line must not be above the red one.");
    else if (m_errorAmber->value() > m_errorRed->value())
        problem = tr("The amber error-rate line must not be above the red one.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

HealthThresholds HealthThresholdsDialog::load(const QSettings *settings)
{
    HealthThresholds lines;
    if (!settings)
        return lines;
    lines.latencyAmberMs = settings->value(kLatencyAmberKey, lines.latencyAmberMs).toDouble();
    lines.latencyRedMs = settings->value(kLatencyRedKey, lines.latencyRedMs).toDouble();
    lines.errorRateAmber = settings->value(kErrorAmberKey, lines.errorRateAmber).toDouble();
    lines.errorRateRed = settings->value(kErrorRedKey, lines.errorRateRed).toDouble();
    // A hand-edited or broken file never gives a summary without lines.
    return lines.isValid() ? lines : HealthThresholds();
}

void HealthThresholdsDialog::save(QSettings *settings, const HealthThresholds &thresholds)
{
    if (!settings)
        return;
    settings->setValue(kLatencyAmberKey, thresholds.latencyAmberMs);
    settings->setValue(kLatencyRedKey, thresholds.latencyRedMs);
    settings->setValue(kErrorAmberKey, thresholds.errorRateAmber);
    settings->setValue(kErrorRedKey, thresholds.errorRateRed);
}

} // namespace sphair::ui
