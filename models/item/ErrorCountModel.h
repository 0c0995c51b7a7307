#pragma once

#include "models/domain/SystemHealth.h"
#include "models/item/FigureTableModel.h"

#include <QList>

namespace sphair::models {

// The most frequent API error codes of the range, most frequent first (the server's order),
// with each code's share of all the errors listed.
class ErrorCountModel : public FigureTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        CountColumn,
        ShareColumn, // % of the counts listed
        ColumnCount
    };

    explicit ErrorCountModel(QObject *parent = nullptr);

    void setErrors(QList<ErrorCount> errors);
    const QList<ErrorCount> &errors() const { return m_errors; }
    qint64 total() const { return m_total; }

protected:
    int rows() const override;
    QVariant rawValue(int row, int column) const override;
    QString columnTitle(int column) const override;

private:
    QList<ErrorCount> m_errors;
    qint64 m_total = 0;
};

} // namespace sphair::models
