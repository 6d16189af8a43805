#include "GenericProductForm.h"

#include "BillPresentmentView.h"
#include "DenominationPicker.h"
#include "FormField.h"
#include "catalogue/CatalogueService.h"
#include "validation/MobileNumber.h"
#include "validation/Money.h"

#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GenericProductForm::GenericProductForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
    , m_presentment(product.family == ProductFamily::Bills && context.catalogue)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_account = new QLineEdit;
    m_account->setObjectName(u"accountEdit"_s);
    m_account->setMaxLength(64);
    if (product.accountIsPhoneNumber()) {
        m_account->setPlaceholderText(tr("e.g. 012-345 6789"));
        m_account->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    } else if (product.numericKeyboard()) {
        m_account->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    m_accountField = new FormField(product.effectiveAccountLabel(), m_account, this);
    layout->addWidget(m_accountField);

    m_view = new BillPresentmentView(this);
    layout->addWidget(m_view);

    m_amount = new DenominationPicker;
    if (product.isOpenAmount())
        m_amount->setOpenAmount(product.minAmountSen, product.maxAmountSen);
    else
        m_amount->setDenominations(product.denominationsCommonFirst());
    layout->addWidget(new FormField(tr("Amount"), m_amount, this));
    layout->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &GenericProductForm::present);
    connect(m_account, &QLineEdit::textChanged, this, [this] { accountChanged(false); });
    connect(m_account, &QLineEdit::editingFinished, this, [this] { accountChanged(true); });
    connect(m_amount, &DenominationPicker::amountChanged, this, &GenericProductForm::updateValidity);
    if (m_presentment)
        connect(m_context.catalogue, &CatalogueService::presentmentReady, this,
                &GenericProductForm::presentmentReady);
    submitOnEnter(m_account);
    submitOnEnter(m_amount->amountEdit());
    setFocusProxy(m_account);
}

QString GenericProductForm::normalizedAccount() const
{
    if (m_product.accountIsPhoneNumber())
        return MobileNumber::validate(m_account->text(), m_context.stagingTestAccounts).normalized;
    QString a = m_account->text().trimmed();
    if (m_product.numericKeyboard())
        a.remove(u' ').remove(u'-');
    return a;
}

QString GenericProductForm::accountError() const
{
    const QString text = m_account->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the %1.").arg(m_product.effectiveAccountLabel().toLower());
    if (m_product.accountIsPhoneNumber()) {
        const ValidationResult r = MobileNumber::validate(text, m_context.stagingTestAccounts);
        return r.ok ? QString() : r.error;
    }
    if (m_product.numericKeyboard()) {
        for (QChar c : normalizedAccount()) {
            if (c < u'0' || c > u'9')
                return tr("Digits only.");
        }
    }
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("Use plain letters, digits and punctuation only.");
    }
    if (m_lastPresentment.blocksPayment && m_presentedFor == normalizedAccount()) {
        return m_lastPresentment.errorMessage.isEmpty()
            ? tr("The biller does not know this account (%1).").arg(m_lastPresentment.message)
            : m_lastPresentment.errorMessage;
    }
    return {};
}

void GenericProductForm::accountChanged(bool finished)
{
    const QString e = accountError();
    if (e.isEmpty() || m_account->text().trimmed().isEmpty())
        m_accountField->setError({});
    else if (finished)
        m_accountField->setError(e);
    if (m_presentment) {
        if (e.isEmpty() && normalizedAccount() != m_presentedFor) {
            m_debounce->start();
        } else if (!e.isEmpty() && normalizedAccount() != m_presentedFor) {
            m_debounce->stop();
            m_pendingPresentment = 0;
            m_view->clearView();
        }
    }
    updateValidity();
}

void GenericProductForm::present()
{
    if (!m_presentment || !accountError().isEmpty())
        return;
    m_presentedFor = normalizedAccount();
    m_lastPresentment = BillPresentment{};
    m_view->showLooking();
    m_pendingPresentment = m_context.catalogue->presentBill(m_product.code, m_presentedFor);
    updateValidity();
}

void GenericProductForm::presentmentReady(quint64 id, const BillPresentment &p)
{
    if (id != m_pendingPresentment)
        return;
    m_pendingPresentment = 0;
    m_lastPresentment = p;
    m_view->showPresentment(p);
    if (p.blocksPayment)
        m_accountField->setError(accountError());
    else if (p.outstandingSen && *p.outstandingSen > 0 && m_amount->isOpenAmount() && !m_amount->hasInput())
        m_amount->setAmountSen(*p.outstandingSen);
    updateValidity();
}

GenericProductForm::~GenericProductForm()
{
    detachInputs();
}

bool GenericProductForm::isValid() const
{
    return accountError().isEmpty() && m_amount->amountSen().has_value() && !m_pendingPresentment;
}

QString GenericProductForm::missingInput() const
{
    if (const QString e = accountError(); !e.isEmpty())
        return e;
    if (m_pendingPresentment)
        return tr("Waiting for the biller to confirm the account.");
    if (!m_amount->amountSen())
        return m_amount->error().isEmpty() ? tr("Choose the amount.") : m_amount->error();
    return {};
}

SaleRequest GenericProductForm::request() const
{
    SaleRequest r;
    r.product = m_product.code;
    r.family = m_product.family;   // the engine applies the rules of the form it came from
    r.account = normalizedAccount();
    if (const auto sen = m_amount->amountSen())
        r.amount = Money::formatSen(*sen);
    return r;
}

void GenericProductForm::restore(const SaleRequest &request)
{
    m_account->setText(request.account);
    if (const auto sen = Money::parseSen(request.amount))
        m_amount->setAmountSen(*sen);
    accountChanged(true);
}

bool GenericProductForm::showFieldError(const QString &field, const QString &message)
{
    if (field == "account"_L1) {
        m_accountField->setError(message);
        return true;
    }
    if (field == "amount"_L1) {
        m_amount->showError(message);
        return true;
    }
    return false;
}

SaleFormWidget::Lines GenericProductForm::reviewLines() const
{
    Lines lines;
    if (m_lastPresentment.customerName)
        lines.append({tr("Customer"), *m_lastPresentment.customerName});
    return lines;
}
