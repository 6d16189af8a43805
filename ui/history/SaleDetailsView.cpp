#include "SaleDetailsView.h"

#include "SaleHistoryModel.h"
#include "Theme.h"
#include "receipt/Receipt.h"
#include "validation/IdentityNumber.h"
#include "validation/Money.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

std::optional<QString> extra(const SaleRecord &sale, const QString &key)
{
    const QString v = sale.extras.value(key).toString();
    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
}

std::optional<QString> number(const std::optional<int> &n)
{
    return n ? std::optional<QString>(QString::number(*n)) : std::nullopt;
}
} // namespace

SaleDetailsView::SaleDetailsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SaleDetailsView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailsTitle"_s);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);   // stays on top when no sale is shown
    layout->addWidget(m_title);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // values wrap instead
    m_scroll->viewport()->setAutoFillBackground(false);               // the page's colour
    auto *box = new QWidget(m_scroll);
    box->setObjectName(u"detailsFields"_s);
    m_grid = new QGridLayout(box);
    m_grid->setContentsMargins(0, 0, 8, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    buildRows();
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_scroll->setWidget(box);
    box->setAutoFillBackground(false);
    layout->addWidget(m_scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    buildActions();
    clear();
}

void SaleDetailsView::buildRows()
{
    addRow(u"refid"_s, tr("Reference"));
    addRow(u"product"_s, tr("Product"));
    addRow(u"productCode"_s, tr("Product code"));
    addRow(u"account"_s, tr("Account"));
    addRow(u"amount"_s, tr("Amount"));
    addRow(u"subproduct"_s, tr("Plan"));
    addRow(u"biller"_s, tr("Biller code"));
    addRow(u"ref2"_s, tr("Ref-2"));
    addRow(u"ic"_s, tr("IC / passport"));
    addRow(u"status"_s, tr("Status"));
    addRow(u"apiStatus"_s, tr("IIMMPACT status"));
    addRow(u"statusCode"_s, tr("Status code"));
    addRow(u"httpStatus"_s, tr("HTTP status"));
    addRow(u"sn"_s, tr("Serial number"));
    addRow(u"pin"_s, tr("PIN"));
    addRow(u"expiry"_s, tr("Expires"));
    addRow(u"voucherlink"_s, tr("Voucher"));
    addRow(u"note"_s, tr("Note"));
    addRow(u"remarks"_s, tr("Remarks"));
    addRow(u"lastError"_s, tr("Last problem"));
    addRow(u"review"_s, tr("Review"));
    addRow(u"transaction"_s, tr("At IIMMPACT"));
    addRow(u"terminal"_s, tr("Terminal"));

    m_timelineTitle = new QLabel(tr("Timeline"), m_grid->parentWidget());
    m_timelineTitle->setObjectName(u"fieldCaption"_s);
    m_grid->addWidget(m_timelineTitle, m_grid->rowCount(), 0, 1, 2);
    addRow(u"created"_s, tr("Saved"));
    addRow(u"attempts"_s, tr("Requests sent"));
    addRow(u"updated"_s, tr("Last change"));
    addRow(u"final"_s, tr("Final"));
    // Every request and answer, as the journal wrote them with the change itself.
    m_timelineList = new QLabel(m_grid->parentWidget());
    m_timelineList->setObjectName(u"timelineList"_s);
    m_timelineList->setWordWrap(true);
    m_timelineList->setTextFormat(Qt::PlainText);
    m_timelineList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(m_timelineList, m_grid->rowCount(), 0, 1, 2);
    // Sales journaled before the journal kept a timeline have only the count and these times.
    m_timelineNote = new QLabel(tr("This sale was saved before Kaunter kept a line per request: only "
                                   "the number of requests and the times above are known."),
                                m_grid->parentWidget());
    m_timelineNote->setObjectName(u"fieldHint"_s);
    m_timelineNote->setWordWrap(true);
    m_grid->addWidget(m_timelineNote, m_grid->rowCount(), 0, 1, 2);

    m_rows[u"pin"_s].value->setObjectName(u"pinValue"_s);
    m_rows[u"sn"_s].value->setObjectName(u"snValue"_s);
    m_rows[u"refid"_s].value->setObjectName(u"refidValue"_s);
}

void SaleDetailsView::buildActions()
{
    // Two by two: four buttons side by side do not fit the details pane on a 1180 px window.
    auto *buttons = new QGridLayout;
    m_check = new QPushButton(tr("Check status"), this);
    m_check->setObjectName(u"checkStatusButton"_s);
    m_check->setToolTip(tr("Ask IIMMPACT about this sale now"));
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_hasSale)
            emit checkStatusRequested(m_sale.refid);
    });
    buttons->addWidget(m_check, 0, 0);
    m_reprint = new QPushButton(Theme::icon(u"print"_s), tr("Reprint"), this);
    m_reprint->setObjectName(u"reprintButton"_s);
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (m_hasSale)
            emit reprintRequested(m_sale, m_unlocked);
    });
    buttons->addWidget(m_reprint, 0, 1);
    m_voucher = new QPushButton(Theme::icon(u"link"_s), tr("Open voucher"), this);
    m_voucher->setObjectName(u"openVoucherButton"_s);
    connect(m_voucher, &QPushButton::clicked, this, [this] {
        if (m_hasSale && m_sale.voucherlink)
            emit voucherRequested(QUrl(*m_sale.voucherlink, QUrl::StrictMode));
    });
    buttons->addWidget(m_voucher, 1, 0);
    m_unlock = new QPushButton(tr("Unlock PINs"), this);
    m_unlock->setObjectName(u"unlockPinsButton"_s);
    m_unlock->setToolTip(tr("A supervisor shows the PIN of this sale"));
    connect(m_unlock, &QPushButton::clicked, this, &SaleDetailsView::unlockRequested);
    buttons->addWidget(m_unlock, 1, 1);
    static_cast<QVBoxLayout *>(layout())->addLayout(buttons);
}

