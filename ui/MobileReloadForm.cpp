#include "MobileReloadForm.h"

#include "DenominationPicker.h"
#include "PhoneField.h"

#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MobileReloadForm::MobileReloadForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
{
    auto *layout = columnLayout(this, 14);
    m_phone = new PhoneField(product.effectiveAccountLabel(), tr("e.g. 012-345 6789"), context.stagingTestAccounts,
                             PhoneField::Feedback::Detailed, this);
    layout->addWidget(m_phone);
    m_amount = addAmountField(layout, AmountChoice::FromProduct);
    layout->addStretch(1);

    connect(m_phone, &PhoneField::edited, this, &MobileReloadForm::updateValidity);
    routeFieldError({u"account"_s}, [this](const QString &message) {
        m_phone->setError(message);
        m_phone->edit()->setFocus();
    });
    submitOnEnter(m_phone->edit());
    setFocusProxy(m_phone->edit());
}

MobileReloadForm::~MobileReloadForm()
{
    detachInputs();
}

QLineEdit *MobileReloadForm::numberEdit() const
{
    return m_phone->edit();
}

FormField *MobileReloadForm::numberField() const
{
    return m_phone;
}

QString MobileReloadForm::missingInput() const
{
    if (const QString e = m_phone->missingInput(); !e.isEmpty())
        return e;
    return m_amount->missingInput(tr("Choose the amount."));
}

SaleRequest MobileReloadForm::request() const
{
    SaleRequest r = newRequest();
    r.account = m_phone->normalized();
    r.amount = m_amount->amountText();
    return r;
}

void MobileReloadForm::restore(const SaleRequest &request)
{
    m_phone->setText(request.account);
    m_amount->setAmountText(request.amount);
    m_phone->review(true);
}
