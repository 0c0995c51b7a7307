#include "ui/features/FeatureSettingsPanel.h"

#include "models/domain/FeatureSettings.h"
#include "models/domain/Tier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace sphair::ui {

using models::FeatureSetting;
using models::SettingType;

namespace {

int clampedInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, std::numeric_limits<int>::min(),
                                               std::numeric_limits<int>::max()));
}

// The editor's value as JSON.
QJsonValue valueOf(const FeatureSetting &setting, const QWidget *editor)
{
    switch (setting.type) {
    case SettingType::Integer:
        return static_cast<const QSpinBox *>(editor)->value();
    case SettingType::Boolean:
        return static_cast<const QCheckBox *>(editor)->isChecked();
    case SettingType::Choice:
        return static_cast<const QComboBox *>(editor)->currentData().toString();
    case SettingType::Text:
        break;
    }
    return static_cast<const QLineEdit *>(editor)->text();
}

void setValue(const FeatureSetting &setting, QWidget *editor, const QJsonValue &value)
{
    switch (setting.type) {
    case SettingType::Integer:
        static_cast<QSpinBox *>(editor)->setValue(
            clampedInt(value.toInteger(setting.defaultValue.toInteger())));
        return;
    case SettingType::Boolean:
        static_cast<QCheckBox *>(editor)->setChecked(value.toBool(setting.defaultValue.toBool()));
        return;
    case SettingType::Choice: {
        auto *combo = static_cast<QComboBox *>(editor);
        const int index = combo->findData(value.toString(setting.defaultValue.toString()));
        combo->setCurrentIndex(qMax(0, index));
        return;
    }
    case SettingType::Text:
        break;
    }
    static_cast<QLineEdit *>(editor)->setText(value.toString(setting.defaultValue.toString()));
}

} // namespace

