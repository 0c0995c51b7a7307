#include "models/item/CompanyTableModel.h"

#include "models/domain/Page.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sphair::models {

namespace {

QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().date().toString(Qt::ISODate) : QString();
}

// Text colour of a license summary: green while usable, amber and orange as it runs out, red
// once the tenant is locked out, grey when there is nothing to show.
QColor licenseForeground(LicenseDisplayStatus status)
{
    switch (status) {
    case LicenseDisplayStatus::Active:
        return QColor(0x1b, 0x5e, 0x20);
    case LicenseDisplayStatus::Expiring:
        return QColor(0x8a, 0x5a, 0x00);
    case LicenseDisplayStatus::Grace:
        return QColor(0xb3, 0x40, 0x00);
    case LicenseDisplayStatus::Expired:
    case LicenseDisplayStatus::Revoked:
        return QColor(0xb7, 0x1c, 0x1c);
    case LicenseDisplayStatus::None:
    case LicenseDisplayStatus::Scheduled:
    case LicenseDisplayStatus::Superseded:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor licenseBackground(LicenseDisplayStatus status)
{
    switch (status) {
    case LicenseDisplayStatus::Active:
        return QColor(0xe8, 0xf5, 0xe9);
    case LicenseDisplayStatus::Expiring:
        return QColor(0xff, 0xf8, 0xe1);
    case LicenseDisplayStatus::Grace:
        return QColor(0xff, 0xe0, 0xb2);
    case LicenseDisplayStatus::Expired:
    case LicenseDisplayStatus::Revoked:
        return QColor(0xff, 0xeb, 0xee);
    case LicenseDisplayStatus::None:
    case LicenseDisplayStatus::Scheduled:
    case LicenseDisplayStatus::Superseded:
        break;
    }
    return {};
}

} // namespace

CompanyTableModel::CompanyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CompanyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompanyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const Company &company = row.company;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(company, column);
    case Qt::ToolTipRole:
        return toolTipData(company, column);
    case Qt::ForegroundRole:
        if (column == LicenseStatusColumn || column == LicenseExpiryColumn)
            return QBrush(licenseForeground(company.licenseStatus));
        if (company.status != CompanyStatus::Active)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::BackgroundRole:
        if (column == LicenseStatusColumn) {
            const QColor colour = licenseBackground(company.licenseStatus);
            if (colour.isValid())
                return QBrush(colour);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == UsersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(company, column);
    case SearchKeyRole:
        return row.searchKey;
    case TierRole:
        return static_cast<int>(company.tier);
    case CompanyStatusRole:
        return static_cast<int>(company.status);
    case IdRole:
        return company.id;
    default:
        return {};
    }
}

QVariant CompanyTableModel::displayData(const Company &company, int column) const
{
    switch (column) {
    case CodeColumn:
        return company.code;
    case NameColumn:
        return company.name;
    case TierColumn:
        return tierDisplayName(company.tier);
    case UsersColumn:
        return tr("%1 / %2").arg(company.userCount).arg(company.maxUsers);
    case LicenseStatusColumn:
        return licenseDisplayStatusDisplayName(company.licenseStatus);
    case LicenseExpiryColumn:
        return isoDate(company.licenseExpiresAt);
    case StatusColumn:
        return companyStatusDisplayName(company.status);
    default:
        return {};
    }
}

QVariant CompanyTableModel::sortData(const Company &company, int column) const
{
    switch (column) {
    case CodeColumn:
        return company.code;
    case NameColumn:
        return company.name;
    case TierColumn:
        return static_cast<int>(company.tier);
    case UsersColumn:
        return company.userCount;
    case LicenseStatusColumn:
        return static_cast<int>(company.licenseStatus);
    case LicenseExpiryColumn:
        return company.licenseExpiresAt;
    case StatusColumn:
        return static_cast<int>(company.status);
    default:
        return {};
    }
}

