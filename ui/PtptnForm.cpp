#include "PtptnForm.h"

#include "DebouncedLookup.h"
#include "DenominationPicker.h"
#include "FormField.h"
#include "MaskedIdEdit.h"
#include "catalogue/CatalogueService.h"
#include "validation/IdentityNumber.h"
#include "validation/MyKad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PtptnForm::PtptnForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
    , m_accountLookup(new DebouncedLookup(0, this))
{
    auto *layout = columnLayout(this, 14);
    m_icField = new FormField(tr("Borrower's or saver's IC number (MyKad)"), buildIcBox(), this);
    layout->addWidget(m_icField);
    m_accountField = new FormField(tr("Account"), buildAccountBox(), this);
    layout->addWidget(m_accountField);
    m_amount = addAmountField(layout, AmountChoice::Open);
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
    if (m_context.catalogue)
        connect(m_context.catalogue, &CatalogueService::optionsReady, this, &PtptnForm::optionsReady);
    routeFieldError({u"ic"_s}, m_icField);
    routeFieldError({u"account"_s, u"subproduct"_s}, m_accountField);
    setFocusProxy(m_ic);
}

// The IC and the button that finds the accounts linked to it.
QWidget *PtptnForm::buildIcBox()
{
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
    return icBox;
}

// What the look-up is doing or found, and the accounts (hidden until there are some).
QWidget *PtptnForm::buildAccountBox()
{
    auto *accBox = new QWidget;
    auto *accLayout = columnLayout(accBox);
    m_status = newStatusLabel(accBox, tr("Enter the IC number, then find the PTPTN and SSPN accounts linked to it."));
    accLayout->addWidget(m_status);
    m_accounts = new QListWidget(accBox);
    m_accounts->setObjectName(u"accountList"_s);
    m_accounts->setMinimumHeight(150);
    m_accounts->hide();
    accLayout->addWidget(m_accounts);
    return accBox;
}

PtptnForm::~PtptnForm()
{
    detachInputs();
}

bool PtptnForm::isLookingUp() const
{
    return m_accountLookup->isPending();
}

void PtptnForm::icChanged()
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    m_lookup->setEnabled(r.ok && m_context.catalogue);
    if (r.ok)
        m_icField->setError({});
    if (!r.ok || r.normalized != m_accountLookup->key()) {
        // accounts belong to the IC they were found for
        m_accountLookup->reset();
        clearAccounts(r.ok ? tr("Press Find accounts (or Enter).")
                           : tr("Enter the IC number, then find the PTPTN and SSPN accounts linked to it."));
    }
    updateValidity();
}

void PtptnForm::clearAccounts(const QString &status)
{
    m_options.clear();
    m_accounts->clear();
    m_accounts->hide();
    m_status->setText(status);
}

void PtptnForm::lookup()
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    if (!r.ok || !m_context.catalogue)
        return;
    m_accountLookup->setKey(r.normalized);
    clearAccounts(tr("Looking up the accounts for %1…").arg(IdentityNumber::mask(r.normalized)));
    m_accountLookup->await(m_context.catalogue->lookupOptions(m_product.code, r.normalized));
    updateValidity();
}

void PtptnForm::optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error)
{
    if (!m_accountLookup->take(id))
        return;
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
        if (!o.accountNumber.isEmpty()) {
            const bool isIc = o.accountNumber == m_accountLookup->key();
            text += u'\n' + tr("Account %1").arg(isIc ? IdentityNumber::mask(o.accountNumber) : o.accountNumber);
        }
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

QString PtptnForm::missingInput() const
{
    const ValidationResult r = MyKad::validate(m_ic->value());
    if (!r.ok)
        return m_ic->value().trimmed().isEmpty() ? tr("Enter the IC number.") : r.error;
    if (m_accountLookup->isPending())
        return tr("Waiting for the accounts linked to this IC.");
    if (m_accountLookup->key() != r.normalized)
        return tr("Find the accounts linked to this IC.");
    const SubproductOption *o = selected();
    if (!o)
        return tr("Choose the account.");
    if (o->accountNumber.isEmpty())
        return tr("IIMMPACT returned no account number for this account.");
    return m_amount->missingInput(tr("Enter the amount."));
}

SaleRequest PtptnForm::request() const
{
    SaleRequest r = newRequest();
    if (const SubproductOption *o = selected()) {
        r.account = o->accountNumber;
        r.subproduct = o->code;
    }
    r.icNumber = m_accountLookup->key();
    r.amount = m_amount->amountText();
    return r;
}

void PtptnForm::restore(const SaleRequest &request)
{
    m_restoreAccount = request.account;
    m_restoreSub = request.subproduct;
    m_ic->setValue(request.icNumber);
    m_amount->setAmountText(request.amount);
    lookup();
}

SaleFormWidget::Lines PtptnForm::reviewLines() const
{
    Lines lines;
    if (const SubproductOption *o = selected())
        lines.append({tr("Account type"), (o->description.isEmpty() ? o->code : o->description) + u" · " + o->label});
    lines.append({tr("IC number"), IdentityNumber::mask(m_accountLookup->key())});
    return lines;
}

QString PtptnForm::reviewAccount() const
{
    const QString account = request().account;
    return account == m_accountLookup->key() ? IdentityNumber::mask(account) : groupDigits(account);
}

QString PtptnForm::reviewAccountCaption() const
{
    return tr("PTPTN / SSPN account");
}
