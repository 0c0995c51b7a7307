#include "ui/whitelabel/WhiteLabelPage.h"

#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "models/domain/ColourContrast.h"
#include "models/domain/Validation.h"
#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"
#include "ui/common/ConflictPanel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/FileChooser.h"
#include "ui/whitelabel/BrandComparisonView.h"
#include "ui/whitelabel/BrandPreviewWidget.h"

#include <QColorDialog>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace sphair::ui {

using models::BrandImageSlot;
using models::CompanySettings;
namespace Validation = models::Validation;
namespace ColourContrast = models::ColourContrast;

namespace {

constexpr int kThumbWidth = 160;
constexpr int kThumbHeight = 64;

const QString kWarningStyle = QStringLiteral("color: #8a5300;");

int slotIndex(BrandImageSlot slot)
{
    return static_cast<int>(slot);
}

QString slotObjectName(BrandImageSlot slot)
{
    switch (slot) {
    case BrandImageSlot::Logo:
        return QStringLiteral("Logo");
    case BrandImageSlot::Favicon:
        return QStringLiteral("Favicon");
    case BrandImageSlot::LoginBackground:
        return QStringLiteral("LoginBackground");
    }
    return {};
}

QColor colourOf(const QString &hex)
{
    return Validation::isColour(hex) ? QColor(hex) : QColor();
}

// The settings' values of the editable fields, for the conflict panel (one line each).
QStringList describe(const CompanySettings &settings)
{
    const auto oneLine = [](QString text) {
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    return {settings.displayName,         settings.primaryColor,    settings.secondaryColor,
            settings.accentColor,         settings.loginTitle,      oneLine(settings.loginMessage),
            oneLine(settings.footerText), settings.customSubdomain, settings.customDomain};
}

} // namespace

WhiteLabelPage::ImageAdvice WhiteLabelPage::imageAdvice(BrandImageSlot slot)
{
    switch (slot) {
    case BrandImageSlot::Logo:
        return {QSize(64, 32), QSize(1024, 512)};
    case BrandImageSlot::Favicon:
        return {QSize(32, 32), QSize(256, 256)};
    case BrandImageSlot::LoginBackground:
        return {QSize(1280, 720), QSize(3840, 2160)};
    }
    return {};
}

WhiteLabelPage::WhiteLabelPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("whiteLabelPage"));
    m_model = new models::CompanyTableModel(this);
    m_proxy = new models::CompanyFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const QString search = m_search->text().trimmed();
        // Every company is loaded and the search only narrows: the proxy shows them all.
        const bool complete = m_loadedOnce && m_nextCursor.isEmpty()
            && (m_loadedSearch.isEmpty() || search.contains(m_loadedSearch, Qt::CaseInsensitive));
        if (!complete)
            loadList(search);
    });
    connect(m_model, &models::CompanyTableModel::fetchMoreRequested, this, [this] {
        if (m_nextCursor.isEmpty() || m_listCall || !m_context) {
            m_model->appendPage({}, !m_nextCursor.isEmpty());
            return;
        }
        client::CompanyQuery request;
        request.limit = kPageSize;
        request.cursor = m_nextCursor;
        request.search = m_loadedSearch;
        request.sort = QStringLiteral("name");
        m_listCall = m_context->companies().list(
            request, [this](models::Result<models::Page<models::Company>> result) {
                m_listCall.clear();
                if (!result) {
                    m_context->reportError(tr("Loading more companies"), result.error());
                    return;
                }
                m_nextCursor = result->nextCursor;
                m_model->appendPage(std::move(result.value().items), result->hasMore());
            });
    });
    buildUi();
    // Loaded when first shown, and again for another session (another platform or user).
    if (m_context && m_context->client()) {
        connect(m_context->client(), &client::PlatformClient::sessionChanged, this, [this] {
            m_loadedOnce = false;
            if (isVisible() && m_context->client()->isSignedIn())
                refresh();
        });
    }
}

void WhiteLabelPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_listCall && m_context && m_context->client()
        && m_context->client()->isSignedIn())
        refresh();
}

WhiteLabelPage::~WhiteLabelPage()
{
    for (QPointer<client::ApiCall> *call : {&m_listCall, &m_settingsCall, &m_saveCall}) {
        if (*call)
            (*call)->cancel();
    }
    for (ImageRow &row : m_images) {
        if (row.call)
            row.call->cancel();
    }
}

void WhiteLabelPage::buildUi()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("whiteLabelSplitter"));

    // Left: the company list.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("whiteLabelSearchEdit"));
    m_search->setPlaceholderText(tr("Search code or name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text.trimmed());
        m_searchTimer->start();
    });
    leftLayout->addWidget(m_search);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("whiteLabelCompanyList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < models::CompanyTableModel::ColumnCount; ++column) {
        if (column != models::CompanyTableModel::CodeColumn
            && column != models::CompanyTableModel::NameColumn)
            m_list->hideColumn(column);
    }
    leftLayout->addWidget(m_list, 1);
    m_compare = new QPushButton(tr("&Compare…"), left);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Select two or more companies to see their brands side by side."));
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, &WhiteLabelPage::compareSelected);
    leftLayout->addWidget(m_compare);
    // Decided once the click has settled both the current row and the selection: a click
    // on one row opens it, a Ctrl- or Shift-click that selects several only picks them for
    // "Compare…" and leaves the form where it is.
    const auto settle = [this] {
        if (m_restoringRow || m_selectionPending)
            return;
        m_selectionPending = true;
        QMetaObject::invokeMethod(this, &WhiteLabelPage::onSelectionSettled, Qt::QueuedConnection);
    };
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, settle);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, settle] {
        m_compare->setEnabled(m_list->selectionModel()->selectedRows().size() >= 2);
        settle();
    });

    // Middle: the form, in a scroll area.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildForm());

    // Right: the live preview.
    m_preview = new BrandPreviewWidget(splitter);
    m_preview->setObjectName(QStringLiteral("brandPreview"));
    m_preview->setMinimumWidth(360);

    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 460, 620});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateButtons();
}

