#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QGroupBox>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

class QLabel;
class QPushButton;

namespace sphair::ui {

// What a form shows when saving met someone else's change: the client turns the server's 412
// into a "conflict" error carrying the server's current version and its ETag. The panel puts
// the user's values beside the server's, field by field (the fields that differ in bold), and
// offers the two ways out: useTheirsButton (load the server's values) and useMineButton (save
// the form over the version now seen). Everything is plain text: the values are the user's
// and other people's input.
//
// Object names: conflictPanel, conflictMessage, conflictMine<Field>, conflictTheirs<Field>,
// useMineButton, useTheirsButton.
class ConflictPanel : public QGroupBox
{
    Q_OBJECT
public:
    struct Field
    {
        QString objectName; // e.g. "Name": labels conflictMineName and conflictTheirsName
        QString label; // shown, translated
    };

    ConflictPanel(const QString &title, const QList<Field> &fields, QWidget *parent);

    // The error is the client's 412 (not, say, a 409 for a taken code, which is also a
    // "conflict" but names a field).
    static bool isStaleVersion(const models::Error &error);
    // The server's current version that came with the error, read by its codec.
    template<typename T>
    static std::optional<T> theirs(const models::Error &error)
    {
        const QJsonObject current = error.details.value(QStringLiteral("current")).toObject();
        if (current.isEmpty())
            return std::nullopt;
        auto value = T::fromJson(current);
        return value ? std::optional<T>(value.value()) : std::nullopt;
    }

    // Shows the panel for `error` with the user's values and the server's (nullopt when the
    // client could not read them: "unknown"). Saving over theirs needs their ETag.
    void present(const models::Error &error, const QStringList &mine,
                 const std::optional<QStringList> &theirs);
    void dismiss();
    // The ETag of the server's version the panel shows; empty when hidden or unknown.
    QByteArray theirsEtag() const { return m_theirsEtag; }
    // The choices; both are also off while the form is busy.
    void setChoices(bool canUseMine, bool canUseTheirs);

    QPushButton *useMineButton() const { return m_useMine; }
    QPushButton *useTheirsButton() const { return m_useTheirs; }

signals:
    void useMineClicked();
    void useTheirsClicked();

private:
    QLabel *m_message = nullptr;
    QList<QLabel *> m_mine;
    QList<QLabel *> m_theirs;
    QPushButton *m_useMine = nullptr;
    QPushButton *m_useTheirs = nullptr;
    QByteArray m_theirsEtag;
};

} // namespace sphair::ui
