// The German translation as the console loads it: every context in the .ts file is one the
// code really asks for (lupdate can file messages under a shortened class name, which then
// never load), nothing is left untranslated, and messages from library code reached through
// free helper functions come out in German.
#include "client/ClientError.h"
#include "licensing/vault/KeyVault.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sphair;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("SPHAIR_LANG", "de");
        installTranslations(*QCoreApplication::instance());
    }

    void everyContextIsFullyQualifiedAndFinished()
    {
        QFile file(QStringLiteral(SPHAIR_SOURCE_DIR "/translations/sphair_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QStringList badContexts;
        int unfinished = 0;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                const QString context = xml.readElementText();
                // Classes live in namespace sphair::…; only main.cpp uses a plain context.
                if (context != QLatin1String("main") && !context.startsWith(u"sphair::"))
                    badContexts.append(context);
            } else if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    ++unfinished;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 700);
        QVERIFY2(badContexts.isEmpty(), qPrintable(badContexts.join(u", ")));
        QCOMPARE(unfinished, 0);
    }

    void englishHasItsPluralForms()
    {
        // English is the source language; its file only turns "%n user(s)" into real words.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/sphair_en.qm")));
        const char *context = "sphair::models::CompanyTableModel";
        const char *source = "%1 of at most %n user(s)";
        QCOMPARE(english.translate(context, source, nullptr, 1),
                 QStringLiteral("%1 of at most %n user"));
        QCOMPARE(english.translate(context, source, nullptr, 2),
                 QStringLiteral("%1 of at most %n users"));
        QCOMPARE(english.translate("sphair::ui::CompanyStatusDialog",
                                   "%n user(s) of this company lose access until it is "
                                   "activated again.",
                                   nullptr, 1),
                 QStringLiteral("%n user of this company loses access until it is activated "
                                "again."));
    }

    void everyPluralIsFinishedInEnglish()
    {
        QFile file(QStringLiteral(SPHAIR_SOURCE_DIR "/translations/sphair_en.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("numerus=\"yes\"") >= 20);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("<numerusform></numerusform>"), 0);
    }

    void qtsOwnButtonsSpeakGerman()
    {
        // Standard buttons (Cancel, Close) come from Qt's own catalogue, qtbase_de.qm
        // (Debian package qt6-translations-l10n).
        QVERIFY2(QCoreApplication::translate("QPlatformTheme", "Cancel")
                     == QStringLiteral("Abbrechen"),
                 "Qt's German translation is missing: install qt6-translations-l10n");
    }

    void libraryHelpersSpeakGerman()
    {
        // KeyVault's "no such key" comes from a helper function outside the class.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        licensing::KeyVault vault(&settings, QStringLiteral("sphair-translation-test"));
        const auto missing = vault.find(QStringLiteral("k4.pid.nothing-here"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("Ausstellerschlüssel")),
                 qPrintable(missing.error().message));

        const models::Error insecure =
            client::ClientError::insecureUrl(QStringLiteral("http://example.com"));
        QVERIFY2(insecure.message.contains(QStringLiteral("sichere")),
                 qPrintable(insecure.message));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