QWidget *WhiteLabelPage::buildForm()
{
    auto *form = new QWidget;
    auto *outer = new QVBoxLayout(form);
    m_title = new QLabel(tr("Select a company to edit its branding."), form);
    m_title->setObjectName(QStringLiteral("brandTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    m_form = new QWidget(form);
    auto *fields = new QFormLayout(m_form);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(m_form);

    // A field with its message below it.
    const auto withMessage = [this](QWidget *field, QLabel *message) {
        auto *box = new QWidget(m_form);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(message);
        message->setVisible(false);
        return box;
    };

    m_displayName = new QLineEdit(m_form);
    m_displayName->setObjectName(QStringLiteral("brandDisplayNameEdit"));
    m_displayNameError = newErrorLabel(QStringLiteral("brandDisplayNameError"), m_form);
    fields->addRow(tr("Display &name:"), withMessage(m_displayName, m_displayNameError));

    const QStringList colourNames {QStringLiteral("Primary"), QStringLiteral("Secondary"),
                                   QStringLiteral("Accent")};
    const QStringList colourLabels {tr("&Primary colour:"), tr("S&econdary colour:"),
                                    tr("&Accent colour:")};
    for (int i = 0; i < ColourCount; ++i) {
        ColourRow &row = m_colours[static_cast<size_t>(i)];
        const QString base = QStringLiteral("brand") + colourNames.at(i) + QStringLiteral("Color");
        auto *box = new QWidget(m_form);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        row.pick = new QPushButton(box);
        row.pick->setObjectName(base + QStringLiteral("Button"));
        row.pick->setFixedWidth(48);
        row.pick->setToolTip(tr("Choose a colour"));
        row.hex = new QLineEdit(box);
        row.hex->setObjectName(base + QStringLiteral("Edit"));
        row.hex->setPlaceholderText(QStringLiteral("#RRGGBB"));
        row.hex->setMaxLength(7);
        row.warning = new QLabel(box);
        row.warning->setObjectName(base + QStringLiteral("Warning"));
        row.warning->setTextFormat(Qt::PlainText);
        row.warning->setWordWrap(true);
        row.warning->setVisible(false);
        row.suggest = new QPushButton(box);
        row.suggest->setObjectName(base + QStringLiteral("Suggest"));
        row.suggest->setVisible(false);
        grid->addWidget(row.pick, 0, 0);
        grid->addWidget(row.hex, 0, 1);
        grid->addWidget(row.warning, 1, 0, 1, 2);
        grid->addWidget(row.suggest, 2, 0, 1, 2, Qt::AlignLeft);
        fields->addRow(colourLabels.at(i), box);
        const auto colour = static_cast<Colour>(i);
        connect(row.pick, &QPushButton::clicked, this, [this, colour] { pickColour(colour); });
        connect(row.suggest, &QPushButton::clicked, this,
                [this, colour] { useSuggestion(colour); });
        connect(row.hex, &QLineEdit::textChanged, this, &WhiteLabelPage::formChanged);
    }

    const QStringList imageLabels {tr("Logo:"), tr("Favicon:"), tr("Login background:")};
    for (BrandImageSlot slot : models::BrandImage::allSlots()) {
        ImageRow &row = m_images[static_cast<size_t>(slotIndex(slot))];
        const QString base = QStringLiteral("brand") + slotObjectName(slot);
        auto *box = new QWidget(m_form);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 0, 0, 0);
        row.thumb = new QLabel(box);
        row.thumb->setObjectName(base + QStringLiteral("Image"));
        row.thumb->setFixedSize(kThumbWidth, kThumbHeight);
        row.thumb->setAlignment(Qt::AlignCenter);
        row.thumb->setFrameShape(QFrame::StyledPanel);
        row.choose = new QPushButton(tr("Upload…"), box);
        row.choose->setObjectName(base + QStringLiteral("Choose"));
        row.remove = new QPushButton(tr("Remove"), box);
        row.remove->setObjectName(base + QStringLiteral("Remove"));
        row.progress = new QProgressBar(box);
        row.progress->setObjectName(base + QStringLiteral("Progress"));
        row.progress->setRange(0, 0); // the client reports no progress: busy
        row.progress->setMaximumHeight(8);
        row.progress->setTextVisible(false);
        row.progress->setVisible(false);
        row.message = new QLabel(box);
        row.message->setObjectName(base + QStringLiteral("Message"));
        row.message->setTextFormat(Qt::PlainText);
        row.message->setWordWrap(true);
        row.message->setVisible(false);
        grid->addWidget(row.thumb, 0, 0, 3, 1);
        grid->addWidget(row.choose, 0, 1);
        grid->addWidget(row.remove, 1, 1);
        grid->addWidget(row.progress, 2, 1);
        grid->addWidget(row.message, 3, 0, 1, 2);
        grid->setColumnStretch(2, 1);
        fields->addRow(imageLabels.at(slotIndex(slot)), box);
        connect(row.choose, &QPushButton::clicked, this, [this, slot] { chooseImage(slot); });
        connect(row.remove, &QPushButton::clicked, this, [this, slot] { removeImage(slot); });
    }

    m_loginTitle = new QLineEdit(m_form);
    m_loginTitle->setObjectName(QStringLiteral("brandLoginTitleEdit"));
    m_loginTitleError = newErrorLabel(QStringLiteral("brandLoginTitleError"), m_form);
    fields->addRow(tr("Login &title:"), withMessage(m_loginTitle, m_loginTitleError));

    m_loginMessage = new QPlainTextEdit(m_form);
    m_loginMessage->setObjectName(QStringLiteral("brandLoginMessageEdit"));
    m_loginMessage->setTabChangesFocus(true);
    m_loginMessage->setFixedHeight(72);
    m_loginMessageError = newErrorLabel(QStringLiteral("brandLoginMessageError"), m_form);
    fields->addRow(tr("&Welcome message:"), withMessage(m_loginMessage, m_loginMessageError));

    m_footer = new QPlainTextEdit(m_form);
    m_footer->setObjectName(QStringLiteral("brandFooterEdit"));
    m_footer->setTabChangesFocus(true);
    m_footer->setFixedHeight(52);
    m_footerError = newErrorLabel(QStringLiteral("brandFooterError"), m_form);
    fields->addRow(tr("&Footer:"), withMessage(m_footer, m_footerError));

    auto *subdomainBox = new QWidget(m_form);
    auto *subdomainLayout = new QHBoxLayout(subdomainBox);
    subdomainLayout->setContentsMargins(0, 0, 0, 0);
    m_subdomain = new QLineEdit(subdomainBox);
    m_subdomain->setObjectName(QStringLiteral("brandSubdomainEdit"));
    m_subdomain->setPlaceholderText(tr("e.g. acme"));
    subdomainLayout->addWidget(m_subdomain, 1);
    subdomainLayout->addWidget(
        new QLabel(QString::fromLatin1(BrandPreviewSpec::kPlatformDomain), subdomainBox));
    m_subdomainError = newErrorLabel(QStringLiteral("brandSubdomainError"), m_form);
    fields->addRow(tr("&Subdomain:"), withMessage(subdomainBox, m_subdomainError));

    m_domain = new QLineEdit(m_form);
    m_domain->setObjectName(QStringLiteral("brandDomainEdit"));
    m_domain->setPlaceholderText(tr("e.g. portal.example.com"));
    m_domainError = newErrorLabel(QStringLiteral("brandDomainError"), m_form);
    fields->addRow(tr("Custom &domain:"), withMessage(m_domain, m_domainError));

    for (QLineEdit *edit : {m_displayName, m_loginTitle, m_subdomain, m_domain})
        connect(edit, &QLineEdit::textChanged, this, &WhiteLabelPage::formChanged);
    for (QPlainTextEdit *edit : {m_loginMessage, m_footer})
        connect(edit, &QPlainTextEdit::textChanged, this, &WhiteLabelPage::formChanged);

    m_formError = newErrorLabel(QStringLiteral("brandFormError"), form);
    m_formError->setVisible(false);
    outer->addWidget(m_formError);

    // The conflict: the user's values beside the server's current ones.
    m_conflict = new ConflictPanel(tr("Someone else changed this branding"),
                                   {{QStringLiteral("DisplayName"), tr("Display name")},
                                    {QStringLiteral("PrimaryColour"), tr("Primary colour")},
                                    {QStringLiteral("SecondaryColour"), tr("Secondary colour")},
                                    {QStringLiteral("AccentColour"), tr("Accent colour")},
                                    {QStringLiteral("LoginTitle"), tr("Login title")},
                                    {QStringLiteral("WelcomeMessage"), tr("Welcome message")},
                                    {QStringLiteral("Footer"), tr("Footer")},
                                    {QStringLiteral("Subdomain"), tr("Subdomain")},
                                    {QStringLiteral("CustomDomain"), tr("Custom domain")}},
                                   form);
    connect(m_conflict, &ConflictPanel::useTheirsClicked, this, &WhiteLabelPage::useTheirs);
    connect(m_conflict, &ConflictPanel::useMineClicked, this, &WhiteLabelPage::useMine);
    outer->addWidget(m_conflict);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("&Revert"), form);
    m_revert->setObjectName(QStringLiteral("brandRevertButton"));
    m_revert->setToolTip(tr("Restore the values the server has"));
    m_save = new QPushButton(tr("Sa&ve"), form);
    m_save->setObjectName(QStringLiteral("brandSaveButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &WhiteLabelPage::save);
    connect(m_revert, &QPushButton::clicked, this, &WhiteLabelPage::revert);

    m_form->setEnabled(false);
    return form;
}

// --- the company list --------------------------------------------------------------------

void WhiteLabelPage::refresh()
{
    m_searchTimer->stop();
    loadList(m_search->text().trimmed());
}

void WhiteLabelPage::loadList(const QString &search)
{
    if (!m_context || !m_context->client())
        return;
    if (m_listCall)
        m_listCall->cancel();
    client::CompanyQuery request;
    request.limit = kPageSize;
    request.search = search;
    request.sort = QStringLiteral("name");
    m_listCall = m_context->companies().list(
        request, [this, search](models::Result<models::Page<models::Company>> result) {
            m_listCall.clear();
            if (!result) {
                m_context->reportError(tr("Loading the companies"), result.error());
                emit listLoaded();
                return;
            }
            m_loadedOnce = true;
            m_loadedSearch = search;
            m_nextCursor = result->nextCursor;
            m_restoringRow = true; // the rows change; the form stays on its company
            m_model->setCompanies(std::move(result.value().items), result->hasMore());
            m_list->resizeColumnToContents(models::CompanyTableModel::CodeColumn);
            selectRow(m_companyId);
            m_restoringRow = false;
            // The first time, open the first company rather than an empty form.
            if (m_companyId.isNull() && m_proxy->rowCount() > 0)
                m_list->setCurrentIndex(m_proxy->index(0, models::CompanyTableModel::NameColumn));
            emit listLoaded();
        });
}

void WhiteLabelPage::selectRow(const QUuid &id)
{
    if (id.isNull())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, models::CompanyTableModel::NameColumn);
        if (index.data(models::CompanyTableModel::IdRole).toUuid() == id) {
            m_list->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

bool WhiteLabelPage::selectCompany(const QUuid &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, models::CompanyTableModel::NameColumn);
        if (index.data(models::CompanyTableModel::IdRole).toUuid() == id) {
            m_list->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void WhiteLabelPage::onSelectionSettled()
{
    m_selectionPending = false;
    if (m_restoringRow)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return; // none, or several picked for comparing: the form stays
    const QUuid target = rows.first().data(models::CompanyTableModel::IdRole).toUuid();
    if (target.isNull() || target == m_companyId)
        return;
    if (isDirty()) {
        // Stay on the edited company until the user has decided.
        m_restoringRow = true;
        selectRow(m_companyId);
        m_restoringRow = false;
        askDiscard(target);
        return;
    }
    openCompany(target);
}

void WhiteLabelPage::askDiscard(const QUuid &target)
{
    if (m_askBox)
        m_askBox->deleteLater();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved branding changes"),
        tr("The branding of %1 has changes that are not saved.").arg(companyLabel()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Discard them and open the other company, or keep editing?"));
    QPushButton *discard = box->addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard, target] {
        if (box->clickedButton() != discard)
            return; // keep: the form and the selection stay on the edited company
        openCompany(target);
        m_restoringRow = true;
        selectRow(target);
        m_restoringRow = false;
    });
    m_askBox = box;
    box->open();
}

QString WhiteLabelPage::companyLabel() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, models::CompanyTableModel::NameColumn);
        if (index.data(models::CompanyTableModel::IdRole).toUuid() == m_companyId)
            return index.data().toString();
    }
    return m_original.displayName;
}

