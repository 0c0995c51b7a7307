#pragma once

#include <QString>

namespace sphair::server {

// The server's sentences (error messages, log lines meant for people), marked for translation
// in one context, "sphair::server". The platform answers in English today: its catalogue is
// not part of the console's translations, and the console shows its own words for the codes
// it knows.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// A sentence of the "sphair::server" context in `language` ("de"; anything else, or a
// sentence without a translation: English), for what the platform writes to a company in the
// company's language (maintenance notices). Mark the sentence with
// QT_TRANSLATE_NOOP("sphair::server", …) where it is written; its German comes from the
// translations compiled into the program (":/i18n/sphair_<language>.qm", translations/),
// which only the sources listed in translations/CMakeLists.txt feed.
QString trIn(const QString &language, const char *text);

} // namespace sphair::server
