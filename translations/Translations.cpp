#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sphair {

void installTranslations(QCoreApplication &app)
{
    const QByteArray forced = qgetenv("SPHAIR_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale() : QLocale(QString::fromLatin1(forced));

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // No translation for the locale: English, whose file holds only the plural forms
    // ("1 user", "2 users").
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("sphair"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/sphair_en.qm")))
        QCoreApplication::installTranslator(translator);
}

} // namespace sphair