// --- loading a company's settings ---------------------------------------------------------

void WhiteLabelPage::openCompany(const QUuid &id)
{
    if (!m_context)
        return;
    for (QPointer<client::ApiCall> *call : {&m_settingsCall, &m_saveCall}) {
        if (*call)
            (*call)->cancel();
    }
    for (ImageRow &row : m_images) {
        if (row.call)
            row.call->cancel();
        row.progress->setVisible(false);
    }
    m_companyId = id;
    m_loaded = false;
    m_subdomainTaken.clear();
    m_domainTaken.clear();
    m_imageAfterConflict.reset();
    hideConflict();
    setFormError({});
    m_title->setText(tr("Loading the branding of %1…").arg(companyLabel()));
    m_form->setEnabled(false);
    updateButtons();
    m_settingsCall = m_context->companies().companySettings(
        id, [this, id](models::Result<client::Versioned<CompanySettings>> result) {
            m_settingsCall.clear();
            if (id != m_companyId)
                return;
            if (!result) {
                setFormError(result.error().message);
                m_context->reportError(tr("Loading the branding"), result.error());
                return;
            }
            m_original = result->value;
            m_etag = result->etag;
            m_loaded = true;
            m_title->setText(tr("Branding of %1").arg(companyLabel()));
            m_form->setEnabled(true);
            setForm(m_original);
            fetchImages();
            emit settingsLoaded();
        });
}

