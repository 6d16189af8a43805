#include "PtptnForm.h"

#include "DenominationPicker.h"
#include "FormField.h"
#include "MaskedIdEdit.h"
#include "catalogue/CatalogueService.h"
#include "validation/IdentityNumber.h"
#include "validation/MyKad.h"
#include "validation/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PtptnForm::PtptnForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    auto *icBox = new QWidget;
    auto *icRow = new QHBoxLayout(icBox);
    icRow->setContentsMargins(0, 0, 0, 0);
    m_ic = new MaskedIdEdit(icBox);
    m_ic->setObjectName(u"icEdit"_s);
    m_ic->setMaxLength(20);
    icRow->addWidget(m_ic, 1);
    m_lookup = new QPushButton(tr("Find accounts"), icBox);
    m_lookup->setObjectName(u"lookupButton"_s);
    m_lookup->setEnabled(false);
    icRow->addWidget(m_lookup);
    m_icField = new FormField(tr("Borrower's or saver's IC number (MyKad)"), icBox, this);
    layout->addWidget(m_icField);

    auto *accBox = new QWidget;
    auto *accLayout = new QVBoxLayout(accBox);
    accLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(accBox);
    m_status->setObjectName(u"fieldHint"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Enter the IC number, then find the PTPTN and SSPN accounts linked to it."));
    accLayout->addWidget(m_status);
    m_accounts = new QListWidget(accBox);
    m_accounts->setObjectName(u"accountList"_s);
    m_accounts->setMinimumHeight(150);
    m_accounts->hide();
    accLayout->addWidget(m_accounts);
    m_accountField = new FormField(tr("Account"), accBox, this);
    layout->addWidget(m_accountField);

    m_amount = new DenominationPicker;
    m_amount->setOpenAmount(product.minAmountSen, product.maxAmountSen);
    layout->addWidget(new FormField(tr("Amount"), m_amount, this));
    layout->addStretch(1);

    connect(m_ic, &MaskedIdEdit::valueChanged, this, &PtptnForm::icChanged);
    connect(m_ic, &QLineEdit::returnPressed, this, [this] {
        if (m_lookup->isEnabled())
            lookup();
    });
    connect(m_ic, &QLineEdit::editingFinished, this, [this] {
        const ValidationResult r = MyKad::validate(m_ic->value());
        m_icField->setError(r.ok || m_ic->value().trimmed().isEmpty() ? QString() : r.error);
    });
    connect(m_lookup, &QPushButton::clicked, this, &PtptnForm::lookup);
    connect(m_accounts, &QListWidget::currentRowChanged, this, &PtptnForm::selectionChanged);
    connect(m_amount, &DenominationPicker::amountChanged, this, &PtptnForm::updateValidity);
    if (m_context.catalogue)
        connect(m_context.catalogue, &CatalogueService::optionsReady, this, &PtptnForm::optionsReady);
    submitOnEnter(m_amount->amountEdit());
    setFocusProxy(m_ic);
}

void PtptnForm::icChanged()
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    m_lookup->setEnabled(r.ok && m_context.catalogue);
    if (r.ok)
        m_icField->setError({});
    if (!r.ok || r.normalized != m_lookedUpIc) {
        // accounts belong to the IC they were found for
        m_pending = 0;
        m_lookedUpIc.clear();
        m_options.clear();
        m_accounts->clear();
        m_accounts->hide();
        m_status->setText(r.ok ? tr("Press Find accounts (or Enter).")
                               : tr("Enter the IC number, then find the PTPTN and SSPN accounts linked to it."));
    }
    updateValidity();
}

void PtptnForm::lookup()
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    if (!r.ok || !m_context.catalogue)
        return;
    m_lookedUpIc = r.normalized;
    m_options.clear();
    m_accounts->clear();
    m_accounts->hide();
    m_status->setText(tr("Looking up the accounts for %1…").arg(IdentityNumber::mask(r.normalized)));
    m_pending = m_context.catalogue->lookupOptions(m_product.code, r.normalized);
    updateValidity();
}

