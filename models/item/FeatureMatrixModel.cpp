#include "models/item/FeatureMatrixModel.h"

#include "models/domain/FeatureSettings.h"
#include "models/item/CompanyTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace sphair::models {

// One undo step: the stages of some cells before and after.
class FeatureMatrixModel::StageCommand : public QUndoCommand
{
public:
    StageCommand(FeatureMatrixModel *model, std::vector<StageChange> changes, const QString &text)
        : m_model(model)
        , m_changes(std::move(changes))
    {
        setText(text);
    }
    void redo() override { m_model->writeStages(m_changes, false); }
    void undo() override { m_model->writeStages(m_changes, true); }

private:
    FeatureMatrixModel *m_model;
    std::vector<StageChange> m_changes;
};

FeatureMatrixModel::FeatureMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{ }

FeatureMatrixModel::~FeatureMatrixModel() = default;

int FeatureMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeatureMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + featureCount();
}

int FeatureMatrixModel::columnOf(const QString &code) const
{
    const int index = m_featureIndex.value(code, -1);
    return index < 0 ? -1 : index + 1;
}

QString FeatureMatrixModel::codeAt(int column) const
{
    return column >= 1 && column <= featureCount() ? m_codes.at(column - 1) : QString();
}

bool FeatureMatrixModel::tierDefaultOf(const Row &row, int featureIndex) const
{
    const QList<bool> defaults = m_tierDefaults.value(row.company.tier);
    return featureIndex < defaults.size() && defaults.at(featureIndex);
}

bool FeatureMatrixModel::effectiveOf(const Row &row, int featureIndex) const
{
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    switch (cell.stage) {
    case Stage::On:
        return true;
    case Stage::Off:
        return false;
    case Stage::Tier:
        return tierDefaultOf(row, featureIndex);
    case Stage::None:
        break;
    }
    return cell.enabled;
}

FeatureSource FeatureMatrixModel::effectiveSourceOf(const Row &row, int featureIndex) const
{
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    switch (cell.stage) {
    case Stage::On:
    case Stage::Off:
        return FeatureSource::Override;
    case Stage::Tier:
        return FeatureSource::Tier;
    case Stage::None:
        break;
    }
    return cell.source;
}

bool FeatureMatrixModel::effectiveEnabled(int row, int column) const
{
    return effectiveOf(m_rows[static_cast<size_t>(row)], column - 1);
}

bool FeatureMatrixModel::isLicensed(int row, int column) const
{
    return cellAt(row, column).licensed;
}

bool FeatureMatrixModel::tierDefault(int row, int column) const
{
    return tierDefaultOf(m_rows[static_cast<size_t>(row)], column - 1);
}

bool FeatureMatrixModel::isDrifted(int row) const
{
    const Row &r = m_rows[static_cast<size_t>(row)];
    if (!r.loaded)
        return false;
    for (int i = 0; i < featureCount(); ++i) {
        if (effectiveOf(r, i) != tierDefaultOf(r, i))
            return true;
    }
    return false;
}

QString FeatureMatrixModel::glyphText(bool enabled, FeatureSource source, bool licensed,
                                      bool staged)
{
    QString text = enabled ? QStringLiteral("●") : QStringLiteral("○");
    if (source == FeatureSource::Override)
        text += QStringLiteral(" ◆");
    if (!licensed)
        text += QStringLiteral(" ⚠");
    if (staged)
        text += QStringLiteral(" ✎");
    return text;
}

QString FeatureMatrixModel::cellToolTip(const Row &row, int featureIndex) const
{
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    const bool on = effectiveOf(row, featureIndex);
    QStringList lines;
    lines << (on ? tr("On") : tr("Off"));
    lines << (effectiveSourceOf(row, featureIndex) == FeatureSource::Override
                  ? tr("Override (the tier template has it %1)")
                        .arg(tierDefaultOf(row, featureIndex) ? tr("on") : tr("off"))
                  : tr("Tier template default"));
    if (!cell.licensed)
        lines << tr("Not licensed: the company's license does not include this feature");
    if (cell.stage != Stage::None)
        lines << tr("Staged: the server has it %1").arg(cell.enabled ? tr("on") : tr("off"));
    return lines.join(QLatin1Char('\n'));
}