void WhiteLabelPage::setForm(const CompanySettings &settings)
{
    m_settingForm = true;
    m_displayName->setText(settings.displayName);
    m_colours[Primary].hex->setText(settings.primaryColor);
    m_colours[Secondary].hex->setText(settings.secondaryColor);
    m_colours[Accent].hex->setText(settings.accentColor);
    m_loginTitle->setText(settings.loginTitle);
    m_loginMessage->setPlainText(settings.loginMessage);
    m_footer->setPlainText(settings.footerText);
    m_subdomain->setText(settings.customSubdomain);
    m_domain->setText(settings.customDomain);
    m_settingForm = false;
    formChanged();
}

CompanySettings WhiteLabelPage::formSettings() const
{
    CompanySettings settings = m_original;
    settings.displayName = m_displayName->text();
    settings.primaryColor = m_colours[Primary].hex->text().trimmed();
    settings.secondaryColor = m_colours[Secondary].hex->text().trimmed();
    settings.accentColor = m_colours[Accent].hex->text().trimmed();
    settings.loginTitle = m_loginTitle->text();
    settings.loginMessage = m_loginMessage->toPlainText();
    settings.footerText = m_footer->toPlainText();
    settings.customSubdomain = m_subdomain->text().trimmed();
    settings.customDomain = m_domain->text().trimmed();
    return settings;
}

