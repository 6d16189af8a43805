#include "MobileReloadForm.h"

#include "DenominationPicker.h"
#include "FormField.h"
#include "validation/MobileNumber.h"
#include "validation/Money.h"

#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MobileReloadForm::MobileReloadForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_number = new QLineEdit;
    m_number->setObjectName(u"accountEdit"_s);
    m_number->setPlaceholderText(tr("e.g. 012-345 6789"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_number->setMaxLength(20);
    m_numberField = new FormField(product.effectiveAccountLabel(), m_number, this);
    layout->addWidget(m_numberField);

    m_amount = new DenominationPicker;
    if (product.isOpenAmount())
        m_amount->setOpenAmount(product.minAmountSen, product.maxAmountSen);
    else
        m_amount->setDenominations(product.denominationsCommonFirst());
    layout->addWidget(new FormField(tr("Amount"), m_amount, this));
    layout->addStretch(1);

    connect(m_number, &QLineEdit::textChanged, this, [this] { numberChanged(false); });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { numberChanged(true); });
    connect(m_amount, &DenominationPicker::amountChanged, this, &MobileReloadForm::updateValidity);
    submitOnEnter(m_number);
    if (m_amount->amountEdit())
        submitOnEnter(m_amount->amountEdit());
    setFocusProxy(m_number);
}

void MobileReloadForm::numberChanged(bool finished)
{
    const QString text = m_number->text();
    const ValidationResult r = MobileNumber::validate(text, m_context.stagingTestAccounts);
    // Complain once the cashier is done, or as soon as the number is already too long.
    int digits = 0;
    for (QChar c : text)
        digits += (c >= u'0' && c <= u'9') ? 1 : 0;
    if (r.ok || text.trimmed().isEmpty())
        m_numberField->setError({});
    else if (finished || digits >= 12)
        m_numberField->setError(r.error);
    m_numberField->setHint(r.ok && r.normalized != text.trimmed() ? tr("Will be sent as %1").arg(r.normalized)
                                                                 : r.warning);
    updateValidity();
}

MobileReloadForm::~MobileReloadForm()
{
    detachInputs();
}

bool MobileReloadForm::isValid() const
{
    return MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts).ok
        && m_amount->amountSen().has_value();
}

QString MobileReloadForm::missingInput() const
{
    const ValidationResult r = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts);
    if (!r.ok)
        return m_number->text().trimmed().isEmpty() ? tr("Enter the mobile number.") : r.error;
    if (!m_amount->amountSen())
        return m_amount->error().isEmpty() ? tr("Choose the amount.") : m_amount->error();
    return {};
}

SaleRequest MobileReloadForm::request() const
{
    SaleRequest r;
    r.product = m_product.code;
    r.family = m_product.family;   // the engine applies the rules of the form it came from
    r.account = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts).normalized;
    if (const auto sen = m_amount->amountSen())
        r.amount = Money::formatSen(*sen);
    return r;
}

void MobileReloadForm::restore(const SaleRequest &request)
{
    m_number->setText(request.account);
    if (const auto sen = Money::parseSen(request.amount))
        m_amount->setAmountSen(*sen);
    numberChanged(true);
}

bool MobileReloadForm::showFieldError(const QString &field, const QString &message)
{
    if (field == "account"_L1) {
        m_numberField->setError(message);
        m_number->setFocus();
        return true;
    }
    if (field == "amount"_L1) {
        m_amount->showError(message);
        return true;
    }
    return false;
}

SaleFormWidget::Lines MobileReloadForm::reviewLines() const
{
    return {};
}
