#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace sphair::ui {

// The side panel of the Features tab for the current cell: the feature's name and company,
// whether it is on or off and why (tier template or override, licensed or not), and one typed
// editor per setting of the feature (FeatureSettings): a spin box with the setting's range, a
// check box, a drop-down of the choices, a line edit with the maximum length. "Apply
// settings" asks for the changed settings to be sent (applyRequested); "Reset" puts the
// server's values back. The edits stay while the call runs and when it fails.
//
// Object names: featureSettingsPanel (itself), featureSettingsTitle, featureSettingsState,
// featureSettingsEmptyLabel, applySettingsButton, resetSettingsButton; each editor is named
// "setting_<key>".
class FeatureSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    // What the panel shows for one cell.
    struct Cell
    {
        QString companyName;
        QString code;
        bool enabled = false;
        bool override = false; // the switch is set for this company, not by the tier
        bool licensed = false;
        bool staged = false; // a switch edit is staged and not applied
        QJsonObject config; // the server's settings
    };

    explicit FeatureSettingsPanel(QWidget *parent = nullptr);

    // Shows `cell`. For the cell already shown, edits the user made stay and only the server's
    // values are taken (unless `discardEdits`); for another cell the editors are rebuilt.
    void showCell(const Cell &cell, bool discardEdits = false);
    // Nothing to edit: no feature cell is current or its company's features are not loaded.
    void clear();
    // While a call runs the editors stay as they are and Apply is disabled.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    bool hasCell() const { return m_hasCell; }
    const QString &code() const { return m_cell.code; }

    // The values of the editors, one per setting.
    QJsonObject editedConfig() const;
    // The settings whose editor differs from the server's value.
    QJsonObject changedConfig() const;

public slots:
    // Puts the server's values back into the editors.
    void reset();

signals:
    // "Apply settings" was pressed: `changes` holds the settings to change.
    void applyRequested(const QJsonObject &changes);

private:
    void rebuildEditors();
    void updateButtons();
    QString stateText() const;

    Cell m_cell;
    bool m_hasCell = false;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QList<QWidget *> m_editors; // one per setting of the feature, in schema order
    QPushButton *m_apply = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace sphair::ui
