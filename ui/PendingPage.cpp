#include "PendingPage.h"

#include "ShareText.h"
#include "Theme.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PendingPage::PendingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"PendingPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(u"pending"_s).pixmap(52, 52));
    head->addWidget(icon);
    auto *title = new QLabel(tr("Sale still pending"), this);
    title->setObjectName(u"resultTitle"_s);
    title->setProperty("outcome", u"pending"_s);
    head->addWidget(title, 1);
    layout->addLayout(head);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"fieldValue"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *refCaption = new QLabel(tr("Reference"), this);
    refCaption->setObjectName(u"fieldLabel"_s);
    layout->addWidget(refCaption);
    auto *refRow = new QHBoxLayout;
    m_refid = new QLabel(this);
    m_refid->setObjectName(u"pinValue"_s);
    m_refid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refRow->addWidget(m_refid);
    m_copy = new QPushButton(Theme::icon(u"copy"_s), tr("Copy"), this);
    m_copy->setObjectName(u"copy_refid"_s);
    refRow->addWidget(m_copy);
    refRow->addStretch(1);
    layout->addLayout(refRow);
    m_state = new QLabel(this);
    m_state->setObjectName(u"fieldHint"_s);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto *explain = new QLabel(
        tr("IIMMPACT has not given a final answer yet. The sale may still succeed: do NOT refund the customer "
           "and do NOT sell it again. Kaunter keeps checking with the same reference in the background; the "
           "header counts it until it is settled. Give the customer the reference."), this);
    explain->setWordWrap(true);
    explain->setStyleSheet(u"font-size: 16px;"_s);
    layout->addWidget(explain);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Check now"), this);
    m_check->setObjectName(u"checkNowButton"_s);
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    m_done = new QPushButton(tr("Next customer (Enter)"), this);
    m_done->setObjectName(u"doneButton"_s);
    m_done->setProperty("role", u"primary"_s);
    m_done->setMinimumWidth(220);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_sale.refid);
    });
    connect(m_check, &QPushButton::clicked, this, [this] { emit checkRequested(m_sale.refid); });
    connect(m_done, &QPushButton::clicked, this, &PendingPage::doneRequested);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &PendingPage::doneRequested);
    setFocusProxy(m_done);
}

void PendingPage::setSale(const SaleRecord &sale, const QString &productName)
{
    m_sale = sale;
    m_summary->setText(tr("%1 · %2 · RM %3").arg(sale.productName.value_or(productName), ShareText::displayAccount(sale), sale.amount));
    m_refid->setText(sale.refid);
    QString state = tr("Last known status: %1").arg(saleStateName(sale.state));
    if (!sale.lastError.isEmpty())
        state += u" (" + sale.lastError + u')';
    if (sale.needsReview)
        state += u' ' + tr("Flagged for review: the answer did not match the sale.");
    m_state->setText(state);
}

QString PendingPage::refidText() const
{
    return m_refid->text();
}