void PtptnForm::optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error)
{
    if (id != m_pending)
        return;
    m_pending = 0;
    if (!error.isEmpty()) {
        m_status->setText(tr("The accounts could not be fetched: %1").arg(error));
        updateValidity();
        return;
    }
    m_options = options;
    if (m_options.isEmpty()) {
        m_status->setText(tr("No PTPTN or SSPN account is linked to this IC number."));
        updateValidity();
        return;
    }
    m_status->setText(tr("%n account(s) linked to this IC:", nullptr, int(m_options.size())));
    int restoreRow = -1;
    for (int i = 0; i < m_options.size(); ++i) {
        const SubproductOption &o = m_options.at(i);
        QString text = (o.description.isEmpty() ? o.code : o.description) + u" · " + o.label;
        if (!o.accountNumber.isEmpty())
            text += u'\n' + tr("Account %1").arg(o.accountNumber == m_lookedUpIc ? IdentityNumber::mask(o.accountNumber)
                                                                               : o.accountNumber);
        auto *item = new QListWidgetItem(text, m_accounts);
        item->setData(Qt::UserRole, o.code);
        if (o.accountNumber == m_restoreAccount && o.code == m_restoreSub)
            restoreRow = i;
    }
    m_restoreAccount.clear();
    m_restoreSub.clear();
    m_accounts->show();
    m_accounts->setCurrentRow(m_options.size() == 1 ? 0 : restoreRow);
    updateValidity();
}

const SubproductOption *PtptnForm::selected() const
{
    const int row = m_accounts->currentRow();
    if (row < 0 || row >= m_options.size() || m_accounts->isHidden())
        return nullptr;
    return &m_options.at(row);
}

void PtptnForm::selectionChanged()
{
    if (const SubproductOption *o = selected(); o && m_amount->isOpenAmount()) {
        const auto min = o->minSen ? o->minSen : m_product.minAmountSen;
        const auto max = o->maxSen ? o->maxSen : m_product.maxAmountSen;
        const QString typed = m_amount->amountEdit()->text();
        m_amount->setOpenAmount(min, max);
        m_amount->amountEdit()->setText(typed);
    }
    m_accountField->setError({});
    updateValidity();
}

PtptnForm::~PtptnForm()
{
    detachInputs();
}

bool PtptnForm::isValid() const
{
    return missingInput().isEmpty();
}

QString PtptnForm::missingInput() const
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    if (!r.ok)
        return m_ic->value().trimmed().isEmpty() ? tr("Enter the IC number.") : r.error;
    if (m_pending)
        return tr("Waiting for the accounts linked to this IC.");
    if (m_lookedUpIc != r.normalized)
        return tr("Find the accounts linked to this IC.");
    const SubproductOption *o = selected();
    if (!o)
        return tr("Choose the account.");
    if (o->accountNumber.isEmpty())
        return tr("IIMMPACT returned no account number for this account.");
    if (!m_amount->amountSen())
        return m_amount->error().isEmpty() ? tr("Enter the amount.") : m_amount->error();
    return {};
}

SaleRequest PtptnForm::request() const
{
    SaleRequest r;
    r.product = m_product.code;
    r.family = m_product.family;   // the engine applies the rules of the form it came from
    if (const SubproductOption *o = selected()) {
        r.account = o->accountNumber;
        r.subproduct = o->code;
    }
    r.icNumber = m_lookedUpIc;
    if (const auto sen = m_amount->amountSen())
        r.amount = Money::formatSen(*sen);
    return r;
}

void PtptnForm::restore(const SaleRequest &request)
{
    m_restoreAccount = request.account;
    m_restoreSub = request.subproduct;
    m_ic->setValue(request.icNumber);
    if (const auto sen = Money::parseSen(request.amount))
        m_amount->setAmountSen(*sen);
    lookup();
}

bool PtptnForm::showFieldError(const QString &field, const QString &message)
{
    if (field == "ic"_L1) {
        m_icField->setError(message);
        return true;
    }
    if (field == "account"_L1 || field == "subproduct"_L1) {
        m_accountField->setError(message);
        return true;
    }
    if (field == "amount"_L1) {
        m_amount->showError(message);
        return true;
    }
    return false;
}

SaleFormWidget::Lines PtptnForm::reviewLines() const
{
    Lines lines;
    if (const SubproductOption *o = selected())
        lines.append({tr("Account type"), (o->description.isEmpty() ? o->code : o->description) + u" · " + o->label});
    lines.append({tr("IC number"), IdentityNumber::mask(m_lookedUpIc)});
    return lines;
}

QString PtptnForm::reviewAccount() const
{
    const QString account = request().account;
    return account == m_lookedUpIc ? IdentityNumber::mask(account) : groupDigits(account);
}

QString PtptnForm::reviewAccountCaption() const
{
    return tr("PTPTN / SSPN account");
}
