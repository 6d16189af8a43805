#include "SuccessPage.h"

#include "ShareText.h"
#include "print/ReceiptImage.h"
#include "receipt/Receipt.h"
#include "receipt/ReceiptContextBuilder.h"
#include "Theme.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SuccessPage::SuccessPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SuccessPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    // In this order: widget creation order is the Tab order.
    buildHeading(layout);
    buildFields(layout);
    layout->addStretch(1);
    buildActions(layout);
    addShortcuts();
    setFocusProxy(m_newSale);
}

void SuccessPage::buildHeading(QVBoxLayout *layout)
{
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(u"success"_s).pixmap(52, 52));
    head->addWidget(icon);
    m_title = new QLabel(tr("Sale successful"), this);
    m_title->setObjectName(u"resultTitle"_s);
    m_title->setProperty("outcome", u"success"_s);
    head->addWidget(m_title, 1);
    layout->addLayout(head);
}

void SuccessPage::buildFields(QVBoxLayout *layout)
{
    auto *box = new QWidget(this);
    m_grid = new QGridLayout(box);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(box);

    addRow(Field::Product, tr("Product"), u"product"_s, false);
    addRow(Field::Amount, tr("Amount"), u"amount"_s, false);
    addRow(Field::Account, tr("Account"), u"account"_s, false);
    addRow(Field::Refid, tr("Reference"), u"refid"_s, true);
    addRow(Field::Time, tr("Time"), u"time"_s, false);
    addRow(Field::Sn, tr("Serial number"), u"sn"_s, true);
    addRow(Field::Pin, tr("PIN"), u"pin"_s, true);
    addRow(Field::Expiry, tr("Expires"), u"expiry"_s, false);
    addRow(Field::Note, tr("Note"), u"note"_s, false);
    addRow(Field::Voucher, tr("Voucher"), u"voucher"_s, false);
    m_rows[int(Field::Refid)].value->setObjectName(u"refidValue"_s);
    m_rows[int(Field::Sn)].value->setObjectName(u"snValue"_s);
    m_rows[int(Field::Pin)].value->setObjectName(u"pinValue"_s);
    m_rows[int(Field::Note)].value->setWordWrap(true);
    m_rows[int(Field::Voucher)].value->setWordWrap(true);
    m_openVoucher = new QPushButton(Theme::icon(u"link"_s), tr("Open voucher"), box);
    m_openVoucher->setObjectName(u"openVoucherButton"_s);
    m_grid->addWidget(m_openVoucher, int(Field::Voucher), 2);
    connect(m_openVoucher, &QPushButton::clicked, this, [this] {
        if (m_sale.voucherlink)
            emit voucherRequested(QUrl(*m_sale.voucherlink, QUrl::StrictMode));
    });
}

void SuccessPage::buildActions(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    m_share = new QToolButton(this);
    m_share->setObjectName(u"shareButton"_s);
    m_share->setText(tr("Share"));
    m_share->setIcon(Theme::icon(u"share"_s));
    m_share->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_share->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_share);
    menu->addAction(tr("WhatsApp"), this, [this] { share(int(ShareText::Channel::WhatsApp)); });
    menu->addAction(tr("E-mail"), this, [this] { share(int(ShareText::Channel::Email)); });
    menu->addAction(tr("SMS"), this, [this] { share(int(ShareText::Channel::Sms)); });
    m_share->setMenu(menu);
    buttons->addWidget(m_share);
    m_print = new QPushButton(Theme::icon(u"print"_s), tr("Print (Ctrl+P)"), this);
    m_print->setObjectName(u"printButton"_s);
    connect(m_print, &QPushButton::clicked, this, [this] { emit printRequested(m_sale); });
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    m_newSale = new QPushButton(tr("New sale (Enter)"), this);
    m_newSale->setObjectName(u"newSaleButton"_s);
    m_newSale->setProperty("role", u"primary"_s);
    m_newSale->setMinimumWidth(220);
    connect(m_newSale, &QPushButton::clicked, this, &SuccessPage::newSaleRequested);
    buttons->addWidget(m_newSale);
    layout->addLayout(buttons);
}

