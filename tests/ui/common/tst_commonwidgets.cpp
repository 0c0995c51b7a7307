// The shared widgets of ui/common: TypedConfirmDialog, FileChooser's test seam and the
// conflict panel.
#include "ui/common/ConflictPanel.h"
#include "ui/common/CountSpinBox.h"
#include "ui/common/FileChooser.h"
#include "ui/common/TypedConfirmDialog.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
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
    void conflictPanelShowsBothSidesAsPlainText()
    {
        QWidget host;
        ConflictPanel panel(QStringLiteral("Changed"),
                            {{QStringLiteral("Name"), QStringLiteral("Name")},
                             {QStringLiteral("Email"), QStringLiteral("E-mail")}},
                            &host);
        QVERIFY(!panel.isVisibleTo(&host));
        const sphair::models::Error stale {
            QStringLiteral("conflict"),
            QStringLiteral("Someone else changed it."),
            {{QStringLiteral("server_error"), QStringLiteral("precondition_failed")},
             {QStringLiteral("current_etag"), QStringLiteral("\"v7\"")}}};
        QVERIFY(ConflictPanel::isStaleVersion(stale));
        // A 409 for a taken code is a conflict too, but not a stale version.
        QVERIFY(!ConflictPanel::isStaleVersion(
            {QStringLiteral("conflict"), QStringLiteral("taken"), {}}));

        panel.present(stale, {QStringLiteral("<b>Mine</b>"), QStringLiteral("a@example.com")},
                      QStringList {QStringLiteral("Theirs"), QStringLiteral("a@example.com")});
        QVERIFY(panel.isVisibleTo(&host));
        QCOMPARE(panel.theirsEtag(), QByteArray("\"v7\""));
        auto *mineName = panel.findChild<QLabel *>(QStringLiteral("conflictMineName"));
        auto *theirsName = panel.findChild<QLabel *>(QStringLiteral("conflictTheirsName"));
        auto *theirsEmail = panel.findChild<QLabel *>(QStringLiteral("conflictTheirsEmail"));
        QVERIFY(mineName && theirsName && theirsEmail);
        QCOMPARE(mineName->textFormat(), Qt::PlainText);
        QCOMPARE(mineName->text(), QStringLiteral("<b>Mine</b>"));
        QVERIFY(theirsName->styleSheet().contains(QStringLiteral("bold"))); // differs
        QVERIFY(theirsEmail->styleSheet().isEmpty()); // the same
        QVERIFY(panel.useMineButton()->isEnabled());
        QVERIFY(panel.useTheirsButton()->isEnabled());

        QSignalSpy mine(&panel, &ConflictPanel::useMineClicked);
        panel.useMineButton()->click();
        QCOMPARE(mine.count(), 1);

        // The server's version could not be read and no ETag came: nothing to choose.
        sphair::models::Error unread = stale;
        unread.details.remove(QStringLiteral("current_etag"));
        panel.present(unread, {QStringLiteral("Mine"), QString()}, std::nullopt);
        QCOMPARE(theirsName->text(), QStringLiteral("unknown"));
        QVERIFY(!panel.useMineButton()->isEnabled());
        QVERIFY(!panel.useTheirsButton()->isEnabled());
        panel.dismiss();
        QVERIFY(!panel.isVisibleTo(&host));
        QVERIFY(panel.theirsEtag().isEmpty());
    }
};

QTEST_MAIN(TestCommonWidgets)
#include "tst_commonwidgets.moc"
