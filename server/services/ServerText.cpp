#include "server/services/ServerText.h"

#include <QCoreApplication>

namespace sphair::server {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("sphair::server", text, disambiguation, n);
}

} // namespace sphair::server
