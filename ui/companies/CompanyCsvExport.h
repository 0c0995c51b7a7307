#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace sphair::ui {

// Writes a table exactly as shown — the model's rows in its order, every column, a header
// row — as RFC 4180 CSV in UTF-8 (with a byte-order mark, so spreadsheets read the accents).
// Cells a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) get a leading apostrophe, so an exported company name cannot run code.
class CompanyCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(sphair::ui::CompanyCsvExport)
public:
    // One field: neutralised, then quoted when it holds a comma, a quote or a line break.
    static QString field(const QString &text);
    // The whole document, CRLF line ends.
    static QByteArray toCsv(const QAbstractItemModel &model);
    // Writes atomically (QSaveFile): the file is complete or untouched. Returns the number
    // of data rows written.
    static models::Result<int> write(const QAbstractItemModel &model, const QString &path);
};

} // namespace sphair::ui
