#include "ui/usage/HealthThresholdsDialog.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using sphair::models::HealthThresholds;
using sphair::ui::HealthThresholdsDialog;

// HealthThresholdsDialog: the lines in ms and %, OK refused while an amber line is above its
// red one, the defaults restored, and the lines kept in (and read back from) the settings.
class TestHealthThresholdsDialog : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private slots:
    void editsTheLines()
    {
        HealthThresholds start;
        start.latencyAmberMs = 250;
        start.latencyRedMs = 800;
        start.errorRateAmber = 0.02;
        start.errorRateRed = 0.1;
        HealthThresholdsDialog dialog(start);
        auto *latencyAmber = child<QDoubleSpinBox>(dialog, "latencyAmberSpin");
        auto *latencyRed = child<QDoubleSpinBox>(dialog, "latencyRedSpin");
        auto *errorAmber = child<QDoubleSpinBox>(dialog, "errorAmberSpin");
        auto *errorRed = child<QDoubleSpinBox>(dialog, "errorRedSpin");
        auto *ok = child<QPushButton>(dialog, "thresholdsOkButton");
        auto *problem = child<QLabel>(dialog, "thresholdsProblemLabel");
        QCOMPARE(latencyAmber->value(), 250.0);
        QCOMPARE(errorAmber->value(), 2.0); // shown in %
        QCOMPARE(errorRed->value(), 10.0);
        QVERIFY(dialog.thresholds() == start);
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());

        latencyAmber->setValue(900);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QStringLiteral("latency")));
        latencyRed->setValue(900); // equal lines are allowed
        QVERIFY(ok->isEnabled());
        errorAmber->setValue(12);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("error-rate")));
        ok->click(); // refused: still open, nothing accepted
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        child<QPushButton>(dialog, "thresholdsDefaultsButton")->click();
        QVERIFY(dialog.thresholds() == HealthThresholds());
        QCOMPARE(latencyAmber->value(), 200.0);
        QCOMPARE(errorRed->value(), 5.0);
        QVERIFY(ok->isEnabled());
        errorAmber->setValue(0.5);
        QCOMPARE(dialog.thresholds().errorRateAmber, 0.005);
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void keptInTheSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        QVERIFY(HealthThresholdsDialog::load(&settings) == HealthThresholds());
        QVERIFY(HealthThresholdsDialog::load(nullptr) == HealthThresholds());
        HealthThresholds saved;
        saved.latencyAmberMs = 120;
        saved.latencyRedMs = 480;
        saved.errorRateAmber = 0.003;
        saved.errorRateRed = 0.03;
        HealthThresholdsDialog::save(&settings, saved);
        QVERIFY(HealthThresholdsDialog::load(&settings) == saved);
        // A broken file (amber above red) gives the defaults, never a summary without lines.
        settings.setValue(QStringLiteral("systemHealth/latencyAmberMs"), 5000);
        QVERIFY(HealthThresholdsDialog::load(&settings) == HealthThresholds());
    }
};

QTEST_MAIN(TestHealthThresholdsDialog)
#include "tst_healththresholdsdialog.moc"