bool WhiteLabelPage::isDirty() const
{
    return m_loaded && formSettings() != m_original;
}

bool WhiteLabelPage::isBusy() const
{
    if (m_settingsCall || m_saveCall)
        return true;
    for (const ImageRow &row : m_images) {
        if (row.call)
            return true;
    }
    return false;
}

// --- images -------------------------------------------------------------------------------

void WhiteLabelPage::fetchImages()
{
    for (BrandImageSlot slot : models::BrandImage::allSlots())
        fetchImage(slot);
}

void WhiteLabelPage::fetchImage(BrandImageSlot slot)
{
    ImageRow &row = m_images[static_cast<size_t>(slotIndex(slot))];
    if (row.call)
        row.call->cancel();
    row.message->setVisible(false);
    const CompanySettings &settings = m_original;
    const QString url = slot == BrandImageSlot::Logo ? settings.logoUrl
        : slot == BrandImageSlot::Favicon            ? settings.faviconUrl
                                                     : settings.loginBackgroundUrl;
    if (url.isEmpty()) {
        setImage(slot, {});
        return;
    }
    const QUuid id = m_companyId;
    row.call = m_context->companies().brandImage(
        id, slot, [this, id, slot](models::Result<client::CompaniesClient::BrandImageBytes> bytes) {
            if (id != m_companyId)
                return;
            if (!bytes) {
                setImage(slot, {});
                ImageRow &failed = m_images[static_cast<size_t>(slotIndex(slot))];
                failed.message->setText(bytes.error().message);
                failed.message->setStyleSheet(QStringLiteral("color: #b00020;"));
                failed.message->setVisible(true);
                return;
            }
            setImage(slot, bytes->data);
        });
    updateButtons();
}