QVariant FeatureMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case SearchKeyRole:
        return row.searchKey;
    case TierRole:
        return static_cast<int>(row.company.tier);
    case CompanyStatusRole:
        return static_cast<int>(row.company.status);
    case IdRole:
        return row.company.id;
    case DriftRole:
        return isDrifted(index.row());
    case LoadedRole:
        return row.loaded;
    case StagedCountRole:
        return row.staged;
    default:
        break;
    }
    if (index.column() == kCompanyColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.staged > 0
                ? QStringLiteral("%1 · %2 ✎").arg(row.company.code, row.company.name)
                : QStringLiteral("%1 · %2").arg(row.company.code, row.company.name);
        case SortRole:
            return row.company.code;
        case Qt::ToolTipRole:
            return tr("%1, tier %2").arg(row.company.name, tierDisplayName(row.company.tier));
        default:
            return {};
        }
    }
    const int featureIndex = index.column() - 1;
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    const bool staged = cell.stage != Stage::None;
    switch (role) {
    case Qt::DisplayRole:
        if (!row.loaded)
            return QStringLiteral("…");
        return glyphText(effectiveOf(row, featureIndex), effectiveSourceOf(row, featureIndex),
                         cell.licensed, staged);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.loaded ? cellToolTip(row, featureIndex) : tr("Loading…");
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignCenter);
    case Qt::FontRole:
        if (staged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (staged)
            return QBrush(QColor(255, 236, 179));
        return {};
    case Qt::ForegroundRole:
        if (staged)
            return QBrush(QColor(Qt::black));
        return {};
    case SortRole:
    case EnabledRole:
        return effectiveOf(row, featureIndex);
    case CodeRole:
        return m_codes.at(featureIndex);
    case SourceRole:
        return static_cast<int>(effectiveSourceOf(row, featureIndex));
    case LicensedRole:
        return cell.licensed;
    case StagedRole:
        return staged;
    case ServerEnabledRole:
        return cell.enabled;
    case TierDefaultRole:
        return tierDefaultOf(row, featureIndex);
    case ConfigRole:
        return cell.config;
    default:
        return {};
    }
}

bool FeatureMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == kCompanyColumn || (role != EnabledRole && role != Qt::EditRole))
        return false;
    return setCell(index.row(), index.column(), value.toBool());
}

Qt::ItemFlags FeatureMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}

QVariant FeatureMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kCompanyColumn) {
        if (role == Qt::DisplayRole)
            return tr("Company");
        return {};
    }
    const FeatureCatalogDocument::Entry &entry =
        m_catalog.features.at(static_cast<qsizetype>(section - 1));
    switch (role) {
    case Qt::DisplayRole:
        return entry.displayName();
    case Qt::ToolTipRole:
        return entry.description.isEmpty()
            ? entry.code
            : QStringLiteral("%1\n%2").arg(entry.code, entry.description);
    case CodeRole:
        return entry.code;
    default:
        return {};
    }
}

void FeatureMatrixModel::setCatalog(const FeatureCatalogDocument &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_codes = catalog.codes();
    m_featureIndex.clear();
    for (int i = 0; i < m_codes.size(); ++i)
        m_featureIndex.insert(m_codes.at(i), i);
    m_tierDefaults.clear();
    for (auto it = catalog.tiers.cbegin(); it != catalog.tiers.cend(); ++it) {
        QList<bool> defaults(m_codes.size(), false);
        for (const QString &code : it->features) {
            const int i = m_featureIndex.value(code, -1);
            if (i >= 0)
                defaults[i] = true;
        }
        m_tierDefaults.insert(it.key(), defaults);
    }
    for (Row &row : m_rows) {
        row.cells.assign(static_cast<size_t>(m_codes.size()), Cell {});
        row.loaded = false;
        row.staged = 0;
    }
    m_stagedCells = 0;
    m_undo->clear();
    endResetModel();
}

void FeatureMatrixModel::setCompanies(const QList<Company> &companies)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_rows.reserve(static_cast<size_t>(companies.size()));
    for (const Company &company : companies)
        addRow(company);
    m_stagedCells = 0;
    m_undo->clear();
    endResetModel();
}

