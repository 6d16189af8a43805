#include "SaleFormPage.h"

#include "Banner.h"
#include "SaleFormWidget.h"
#include "Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SaleFormPage::SaleFormPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"SaleFormPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *titleRow = new QHBoxLayout;
    m_icon = new QLabel(this);
    titleRow->addWidget(m_icon);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    titles->addWidget(m_title);
    m_remarks = new QLabel(this);
    m_remarks->setObjectName(u"pageSubtitle"_s);
    m_remarks->setWordWrap(true);
    titles->addWidget(m_remarks);
    titleRow->addLayout(titles, 1);
    layout->addLayout(titleRow);

    m_interruption = new Banner(Banner::Kind::Warning, this);
    m_interruption->setObjectName(u"interruptionBanner"_s);
    layout->addWidget(m_interruption);
    m_correctingBanner = new Banner(Banner::Kind::Info, this);
    m_correctingBanner->setObjectName(u"correctingBanner"_s);
    layout->addWidget(m_correctingBanner);
    m_rejected = new Banner(Banner::Kind::Error, this);
    m_rejected->setObjectName(u"rejectedBanner"_s);
    layout->addWidget(m_rejected);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setObjectName(u"formScroll"_s);
    layout->addWidget(m_scroll, 1);

    m_missing = new QLabel(this);
    m_missing->setObjectName(u"fieldHint"_s);
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(Theme::icon(u"back"_s), tr("Back (Esc)"), this);
    m_back->setObjectName(u"backButton"_s);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    m_pay = new QPushButton(tr("Pay (Enter)"), this);
    m_pay->setObjectName(u"payButton"_s);
    m_pay->setProperty("role", u"primary"_s);
    m_pay->setMinimumWidth(220);
    m_pay->setEnabled(false);
    buttons->addWidget(m_pay);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &SaleFormPage::backRequested);
    connect(m_pay, &QPushButton::clicked, this, [this] {
        if (m_form && m_form->isValid() && m_blocked.isEmpty())
            emit payRequested();
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &SaleFormPage::backRequested);
}

void SaleFormPage::setProduct(const Product &product, const FormContext &context)
{
    m_product = product;
    m_icon->setPixmap(Theme::icon(Product::familyKey(product.family)).pixmap(44, 44));
    m_title->setText(product.name);
    m_remarks->setText(product.remarks);
    m_remarks->setVisible(!product.remarks.isEmpty());
    clearRejected();
    setCorrecting({});
    setInterruption(false, {});
    if (m_form) {
        // Take focus out while the old form is whole (its inputs react to losing focus),
        // then let it go at the next event loop turn.
        if (QWidget *f = QApplication::focusWidget(); f && m_form->isAncestorOf(f))
            setFocus();
        m_scroll->takeWidget();
        m_form->hide();
        m_form->deleteLater();
    }
    m_form = SaleFormWidget::create(product, context);
    m_form->setObjectName(u"saleForm"_s);
    m_scroll->setWidget(m_form);   // the scroll area owns it now
    connect(m_form, &SaleFormWidget::validityChanged, this, &SaleFormPage::validityChanged);
    connect(m_form, &SaleFormWidget::inputChanged, this, &SaleFormPage::validityChanged);
    connect(m_form, &SaleFormWidget::submitRequested, this, [this] {
        if (m_pay->isEnabled())
            emit payRequested();
    });
    setTabOrder(m_form, m_pay);
    setTabOrder(m_pay, m_back);
    validityChanged();
    m_form->setFocus();
}

void SaleFormPage::validityChanged()
{
    const bool valid = m_form && m_form->isValid();
    m_pay->setEnabled(valid && m_blocked.isEmpty());
    const QString why = !m_blocked.isEmpty() ? m_blocked : (m_form && !valid ? m_form->missingInput() : QString());
    m_missing->setText(why);
    m_missing->setVisible(!why.isEmpty());
    m_pay->setToolTip(why);
}

void SaleFormPage::setInterruption(bool interrupted, const QString &reason)
{
    m_interruption->setMessage(interrupted
                                   ? tr("%1: %2 You can still sell, but the sale may be slow or fail.").arg(m_product.name, reason)
                                   : QString());
}

bool SaleFormPage::interruptionShown() const
{
    return !m_interruption->isHidden();
}

void SaleFormPage::showRejected(const QString &message, const QString &field)
{
    m_rejected->setMessage(message);
    if (m_form && !field.isEmpty())
        m_form->showFieldError(field, message);
}

void SaleFormPage::clearRejected()
{
    m_rejected->setMessage({});
}

QString SaleFormPage::rejectedMessage() const
{
    return m_rejected->message();
}

void SaleFormPage::setCorrecting(const QString &refid)
{
    m_correcting = refid;
    m_correctingBanner->setMessage(
        refid.isEmpty() ? QString()
                        : tr("Correcting sale %1. No transaction was made for it, so the corrected sale keeps "
                             "the same reference.").arg(refid));
}

void SaleFormPage::setSellingBlocked(const QString &reason)
{
    m_blocked = reason;
    validityChanged();
}
