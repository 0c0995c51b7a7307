#pragma once

#include "models/domain/Company.h"
#include "models/domain/CompanyFeatureSet.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/FeatureChangeBatch.h"
#include "models/domain/FeatureChangeBatchResult.h"
#include "models/domain/FeatureState.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

class QUndoStack;

namespace sphair::models {

// The features tab's matrix: one row per company, the company column then one column per
// catalog feature. Each cell holds the server's state of the feature for that company (on or
// off, tier default or override, licensed or not) and, on top, a staged edit made in the
// console and not yet applied: switch on, switch off, or back to the tier template.
//
// Staged edits go through undoStack() so that Ctrl+Z / Ctrl+Shift+Z walk them; changeSet()
// turns them into one FeatureChangeBatch with each company's features version; applyResult()
// takes the server's answer in. The marks do not rely on colour: DisplayRole carries glyphs
// (● on, ○ off, ◆ override, ⚠ not licensed, ✎ staged) and the roles below carry each fact.
class FeatureMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kCompanyColumn = 0;

    enum Role {
        SortRole = Qt::UserRole, // company column: code; feature columns: effective on/off
        SearchKeyRole, // lower-cased "code\nname", any column
        TierRole, // int(Tier), any column
        CompanyStatusRole, // int(CompanyStatus), any column
        IdRole, // QUuid, any column
        DriftRole, // bool: the effective features differ from the tier template, any column
        LoadedRole, // bool: the company's features are known, any column
        StagedCountRole, // int: staged cells of the row, any column
        CodeRole, // feature cells: the feature code
        EnabledRole, // feature cells: effective on/off (staged edit applied); settable
        SourceRole, // feature cells: int(FeatureSource), effective
        LicensedRole, // feature cells: the company's license includes the feature
        StagedRole, // feature cells: an edit is staged
        ServerEnabledRole, // feature cells: on/off as the server has it
        TierDefaultRole, // feature cells: the tier template's on/off
        ConfigRole, // feature cells: QJsonObject, the feature's settings as the server has them
    };

    // A staged edit of one cell.
    enum class Stage { None, On, Off, Tier };

    // One line of the staged diff: a company and the codes turned on, off, or back to the
    // tier template without changing on/off.
    struct DiffEntry
    {
        QUuid companyId;
        QString companyCode;
        QString companyName;
        QStringList turnedOn;
        QStringList turnedOff;
        QStringList followTier; // override dropped, on/off unchanged
    };

    explicit FeatureMatrixModel(QObject *parent = nullptr);
    ~FeatureMatrixModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The catalog decides the columns and the tier templates. Resets the model and drops
    // staged edits.
    void setCatalog(const FeatureCatalogDocument &catalog);
    const FeatureCatalogDocument &catalog() const { return m_catalog; }
    // Replaces every row; features unknown until setCompanyFeatures(). Drops staged edits.
    void setCompanies(const QList<Company> &companies);
    // Adds rows at the end for the companies not yet listed (a further page of a list);
    // features unknown until setCompanyFeatures(). Keeps staged edits.
    void appendCompanies(const QList<Company> &companies);
    // The server's features of one listed company (loaded, reloaded or after a change). Its
    // staged edits stay, except those that now match the server. False when not listed.
    bool setCompanyFeatures(const CompanyFeatureSet &features);

    int featureCount() const { return static_cast<int>(m_codes.size()); }
    // The feature column of `code`, or -1.
    int columnOf(const QString &code) const;
    QString codeAt(int column) const;
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    const Company &companyAt(int row) const { return m_rows[static_cast<size_t>(row)].company; }
    bool isLoaded(int row) const { return m_rows[static_cast<size_t>(row)].loaded; }
    bool isDrifted(int row) const;
    const QString &searchKeyAt(int row) const { return m_rows[static_cast<size_t>(row)].searchKey; }
    bool effectiveEnabled(int row, int column) const;
    bool isLicensed(int row, int column) const;
    bool tierDefault(int row, int column) const;
    // Tier template or override, as the server has it (no staged edit applied).
    FeatureSource serverSourceAt(int row, int column) const { return cellAt(row, column).source; }