void SaleDetailsView::addRow(const QString &key, const QString &caption)
{
    Row row;
    QWidget *box = m_grid->parentWidget();
    row.label = new QLabel(caption, box);
    row.label->setObjectName(u"fieldLabel"_s);
    row.label->setProperty("field", key);
    row.value = new QLabel(box);
    row.value->setObjectName(u"fieldValue"_s);
    row.value->setProperty("field", key);
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.label->setBuddy(row.value);
    const int r = m_grid->rowCount();
    m_grid->addWidget(row.label, r, 0, Qt::AlignTop);
    m_grid->addWidget(row.value, r, 1);
    m_rows.insert(key, row);
    m_order.append(key);
}

void SaleDetailsView::setRow(const QString &key, const std::optional<QString> &text)
{
    const Row row = m_rows.value(key);
    const bool shown = text.has_value() && !text->isEmpty();
    row.label->setVisible(shown);
    row.value->setVisible(shown);
    row.value->setText(shown ? *text : QString());
}

void SaleDetailsView::setSale(const SaleRecord &sale, const QString &productName)
{
    // Another sale (or none before): its PINs start locked. The same sale updated keeps them.
    if (!m_hasSale || sale.refid != m_sale.refid) {
        m_unlocked = false;
        m_timelineLines.clear();   // another sale's lines never show under this one
        m_timelineList->clear();
    }
    m_sale = sale;
    m_productName = productName;
    m_hasSale = true;
    m_message->clear();
    m_title->setText(SaleHistoryModel::statusWords(sale));
    fillSaleRows();
    fillAnswerRows();
    fillTimeline();
    updateActions();
}

void SaleDetailsView::fillSaleRows()
{
    const SaleRecord &s = m_sale;
    setRow(u"refid"_s, s.refid);
    setRow(u"product"_s, s.productName.value_or(m_productName));
    setRow(u"productCode"_s, s.product);
    setRow(u"account"_s, Receipt::displayAccount(s));
    const auto sen = Money::parseSen(s.amount);
    setRow(u"amount"_s, sen ? Money::formatRinggit(*sen) : s.amount);
    setRow(u"subproduct"_s, extra(s, u"subproduct_code"_s));
    setRow(u"biller"_s, extra(s, u"biller_code"_s));
    setRow(u"ref2"_s, extra(s, u"ref2"_s));
    const auto ic = extra(s, u"ic_number"_s);   // the full IC stays in the journal: masked here
    setRow(u"ic"_s, ic ? std::optional<QString>(IdentityNumber::mask(*ic)) : std::nullopt);
    setRow(u"terminal"_s, s.terminalId);
}

void SaleDetailsView::fillAnswerRows()
{
    const SaleRecord &s = m_sale;
    setRow(u"status"_s, SaleHistoryModel::statusWords(s));
    setRow(u"apiStatus"_s, s.statusText);
    setRow(u"statusCode"_s, number(s.statusCode));
    setRow(u"httpStatus"_s, number(s.httpStatus));
    setRow(u"sn"_s, s.sn);
    setRow(u"pin"_s, s.pin ? std::optional<QString>(m_unlocked ? *s.pin : Receipt::hiddenPin())
                           : std::nullopt);
    setRow(u"expiry"_s, s.expiry ? std::optional<QString>(Receipt::formatExpiry(*s.expiry)) : std::nullopt);
    setRow(u"voucherlink"_s, s.voucherlink ? std::optional<QString>(m_unlocked ? *s.voucherlink : tr("(link hidden)"))
                                           : std::nullopt);
    setRow(u"note"_s, s.note);
    setRow(u"remarks"_s, s.remarks);
    setRow(u"lastError"_s, s.lastError);
    setRow(u"review"_s, s.needsReview ? std::optional<QString>(tr("Flagged for a person to check"))
                                      : std::nullopt);
    setRow(u"transaction"_s, s.hasTransactionEvidence() ? tr("IIMMPACT holds a transaction for this reference")
                                                        : tr("No transaction seen at IIMMPACT"));
}

