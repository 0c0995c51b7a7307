#include "server/services/ServerText.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <memory>
#include <mutex>

namespace sphair::server {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("sphair::server", text, disambiguation, n);
}

QString trIn(const QString &language, const char *text)
{
    // One translator per language, loaded on first use and kept for the program's life; the
    // sender's thread and request threads may ask at once.
    static std::mutex lock;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> translator;
    {
        const std::lock_guard<std::mutex> locked(lock);
        auto found = translators.constFind(language);
        if (found == translators.constEnd()) {
            auto loaded = std::make_shared<QTranslator>();
            if (language == QLatin1String("en")
                || !loaded->load(QStringLiteral(":/i18n/sphair_%1.qm").arg(language)))
                loaded.reset();
            found = translators.insert(language, loaded);
        }
        translator = found.value();
    }
    const QString translated =
        translator ? translator->translate("sphair::server", text) : QString();
    return translated.isEmpty() ? QString::fromUtf8(text) : translated;
}

} // namespace sphair::server