void FeatureMatrixModel::appendCompanies(const QList<Company> &companies)
{
    QList<Company> added;
    QSet<QUuid> seen;
    for (const Company &company : companies) {
        if (!m_rowById.contains(company.id) && !seen.contains(company.id)) {
            seen.insert(company.id);
            added.append(company);
        }
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.reserve(m_rows.size() + static_cast<size_t>(added.size()));
    for (const Company &company : std::as_const(added))
        addRow(company);
    endInsertRows();
}

void FeatureMatrixModel::addRow(const Company &company)
{
    if (m_rowById.contains(company.id))
        return;
    Row row;
    row.company = company;
    row.searchKey = CompanyTableModel::searchKey(company);
    row.cells.assign(static_cast<size_t>(m_codes.size()), Cell {});
    m_rowById.insert(company.id, static_cast<int>(m_rows.size()));
    m_rows.push_back(std::move(row));
}

bool FeatureMatrixModel::setCompanyFeatures(const CompanyFeatureSet &features)
{
    const int rowNumber = rowOf(features.companyId);
    if (rowNumber < 0)
        return false;
    Row &row = m_rows[static_cast<size_t>(rowNumber)];
    row.company.tier = features.tier;
    row.version = features.version;
    row.loaded = true;
    QList<bool> seen(m_codes.size(), false);
    for (const FeatureState &state : features.features) {
        const int i = m_featureIndex.value(state.code, -1);
        if (i < 0)
            continue;
        seen[i] = true;
        Cell &cell = row.cells[static_cast<size_t>(i)];
        cell.enabled = state.enabled;
        cell.source = state.source;
        cell.licensed = state.licensed;
        cell.config = state.config;
    }
    for (int i = 0; i < m_codes.size(); ++i) {
        Cell &cell = row.cells[static_cast<size_t>(i)];
        if (!seen.at(i)) {
            cell.enabled = tierDefaultOf(row, i);
            cell.source = FeatureSource::Tier;
            cell.licensed = false;
            cell.config = FeatureSettings::effective(m_codes.at(i), {});
        }
        const Stage stage = normalized(row, i, cell.stage);
        if (stage != cell.stage) {
            if (cell.stage != Stage::None) {
                --row.staged;
                --m_stagedCells;
            }
            cell.stage = stage;
        }
    }
    emit dataChanged(index(rowNumber, 0), index(rowNumber, featureCount()));
    return true;
}

FeatureMatrixModel::Stage FeatureMatrixModel::normalized(const Row &row, int featureIndex,
                                                         Stage stage) const
{
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    switch (stage) {
    case Stage::On:
        return cell.source == FeatureSource::Override && cell.enabled ? Stage::None : stage;
    case Stage::Off:
        return cell.source == FeatureSource::Override && !cell.enabled ? Stage::None : stage;
    case Stage::Tier:
        return cell.source == FeatureSource::Tier ? Stage::None : stage;
    case Stage::None:
        break;
    }
    return Stage::None;
}

FeatureMatrixModel::Stage FeatureMatrixModel::stageFor(const Row &row, int featureIndex,
                                                       bool enabled) const
{
    const Cell &cell = row.cells[static_cast<size_t>(featureIndex)];
    if (cell.enabled == enabled)
        return Stage::None; // back to what the server has
    return enabled ? Stage::On : Stage::Off;
}

bool FeatureMatrixModel::setCells(const QList<CellEdit> &edits, const QString &undoText)
{
    std::vector<StageChange> changes;
    changes.reserve(static_cast<size_t>(edits.size()));
    for (const CellEdit &edit : edits) {
        if (edit.row < 0 || edit.row >= rowCount() || edit.column < 1
            || edit.column > featureCount())
            continue;
        const Row &row = m_rows[static_cast<size_t>(edit.row)];
        if (!row.loaded)
            continue;
        const int i = edit.column - 1;
        if (effectiveOf(row, i) == edit.enabled)
            continue;
        changes.push_back({row.company.id, i, row.cells[static_cast<size_t>(i)].stage,
                           stageFor(row, i, edit.enabled)});
    }
    return push(changes, undoText.isEmpty() ? tr("Change features") : undoText);
}

bool FeatureMatrixModel::setCell(int row, int column, bool enabled)
{
    return setCells({CellEdit {row, column, enabled}},
                    enabled ? tr("Switch %1 on").arg(codeAt(column))
                            : tr("Switch %1 off").arg(codeAt(column)));
}

bool FeatureMatrixModel::toggleCell(int row, int column)
{
    if (row < 0 || row >= rowCount() || column < 1 || column > featureCount())
        return false;
    return setCell(row, column, !effectiveEnabled(row, column));
}

bool FeatureMatrixModel::setForRows(const QList<int> &rows, int column, bool enabled)
{
    QList<CellEdit> edits;
    edits.reserve(rows.size());
    for (int row : rows)
        edits.append(CellEdit {row, column, enabled});
    return setCells(
        edits,
        enabled ? tr("Switch %1 on for %n company(s)", nullptr, static_cast<int>(rows.size()))
                      .arg(codeAt(column))
                : tr("Switch %1 off for %n company(s)", nullptr, static_cast<int>(rows.size()))
                      .arg(codeAt(column)));
}

bool FeatureMatrixModel::resetRowsToTemplate(const QList<int> &rows)
{
    std::vector<StageChange> changes;
    for (int rowNumber : rows) {
        if (rowNumber < 0 || rowNumber >= rowCount())
            continue;
        const Row &row = m_rows[static_cast<size_t>(rowNumber)];
        if (!row.loaded)
            continue;
        for (int i = 0; i < featureCount(); ++i) {
            const Cell &cell = row.cells[static_cast<size_t>(i)];
            const Stage after = cell.source == FeatureSource::Override ? Stage::Tier : Stage::None;
            if (after != cell.stage)
                changes.push_back({row.company.id, i, cell.stage, after});
        }
    }
    return push(
        changes,
        tr("Reset %n company(s) to the tier template", nullptr, static_cast<int>(rows.size())));
}

bool FeatureMatrixModel::push(const std::vector<StageChange> &changes, const QString &text)
{
    std::vector<StageChange> effective;
    effective.reserve(changes.size());
    for (const StageChange &change : changes) {
        if (change.before != change.after)
            effective.push_back(change);
    }
    if (effective.empty())
        return false;
    m_undo->push(new StageCommand(this, std::move(effective), text));
    return true;
}

void FeatureMatrixModel::writeStages(const std::vector<StageChange> &changes, bool undo)
{
    std::vector<int> touched;
    touched.reserve(changes.size());
    for (const StageChange &change : changes) {
        const int rowNumber = rowOf(change.companyId);
        if (rowNumber < 0 || change.featureIndex >= featureCount())
            continue;
        Row &row = m_rows[static_cast<size_t>(rowNumber)];
        Cell &cell = row.cells[static_cast<size_t>(change.featureIndex)];
        const Stage stage =
            normalized(row, change.featureIndex, undo ? change.before : change.after);
        if (cell.stage != Stage::None) {
            --row.staged;
            --m_stagedCells;
        }
        cell.stage = stage;
        if (cell.stage != Stage::None) {
            ++row.staged;
            ++m_stagedCells;
        }
        touched.push_back(rowNumber);
    }
    // One dataChanged per run of adjacent rows: a bulk edit over scattered companies must not
    // make the proxy look at every row in between.
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (size_t first = 0; first < touched.size();) {
        size_t last = first;
        while (last + 1 < touched.size() && touched[last + 1] == touched[last] + 1)
            ++last;
        emit dataChanged(index(touched[first], 0), index(touched[last], featureCount()));
        first = last + 1;
    }
}

void FeatureMatrixModel::clearStages()
{
    for (Row &row : m_rows) {
        for (Cell &cell : row.cells)
            cell.stage = Stage::None;
        row.staged = 0;
    }
    m_stagedCells = 0;
}

void FeatureMatrixModel::discard()
{
    m_undo->clear();
    if (m_stagedCells == 0)
        return;
    clearStages();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, featureCount()));
}

