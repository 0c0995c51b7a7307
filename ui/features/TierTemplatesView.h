#pragma once

#include "client/CompaniesClient.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sphair::client {
class ApiCall;
}

namespace sphair::ui {

class ConsoleContext;

// The tier templates: which features each tier has by default and each tier's user range.
// A superadmin can edit them, see how many companies the edit would change (the server's
// preview) and save; other roles see them read-only.
//
// Object names: tierTemplatesTable (rows: features, columns: tiers, check boxes),
// tierMinUsers_<tier>, tierMaxUsers_<tier> (spin boxes), previewTemplatesButton,
// saveTemplatesButton, templatesPreviewLabel, templatesRoleLabel.
class TierTemplatesView : public QWidget
{
    Q_OBJECT
public:
    explicit TierTemplatesView(ConsoleContext *context, QWidget *parent = nullptr);
    ~TierTemplatesView() override;

    // Whether the signed-in admin may edit (a superadmin).
    bool isEditable() const { return m_editable; }
    // The templates as shown (with the user's edits).
    client::CompaniesClient::TierTemplates shownTemplates() const;

public slots:
    void refresh();
    void preview();
    void save();

signals:
    void loaded();
    void previewed(qint64 companiesChanged, qint64 companiesTotal);
    void catalogSaved();

private:
    void show(const models::FeatureCatalogDocument &catalog);
    void setEditable(bool editable);

    QPointer<ConsoleContext> m_context;
    QTableWidget *m_table = nullptr;
    QList<QSpinBox *> m_minUsers; // per allTiers()
    QList<QSpinBox *> m_maxUsers;
    QPushButton *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    models::FeatureCatalogDocument m_catalog;
    QByteArray m_etag;
    bool m_editable = false;
    QList<QPointer<client::ApiCall>> m_calls;
};

} // namespace sphair::ui