void SaleDetailsView::fillTimeline()
{
    const SaleRecord &s = m_sale;
    setRow(u"created"_s, s.createdAt.isValid() ? std::optional<QString>(localTime(s.createdAt)) : std::nullopt);
    setRow(u"attempts"_s, QString::number(s.attempts));
    setRow(u"updated"_s, s.updatedAt.isValid() ? std::optional<QString>(localTime(s.updatedAt)) : std::nullopt);
    setRow(u"final"_s, s.finalAt ? std::optional<QString>(localTime(*s.finalAt)) : std::nullopt);
    m_timelineTitle->show();
    m_timelineList->setVisible(!m_timelineLines.isEmpty());
    m_timelineNote->setVisible(m_timelineLines.isEmpty());
    m_scroll->show();
}

QString SaleDetailsView::eventText(const SaleEvent &e)
{
    switch (e.kind) {
    case SaleEvent::Kind::Saved:
        return e.attempt > 0 ? tr("Saved in the journal; request 1 sent right after")
                             : tr("Saved in the journal");
    case SaleEvent::Kind::Request:
        return tr("Request %1 sent (the same reference and details)").arg(e.attempt);
    case SaleEvent::Kind::Corrected:
        return tr("Details corrected after a refusal; to be sent again under the same reference");
    case SaleEvent::Kind::Outcome:
        break;
    }
    SaleRecord asSale;
    asSale.state = e.state.value_or(SaleState::Unknown);
    QString what = SaleHistoryModel::statusWords(asSale);
    QStringList codes;
    if (e.httpStatus)
        codes << tr("HTTP %1").arg(*e.httpStatus);
    if (e.statusCode)
        codes << tr("code %1").arg(*e.statusCode);
    if (!codes.isEmpty())
        what = tr("%1 (%2)").arg(what, codes.join(u", "_s));
    if (!e.error.isEmpty())
        what = tr("%1: %2").arg(what, e.error);
    return e.attempt > 0 ? tr("Request %1: %2").arg(e.attempt).arg(what) : what;
}

void SaleDetailsView::setTimeline(const QList<SaleEvent> &events)
{
    m_timelineLines.clear();
    for (const SaleEvent &e : events)
        m_timelineLines << tr("%1  %2").arg(localTime(e.at), eventText(e));
    m_timelineList->setText(m_timelineLines.join(u'\n'));
    if (m_hasSale)
        fillTimeline();
}

QStringList SaleDetailsView::timelineLines() const
{
    return m_timelineLines;
}

void SaleDetailsView::clear()
{
    m_hasSale = false;
    m_unlocked = false;
    m_sale = SaleRecord();
    m_title->setText(tr("Choose a sale to see its details."));
    for (const QString &key : std::as_const(m_order))
        setRow(key, std::nullopt);
    m_timelineTitle->hide();
    m_timelineNote->hide();
    m_timelineList->hide();
    m_timelineLines.clear();
    m_timelineList->clear();
    m_scroll->hide();
    m_message->clear();
    updateActions();
}

void SaleDetailsView::setPinsUnlocked(bool unlocked)
{
    m_unlocked = unlocked && m_hasSale;
    if (m_hasSale)
        fillAnswerRows();
    updateActions();
}

void SaleDetailsView::setMessage(const QString &text)
{
    m_message->setText(text);
    // A wrapped label under a stretching scroll area is not always given its second line.
    m_message->setMinimumHeight(text.isEmpty() ? 0 : m_message->heightForWidth(std::max(m_message->width(), 300)));
}

QString SaleDetailsView::message() const
{
    return m_message->text();
}

bool SaleDetailsView::canCheckStatus(const SaleRecord &sale)
{
    if (isNeverSentState(sale.state))
        return false;
    return sale.hasTransactionEvidence() || needsRequery(sale.state);
}

void SaleDetailsView::updateActions()
{
    m_check->setVisible(m_hasSale);
    m_check->setEnabled(m_hasSale && canCheckStatus(m_sale));
    m_reprint->setVisible(m_hasSale);
    m_voucher->setVisible(m_hasSale && m_sale.voucherlink.has_value());
    m_unlock->setVisible(m_hasSale && (m_sale.pin || m_sale.voucherlink) && !m_unlocked);
}

QLabel *SaleDetailsView::value(const QString &key) const
{
    return m_rows.value(key).value;
}

QStringList SaleDetailsView::shownKeys() const
{
    QStringList keys;
    for (const QString &key : m_order) {
        if (!m_rows.value(key).value->isHidden())
            keys.append(key);
    }
    return keys;
}