void WhiteLabelPage::setImage(BrandImageSlot slot, const QByteArray &bytes)
{
    ImageRow &row = m_images[static_cast<size_t>(slotIndex(slot))];
    row.image = bytes.isEmpty() ? QImage() : QImage::fromData(bytes);
    if (row.image.isNull()) {
        row.thumb->setPixmap({});
        row.thumb->setText(tr("No image"));
        row.message->setVisible(false);
    } else {
        row.thumb->setPixmap(QPixmap::fromImage(row.image.scaled(
            kThumbWidth - 4, kThumbHeight - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        const ImageAdvice advice = imageAdvice(slot);
        const QSize size = row.image.size();
        QString warning;
        if (size.width() < advice.minimum.width() || size.height() < advice.minimum.height()) {
            warning = tr("%1 × %2 px is smaller than the recommended %3 × %4 px; it may look "
                         "blurry.")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(advice.minimum.width())
                          .arg(advice.minimum.height());
        } else if (size.width() > advice.maximum.width()
                   || size.height() > advice.maximum.height()) {
            warning = tr("%1 × %2 px is larger than the recommended %3 × %4 px; pages load it "
                         "more slowly.")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(advice.maximum.width())
                          .arg(advice.maximum.height());
        }
        row.message->setText(warning);
        row.message->setStyleSheet(kWarningStyle);
        row.message->setVisible(!warning.isEmpty());
    }
    updatePreview();
    updateButtons();
}

void WhiteLabelPage::chooseImage(BrandImageSlot slot)
{
    if (!m_loaded || !m_context)
        return;
    const QString filter = slot == BrandImageSlot::Favicon ? tr("Icons (*.png *.ico)")
                                                           : tr("Images (*.png *.jpg *.jpeg)");
    const QString path = FileChooser::openFile(this, tr("Choose an image"), filter);
    if (path.isEmpty())
        return;
    ImageRow &row = m_images[static_cast<size_t>(slotIndex(slot))];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        row.message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        row.message->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.message->setVisible(true);
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Only a hint: the platform decodes the bytes to decide what they are.
    const QByteArray type = suffix == QLatin1String("png") ? QByteArrayLiteral("image/png")
        : suffix == QLatin1String("ico")                   ? QByteArrayLiteral("image/x-icon")
                                                           : QByteArrayLiteral("image/jpeg");
    sendImage({slot, file.readAll(), type});
}

void WhiteLabelPage::removeImage(BrandImageSlot slot)
{
    if (!m_loaded || !m_context)
        return;
    sendImage({slot, {}, {}});
}

void WhiteLabelPage::sendImage(const ImageChange &change)
{
    ImageRow &row = m_images[static_cast<size_t>(slotIndex(change.slot))];
    if (row.call)
        row.call->cancel();
    row.message->setVisible(false);
    const QUuid id = m_companyId;
    auto answered = [this, id, change](models::Result<client::Versioned<CompanySettings>> result) {
        if (id != m_companyId)
            return;
        if (!result) {
            onImageAnswer(change, result.error(), {});
            return;
        }
        onImageAnswer(change, result->value, result->etag);
    };
    row.call = change.bytes.isEmpty()
        ? m_context->companies().removeBrandImage(id, change.slot, m_etag, answered)
        : m_context->companies().uploadBrandImage(id, change.slot, change.bytes, change.contentType,
                                                  m_etag, answered);
    updateButtons();
}

// After a conflict is settled (theirs loaded, or mine saved over theirs), the image the user
// chose meanwhile goes up against the version they have now seen.
void WhiteLabelPage::resumeImageChange()
{
    if (!m_imageAfterConflict || !m_loaded)
        return;
    const ImageChange change = *m_imageAfterConflict;
    m_imageAfterConflict.reset();
    sendImage(change);
}

void WhiteLabelPage::onImageAnswer(const ImageChange &change,
                                   const models::Result<CompanySettings> &settings,
                                   const QByteArray &etag)
{
    const BrandImageSlot slot = change.slot;
    ImageRow &row = m_images[static_cast<size_t>(slotIndex(slot))];
    row.call.clear();
    if (!settings) {
        const models::Error &error = settings.error();
        QString message;
        if (error.code == QLatin1String("image_type_refused")) {
            message = slot == BrandImageSlot::Favicon
                ? tr("The platform refused the file: a favicon must be a PNG or ICO image.")
                : tr("The platform refused the file: it must be a PNG or JPEG image.");
        } else if (error.code == QLatin1String("image_dimensions_refused")) {
            message = tr("The platform refused the image: at most %1 × %2 pixels.")
                          .arg(models::BrandImage::kMaxWidth)
                          .arg(models::BrandImage::kMaxHeight);
        } else if (error.code == QLatin1String("image_corrupt")) {
            message = tr("The platform could not decode the file; it is damaged or not an image.");
        } else if (error.code == QLatin1String("payload_too_large")
                   || error.code == QLatin1String("image_too_large")) {
            message = tr("The file is too large: at most %1 KiB.")
                          .arg(models::BrandImage::kMaxBytes / 1024);
        } else if (ConflictPanel::isStaleVersion(error)) {
            // Nothing is lost: the choice waits until the user has settled the conflict.
            m_imageAfterConflict = change;
            showConflict(error);
            message = change.bytes.isEmpty()
                ? tr("Someone else changed this branding meanwhile. Choose below which values "
                     "to keep; the image is removed after that.")
                : tr("Someone else changed this branding meanwhile. Choose below which values "
                     "to keep; the image is uploaded after that.");
        } else {
            message = error.message;
        }
        row.message->setText(message);
        row.message->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.message->setVisible(true);
        updateButtons();
        return;
    }
    // The answer is the server's settings with the new image; the form's edits stay.
    m_original = settings.value();
    m_etag = etag;
    row.message->setVisible(false);
    setImage(slot, change.bytes);
    formChanged();
    emit imageChanged(slot);
}

// --- colours ------------------------------------------------------------------------------

void WhiteLabelPage::pickColour(Colour colour)
{
    ColourRow &row = m_colours[static_cast<size_t>(colour)];
    const QColor initial = colourOf(row.hex->text().trimmed());
    const QColor chosen = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::gray),
                                                 this, tr("Choose a colour"));
    if (chosen.isValid())
        row.hex->setText(chosen.name(QColor::HexRgb).toUpper());
}

void WhiteLabelPage::useSuggestion(Colour colour)
{
    ColourRow &row = m_colours[static_cast<size_t>(colour)];
    if (!row.suggestion.isEmpty())
        row.hex->setText(row.suggestion);
}

// --- checks -------------------------------------------------------------------------------

void WhiteLabelPage::formChanged()
{
    if (m_settingForm)
        return;
    updateChecks();
    updatePreview();
    updateButtons();
}

namespace {

// The sentence for a failed shared check, in the console's language.
QString checkMessage(const models::Status &check, const QString &formatText)
{
    if (check)
        return {};
    const models::Error &error = check.error();
    const QString reason = error.details.value(QStringLiteral("reason")).toString();
    if (reason == QLatin1String("missing") || reason == QLatin1String("empty"))
        return WhiteLabelPage::tr("Required.");
    if (reason == QLatin1String("too_long")) {
        return WhiteLabelPage::tr("Too long: at most %1 characters.")
            .arg(error.details.value(QStringLiteral("max")).toInt());
    }
    if (reason == QLatin1String("not_allowed"))
        return WhiteLabelPage::tr("This name is reserved by the platform.");
    if (reason == QLatin1String("format") && !formatText.isEmpty())
        return formatText;
    if (reason == QLatin1String("format") || reason == QLatin1String("wrong_type"))
        return WhiteLabelPage::tr("One line only, without control characters.");
    return error.message;
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

void WhiteLabelPage::updateChecks()
{
    using namespace Validation;
    const CompanySettings settings = formSettings();
    showMessage(m_displayNameError,
                checkMessage(checkSingleLine(QStringLiteral("display_name"), settings.displayName,
                                             1, CompanySettings::kMaxDisplayNameLength),
                             {}));
    showMessage(m_loginTitleError,
                checkMessage(checkSingleLine(QStringLiteral("login_title"), settings.loginTitle, 0,
                                             CompanySettings::kMaxLoginTitleLength),
                             {}));
    showMessage(m_loginMessageError,
                checkMessage(checkLength(QStringLiteral("login_message"), settings.loginMessage, 0,
                                         CompanySettings::kMaxLoginMessageLength),
                             {}));
    showMessage(m_footerError,
                checkMessage(checkLength(QStringLiteral("footer_text"), settings.footerText, 0,
                                         CompanySettings::kMaxFooterTextLength),
                             {}));
    QString subdomain;
    if (!settings.customSubdomain.isEmpty()) {
        subdomain = settings.customSubdomain == m_subdomainTaken
            ? tr("Another company uses this subdomain; choose another.")
            : checkMessage(
                checkSubdomain(QStringLiteral("custom_subdomain"), settings.customSubdomain),
                tr("Use 3–63 lowercase letters, digits or “-”, not at the start or "
                   "end."));
    }
    showMessage(m_subdomainError, subdomain);
    QString domain;
    if (!settings.customDomain.isEmpty()) {
        domain = settings.customDomain == m_domainTaken
            ? tr("Another company uses this custom domain.")
            : checkMessage(checkDomainName(QStringLiteral("custom_domain"), settings.customDomain),
                           tr("Not a host name; use e.g. portal.example.com."));
    }
    showMessage(m_domainError, domain);

    // Colours: malformed blocks; low contrast warns and suggests the nearest passing colour.
    const QList<CompanySettings::ContrastWarning> warnings = settings.contrastWarnings();
    const QStringList values {settings.primaryColor, settings.secondaryColor, settings.accentColor};
    const QStringList wireNames {QStringLiteral("primary_color"), QStringLiteral("secondary_color"),
                                 QStringLiteral("accent_color")};
    for (int i = 0; i < ColourCount; ++i) {
        ColourRow &row = m_colours[static_cast<size_t>(i)];
        const QString &value = values.at(i);
        const QColor colour = colourOf(value);
        row.pick->setStyleSheet(colour.isValid()
                                    ? QStringLiteral("background-color: %1;").arg(colour.name())
                                    : QString());
        row.suggestion.clear();
        QString text;
        QString style = QStringLiteral("color: #b00020;");
        if (!Validation::isColour(value)) {
            text = tr("Use the form #RRGGBB, e.g. #1F6FEB.");
        } else {
            for (const CompanySettings::ContrastWarning &warning : warnings) {
                if (warning.field != wireNames.at(i))
                    continue;
                const bool isForeground =
                    warning.foreground.compare(value, Qt::CaseInsensitive) == 0;
                const QString against = isForeground ? warning.background : warning.foreground;
                text = isForeground
                    ? tr("Contrast %1:1 against %2 is below %3:1: links are hard to read.")
                    : tr("Contrast %1:1 with %2 text is below %3:1: text is hard to read.");
                text = text.arg(locale().toString(warning.ratio, 'f', 2), against,
                                locale().toString(warning.minimum, 'f', 1));
                row.suggestion =
                    ColourContrast::nearestPassingColour(value, against, warning.minimum);
                style = kWarningStyle;
                break;
            }
        }
        row.warning->setText(text);
        row.warning->setStyleSheet(style);
        row.warning->setVisible(!text.isEmpty());
        row.suggest->setText(tr("Use %1").arg(row.suggestion));
        if (!row.suggestion.isEmpty()) {
            QPixmap swatch(16, 16);
            swatch.fill(QColor(row.suggestion));
            row.suggest->setIcon(QIcon(swatch));
        }
        row.suggest->setVisible(!row.suggestion.isEmpty());
    }
}

bool WhiteLabelPage::isFormValid() const
{
    if (!m_loaded)
        return false;
    const CompanySettings settings = formSettings();
    if (!settings.validate())
        return false;
    if (!settings.customSubdomain.isEmpty() && settings.customSubdomain == m_subdomainTaken)
        return false;
    return settings.customDomain.isEmpty() || settings.customDomain != m_domainTaken;
}

void WhiteLabelPage::updatePreview()
{
    const CompanySettings settings = formSettings();
    BrandPreviewSpec spec = BrandPreviewSpec::fromSettings(settings);
    spec.logo = m_images[static_cast<size_t>(slotIndex(BrandImageSlot::Logo))].image;
    spec.favicon = m_images[static_cast<size_t>(slotIndex(BrandImageSlot::Favicon))].image;
    spec.loginBackground =
        m_images[static_cast<size_t>(slotIndex(BrandImageSlot::LoginBackground))].image;
    m_preview->setSpec(spec);
}

void WhiteLabelPage::updateButtons()
{
    const bool saving = !m_saveCall.isNull();
    const bool dirty = isDirty();
    m_save->setEnabled(m_loaded && !saving && dirty && isFormValid());
    m_revert->setEnabled(m_loaded && !saving && dirty);
    for (ImageRow &row : m_images) {
        const bool busy = !row.call.isNull();
        row.progress->setVisible(busy);
        row.choose->setEnabled(m_loaded && !busy && !saving);
        row.remove->setEnabled(m_loaded && !busy && !saving && !row.image.isNull());
    }
}

// --- saving -------------------------------------------------------------------------------

void WhiteLabelPage::save()
{
    if (!m_context || !m_loaded || m_saveCall || !isFormValid())
        return;
    setFormError({});
    const QUuid id = m_companyId;
    const CompanySettings settings = formSettings();
    m_saveCall = m_context->companies().updateCompanySettings(
        id, settings, m_etag,
        [this, id](models::Result<client::Versioned<CompanySettings>> result) {
            m_saveCall.clear();
            if (id != m_companyId)
                return;
            if (!result) {
                onSaveFailed(result.error());
                updateButtons();
                emit saveFailed();
                return;
            }
            hideConflict();
            m_original = result->value;
            m_etag = result->etag;
            setForm(m_original);
            m_context->reportInfo(tr("Saved the branding of %1.").arg(companyLabel()));
            emit saved();
            resumeImageChange();
        });
    updateButtons();
}

void WhiteLabelPage::onSaveFailed(const models::Error &error)
{
    if (ConflictPanel::isStaleVersion(error)) {
        showConflict(error);
        return;
    }
    if (error.code == QLatin1String("subdomain_taken")) {
        m_subdomainTaken = formSettings().customSubdomain;
        updateChecks();
        return;
    }
    if (error.code == QLatin1String("domain_taken")) {
        m_domainTaken = formSettings().customDomain;
        updateChecks();
        return;
    }
    // Session ended, unreachable, maintenance, a refused field: everything typed stays.
    setFormError(error.message);
    if (m_context)
        m_context->reportError(tr("Saving the branding of %1").arg(companyLabel()), error);
}

void WhiteLabelPage::showConflict(const models::Error &error)
{
    m_theirs = ConflictPanel::theirs<CompanySettings>(error);
    m_conflict->present(error, describe(formSettings()),
                        m_theirs ? std::optional(describe(*m_theirs)) : std::nullopt);
}

void WhiteLabelPage::hideConflict()
{
    m_conflict->dismiss();
    m_theirs.reset();
}

void WhiteLabelPage::useTheirs()
{
    if (!m_theirs)
        return;
    m_original = *m_theirs;
    m_etag = m_conflict->theirsEtag();
    hideConflict();
    setForm(m_original);
    fetchImages();
    resumeImageChange();
}

void WhiteLabelPage::useMine()
{
    const QByteArray etag = m_conflict->theirsEtag();
    if (etag.isEmpty())
        return;
    // Save the form over the version the user has now seen; its images are the server's.
    const CompanySettings mine = formSettings();
    if (m_theirs)
        m_original = *m_theirs;
    m_etag = etag;
    hideConflict();
    setForm(mine);
    save();
}

void WhiteLabelPage::revert()
{
    if (!m_companyId.isNull())
        openCompany(m_companyId);
}

void WhiteLabelPage::setFormError(const QString &message)
{
    showMessage(m_formError, message);
}

// --- comparing ----------------------------------------------------------------------------

void WhiteLabelPage::compareSelected()
{
    if (!m_context)
        return;
    QList<QUuid> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids << index.data(models::CompanyTableModel::IdRole).toUuid();
    if (ids.size() < 2)
        return;
    // The answers arrive in any order; the previews keep the list's.
    struct Gathered
    {
        QList<BrandPreviewSpec> specs;
        int pending = 0;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->specs.resize(ids.size());
    gathered->pending = static_cast<int>(ids.size());
    const QPointer<WhiteLabelPage> self(this);
    const auto oneDone = [this, self, gathered] {
        if (--gathered->pending > 0 || !self)
            return;
        if (!m_comparison) {
            auto *dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("brandCompareDialog"));
            dialog->setWindowTitle(tr("Compare brands"));
            auto *layout = new QVBoxLayout(dialog);
            m_comparison = new BrandComparisonView(dialog);
            m_comparison->setObjectName(QStringLiteral("brandComparison"));
            layout->addWidget(m_comparison);
        }
        m_comparison->setSpecs(gathered->specs);
        auto *dialog = qobject_cast<QDialog *>(m_comparison->parentWidget());
        // Wide enough for the previews (up to a screenful), no wider.
        const int columns = static_cast<int>(qMin<qsizetype>(gathered->specs.size(), 4));
        dialog->resize(columns * (BrandComparisonView::kColumnWidth + 24) + 40, 520);
        dialog->show();
        dialog->raise();
    };
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QUuid id = ids.at(i);
        if (id == m_companyId && m_loaded) {
            // The edited company as the form shows it, unsaved edits included.
            gathered->specs[i] = m_preview->spec();
            QTimer::singleShot(0, this, oneDone);
            continue;
        }
        m_context->companies().companySettings(
            id,
            [this, gathered, i, id,
             oneDone](models::Result<client::Versioned<CompanySettings>> result) {
                if (!result && m_context) {
                    m_context->reportError(tr("Loading a brand to compare"), result.error());
                    gathered->specs[i].displayName = tr("(not loaded)");
                    oneDone();
                    return;
                }
                gathered->specs[i] = BrandPreviewSpec::fromSettings(result->value);
                if (result->value.logoUrl.isEmpty()) {
                    oneDone();
                    return;
                }
                m_context->companies().brandImage(
                    id, BrandImageSlot::Logo,
                    [gathered, i,
                     oneDone](models::Result<client::CompaniesClient::BrandImageBytes> bytes) {
                        if (bytes)
                            gathered->specs[i].logo = QImage::fromData(bytes->data);
                        oneDone();
                    });
            });
    }
}

} // namespace sphair::ui