FeatureSettingsPanel::FeatureSettingsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("featureSettingsPanel"));
    setAccessibleName(tr("Feature settings"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("featureSettingsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("featureSettingsState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_empty = new QLabel(tr("This feature has no settings."), this);
    m_empty->setObjectName(QStringLiteral("featureSettingsEmptyLabel"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_form = new QWidget(this);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_reset = new QPushButton(tr("R&eset"), this);
    m_reset->setObjectName(QStringLiteral("resetSettingsButton"));
    m_reset->setToolTip(tr("Put the values the server has back into the fields"));
    connect(m_reset, &QPushButton::clicked, this, &FeatureSettingsPanel::reset);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    m_apply = new QPushButton(tr("Apply &settings"), this);
    m_apply->setObjectName(QStringLiteral("applySettingsButton"));
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_hasCell && !m_busy)
            emit applyRequested(changedConfig());
    });
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    setMinimumWidth(240);
    clear();
}

void FeatureSettingsPanel::clear()
{
    m_hasCell = false;
    m_cell = {};
    m_title->setText(tr("Feature settings"));
    m_state->setText(tr("Select a feature of a company whose features are loaded."));
    m_empty->setVisible(false);
    rebuildEditors();
    setEnabled(false);
    updateButtons();
}

void FeatureSettingsPanel::showCell(const Cell &cell, bool discardEdits)
{
    const bool same =
        m_hasCell && cell.code == m_cell.code && cell.companyName == m_cell.companyName;
    const QJsonObject edits = changedConfig();
    m_cell = cell;
    m_hasCell = true;
    setEnabled(true);
    m_title->setText(
        tr("%1 — %2").arg(models::FeatureCatalog::displayName(cell.code), cell.companyName));
    m_state->setText(stateText());
    if (!same || m_editors.isEmpty() != models::FeatureSettings::of(cell.code).isEmpty())
        rebuildEditors();
    reset();
    if (same && !discardEdits) {
        const QList<FeatureSetting> &settings = models::FeatureSettings::of(m_cell.code);
        for (qsizetype i = 0; i < settings.size() && i < m_editors.size(); ++i) {
            const auto edit = edits.constFind(settings.at(i).key);
            if (edit != edits.constEnd())
                setValue(settings.at(i), m_editors.at(i), edit.value());
        }
    }
    updateButtons();
}

QString FeatureSettingsPanel::stateText() const
{
    const QString onOff = m_cell.enabled ? tr("On") : tr("Off");
    const QString source =
        m_cell.override ? tr("override of the tier template") : tr("as the tier template has it");
    const QString license =
        m_cell.licensed ? tr("in the company's license") : tr("not in the company's license");
    QString text = tr("%1, %2; %3.").arg(onOff, source, license);
    if (m_cell.staged)
        text += QLatin1Char(' ') + tr("A switch edit is staged and not applied yet.");
    return text;
}

void FeatureSettingsPanel::rebuildEditors()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_editors.clear();
    const QList<FeatureSetting> &settings =
        m_hasCell ? models::FeatureSettings::of(m_cell.code) : QList<FeatureSetting>();
    for (const FeatureSetting &setting : settings) {
        QWidget *editor = nullptr;
        switch (setting.type) {
        case SettingType::Integer: {
            auto *spin = new QSpinBox(m_form);
            spin->setRange(clampedInt(setting.min), clampedInt(setting.max));
            connect(spin, &QSpinBox::valueChanged, this, &FeatureSettingsPanel::updateButtons);
            editor = spin;
            break;
        }
        case SettingType::Boolean: {
            auto *check = new QCheckBox(m_form);
            connect(check, &QCheckBox::toggled, this, &FeatureSettingsPanel::updateButtons);
            editor = check;
            break;
        }
        case SettingType::Choice: {
            auto *combo = new QComboBox(m_form);
            for (const QString &choice : setting.choices)
                combo->addItem(models::FeatureSettings::choiceDisplayName(choice), choice);
            connect(combo, &QComboBox::currentIndexChanged, this,
                    &FeatureSettingsPanel::updateButtons);
            editor = combo;
            break;
        }
        case SettingType::Text: {
            auto *line = new QLineEdit(m_form);
            line->setMaxLength(setting.maxLength);
            connect(line, &QLineEdit::textChanged, this, &FeatureSettingsPanel::updateButtons);
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("setting_") + setting.key);
        editor->setAccessibleName(setting.displayName());
        // The label's mnemonic moves the focus to its editor (the buddy).
        auto *label =
            new QLabel(QLatin1Char('&') + setting.displayName() + QLatin1Char(':'), m_form);
        label->setBuddy(editor);
        m_formLayout->addRow(label, editor);
        m_editors.append(editor);
    }
    m_empty->setVisible(m_hasCell && settings.isEmpty());
    m_form->setVisible(!settings.isEmpty());
}

void FeatureSettingsPanel::reset()
{
    const QList<FeatureSetting> &settings =
        m_hasCell ? models::FeatureSettings::of(m_cell.code) : QList<FeatureSetting>();
    for (qsizetype i = 0; i < settings.size() && i < m_editors.size(); ++i) {
        const QSignalBlocker blocker(m_editors.at(i));
        setValue(settings.at(i), m_editors.at(i), m_cell.config.value(settings.at(i).key));
    }
    updateButtons();
}

void FeatureSettingsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QJsonObject FeatureSettingsPanel::editedConfig() const
{
    QJsonObject config;
    const QList<FeatureSetting> &settings =
        m_hasCell ? models::FeatureSettings::of(m_cell.code) : QList<FeatureSetting>();
    for (qsizetype i = 0; i < settings.size() && i < m_editors.size(); ++i)
        config.insert(settings.at(i).key, valueOf(settings.at(i), m_editors.at(i)));
    return config;
}

QJsonObject FeatureSettingsPanel::changedConfig() const
{
    QJsonObject changes;
    const QJsonObject edited = editedConfig();
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        if (m_cell.config.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

void FeatureSettingsPanel::updateButtons()
{
    const bool changed = m_hasCell && !changedConfig().isEmpty();
    m_apply->setEnabled(changed && !m_busy);
    m_reset->setEnabled(changed && !m_busy);
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(!m_busy);
}

} // namespace sphair::ui
