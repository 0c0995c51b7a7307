#pragma once

#include <QAbstractTableModel>

namespace sphair::models {

// A read-only table whose cells are text or figures, the base of the System health view's
// tables: figures show in the user's locale (whole numbers grouped, fractions with one
// decimal) and right-aligned; SortRole gives every cell's raw value, so a
// QSortFilterProxyModel sorts numbers as numbers.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, // the raw value (QString, qint64 or double)
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A figure as a cell shows it: 1234 → "1,234", 12.34 → "12.3" (in the user's locale).
    static QString formatFigure(const QVariant &value);

protected:
    FigureTableModel(int columns, QObject *parent);

    virtual int rows() const = 0;
    // A text cell as a QString, a figure as qint64 or double.
    virtual QVariant rawValue(int row, int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant toolTip(int row, int column) const;

private:
    int m_columns;
};

} // namespace sphair::models