QVariant CompanyTableModel::toolTipData(const Company &company, int column) const
{
    switch (column) {
    case CodeColumn:
    case NameColumn:
        return company.contactEmail.isEmpty()
            ? company.name
            : tr("%1 — %2").arg(company.name, company.contactEmail);
    case UsersColumn:
        return tr("%1 of at most %n user(s)", nullptr, company.maxUsers).arg(company.userCount);
    case LicenseStatusColumn:
    case LicenseExpiryColumn:
        if (!company.licenseExpiresAt.isValid())
            return licenseDisplayStatusDisplayName(company.licenseStatus);
        return tr("%1, expires %2")
            .arg(licenseDisplayStatusDisplayName(company.licenseStatus),
                 company.licenseExpiresAt.toUTC().toString(Qt::ISODate));
    default:
        return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case TierColumn:
        return tr("Tier");
    case UsersColumn:
        return tr("Users / max");
    case LicenseStatusColumn:
        return tr("License");
    case LicenseExpiryColumn:
        return tr("License expires");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> CompanyTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(SearchKeyRole, "searchKey");
    names.insert(TierRole, "tier");
    names.insert(CompanyStatusRole, "companyStatus");
    names.insert(IdRole, "companyId");
    return names;
}

bool CompanyTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetchRequested;
}

void CompanyTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchRequested = true;
    emit fetchMoreRequested();
}

void CompanyTableModel::setCompanies(QList<Company> companies, bool hasMore)
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    appendRows(std::move(companies));
    m_hasMore = hasMore;
    m_fetchRequested = false;
    endResetModel();
}

void CompanyTableModel::appendPage(QList<Company> companies, bool hasMore)
{
    m_hasMore = hasMore;
    m_fetchRequested = false;
    companies.removeIf([this](const Company &company) { return updateCompany(company); });
    if (companies.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(companies.size()) - 1);
    appendRows(std::move(companies));
    endInsertRows();
}

Status CompanyTableModel::loadFromJson(const QByteArray &json)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(
            QStringLiteral("invalid_json"),
            tr("The company list is not a JSON object: %1").arg(parseError.errorString()));
    auto page = Page<Company>::fromJson(document.object());
    if (!page.ok())
        return page.error();
    const bool more = page->hasMore();
    setCompanies(std::move(page.value().items), more);
    return Status::success();
}

bool CompanyTableModel::updateCompany(const Company &company)
{
    const int row = rowOf(company.id);
    if (row < 0 || company.id.isNull())
        return false;
    Row &target = m_rows[static_cast<size_t>(row)];
    target.company = company;
    target.searchKey = searchKey(company);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void CompanyTableModel::addCompany(const Company &company)
{
    if (company.id.isNull() || updateCompany(company))
        return;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    appendRows({company});
    endInsertRows();
}

bool CompanyTableModel::removeCompany(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0 || id.isNull())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(id);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
    return true;
}

void CompanyTableModel::appendRows(QList<Company> &&companies)
{
    m_rows.reserve(m_rows.size() + static_cast<size_t>(companies.size()));
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()) + companies.size());
    for (Company &company : companies) {
        QString key = searchKey(company);
        if (!company.id.isNull())
            m_rowById.insert(company.id, static_cast<int>(m_rows.size()));
        m_rows.push_back(Row {std::move(company), std::move(key)});
    }
}

QString CompanyTableModel::searchKey(const Company &company)
{
    // The newline keeps a query from matching across the end of the code and the name.
    QString key;
    key.reserve(company.code.size() + 1 + company.name.size());
    key.append(company.code).append(QLatin1Char('\n')).append(company.name);
    return key.toLower();
}

bool CompanyTableModel::lessThan(const Company &left, const Company &right, int column)
{
    switch (column) {
    case CodeColumn:
        return left.code.compare(right.code, Qt::CaseInsensitive) < 0;
    case NameColumn:
        return left.name.compare(right.name, Qt::CaseInsensitive) < 0;
    case TierColumn:
        return left.tier < right.tier;
    case UsersColumn:
        if (left.userCount != right.userCount)
            return left.userCount < right.userCount;
        return left.maxUsers < right.maxUsers;
    case LicenseStatusColumn:
        return left.licenseStatus < right.licenseStatus;
    case LicenseExpiryColumn:
        // No expiry (no license) sorts first.
        if (left.licenseExpiresAt.isValid() != right.licenseExpiresAt.isValid())
            return !left.licenseExpiresAt.isValid();
        return left.licenseExpiresAt < right.licenseExpiresAt;
    case StatusColumn:
        return left.status < right.status;
    default:
        return false;
    }
}

} // namespace sphair::models
