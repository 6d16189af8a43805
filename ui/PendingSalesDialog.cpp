#include "PendingSalesDialog.h"

#include "ShareText.h"
#include "SupervisorPinDialog.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PendingSalesDialog::PendingSalesDialog(const Journal &journal, ProductName productName, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_productName(std::move(productName))
{
    setObjectName(u"PendingSalesDialog"_s);
    setWindowTitle(tr("Sales that need a decision"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Not sent, needs a decision"), this);
    title->setObjectName(u"resultTitle"_s);
    title->setProperty("outcome", u"pending"_s);
    layout->addWidget(title);
    auto *explain = new QLabel(
        tr("These sales were saved but never answered, and IIMMPACT has no transaction for them. "
           "Kaunter does not send them on its own: the customer may have left long ago. A "
           "supervisor decides: Send now (same reference, same details) or Void (never sent; "
           "nothing is charged; the reference is never used again)."), this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"decisionList"_s);
    m_list->setMinimumSize(560, 160);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *supervisor = new QLabel(tr("Supervisor only."), this);
    supervisor->setObjectName(u"fieldLabel"_s);
    layout->addWidget(supervisor);
    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Send now"), this);
    m_send->setObjectName(u"sendNowButton"_s);
    buttons->addWidget(m_send);
    m_void = new QPushButton(tr("Void"), this);
    m_void->setObjectName(u"voidButton"_s);
    buttons->addWidget(m_void);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    close->setProperty("role", u"primary"_s);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_confirm = [this](const QString &caption, const QString &text) {
        return QMessageBox::question(this, caption, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_send, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_void, &QPushButton::clicked, this, [this] { decide(false); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    refresh();
}

void PendingSalesDialog::connectEngine(PendingSalesDialog *dialog, PaymentEngine *engine)
{
    connect(dialog, &PendingSalesDialog::sendNowRequested, engine, [dialog, engine](const QString &refid) {
        QString error;
        if (!engine->sendDecided(refid, &error))
            dialog->showMessage(error);
        dialog->refresh();
    });
    connect(dialog, &PendingSalesDialog::voidRequested, engine, [dialog, engine](const QString &refid) {
        QString error;
        if (!engine->voidSale(refid, &error))
            dialog->showMessage(error);
        else
            dialog->showMessage(tr("Checking with IIMMPACT before voiding %1…").arg(refid));
    });
    connect(engine, &PaymentEngine::saleSettled, dialog, &PendingSalesDialog::onSaleSettled);
    connect(engine, &PaymentEngine::voidRefused, dialog, &PendingSalesDialog::onVoidRefused);
}

QString PendingSalesDialog::describe(const SaleRecord &sale) const
{
    const QString product = sale.productName.value_or(m_productName ? m_productName(sale.product)
                                                                    : sale.product);
    // When it was saved, in the terminal's local time: the supervisor compares it with the
    // customer in front of them (or with the shift) rather than reading an age.
    const QString saved = QLocale().toString(sale.createdAt.toLocalTime(), QLocale::ShortFormat);
    return tr("RM %1 · %2 · %3\n%4 · saved %5")
        .arg(sale.amount, product, ShareText::displayAccount(sale), sale.refid, saved);
}

void PendingSalesDialog::refresh()
{
    const QString current = selected() ? selected()->refid : QString();
    m_sales.clear();
    for (const SaleRecord &s : m_journal.nonFinal()) {
        if (s.state == SaleState::NeedsDecision)
            m_sales.append(s);
    }
    m_list->clear();
    int row = m_sales.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_sales.size(); ++i) {
        m_list->addItem(describe(m_sales.at(i)));
        if (m_sales.at(i).refid == current)
            row = i;
    }
    if (m_sales.isEmpty())
        m_list->addItem(tr("No sale needs a decision."));
    m_list->setCurrentRow(row);
    updateButtons();
}

const SaleRecord *PendingSalesDialog::selected() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < m_sales.size() ? &m_sales.at(row) : nullptr;
}

void PendingSalesDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_send->setEnabled(any);
    m_void->setEnabled(any);
}

void PendingSalesDialog::decide(bool sendNow)
{
    const SaleRecord *sale = selected();
    if (!sale)
        return;
    const SaleRecord s = *sale;   // the list may change while the question is open
    const QString what = describe(s);
    const bool yes = sendNow
        ? m_confirm(tr("Send now?"),
                    tr("Send sale %1 to IIMMPACT now, with the same reference and details?\n\n%2\n\n"
                       "The customer is charged if it succeeds. Only when the customer is here and "
                       "still wants it.").arg(s.refid, what))
        : m_confirm(tr("Void this sale?"),
                    tr("Void sale %1? It is never sent and nothing is charged; its reference is never "
                       "used again. Kaunter asks IIMMPACT once more first.\n\n%2").arg(s.refid, what));
    if (!yes)
        return;
    const QString action = sendNow ? tr("Send sale %1 now").arg(s.refid) : tr("Void sale %1").arg(s.refid);
    if (!SupervisorPinDialog::authorize(m_pin, action, this)) {
        showMessage(tr("Nothing was done: the supervisor PIN was not given."));
        return;
    }
    m_send->setEnabled(false);
    m_void->setEnabled(false);
    if (sendNow) {
        showMessage(tr("Sale %1 is being sent.").arg(s.refid));
        emit sendNowRequested(s.refid);
    } else {
        emit voidRequested(s.refid);
    }
}

void PendingSalesDialog::onSaleSettled(const SaleRecord &sale)
{
    if (sale.state == SaleState::Voided)
        showMessage(tr("Sale %1 is voided: never sent, nothing charged.").arg(sale.refid));
    refresh();
}

void PendingSalesDialog::onVoidRefused(const QString &refid, const QString &message)
{
    Q_UNUSED(refid);
    showMessage(message);
    refresh();
}

void PendingSalesDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

QString PendingSalesDialog::message() const
{
    return m_message->text();
}
