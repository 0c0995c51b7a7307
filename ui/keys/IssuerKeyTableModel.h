#pragma once

#include "licensing/vault/KeyVault.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace sphair::ui {

// The issuer keys of this computer (KeyVault metadata, never a secret) with whether the
// platform knows each one. The registration state is "unknown" until the server's list of
// issuer keys has been read, and again when reading it failed.
class IssuerKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        KidColumn,
        CreatedColumn,
        SeqColumn,
        LastIssuedColumn,
        RegisteredColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Registration { Unknown, Registered, NotRegistered };
    Q_ENUM(Registration)

    enum Role {
        KidRole = Qt::UserRole + 1, // the full k4.pid
        RegistrationRole, // Registration, as an int
    };

    explicit IssuerKeyTableModel(QObject *parent = nullptr);

    void setKeys(const QList<licensing::IssuerKeyInfo> &keys);
    // The kids the server lists; std::nullopt when that is not known.
    void setRegisteredKids(const std::optional<QSet<QString>> &kids);
    // Marks one key as registered (after a successful registration).
    void markRegistered(const QString &kid);

    const QList<licensing::IssuerKeyInfo> &keys() const { return m_keys; }
    // -1 when the kid is not listed.
    int rowOf(const QString &kid) const;
    Registration registration(const QString &kid) const;
    // "k4.pid.AbCdEfGh…": enough to tell keys apart in a table.
    static QString shortKid(const QString &kid);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString registrationText(Registration registration) const;
    void registrationChanged();

    QList<licensing::IssuerKeyInfo> m_keys;
    std::optional<QSet<QString>> m_registered;
};

} // namespace sphair::ui
