#include "ui/deployments/NoticesView.h"

#include "client/ApiCall.h"
#include "client/PlatformClient.h"
#include "client/Queries.h"
#include "models/domain/MaintenanceNoticeMail.h"
#include "models/item/NoticeMailModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

using models::MaintenanceNoticeMail;

constexpr int kPageSize = 200;

} // namespace

NoticesView::NoticesView(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new models::NoticeMailModel(this))
    , m_status(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(this))
    , m_count(new QLabel(this))
    , m_more(new QPushButton(tr("Load more"), this))
    , m_error(newErrorLabel(QStringLiteral("noticesErrorLabel"), this))
{
    setObjectName(QStringLiteral("noticesView"));
    m_status->setObjectName(QStringLiteral("noticeStatusCombo"));
    m_status->addItem(tr("All notices"), QString());
    for (const QString &status : MaintenanceNoticeMail::statuses())
        m_status->addItem(MaintenanceNoticeMail::statusDisplayName(status), status);
    m_refresh->setObjectName(QStringLiteral("refreshNoticesButton"));
    m_table->setObjectName(QStringLiteral("noticesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_emptyHint->setObjectName(QStringLiteral("noticesEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->hide();
    m_count->setObjectName(QStringLiteral("noticesCountLabel"));
    m_more->setObjectName(QStringLiteral("moreNoticesButton"));
    m_more->setEnabled(false);
    m_error->hide();

    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_error);
    layout->addLayout(footer);

    connect(m_status, &QComboBox::currentIndexChanged, this, &NoticesView::reload);
    connect(m_refresh, &QPushButton::clicked, this, &NoticesView::reload);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
}

NoticesView::~NoticesView()
{
    if (m_call)
        m_call->cancel();
}

void NoticesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        reload();
    }
}

void NoticesView::reload()
{
    load(false);
}

void NoticesView::load(bool more)
{
    // Before the first sign-in there is nothing to ask; the tab reloads when it happens.
    if (!m_context || !m_context->client() || !m_context->client()->isSignedIn())
        return;
    if (m_call)
        m_call->cancel();
    client::MaintenanceNoticeQuery query;
    query.limit = kPageSize;
    query.status = m_status->currentData().toString();
    if (more)
        query.cursor = m_nextCursor;
    m_more->setEnabled(false);
    m_refresh->setEnabled(false);
    m_call = m_context->operations().list(
        query, [this, more](models::Result<models::Page<MaintenanceNoticeMail>> page) {
            m_refresh->setEnabled(true);
            if (!page) {
                m_error->setText(
                    tr("The notices could not be loaded: %1").arg(page.error().message));
                m_error->show();
                m_more->setEnabled(!m_nextCursor.isEmpty());
                emit loaded();
                return;
            }
            m_error->hide();
            if (more)
                m_model->appendMails(page->items);
            else
                m_model->setMails(page->items);
            m_nextCursor = page->nextCursor;
            m_total = page->total;
            m_more->setEnabled(page->hasMore());
            m_count->setText(
                tr("%n of %1 notice(s) shown", nullptr, m_model->rowCount()).arg(m_total));
            m_table->resizeColumnsToContents();
            showEmptyHint();
            emit loaded();
        });
}

void NoticesView::showEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        m_emptyHint->setText(
            m_status->currentData().toString().isEmpty()
                ? tr("No notices yet. The admins of every active company are e-mailed 72 and 24 "
                     "hours before each maintenance window and when it has ended; each message "
                     "appears here.")
                : tr("No notice is “%1”.").arg(m_status->currentText()));
    }
    m_emptyHint->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace sphair::ui
