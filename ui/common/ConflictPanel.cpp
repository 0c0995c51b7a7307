#include "ui/common/ConflictPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sphair::ui {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConflictPanel::ConflictPanel(const QString &title, const QList<Field> &fields, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(QStringLiteral("conflictPanel"));
    auto *grid = new QGridLayout(this);
    m_message = plainLabel(QStringLiteral("conflictMessage"), this);
    m_message->setWordWrap(true);
    grid->addWidget(m_message, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 1, 1);
    grid->addWidget(new QLabel(tr("<b>On the server</b>"), this), 1, 2);
    int row = 2;
    for (const Field &field : fields) {
        auto *caption = plainLabel({}, this);
        caption->setText(field.label);
        grid->addWidget(caption, row, 0);
        m_mine.append(plainLabel(QStringLiteral("conflictMine") + field.objectName, this));
        m_theirs.append(plainLabel(QStringLiteral("conflictTheirs") + field.objectName, this));
        grid->addWidget(m_mine.last(), row, 1);
        grid->addWidget(m_theirs.last(), row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_useTheirs = new QPushButton(tr("Load t&heirs"), this);
    m_useTheirs->setObjectName(QStringLiteral("useTheirsButton"));
    m_useMine = new QPushButton(tr("Save &mine over theirs"), this);
    m_useMine->setObjectName(QStringLiteral("useMineButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_useTheirs);
    buttons->addWidget(m_useMine);
    grid->addLayout(buttons, row, 0, 1, 3);
    connect(m_useMine, &QPushButton::clicked, this, &ConflictPanel::useMineClicked);
    connect(m_useTheirs, &QPushButton::clicked, this, &ConflictPanel::useTheirsClicked);
    setVisible(false);
}

bool ConflictPanel::isStaleVersion(const models::Error &error)
{
    return error.code == QLatin1String("conflict")
        && error.details.contains(QStringLiteral("server_error"));
}

void ConflictPanel::present(const models::Error &error, const QStringList &mine,
                            const std::optional<QStringList> &theirs)
{
    m_theirsEtag = error.details.value(QStringLiteral("current_etag")).toString().toLatin1();
    m_message->setText(error.message);
    for (qsizetype i = 0; i < m_mine.size(); ++i) {
        const QString yours = mine.value(i);
        const QString server = theirs ? theirs->value(i) : tr("unknown");
        m_mine.at(i)->setText(yours);
        m_theirs.at(i)->setText(server);
        // The fields that differ are the ones to decide on.
        m_theirs.at(i)->setStyleSheet(
            theirs && yours != server ? QStringLiteral("font-weight: bold;") : QString());
    }
    setChoices(!m_theirsEtag.isEmpty(), theirs.has_value());
    setVisible(true);
}

void ConflictPanel::dismiss()
{
    setVisible(false);
    m_theirsEtag.clear();
}

void ConflictPanel::setChoices(bool canUseMine, bool canUseTheirs)
{
    m_useMine->setEnabled(canUseMine && !m_theirsEtag.isEmpty());
    m_useTheirs->setEnabled(canUseTheirs);
}

} // namespace sphair::ui