QList<FeatureMatrixModel::DiffEntry> FeatureMatrixModel::diff() const
{
    QList<DiffEntry> entries;
    for (const Row &row : m_rows) {
        if (row.staged == 0)
            continue;
        DiffEntry entry;
        entry.companyId = row.company.id;
        entry.companyCode = row.company.code;
        entry.companyName = row.company.name;
        for (int i = 0; i < featureCount(); ++i) {
            const Cell &cell = row.cells[static_cast<size_t>(i)];
            if (cell.stage == Stage::None)
                continue;
            const bool after = effectiveOf(row, i);
            if (after == cell.enabled)
                entry.followTier.append(m_codes.at(i));
            else if (after)
                entry.turnedOn.append(m_codes.at(i));
            else
                entry.turnedOff.append(m_codes.at(i));
        }
        entries.append(entry);
    }
    return entries;
}

QString FeatureMatrixModel::diffSummary() const
{
    int on = 0;
    int off = 0;
    const QList<DiffEntry> entries = diff();
    for (const DiffEntry &entry : entries) {
        on += static_cast<int>(entry.turnedOn.size());
        off += static_cast<int>(entry.turnedOff.size());
    }
    if (entries.isEmpty())
        return tr("No staged changes");
    //: e.g. "+3 on, −1 off across 2 companies"; %1 and %2 are the counts with their words
    return tr("%1, %2 across %n company(s)", nullptr, static_cast<int>(entries.size()))
        .arg(tr("+%n on", nullptr, on), tr("−%n off", nullptr, off));
}

