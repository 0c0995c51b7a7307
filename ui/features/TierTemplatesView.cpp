#include "ui/features/TierTemplatesView.h"

#include "client/ApiCall.h"
#include "client/PlatformClient.h"
#include "models/domain/AdminRole.h"
#include "ui/common/ConsoleContext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sphair::ui {

TierTemplatesView::TierTemplatesView(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("templatesRoleLabel"));
    m_roleLabel->setWordWrap(true);
    layout->addWidget(m_roleLabel);

    auto *ranges = new QGridLayout;
    ranges->addWidget(new QLabel(tr("Users from"), this), 1, 0);
    ranges->addWidget(new QLabel(tr("Users up to"), this), 2, 0);
    int column = 1;
    for (models::Tier tier : models::allTiers()) {
        ranges->addWidget(new QLabel(models::tierDisplayName(tier), this), 0, column);
        auto *minUsers = new QSpinBox(this);
        minUsers->setObjectName(QStringLiteral("tierMinUsers_") + models::tierCode(tier));
        minUsers->setRange(1, models::kMaxLicensedUsers);
        minUsers->setAccessibleName(
            tr("Fewest users of tier %1").arg(models::tierDisplayName(tier)));
        auto *maxUsers = new QSpinBox(this);
        maxUsers->setObjectName(QStringLiteral("tierMaxUsers_") + models::tierCode(tier));
        maxUsers->setRange(1, models::kMaxLicensedUsers);
        maxUsers->setAccessibleName(tr("Most users of tier %1").arg(models::tierDisplayName(tier)));
        ranges->addWidget(minUsers, 1, column);
        ranges->addWidget(maxUsers, 2, column);
        m_minUsers.append(minUsers);
        m_maxUsers.append(maxUsers);
        ++column;
    }
    ranges->setColumnStretch(column, 1);
    layout->addLayout(ranges);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tierTemplatesTable"));
    m_table->setAccessibleName(tr("Default features of each tier"));
    m_table->setColumnCount(static_cast<int>(models::allTiers().size()));
    QStringList tierNames;
    for (models::Tier tier : models::allTiers())
        tierNames << models::tierDisplayName(tier);
    m_table->setHorizontalHeaderLabels(tierNames);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    // The mark follows the check box, so that on/off does not rest on the box alone.
    connect(m_table, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        const QString text = item->checkState() == Qt::Checked ? tr("● on") : tr("○ off");
        if (item->text() != text)
            item->setText(text);
    });

    auto *buttons = new QHBoxLayout;
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("templatesPreviewLabel"));
    buttons->addWidget(m_previewLabel, 1);
    m_preview = new QPushButton(tr("&Preview"), this);
    m_preview->setObjectName(QStringLiteral("previewTemplatesButton"));
    connect(m_preview, &QPushButton::clicked, this, &TierTemplatesView::preview);
    buttons->addWidget(m_preview);
    m_save = new QPushButton(tr("&Save templates…"), this);
    m_save->setObjectName(QStringLiteral("saveTemplatesButton"));
    connect(m_save, &QPushButton::clicked, this, &TierTemplatesView::save);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    setEditable(false);
}

TierTemplatesView::~TierTemplatesView()
{
    for (const QPointer<client::ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void TierTemplatesView::setEditable(bool editable)
{
    m_editable = editable;
    for (QSpinBox *box : std::as_const(m_minUsers))
        box->setReadOnly(!editable);
    for (QSpinBox *box : std::as_const(m_maxUsers))
        box->setReadOnly(!editable);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                        : Qt::ItemIsEnabled);
            }
        }
    }
    m_preview->setVisible(editable);
    m_save->setVisible(editable);
    m_roleLabel->setText(editable
                             ? tr("Changes to the templates apply to every company that "
                                  "follows its tier; preview them before saving.")
                             : tr("Read-only: only a superadmin can change the tier templates."));
}

