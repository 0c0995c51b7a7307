// The shared widgets of ui/common: TypedConfirmDialog and FileChooser's test seam.
#include "ui/common/CountSpinBox.h"
#include "ui/common/FileChooser.h"
#include "ui/common/TypedConfirmDialog.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sphair::ui;

class TestCommonWidgets : public QObject
{
    Q_OBJECT

private slots:
    void confirmEnablesOnlyOnExactText()
    {
        TypedConfirmDialog dialog(QStringLiteral("Delete"), QStringLiteral("Deletes NORDIC"),
                                  QStringLiteral("NORDIC"), QStringLiteral("Delete company"));
        dialog.open();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("typedConfirmEdit"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("typedConfirmButton"));
        QVERIFY(edit && button);
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("nordic")); // case matters
        QVERIFY(!button->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("NORDI"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("C"));
        QVERIFY(button->isEnabled());
        QTest::keyClicks(edit, QStringLiteral(" "));
        QVERIFY(!button->isEnabled());
    }

    void enterNeverConfirms()
    {
        TypedConfirmDialog dialog(QStringLiteral("Delete"), QStringLiteral("Deletes ACME"),
                                  QStringLiteral("ACME"), QStringLiteral("Delete company"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.open();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("typedConfirmEdit"));
        QTest::keyClicks(edit, QStringLiteral("ACME"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 1); // Enter hits the default button: Cancel
    }

    void confirmButtonAccepts()
    {
        TypedConfirmDialog dialog(QStringLiteral("Delete"), QStringLiteral("Deletes ACME"),
                                  QStringLiteral("ACME"), QStringLiteral("Delete company"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("typedConfirmEdit")),
                         QStringLiteral("ACME"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("typedConfirmButton")),
                          Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void countSpinBoxUnitFollowsTheNumber()
    {
        CountSpinBox spin(
            [](int days) { return days == 1 ? QStringLiteral(" day") : QStringLiteral(" days"); });
        spin.setRange(0, 90);
        spin.setValue(1);
        QCOMPARE(spin.text(), QStringLiteral("1 day"));
        spin.setValue(14);
        QCOMPARE(spin.text(), QStringLiteral("14 days"));
        spin.stepDown();
        QCOMPARE(spin.suffix(), QStringLiteral(" days"));
    }

    void fileChooserOverrideAnswersAndRelativeNamesGetAFolder()
    {
        QList<FileChooser::Mode> modes;
        QStringList suggested;
        FileChooser::setOverride(
            [&](FileChooser::Mode mode, const QString &, const QString &path, const QString &) {
                modes.append(mode);
                suggested.append(path);
                return QStringLiteral("/tmp/chosen.csv");
            });
        QCOMPARE(FileChooser::saveFile(nullptr, QStringLiteral("Save"),
                                       QStringLiteral("companies.csv"), QString()),
                 QStringLiteral("/tmp/chosen.csv"));
        QCOMPARE(FileChooser::openFile(nullptr, QStringLiteral("Open"), QString()),
                 QStringLiteral("/tmp/chosen.csv"));
        FileChooser::setOverride({});
        QCOMPARE(modes,
                 (QList<FileChooser::Mode> {FileChooser::Mode::Save, FileChooser::Mode::Open}));
        QVERIFY2(QFileInfo(suggested.first()).isAbsolute(), qPrintable(suggested.first()));
        QVERIFY(suggested.first().endsWith(QStringLiteral("/companies.csv")));
    }
};

QTEST_MAIN(TestCommonWidgets)
#include "tst_commonwidgets.moc"
