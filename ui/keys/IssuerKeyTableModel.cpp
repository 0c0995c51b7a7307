#include "ui/keys/IssuerKeyTableModel.h"

#include <QLocale>

namespace sphair::ui {

namespace {

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

IssuerKeyTableModel::IssuerKeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IssuerKeyTableModel::setKeys(const QList<licensing::IssuerKeyInfo> &keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

void IssuerKeyTableModel::setRegisteredKids(const std::optional<QSet<QString>> &kids)
{
    m_registered = kids;
    registrationChanged();
}

void IssuerKeyTableModel::markRegistered(const QString &kid)
{
    if (!m_registered)
        m_registered = QSet<QString>();
    m_registered->insert(kid);
    registrationChanged();
}

void IssuerKeyTableModel::registrationChanged()
{
    if (m_keys.isEmpty())
        return;
    emit dataChanged(index(0, RegisteredColumn), index(rowCount() - 1, RegisteredColumn));
}

int IssuerKeyTableModel::rowOf(const QString &kid) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).kid == kid)
            return row;
    }
    return -1;
}

IssuerKeyTableModel::Registration IssuerKeyTableModel::registration(const QString &kid) const
{
    if (!m_registered)
        return Registration::Unknown;
    return m_registered->contains(kid) ? Registration::Registered : Registration::NotRegistered;
}

QString IssuerKeyTableModel::shortKid(const QString &kid)
{
    constexpr int kShown = 7 + 8; // "k4.pid." and eight characters of the hash
    if (kid.size() <= kShown)
        return kid;
    return kid.left(kShown) + QChar(0x2026);
}

int IssuerKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int IssuerKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssuerKeyTableModel::registrationText(Registration registration) const
{
    switch (registration) {
    case Registration::Registered:
        return tr("Yes");
    case Registration::NotRegistered:
        return tr("No");
    case Registration::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant IssuerKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const licensing::IssuerKeyInfo &key = m_keys.at(index.row());
    if (role == KidRole)
        return key.kid;
    if (role == RegistrationRole)
        return static_cast<int>(registration(key.kid));
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LabelColumn:
            return key.label.isEmpty() ? tr("(no label)") : key.label;
        case KidColumn:
            return shortKid(key.kid);
        case CreatedColumn:
            return timeText(key.createdAt);
        case SeqColumn:
            return QString::number(key.seq);
        case LastIssuedColumn:
            return key.lastIssuedAt.isValid() ? timeText(key.lastIssuedAt) : tr("Never");
        case RegisteredColumn:
            return registrationText(registration(key.kid));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KidColumn:
            return key.kid;
        case SeqColumn:
            return tr("The sequence number of the last license signed with this key.");
        case RegisteredColumn:
            switch (registration(key.kid)) {
            case Registration::Registered:
                return tr("The platform trusts this key to sign licenses.");
            case Registration::NotRegistered:
                return tr("The platform does not know this key yet: licenses it signs are "
                          "refused until a superadmin registers it.");
            case Registration::Unknown:
                return tr("The platform's list of issuer keys could not be read.");
            }
            return {};
        default:
            return {};
        }
    }
    return {};
}

QVariant IssuerKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case KidColumn:
        return tr("Key id");
    case CreatedColumn:
        return tr("Created");
    case SeqColumn:
        return tr("Last seq");
    case LastIssuedColumn:
        return tr("Last issued");
    case RegisteredColumn:
        return tr("Registered on server");
    default:
        return {};
    }
}

} // namespace sphair::ui