void SuccessPage::addShortcuts()
{
    // Scoped to this page: the other screens bind Escape to their own actions.
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, [this] { emit printRequested(m_sale); });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &SuccessPage::newSaleRequested);
}

void SuccessPage::addRow(Field f, const QString &caption, const QString &objectName, bool copy)
{
    Row row;
    row.label = new QLabel(caption, m_grid->parentWidget());
    row.label->setObjectName(u"fieldLabel"_s);
    row.label->setProperty("field", objectName);
    row.value = new QLabel(m_grid->parentWidget());
    row.value->setObjectName(u"fieldValue"_s);
    row.value->setProperty("field", objectName);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.label->setBuddy(row.value);
    const int r = int(f);
    m_grid->addWidget(row.label, r, 0, Qt::AlignVCenter);
    m_grid->addWidget(row.value, r, 1);
    if (copy) {
        row.copy = new QPushButton(Theme::icon(u"copy"_s), tr("Copy"), m_grid->parentWidget());
        row.copy->setObjectName(u"copy_"_s + objectName);
        row.copy->setToolTip(tr("Copy %1").arg(caption));
        connect(row.copy, &QPushButton::clicked, this, [this, f] {
            if (QLabel *v = value(f))
                QGuiApplication::clipboard()->setText(v->property("exact").toString());
        });
        m_grid->addWidget(row.copy, r, 2);
    }
    m_rows.insert(r, row);
}

void SuccessPage::setRow(Field f, const std::optional<QString> &text)
{
    Row &row = m_rows[int(f)];
    const bool shown = text.has_value() && !text->isEmpty();
    row.label->setVisible(shown);
    row.value->setVisible(shown);
    row.value->setText(shown ? *text : QString());
    row.value->setProperty("exact", shown ? *text : QString());
    if (row.copy)
        row.copy->setVisible(shown);
}

void SuccessPage::setSale(const SaleRecord &sale, const QString &productName, const QString &terminalId)
{
    m_sale = sale;
    m_productName = productName;
    m_terminalId = terminalId;
    setRow(Field::Product, sale.productName.value_or(productName));
    setRow(Field::Amount, u"RM "_s + sale.amount);
    setRow(Field::Account, ShareText::displayAccount(sale));
    setRow(Field::Refid, sale.refid);
    const QDateTime when = (sale.finalAt ? *sale.finalAt : sale.updatedAt).toLocalTime();
    setRow(Field::Time, QLocale().toString(when, QLocale::ShortFormat));
    setRow(Field::Sn, sale.sn);
    setRow(Field::Pin, sale.pin);
    setRow(Field::Expiry, sale.expiry ? std::optional<QString>(Receipt::formatExpiry(*sale.expiry)) : std::nullopt);
    if (sale.expiry)   // copy/tests read the exact API value
        m_rows[int(Field::Expiry)].value->setProperty("exact", *sale.expiry);
    setRow(Field::Note, sale.note);
    setRow(Field::Voucher, sale.voucherlink);
    m_openVoucher->setVisible(sale.voucherlink.has_value());
    m_newSale->setFocus();
}

QLabel *SuccessPage::label(Field f) const
{
    return m_rows.value(int(f)).label;
}

QLabel *SuccessPage::value(Field f) const
{
    return m_rows.value(int(f)).value;
}

QPushButton *SuccessPage::copyButton(Field f) const
{
    return m_rows.value(int(f)).copy;
}

void SuccessPage::share(int channel)
{
    const QUrl url = ShareText::url(ShareText::Channel(channel), receipt());
    if (!QDesktopServices::openUrl(url))
        emit shareFailed(url);
}

bool SuccessPage::printTo(const QString &path, QString *error) const
{
    return ReceiptImage::writePdf(receipt(), path, error);
}

Receipt SuccessPage::receipt() const
{
    const ReceiptContextBuilder fallback;   // no sources: the sale's own fields only
    const ReceiptContextBuilder &builder = m_contexts ? *m_contexts : fallback;
    return builder.receiptFor(m_sale, ReceiptContextBuilder::Occasion::AfterSale, true, m_productName);
}
