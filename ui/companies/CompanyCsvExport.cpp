#include "ui/companies/CompanyCsvExport.h"

#include "core/AtomicFile.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace sphair::ui {

QString CompanyCsvExport::field(const QString &text)
{
    QString cell = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QByteArray CompanyCsvExport::toCsv(const QAbstractItemModel &model)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QString text;
    QStringList cells;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        cells.append(field(model.headerData(column, Qt::Horizontal).toString()));
    text += cells.join(QLatin1Char(',')) + lineEnd;
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < columns; ++column)
            cells.append(field(model.index(row, column).data().toString()));
        text += cells.join(QLatin1Char(',')) + lineEnd;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

models::Result<int> CompanyCsvExport::write(const QAbstractItemModel &model, const QString &path)
{
    if (auto written = core::AtomicFile::write(path, toCsv(model)); !written) {
        models::Error error = written.error();
        error.code = QStringLiteral("export_failed");
        return error;
    }
    return model.rowCount();
}

} // namespace sphair::ui
