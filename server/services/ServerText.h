#pragma once

#include <QString>

namespace sphair::server {

// The server's sentences (error messages, log lines meant for people), marked for translation
// in one context, "sphair::server". The platform answers in English today: its catalogue is
// not part of the console's translations, and the console shows its own words for the codes
// it knows.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace sphair::server
