#pragma once

#include "models/item/HealthStatus.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;

namespace sphair::ui {

// Edits the amber and red lines of the System health summary: the p95 latency in ms and the
// error rate in %. OK stays disabled (with the reason under the boxes) while an amber line
// is above its red line; "Restore defaults" puts back 200 ms / 1000 ms and 1 % / 5 %.
// The lines live in the user's settings (load/save).
//
// Object names: healthThresholdsDialog, latencyAmberSpin, latencyRedSpin, errorAmberSpin,
// errorRedSpin, thresholdsProblemLabel, thresholdsOkButton, thresholdsDefaultsButton.
class HealthThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HealthThresholdsDialog(const models::HealthThresholds &initial,
                                    QWidget *parent = nullptr);

    // What the boxes say (error rates as fractions).
    models::HealthThresholds thresholds() const;
    void setThresholds(const models::HealthThresholds &thresholds);

    // The lines saved in `settings`, the defaults for what is missing or invalid (also when
    // `settings` is null).
    static models::HealthThresholds load(const QSettings *settings);
    static void save(QSettings *settings, const models::HealthThresholds &thresholds);

private:
    void updateState();

    QDoubleSpinBox *m_latencyAmber = nullptr;
    QDoubleSpinBox *m_latencyRed = nullptr;
    QDoubleSpinBox *m_errorAmber = nullptr;
    QDoubleSpinBox *m_errorRed = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sphair::ui