    // Staging; each is one undo step (none when it changes nothing). Cells of companies whose
    // features are not loaded are left alone.
    // Sets a cell on or off; returns whether anything was staged.
    bool setCell(int row, int column, bool enabled);
    bool toggleCell(int row, int column);
    // Sets feature `column` of every row in `rows`.
    bool setForRows(const QList<int> &rows, int column, bool enabled);
    // Drops every override of the rows: the tier template decides again.
    bool resetRowsToTemplate(const QList<int> &rows);
    // Stages many cells at once (rows, columns, on/off) as one undo step; for bulk edits.
    struct CellEdit
    {
        int row = 0;
        int column = 0;
        bool enabled = false;
    };
    bool setCells(const QList<CellEdit> &edits, const QString &undoText = {});

    // Drops every staged edit (and the undo history).
    void discard();
    bool hasStagedEdits() const { return m_stagedCells > 0; }
    int stagedCellCount() const { return m_stagedCells; }
    QUndoStack *undoStack() const { return m_undo; }

    // The staged diff, by company in row order.
    QList<DiffEntry> diff() const;
    // "+3 on, −1 off across 2 companies".
    QString diffSummary() const;
    // One line per company: "ACME-01 (Acme): on: chat; off: reports".
    QStringList diffLines() const;
    // Every staged edit as one atomic change set, with each company's features version.
    FeatureChangeBatch changeSet() const;
    // The settings of a feature cell as the server has them (every setting, defaults filled).
    QJsonObject serverConfig(int row, int column) const;
    // The company's features version as last loaded.
    qint64 featuresVersion(int row) const { return m_rows[static_cast<size_t>(row)].version; }
    // A change set of one company that sets `config` (the settings to change) of the feature
    // in `column` and nothing else, with the company's features version; staged edits are not
    // part of it.
    FeatureChangeBatch settingsChangeSet(int row, int column, const QJsonObject &config) const;
    // Takes the server's answer to changeSet(): the companies' new features and versions;
    // their staged edits are dropped, and the undo history with them.
    void applyResult(const FeatureChangeBatchResult &result);

    static QString glyphText(bool enabled, FeatureSource source, bool licensed, bool staged);

private:
    struct Cell
    {
        bool enabled = false;
        FeatureSource source = FeatureSource::Tier;
        bool licensed = false;
        Stage stage = Stage::None;
        QJsonObject config; // as the server has it
    };
    struct Row
    {
        Company company;
        QString searchKey;
        bool loaded = false;
        qint64 version = 0;
        int staged = 0;
        std::vector<Cell> cells; // one per feature column
    };
    struct StageChange
    {
        QUuid companyId;
        int featureIndex = 0;
        Stage before = Stage::None;
        Stage after = Stage::None;
    };
    class StageCommand;
    friend class StageCommand;

    const Cell &cellAt(int row, int column) const
    {
        return m_rows[static_cast<size_t>(row)].cells[static_cast<size_t>(column - 1)];
    }
    // Appends a row for `company` unless it is listed already (no model signals).
    void addRow(const Company &company);
    bool tierDefaultOf(const Row &row, int featureIndex) const;
    bool effectiveOf(const Row &row, int featureIndex) const;
    FeatureSource effectiveSourceOf(const Row &row, int featureIndex) const;
    // The stage that makes the cell `enabled` (None when the server already has it so).
    Stage stageFor(const Row &row, int featureIndex, bool enabled) const;
    Stage normalized(const Row &row, int featureIndex, Stage stage) const;
    // Pushes one undo command for `changes` (those that change nothing are dropped).
    bool push(const std::vector<StageChange> &changes, const QString &text);
    // Sets the stages of `changes` (after, or before when `undo`), announcing the rows.
    void writeStages(const std::vector<StageChange> &changes, bool undo);
    void clearStages();
    QString cellToolTip(const Row &row, int featureIndex) const;

    FeatureCatalogDocument m_catalog;
    QStringList m_codes;
    QHash<QString, int> m_featureIndex;
    QMap<Tier, QList<bool>> m_tierDefaults; // per tier, per feature index
    std::vector<Row> m_rows;
    QHash<QUuid, int> m_rowById;
    int m_stagedCells = 0;
    QUndoStack *m_undo = nullptr;
};

} // namespace sphair::models
