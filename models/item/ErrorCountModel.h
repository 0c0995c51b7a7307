#pragma once

#include "models/domain/SystemHealth.h"

#include <QAbstractTableModel>
#include <QList>

namespace sphair::models {

// The most frequent API error codes of the range, most frequent first (the server's order),
// with each code's share of all the errors listed.
class ErrorCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        CountColumn,
        ShareColumn, // % of the counts listed
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value (QString, qint64 or double)
    };

    explicit ErrorCountModel(QObject *parent = nullptr);

    void setErrors(QList<ErrorCount> errors);
    const QList<ErrorCount> &errors() const { return m_errors; }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    double share(const ErrorCount &error) const;

    QList<ErrorCount> m_errors;
    qint64 m_total = 0;
};

} // namespace sphair::models