QStringList FeatureMatrixModel::diffLines() const
{
    QStringList lines;
    const QList<DiffEntry> entries = diff();
    for (const DiffEntry &entry : entries) {
        QStringList parts;
        if (!entry.turnedOn.isEmpty())
            parts << tr("on: %1").arg(entry.turnedOn.join(QStringLiteral(", ")));
        if (!entry.turnedOff.isEmpty())
            parts << tr("off: %1").arg(entry.turnedOff.join(QStringLiteral(", ")));
        if (!entry.followTier.isEmpty())
            parts << tr("follow the tier: %1").arg(entry.followTier.join(QStringLiteral(", ")));
        lines << tr("%1 (%2): %3")
                     .arg(entry.companyCode, entry.companyName, parts.join(QStringLiteral("; ")));
    }
    return lines;
}

FeatureChangeBatch FeatureMatrixModel::changeSet() const
{
    FeatureChangeBatch batch;
    for (const Row &row : m_rows) {
        if (row.staged == 0)
            continue;
        FeatureChangeBatch::Company company;
        company.companyId = row.company.id;
        company.version = row.version;
        for (int i = 0; i < featureCount(); ++i) {
            const Cell &cell = row.cells[static_cast<size_t>(i)];
            if (cell.stage == Stage::None)
                continue;
            FeatureChange change;
            change.code = m_codes.at(i);
            if (cell.stage == Stage::On)
                change.enabled = true;
            else if (cell.stage == Stage::Off)
                change.enabled = false;
            company.changes.append(change);
        }
        batch.companies.append(company);
    }
    return batch;
}

QJsonObject FeatureMatrixModel::serverConfig(int row, int column) const
{
    return cellAt(row, column).config;
}

FeatureChangeBatch FeatureMatrixModel::settingsChangeSet(int row, int column,
                                                         const QJsonObject &config) const
{
    FeatureChangeBatch::Company company;
    company.companyId = companyAt(row).id;
    company.version = featuresVersion(row);
    company.changes.append(FeatureChange::settings(codeAt(column), config));
    FeatureChangeBatch batch;
    batch.companies.append(company);
    return batch;
}

void FeatureMatrixModel::applyResult(const FeatureChangeBatchResult &result)
{
    if (!result.applied)
        return;
    for (const FeatureChangeBatchResult::Company &company : result.companies) {
        const int rowNumber = rowOf(company.companyId);
        if (rowNumber < 0)
            continue;
        Row &row = m_rows[static_cast<size_t>(rowNumber)];
        for (Cell &cell : row.cells)
            cell.stage = Stage::None;
        m_stagedCells -= row.staged;
        row.staged = 0;
        CompanyFeatureSet features;
        features.companyId = company.companyId;
        features.tier = row.company.tier;
        features.features = company.features;
        features.version = company.version;
        setCompanyFeatures(features);
    }
    m_undo->clear();
}

} // namespace sphair::models