void TierTemplatesView::refresh()
{
    if (!m_context)
        return;
    m_calls.removeAll(nullptr);
    m_calls.append(m_context->companies().featureCatalog(
        [this](models::Result<client::Versioned<models::FeatureCatalogDocument>> result) {
            if (!result) {
                m_context->reportError(tr("Loading the tier templates"), result.error());
                return;
            }
            m_etag = result->etag;
            show(result->value);
            emit loaded();
        }));
}

void TierTemplatesView::show(const models::FeatureCatalogDocument &catalog)
{
    m_catalog = catalog;
    m_previewLabel->clear();
    m_table->setRowCount(static_cast<int>(catalog.features.size()));
    QStringList names;
    for (int row = 0; row < catalog.features.size(); ++row) {
        const auto &entry = catalog.features.at(row);
        names << entry.displayName();
        int column = 0;
        for (models::Tier tier : models::allTiers()) {
            const bool on = catalog.tiers.value(tier).features.contains(entry.code);
            auto *item = new QTableWidgetItem(on ? tr("● on") : tr("○ off"));
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, entry.code);
            m_table->setItem(row, column++, item);
        }
    }
    m_table->setVerticalHeaderLabels(names);
    int index = 0;
    for (models::Tier tier : models::allTiers()) {
        const models::TierRange range = catalog.policy().range(tier);
        m_minUsers.at(index)->setValue(range.minUsers);
        m_maxUsers.at(index)->setValue(range.maxUsers);
        ++index;
    }
    const client::PlatformClient *client = m_context ? m_context->client() : nullptr;
    const bool superadmin =
        client && client->session() && client->session()->role == models::AdminRole::Superadmin;
    setEditable(superadmin);
}

client::CompaniesClient::TierTemplates TierTemplatesView::shownTemplates() const
{
    client::CompaniesClient::TierTemplates tiers;
    int column = 0;
    for (models::Tier tier : models::allTiers()) {
        models::FeatureCatalogDocument::TierTemplate tierTemplate;
        tierTemplate.range.minUsers = m_minUsers.at(column)->value();
        tierTemplate.range.maxUsers = m_maxUsers.at(column)->value();
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *item = m_table->item(row, column);
            if (item && item->checkState() == Qt::Checked)
                tierTemplate.features << item->data(Qt::UserRole).toString();
        }
        tiers.insert(tier, tierTemplate);
        ++column;
    }
    return tiers;
}

void TierTemplatesView::preview()
{
    if (!m_context || !m_editable)
        return;
    m_previewLabel->setText(tr("Asking the server…"));
    m_calls.removeAll(nullptr);
    m_calls.append(m_context->companies().previewTierTemplates(
        shownTemplates(), m_etag, [this](models::Result<models::TierTemplatesPreview> result) {
            if (!result) {
                m_previewLabel->setText(result.error().message);
                m_context->reportError(tr("Previewing the tier templates"), result.error());
                return;
            }
            m_previewLabel->setText(tr("Saving would change the features of %1 of %n company(s).",
                                       nullptr, static_cast<int>(result->companiesTotal))
                                        .arg(result->companiesChanged));
            emit previewed(result->companiesChanged, result->companiesTotal);
        }));
}

void TierTemplatesView::save()
{
    if (!m_context || !m_editable)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Save tier templates"),
                                tr("Every company that follows its tier gets the new defaults at "
                                   "once. Save the tier templates?"),
                                QMessageBox::Save | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveTemplatesDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() != box->button(QMessageBox::Save))
            return;
        m_calls.removeAll(nullptr);
        m_calls.append(m_context->companies().updateTierTemplates(
            shownTemplates(), m_etag,
            [this](models::Result<client::Versioned<models::FeatureCatalogDocument>> result) {
                if (!result) {
                    m_context->reportError(tr("Saving the tier templates"), result.error());
                    return;
                }
                m_etag = result->etag;
                show(result->value);
                m_context->reportInfo(tr("Tier templates saved."));
                emit catalogSaved();
            }));
    });
    box->open();
}

} // namespace sphair::ui
