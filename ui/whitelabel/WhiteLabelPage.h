#pragma once

#include "models/domain/BrandImage.h"
#include "models/domain/Company.h"
#include "models/domain/CompanySettings.h"
#include "models/domain/Result.h"
#include "ui/whitelabel/BrandPreviewSpec.h"

#include <QByteArray>
#include <QImage>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class CompanyFilterProxy;
class CompanyTableModel;
} // namespace sphair::models

namespace sphair::ui {

class BrandComparisonView;
class BrandPreviewWidget;
class ConflictPanel;
class ConsoleContext;

// The White-label tab: the company list (searched like the Companies tab, several rows may be
// selected for "Compare…") beside the selected company's branding form and its live preview.
//
// The form checks as the user types, beside each field: malformed values (the shared rules of
// models::Validation) block Save; colour contrast below WCAG AA and images outside the
// recommended sizes only warn. A low-contrast colour offers the nearest colour that passes.
// Images are uploaded as soon as they are chosen and shown as the platform serves them.
// Save sends one update with If-Match; a 412 shows the server's values next to the form's
// (conflictPanel: useTheirsButton, useMineButton); a taken subdomain or domain is shown on
// its field; the form keeps the user's values on every failure. Switching to another
// company with unsaved edits asks first (unsavedChangesBox: discard or keep editing).
//
// Object names: whiteLabelSearchEdit, whiteLabelCompanyList, compareButton,
// brandDisplayNameEdit, brandPrimaryColorEdit / …Button / …Warning / …Suggest (likewise
// Secondary, Accent), brandLoginTitleEdit, brandLoginMessageEdit, brandFooterEdit,
// brandSubdomainEdit, brandDomainEdit, brand…Error, brandLogoChoose / …Remove / …Image /
// …Message / …Progress (likewise Favicon, LoginBackground), brandSaveButton,
// brandRevertButton, brandFormError, brandPreview, conflictPanel.
class WhiteLabelPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kSearchDelayMs = 250;

    // The sizes each image is meant to have, in pixels: outside them the form warns.
    struct ImageAdvice
    {
        QSize minimum;
        QSize maximum;
    };
    static ImageAdvice imageAdvice(models::BrandImageSlot slot);

    explicit WhiteLabelPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~WhiteLabelPage() override;

    models::CompanyTableModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    BrandPreviewWidget *preview() const { return m_preview; }
    BrandComparisonView *comparison() const { return m_comparison; }

    // The company the form edits; null before one is chosen.
    QUuid currentCompanyId() const { return m_companyId; }
    // The settings as the form describes them (read-only fields as last loaded).
    models::CompanySettings formSettings() const;
    // The settings as the server last answered them, and their ETag.
    const models::CompanySettings &serverSettings() const { return m_original; }
    QByteArray etag() const { return m_etag; }
    // The form differs from the server's values.
    bool isDirty() const;
    // Nothing in the form blocks saving (warnings may remain).
    bool isFormValid() const;
    bool isBusy() const;
    // Makes the company's row current (asking first when the form has unsaved edits).
    bool selectCompany(const QUuid &id);

public slots:
    void refresh();
    void save();
    void revert();
    void compareSelected();

signals:
    void listLoaded();
    // The selected company's settings (and images) have been loaded into the form.
    void settingsLoaded();
    void saved();
    void saveFailed();
    void imageChanged(sphair::models::BrandImageSlot slot);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Colour { Primary, Secondary, Accent, ColourCount };
    struct ColourRow
    {
        QLineEdit *hex = nullptr;
        QPushButton *pick = nullptr;
        QLabel *warning = nullptr;
        QPushButton *suggest = nullptr;
        QString suggestion;
    };
    struct ImageRow
    {
        QLabel *thumb = nullptr;
        QPushButton *choose = nullptr;
        QPushButton *remove = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *message = nullptr;
        QImage image;
        QPointer<client::ApiCall> call;
    };
    // An image to upload (or, with no bytes, to remove) once a conflict is settled.
    struct ImageChange
    {
        models::BrandImageSlot slot;
        QByteArray bytes;
        QByteArray contentType;
    };

    void buildUi();
    QWidget *buildForm();
    void loadList(const QString &search);
    void onSelectionSettled();
    void askDiscard(const QUuid &target);
    void openCompany(const QUuid &id);
    void setForm(const models::CompanySettings &settings);
    void fetchImages();
    void fetchImage(models::BrandImageSlot slot);
    void setImage(models::BrandImageSlot slot, const QByteArray &bytes);
    void chooseImage(models::BrandImageSlot slot);
    void removeImage(models::BrandImageSlot slot);
    void sendImage(const ImageChange &change);
    void resumeImageChange();
    void onImageAnswer(const ImageChange &change,
                       const models::Result<models::CompanySettings> &settings,
                       const QByteArray &etag);
    void pickColour(Colour colour);
    void useSuggestion(Colour colour);
    void formChanged();
    void updateChecks();
    void updatePreview();
    void updateButtons();
    void onSaveFailed(const models::Error &error);
    void showConflict(const models::Error &error);
    void hideConflict();
    void useTheirs();
    void useMine();
    void setFormError(const QString &message);
    void selectRow(const QUuid &id);
    QString companyLabel() const;

    QPointer<ConsoleContext> m_context;
    models::CompanyTableModel *m_model = nullptr;
    models::CompanyFilterProxy *m_proxy = nullptr;
    QString m_loadedSearch;
    QString m_nextCursor;
    bool m_loadedOnce = false;
    QPointer<client::ApiCall> m_listCall;
    QPointer<client::ApiCall> m_settingsCall;
    QPointer<client::ApiCall> m_saveCall;
    QTimer *m_searchTimer = nullptr;

    QUuid m_companyId;
    models::CompanySettings m_original;
    QByteArray m_etag;
    bool m_loaded = false;
    bool m_settingForm = false;
    bool m_restoringRow = false;
    bool m_selectionPending = false;
    QString m_subdomainTaken; // a subdomain the server answered 409 for
    QString m_domainTaken;
    std::optional<models::CompanySettings> m_theirs;
    std::optional<ImageChange> m_imageAfterConflict;
    QPointer<QMessageBox> m_askBox;

    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_title = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_displayNameError = nullptr;
    std::array<ColourRow, ColourCount> m_colours;
    std::array<ImageRow, 3> m_images;
    QLineEdit *m_loginTitle = nullptr;
    QLabel *m_loginTitleError = nullptr;
    QPlainTextEdit *m_loginMessage = nullptr;
    QLabel *m_loginMessageError = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QLabel *m_footerError = nullptr;
    QLineEdit *m_subdomain = nullptr;
    QLabel *m_subdomainError = nullptr;
    QLineEdit *m_domain = nullptr;
    QLabel *m_domainError = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    ConflictPanel *m_conflict = nullptr;
    BrandPreviewWidget *m_preview = nullptr;
    BrandComparisonView *m_comparison = nullptr;
};

} // namespace sphair::ui
