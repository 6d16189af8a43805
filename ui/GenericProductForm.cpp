#include "GenericProductForm.h"

#include "BillPresentmentView.h"
#include "DebouncedLookup.h"
#include "DenominationPicker.h"
#include "FormField.h"
#include "catalogue/CatalogueService.h"
#include "validation/MobileNumber.h"

#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GenericProductForm::GenericProductForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
    , m_lookup(new DebouncedLookup(500, this))
    , m_presentment(product.family == ProductFamily::Bills && context.catalogue)
{
    auto *layout = columnLayout(this, 14);
    m_account = newAccountEdit();
    m_accountField = new FormField(product.effectiveAccountLabel(), m_account, this);
    layout->addWidget(m_accountField);
    m_view = new BillPresentmentView(this);
    layout->addWidget(m_view);
    m_amount = addAmountField(layout, AmountChoice::FromProduct);
    layout->addStretch(1);

    connect(m_lookup, &DebouncedLookup::due, this, &GenericProductForm::present);
    connect(m_account, &QLineEdit::textChanged, this, [this] { accountChanged(false); });
    connect(m_account, &QLineEdit::editingFinished, this, [this] { accountChanged(true); });
    if (m_presentment)
        connect(m_context.catalogue, &CatalogueService::presentmentReady, this,
                &GenericProductForm::presentmentReady);
    routeFieldError({u"account"_s}, m_accountField);
    submitOnEnter(m_account);
    setFocusProxy(m_account);
}

// The account's keyboard and example follow what the catalogue says the account is.
QLineEdit *GenericProductForm::newAccountEdit() const
{
    QLineEdit *edit = newLineEdit(u"accountEdit"_s, 64);
    if (m_product.accountIsPhoneNumber()) {
        edit->setPlaceholderText(tr("e.g. 012-345 6789"));
        edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    } else if (m_product.numericKeyboard()) {
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    return edit;
}

GenericProductForm::~GenericProductForm()
{
    detachInputs();
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
    if (m_lastPresentment.blocksPayment && m_lookup->key() == normalizedAccount()) {
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
    if (m_presentment && normalizedAccount() != m_lookup->key()) {
        if (e.isEmpty()) {
            m_lookup->schedule();
        } else {
            m_lookup->cancel();
            m_view->clearView();
        }
    }
    updateValidity();
}

void GenericProductForm::present()
{
    if (!m_presentment || !accountError().isEmpty())
        return;
    m_lookup->setKey(normalizedAccount());
    m_lastPresentment = BillPresentment{};
    m_view->showLooking();
    m_lookup->await(m_context.catalogue->presentBill(m_product.code, m_lookup->key()));
    updateValidity();
}

void GenericProductForm::presentmentReady(quint64 id, const BillPresentment &p)
{
    if (!m_lookup->take(id))
        return;
    m_lastPresentment = p;
    m_view->showPresentment(p);
    if (p.blocksPayment)
        m_accountField->setError(accountError());
    else if (p.outstandingSen && *p.outstandingSen > 0 && m_amount->isOpenAmount() && !m_amount->hasInput())
        m_amount->setAmountSen(*p.outstandingSen);
    updateValidity();
}

QString GenericProductForm::missingInput() const
{
    if (const QString e = accountError(); !e.isEmpty())
        return e;
    if (m_lookup->isPending())
        return tr("Waiting for the biller to confirm the account.");
    return m_amount->missingInput(tr("Choose the amount."));
}

SaleRequest GenericProductForm::request() const
{
    SaleRequest r = newRequest();
    r.account = normalizedAccount();
    r.amount = m_amount->amountText();
    return r;
}

void GenericProductForm::restore(const SaleRequest &request)
{
    m_account->setText(request.account);
    m_amount->setAmountText(request.amount);
    accountChanged(true);
}

SaleFormWidget::Lines GenericProductForm::reviewLines() const
{
    Lines lines;
    if (m_lastPresentment.customerName)
        lines.append({tr("Customer"), *m_lastPresentment.customerName});
    return lines;
}
