#include "ui/deployments/WeekView.h"

#include "models/item/WeekGridModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace sphair::ui {

using models::WeekGridModel;

namespace {

// Paints the blocks: a coloured box over the segment's span with its text, hatching for an
// hour the clock skips, a light tint for an hour two touching windows share.
class WeekCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        const QRect cell = option.rect.adjusted(1, 1, -1, -1);
        if (index.data(WeekGridModel::MissingHourRole).toBool()) {
            painter->fillRect(cell, QBrush(QColor(0x9e, 0x9e, 0x9e), Qt::BDiagPattern));
        } else if (const int block = index.data(WeekGridModel::BlockRole).toInt(); block >= 0) {
            const auto *grid = qobject_cast<const WeekGridModel *>(index.model());
            const models::WeekBlock &b = grid->blocks().at(block);
            const QColor fill = b.moved ? QColor(0x6a, 0x1b, 0x9a)
                : b.recurring           ? QColor(0x15, 0x65, 0xc0)
                                        : QColor(0x00, 0x69, 0x5c);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(cell, 4, 4);
            painter->setPen(Qt::white);
            painter->drawText(cell.adjusted(4, 2, -4, -2),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                              index.data().toString());
        } else if (!index.data(WeekGridModel::BlocksRole).value<QList<int>>().isEmpty()) {
            painter->fillRect(cell, QColor(0xbb, 0xde, 0xfb));
        }
        if (option.state & QStyle::State_HasFocus) {
            QPen pen(option.palette.highlight(), 2);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }
};

} // namespace

WeekView::WeekView(const QTimeZone &platformZone, const QTimeZone &viewerZone, QWidget *parent)
    : QWidget(parent)
    , m_platformZone(platformZone.isValid() ? platformZone : QTimeZone::utc())
    , m_viewerZone(viewerZone.isValid() ? viewerZone : QTimeZone::utc())
{
    setObjectName(QStringLiteral("weekView"));
    m_model = new WeekGridModel(m_platformZone, m_viewerZone, this);

    m_previous = new QPushButton(tr("Previou&s week"), this);
    m_previous->setObjectName(QStringLiteral("previousWeekButton"));
    m_today = new QPushButton(tr("&Back to this week"), this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_next = new QPushButton(tr("Ne&xt week"), this);
    m_next->setObjectName(QStringLiteral("nextWeekButton"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("weekLabel"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("weekZoneCombo"));
    m_zone->setAccessibleName(tr("Clock of the grid"));
    m_zone->addItem(tr("Platform time (%1)").arg(QString::fromUtf8(m_platformZone.id())));
    if (m_viewerZone.id() != m_platformZone.id())
        m_zone->addItem(tr("My time (%1)").arg(QString::fromUtf8(m_viewerZone.id())));

    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("weekGridView"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new WeekCellDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setShowGrid(true);
    m_grid->setTabKeyNavigation(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The hours share the height there is, but stay readable.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grid->setAccessibleName(tr("Maintenance windows of the week"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_label, 1);
    auto *zoneCaption = new QLabel(tr("&Grid clock:"), this);
    zoneCaption->setBuddy(m_zone);
    bar->addWidget(zoneCaption);
    bar->addWidget(m_zone);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("weekHintLabel"));
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_grid, 1);

    connect(m_previous, &QPushButton::clicked, this, &WeekView::previousWeek);
    connect(m_next, &QPushButton::clicked, this, &WeekView::nextWeek);
    connect(m_today, &QPushButton::clicked, this, &WeekView::showToday);
    connect(m_zone, &QComboBox::currentIndexChanged, this,
            [this](int index) { setViewerClock(index == 1); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSpans();
        updateLabel();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentOccurrenceChanged(currentOccurrence()); });
    connect(m_grid, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int block = m_model->blockAt(index);
        if (block >= 0) {
            emit occurrenceActivated(block);
            return;
        }
        if (!index.data(WeekGridModel::MissingHourRole).toBool())
            emit newWindowRequested(m_model->dayOf(index.column()), index.row(),
                                    m_model->displayZone());
    });
    updateLabel();
}

void WeekView::setOccurrences(const QList<models::MaintenanceOccurrence> &occurrences)
{
    m_occurrences = occurrences;
    QList<models::WeekBlock> blocks;
    blocks.reserve(occurrences.size());
    for (const models::MaintenanceOccurrence &o : occurrences)
        blocks.append(models::WeekBlock {o.windowId, o.occurrence, o.startsAt, o.endsAt, o.timezone,
                                         o.description, o.recurring, o.moved});
    const QModelIndex current = m_grid->currentIndex();
    m_model->setBlocks(blocks);
    if (current.isValid())
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
}

int WeekView::currentOccurrence() const
{
    return m_model->blockAt(m_grid->currentIndex());
}

void WeekView::selectOccurrence(int index)
{
    const QModelIndex cell = m_model->firstCellOf(index);
    if (!cell.isValid())
        return;
    m_grid->setCurrentIndex(cell);
    m_grid->scrollTo(cell);
}

void WeekView::setViewerClock(bool viewer)
{
    const QTimeZone display = viewer ? m_viewerZone : m_platformZone;
    if (display.id() == m_model->displayZone().id())
        return;
    {
        const QSignalBlocker blocker(m_zone);
        m_zone->setCurrentIndex(viewer && m_zone->count() > 1 ? 1 : 0);
    }
    // The same week, read on the other clock: its Monday may differ by a day near midnight.
    const QDate middle = m_model->rangeStart().addDays(3).toTimeZone(display).date();
    m_model->setZones(display, m_viewerZone);
    m_model->setWeek(middle);
    emit weekChanged();
}

void WeekView::showWeek(QDate day)
{
    const QDate before = m_model->weekStart();
    m_model->setWeek(day);
    if (m_model->weekStart() != before)
        emit weekChanged();
}

void WeekView::previousWeek()
{
    showWeek(m_model->weekStart().addDays(-7));
}

void WeekView::nextWeek()
{
    showWeek(m_model->weekStart().addDays(7));
}

void WeekView::showToday()
{
    showWeek(QDateTime::currentDateTimeUtc().toTimeZone(m_model->displayZone()).date());
}

void WeekView::updateSpans()
{
    m_grid->clearSpans();
    for (const WeekGridModel::Segment &segment : m_model->segments()) {
        if (segment.lastRow > segment.firstRow)
            m_grid->setSpan(segment.firstRow, segment.column,
                            segment.lastRow - segment.firstRow + 1, 1);
    }
}

void WeekView::updateLabel()
{
    const QDate monday = m_model->weekStart();
    const QDate sunday = monday.addDays(6);
    m_label->setText(tr("%1 – %2 (%3)")
                         .arg(QLocale().toString(monday, QStringLiteral("d MMM")),
                              QLocale().toString(sunday, QStringLiteral("d MMM yyyy")),
                              QString::fromUtf8(m_model->displayZone().id())));
    const QByteArray display = m_model->displayZone().id();
    m_hint->setText(
        display == m_viewerZone.id()
            ? tr("Hours in %1, your time. Hatched: an hour the clock skips.")
                  .arg(QString::fromUtf8(display))
            : tr("Hours in %1 · the same hour in %2 (it differs between days when daylight "
                 "saving changes). Hatched: an hour the clock skips.")
                  .arg(QString::fromUtf8(display), QString::fromUtf8(m_viewerZone.id())));
}

} // namespace sphair::ui
