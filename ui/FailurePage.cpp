#include "FailurePage.h"

#include "FailureReasons.h"
#include "ShareText.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FailurePage::FailurePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"FailurePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    auto *head = new QHBoxLayout;
    m_icon = new QLabel(this);
    head->addWidget(m_icon);
    m_title = new QLabel(this);
    m_title->setObjectName(u"resultTitle"_s);
    m_title->setWordWrap(true);
    head->addWidget(m_title, 1);
    layout->addLayout(head);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"fieldValue"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_refid = new QLabel(this);
    m_refid->setObjectName(u"refidValue"_s);
    m_refid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_refid);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"pageTitle"_s);
    m_reason->setStyleSheet(u"font-size: 20px;"_s);
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    m_remarksCaption = new QLabel(tr("Reason given by IIMMPACT"), this);
    m_remarksCaption->setObjectName(u"fieldLabel"_s);
    layout->addWidget(m_remarksCaption);
    m_remarks = new QLabel(this);
    m_remarks->setObjectName(u"fieldValue"_s);
    m_remarks->setWordWrap(true);
    m_remarks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_remarks);
    m_next = new QLabel(this);
    m_next->setObjectName(u"fieldHint"_s);
    m_next->setStyleSheet(u"font-size: 16px;"_s);
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    m_again = new QPushButton(tr("Sell again as a new sale"), this);
    m_again->setObjectName(u"sellAgainButton"_s);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    m_done = new QPushButton(tr("Done (Enter)"), this);
    m_done->setObjectName(u"doneButton"_s);
    m_done->setProperty("role", u"primary"_s);
    m_done->setMinimumWidth(200);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    connect(m_again, &QPushButton::clicked, this, &FailurePage::sellAgainRequested);
    connect(m_done, &QPushButton::clicked, this, &FailurePage::doneRequested);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &FailurePage::doneRequested);
    setFocusProxy(m_done);
}

void FailurePage::setSale(const SaleRecord &sale, const QString &productName)
{
    m_sale = sale;
    const bool refund = sale.state == SaleState::Refund;
    m_icon->setPixmap(Theme::icon(refund ? u"refund"_s : u"failure"_s).pixmap(52, 52));
    m_title->setText(refund ? tr("Sale voided (refunded)") : tr("Sale failed"));
    m_title->setProperty("outcome", refund ? u"refund"_s : u"failure"_s);
    Theme::repolish(m_title);
    m_summary->setText(tr("%1 · %2 · RM %3").arg(sale.productName.value_or(productName), ShareText::displayAccount(sale), sale.amount));
    m_refid->setText(tr("Reference %1").arg(sale.refid));
    m_reason->setText(FailureReasons::reason(sale.statusCode));
    const bool hasRemarks = sale.remarks.has_value() && !sale.remarks->isEmpty();
    m_remarksCaption->setVisible(hasRemarks);
    m_remarks->setVisible(hasRemarks);
    m_remarks->setText(hasRemarks ? *sale.remarks : QString());
    m_next->setText(refund ? tr("IIMMPACT voided this sale and returned the amount to the wallet. Give the customer "
                                "their money back. Selling again makes a new sale with a new reference.")
                           : FailureReasons::nextStep(sale.statusCode));
    m_done->setFocus();
}

QString FailurePage::titleText() const
{
    return m_title->text();
}

QString FailurePage::reasonText() const
{
    return m_reason->text();
}

QString FailurePage::nextStepText() const
{
    return m_next->text();
}
