#include "SaleFormWidget.h"

#include "DenominationPicker.h"
#include "FormField.h"
#include "GenericProductForm.h"
#include "JomPayForm.h"
#include "MobileDataForm.h"
#include "MobileReloadForm.h"
#include "PtptnForm.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

SaleFormWidget::SaleFormWidget(const Product &product, const FormContext &context, QWidget *parent)
    : QWidget(parent)
    , m_product(product)
    , m_context(context)
{
}

SaleFormWidget *SaleFormWidget::create(const Product &product, const FormContext &context,
                                       QWidget *parent)
{
    switch (product.family) {
    case ProductFamily::MobileReload:
        return new MobileReloadForm(product, context, parent);
    case ProductFamily::MobileData:
        return new MobileDataForm(product, context, parent);
    case ProductFamily::JomPay:
        return new JomPayForm(product, context, parent);
    case ProductFamily::Ptptn:
        return new PtptnForm(product, context, parent);
    case ProductFamily::Bills:
    case ProductFamily::GiftCards:
    case ProductFamily::Esim:
    case ProductFamily::Other:
        break;
    }
    return new GenericProductForm(product, context, parent);
}

void SaleFormWidget::updateValidity()
{
    const bool valid = isValid();
    if (valid != m_lastValid) {
        m_lastValid = valid;
        emit validityChanged(valid);
    }
    emit inputChanged();
}

void SaleFormWidget::detachInputs()
{
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void SaleFormWidget::submitOnEnter(QLineEdit *edit)
{
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (isValid())
            emit submitRequested();
    });
}

bool SaleFormWidget::isValid() const
{
    return missingInput().isEmpty();
}

void SaleFormWidget::routeFieldError(const QStringList &fields, std::function<void(const QString &)> show)
{
    m_errorRoutes.append({fields, std::move(show)});
}

void SaleFormWidget::routeFieldError(const QStringList &fields, FormField *field)
{
    routeFieldError(fields, [field](const QString &message) { field->setError(message); });
}

bool SaleFormWidget::showFieldError(const QString &field, const QString &message)
{
    for (const auto &route : std::as_const(m_errorRoutes)) {
        if (route.first.contains(field)) {
            route.second(message);
            return true;
        }
    }
    return false;
}

DenominationPicker *SaleFormWidget::addAmountField(QBoxLayout *layout, AmountChoice choice)
{
    auto *amount = new DenominationPicker;
    if (choice == AmountChoice::Open || m_product.isOpenAmount())
        amount->setOpenAmount(m_product.minAmountSen, m_product.maxAmountSen);
    else
        amount->setDenominations(m_product.denominationsCommonFirst());
    layout->addWidget(new FormField(tr("Amount"), amount, this));
    connect(amount, &DenominationPicker::amountChanged, this, &SaleFormWidget::updateValidity);
    submitOnEnter(amount->amountEdit());
    routeFieldError({u"amount"_s}, [amount](const QString &message) { amount->showError(message); });
    return amount;
}

SaleRequest SaleFormWidget::newRequest() const
{
    SaleRequest r;
    r.product = m_product.code;
    r.family = m_product.family;   // the engine applies the rules of the form it came from
    return r;
}

QVBoxLayout *SaleFormWidget::columnLayout(QWidget *widget, int spacing)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    if (spacing >= 0)
        layout->setSpacing(spacing);
    return layout;
}

QLineEdit *SaleFormWidget::newLineEdit(const QString &objectName, int maxLength, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    if (!placeholder.isEmpty())
        edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *SaleFormWidget::newStatusLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldHint"_s);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

SaleFormWidget::Lines SaleFormWidget::reviewLines() const
{
    return {};
}

QString SaleFormWidget::reviewAccount() const
{
    return groupDigits(request().account);
}

QString SaleFormWidget::reviewAccountCaption() const
{
    return m_product.effectiveAccountLabel();
}

QString SaleFormWidget::groupDigits(const QString &account)
{
    for (QChar c : account) {
        if (c < u'0' || c > u'9')
            return account;   // not all digits: show exactly as typed
    }
    // Mobile numbers read back as 012 345 6789 / 011 2345 6789; other digit strings in 4s.
    if (account.startsWith(u"01"_s) && (account.size() == 10 || account.size() == 11))
        return account.left(3) + u' ' + account.mid(3, account.size() - 7) + u' ' + account.right(4);
    QString out;
    for (qsizetype i = 0; i < account.size(); ++i) {
        if (i > 0 && (account.size() - i) % 4 == 0)
            out += u' ';
        out += account.at(i);
    }
    return out;
}
