#pragma once

class QCoreApplication;

namespace sphair {

// Installs the translator for the system locale (":/i18n/sphair_<lang>.qm") and Qt's own.
// SPHAIR_LANG overrides the locale (e.g. SPHAIR_LANG=de). Without a translation for the
// locale, the English plural forms.
void installTranslations(QCoreApplication &app);

} // namespace sphair
