#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace sphair::models {

// The base of the Usage tab's chart data models: a read-only table of plain values (numbers,
// ISO dates and names, not formatted for a locale), one row per point or bar of its chart, with
// a header per column. What a chart draws comes from its model, and "Export CSV…" writes the
// same table, so the exported numbers are the charted ones.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The plain value of a cell; invalid outside the table.
    QVariant value(int row, int column) const;

protected:
    // Replaces the whole table (a model reset). Every row has headers.size() cells.
    void setTable(QStringList headers, QList<QVariantList> rows);
    // Roles other than display, edit and alignment; the default has none.
    virtual QVariant roleData(int row, int column, int role) const;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace sphair::models
