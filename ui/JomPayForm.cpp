#include "JomPayForm.h"

#include "BillPresentmentView.h"
#include "DebouncedLookup.h"
#include "DenominationPicker.h"
#include "FormField.h"
#include "MaskedIdEdit.h"
#include "catalogue/CatalogueService.h"
#include "validation/IdentityNumber.h"
#include "validation/JomPay.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

JomPayForm::JomPayForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
    , m_presentation(new DebouncedLookup(450, this))
{
    // Two columns: what identifies the bill on the right, the biller and the payer on the left.
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(24);
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    buildBillerSection(left);
    buildPayerSection(left);
    buildBillSection(right);

    connect(m_presentation, &DebouncedLookup::due, this, &JomPayForm::present);
    connectBillerSearch();
    connectBillInputs();
    connectPayerInputs();
    connectCatalogue();
    routeFieldErrors();
    setKeyboardOrder();
    billersLoaded();
}

// Left, top: the biller search, its results and the biller chosen.
void JomPayForm::buildBillerSection(QVBoxLayout *column)
{
    auto *billerBox = new QWidget;
    auto *billerLayout = columnLayout(billerBox);
    m_billerSearch = new QLineEdit(billerBox);
    m_billerSearch->setObjectName(u"billerSearch"_s);
    m_billerSearch->setPlaceholderText(tr("Biller name or code, e.g. TNB or 5454"));
    m_billerSearch->setClearButtonEnabled(true);
    billerLayout->addWidget(m_billerSearch);
    m_results = new QListWidget(billerBox);
    m_results->setObjectName(u"billerResults"_s);
    m_results->setMinimumHeight(150);
    m_results->setMaximumHeight(190);
    m_results->setUniformItemSizes(true);
    billerLayout->addWidget(m_results);
    m_billerChosen = new QLabel(billerBox);
    m_billerChosen->setObjectName(u"billerChosen"_s);
    m_billerChosen->setWordWrap(true);
    billerLayout->addWidget(m_billerChosen);
    m_billerField = new FormField(tr("Biller"), billerBox, this);
    column->addWidget(m_billerField);
}

// Left, below: MyKad or passport, the number, and the AMLA confirmation.
void JomPayForm::buildPayerSection(QVBoxLayout *column)
{
    auto *idBox = new QWidget;
    auto *idLayout = columnLayout(idBox);
    auto *kind = new QHBoxLayout;
    m_mykad = new QRadioButton(tr("MyKad (Malaysian)"), idBox);
    m_mykad->setObjectName(u"mykadRadio"_s);
    m_passport = new QRadioButton(tr("Passport (non-Malaysian)"), idBox);
    m_passport->setObjectName(u"passportRadio"_s);
    m_mykad->setChecked(true);
    auto *kindGroup = new QButtonGroup(idBox);
    kindGroup->addButton(m_mykad);
    kindGroup->addButton(m_passport);
    kind->addWidget(m_mykad);
    kind->addWidget(m_passport);
    kind->addStretch(1);
    idLayout->addLayout(kind);
    m_id = new MaskedIdEdit(idBox);
    m_id->setObjectName(u"idEdit"_s);
    m_id->setMaxLength(20);
    idLayout->addWidget(m_id);
    m_idField = new FormField(tr("Payer's IC or passport number"), idBox, this);
    column->addWidget(m_idField);
    m_amla = new QCheckBox(tr("I checked this number against the customer's\nMyKad or passport (required by AMLA)"), this);
    m_amla->setObjectName(u"amlaCheck"_s);
    column->addWidget(m_amla);
    column->addStretch(1);
}

// Right: Ref-1, Ref-2 (when the biller needs it), what the biller says, and the amount.
void JomPayForm::buildBillSection(QVBoxLayout *column)
{
    m_ref1 = newLineEdit(u"ref1Edit"_s, 40, tr("Printed next to the JomPAY logo on the bill"));
    m_ref1Field = new FormField(tr("Ref-1 (account or bill number)"), m_ref1, this);
    column->addWidget(m_ref1Field);
    m_ref2 = newLineEdit(u"ref2Edit"_s, 40);
    m_ref2Field = new FormField(tr("Ref-2 (required by this biller)"), m_ref2, this);
    m_ref2Field->hide();
    column->addWidget(m_ref2Field);
    m_view = new BillPresentmentView(this);
    column->addWidget(m_view);
    m_amount = addAmountField(column, AmountChoice::Open);
    column->addStretch(1);
}

void JomPayForm::connectBillerSearch()
{
    // Searching runs on every keystroke: the index answers in well under a frame.
    connect(m_billerSearch, &QLineEdit::textChanged, this, &JomPayForm::search);
    connect(m_billerSearch, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            const int row = std::max(0, m_results->currentRow());
            m_results->setCurrentRow(row);
            m_ref1->setFocus();
        } else if (const ValidationResult r = JomPay::validateBiller(m_billerSearch->text()); r.ok) {
            chooseBiller(r.normalized, QString());
            m_ref1->setFocus();
        }
    });
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_billerSearch);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_results->setFocus();
        if (m_results->currentRow() < 0 && m_results->count() > 0)
            m_results->setCurrentRow(0);
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            chooseBiller(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { m_ref1->setFocus(); });
}

void JomPayForm::connectBillInputs()
{
    connect(m_ref1, &QLineEdit::textChanged, this, &JomPayForm::inputChanged);
    connect(m_ref1, &QLineEdit::editingFinished, this, [this] {
        m_ref1Field->setError(m_ref1->text().trimmed().isEmpty() ? QString() : ref1Error());
    });
    connect(m_ref2, &QLineEdit::textChanged, this, &JomPayForm::inputChanged);
    connect(m_ref2, &QLineEdit::editingFinished, this, [this] { m_ref2Field->setError(ref2Error()); });
}

void JomPayForm::connectPayerInputs()
{
    connect(m_id, &MaskedIdEdit::valueChanged, this, [this] {
        m_amla->setChecked(false);   // a different number needs a fresh check of the document
        m_idField->setError({});
        updateValidity();
    });
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        m_idField->setError(m_id->value().trimmed().isEmpty() ? QString() : idError());
    });
    connect(m_passport, &QRadioButton::toggled, this, [this](bool passport) {
        m_id->setPassport(passport);
        m_amla->setChecked(false);
        m_idField->setError(m_id->value().trimmed().isEmpty() ? QString() : idError());
        updateValidity();
    });
    connect(m_amla, &QCheckBox::toggled, this, &JomPayForm::updateValidity);
}

void JomPayForm::connectCatalogue()
{
    if (!m_context.catalogue)
        return;
    connect(m_context.catalogue, &CatalogueService::presentmentReady, this, &JomPayForm::presentmentReady);
    connect(m_context.catalogue, &CatalogueService::billersUpdated, this, &JomPayForm::billersLoaded);
    if (m_context.catalogue->billers().isEmpty())
        m_context.catalogue->refreshBillers();
}

// Where a rejected sale's error for each field name shows.
void JomPayForm::routeFieldErrors()
{
    routeFieldError({u"account"_s}, m_ref1Field);
    routeFieldError({u"biller"_s}, m_billerField);
    routeFieldError({u"ref2"_s}, [this](const QString &message) {
        m_ref2Field->show();
        m_ref2Field->setError(message);
    });
    routeFieldError({u"ic"_s}, m_idField);
}

// Enter submits from any field of a complete form; Tab follows the bill, then the payer.
void JomPayForm::setKeyboardOrder()
{
    submitOnEnter(m_ref1);
    submitOnEnter(m_ref2);
    submitOnEnter(m_id);
    setTabOrder(m_billerSearch, m_results);
    setTabOrder(m_results, m_ref1);
    setTabOrder(m_ref1, m_ref2);
    setTabOrder(m_ref2, m_amount->amountEdit());
    setTabOrder(m_amount->amountEdit(), m_mykad);
    setTabOrder(m_mykad, m_passport);
    setTabOrder(m_passport, m_id);
    setTabOrder(m_id, m_amla);
    setFocusProxy(m_billerSearch);
}

void JomPayForm::billersLoaded()
{
    const int n = m_context.catalogue ? m_context.catalogue->billers().size() : 0;
    m_billerField->setHint(n > 0 ? tr("%n biller(s): type part of the name or the code.", nullptr, n)
                                 : tr("Loading the biller list… You can also type the biller code."));
    if (!m_billerSearch->text().isEmpty())
        search(m_billerSearch->text());
}

void JomPayForm::search(const QString &text)
{
    const QSignalBlocker block(m_results);
    m_results->clear();
    if (!m_context.catalogue)
        return;
    const BillerIndex &index = m_context.catalogue->billers();
    const QList<int> hits = index.search(text, MaxResults);
    for (int i : hits) {
        const Biller &b = index.billers().at(i);
        auto *item = new QListWidgetItem(b.code + u"  " + b.name, m_results);
        item->setData(Qt::UserRole, b.code);
        item->setData(Qt::UserRole + 1, b.name);
        if (b.code == m_billerCode)
            m_results->setCurrentItem(item);
    }
    // A typed code that names exactly one biller is that biller.
    const QString typed = text.trimmed();
    if (!hits.isEmpty() && index.billers().at(hits.first()).code == typed) {
        m_results->setCurrentRow(0);
        chooseBiller(typed, index.billers().at(hits.first()).name);
    } else if (hits.isEmpty() && index.isEmpty() && JomPay::validateBiller(typed).ok) {
        chooseBiller(JomPay::validateBiller(typed).normalized, QString());   // list unavailable
    } else if (hits.isEmpty() && !typed.isEmpty() && !index.isEmpty()) {
        // Nothing the cashier could mean: no biller stays chosen behind the search (Pay is off
        // until one is), and the field says what to try.
        chooseBiller(QString(), QString());
        m_billerField->setError(tr("No biller matches \"%1\". Try the biller code or another "
                                   "part of the name.").arg(typed));
    }
}

void JomPayForm::chooseBiller(const QString &code, const QString &name)
{
    if (code == m_billerCode && name == m_billerName)
        return;
    m_billerCode = code;
    m_billerName = name;
    m_billerChosen->setText(code.isEmpty() ? QString()
                                           : tr("Selected: %1").arg(name.isEmpty() ? code : code + u" — " + name));
    m_billerField->setError({});
    // A different biller may or may not need Ref-2: the list may say so, presentment will.
    m_ref2Required = false;
    if (m_context.catalogue) {
        const BillerIndex &index = m_context.catalogue->billers();
        const int i = index.indexOfCode(code);
        m_ref2Required = i >= 0 && index.billers().at(i).ref2Required;
    }
    m_ref2Field->setVisible(m_ref2Required || !m_ref2->text().isEmpty());
    inputChanged();
}

QString JomPayForm::ref1Error() const
{
    const ValidationResult r = JomPay::validateRef1(m_ref1->text());
    if (!r.ok)
        return r.error;
    if (m_lastPresentment.blocksPayment && !m_lastPresentment.ref2Required && m_presentation->key() == presentKey()) {
        return m_lastPresentment.errorMessage.isEmpty() ? tr("The biller does not know this Ref-1.")
                                                        : m_lastPresentment.errorMessage;
    }
    return {};
}

QString JomPayForm::ref2Error() const
{
    const ValidationResult r = JomPay::validateRef2(m_ref2->text(), m_ref2Required);
    return r.ok ? QString() : r.error;
}

QString JomPayForm::idError() const
{
    const ValidationResult r = IdentityNumber::validate(m_id->value(), m_passport->isChecked());
    return r.ok ? QString() : r.error;
}

QString JomPayForm::presentKey() const
{
    return m_billerCode + u'|' + JomPay::validateRef1(m_ref1->text()).normalized + u'|'
        + JomPay::validateRef2(m_ref2->text(), false).normalized;
}

void JomPayForm::inputChanged()
{
    if (!m_ref1->text().trimmed().isEmpty() && JomPay::validateRef1(m_ref1->text()).ok)
        m_ref1Field->setError({});
    if (ref2Error().isEmpty())
        m_ref2Field->setError({});
    const bool ready = !m_billerCode.isEmpty() && JomPay::validateRef1(m_ref1->text()).ok
        && JomPay::validateRef2(m_ref2->text(), false).ok && m_context.catalogue;
    if (ready && presentKey() != m_presentation->key()) {
        m_presentation->schedule();
    } else if (!ready) {
        m_presentation->reset();
        m_lastPresentment = BillPresentment{};
        m_view->clearView();
    }
    updateValidity();
}

void JomPayForm::present()
{
    m_presentation->setKey(presentKey());
    m_lastPresentment = BillPresentment{};
    m_view->showLooking();
    m_presentation->await(m_context.catalogue->presentBill(
        m_product.code, JomPay::validateRef1(m_ref1->text()).normalized, m_billerCode,
        JomPay::validateRef2(m_ref2->text(), false).normalized, m_amount->amountText()));
    updateValidity();
}

void JomPayForm::presentmentReady(quint64 id, const BillPresentment &p)
{
    if (!m_presentation->take(id))
        return;
    m_lastPresentment = p;
    m_view->showPresentment(p);
    if (p.ref2Required) {
        m_ref2Required = true;
        m_ref2Field->show();
        m_ref2Field->setError(m_ref2->text().trimmed().isEmpty()
                                  ? tr("This biller needs Ref-2: it is printed on the bill.")
                                  : (p.errorMessage.isEmpty() ? p.message : p.errorMessage));
    } else if (p.blocksPayment) {
        m_ref1Field->setError(ref1Error());
    } else {
        m_ref1Field->setError({});
        if (p.outstandingSen && *p.outstandingSen > 0 && !m_amount->hasInput())
            m_amount->setAmountSen(*p.outstandingSen);
    }
    updateValidity();
}

JomPayForm::~JomPayForm()
{
    detachInputs();
}

bool JomPayForm::isPresenting() const
{
    return m_presentation->isPending();
}

QString JomPayForm::missingInput() const
{
    if (m_billerCode.isEmpty())
        return tr("Choose the biller.");
    if (m_ref1->text().trimmed().isEmpty())
        return tr("Enter Ref-1.");
    if (const QString e = ref1Error(); !e.isEmpty())
        return e;
    if (m_ref2Required && m_ref2->text().trimmed().isEmpty())
        return tr("This biller needs Ref-2.");
    if (const QString e = ref2Error(); !e.isEmpty())
        return e;
    if (m_presentation->isPending() || m_presentation->isScheduled())
        return tr("Waiting for the biller to confirm the account.");
    if (m_lastPresentment.blocksPayment && m_presentation->key() == presentKey())
        return m_lastPresentment.errorMessage.isEmpty() ? m_lastPresentment.message : m_lastPresentment.errorMessage;
    if (const QString e = m_amount->missingInput(tr("Enter the amount.")); !e.isEmpty())
        return e;
    if (m_id->value().trimmed().isEmpty())
        return tr("Enter the payer's IC or passport number.");
    if (const QString e = idError(); !e.isEmpty())
        return e;
    if (!m_amla->isChecked())
        return tr("Confirm that you checked the number against the customer's document.");
    return {};
}

SaleRequest JomPayForm::request() const
{
    SaleRequest r = newRequest();
    r.account = JomPay::validateRef1(m_ref1->text()).normalized;
    r.billerCode = m_billerCode;
    r.ref2 = JomPay::validateRef2(m_ref2->text(), false).normalized;
    r.amount = m_amount->amountText();
    r.icIsPassport = m_passport->isChecked();
    r.icNumber = IdentityNumber::validate(m_id->value(), r.icIsPassport).normalized;
    return r;
}

void JomPayForm::restore(const SaleRequest &request)
{
    m_billerSearch->setText(request.billerCode);
    chooseBiller(request.billerCode, m_billerName);
    if (m_context.catalogue) {
        const BillerIndex &index = m_context.catalogue->billers();
        const int i = index.indexOfCode(request.billerCode);
        if (i >= 0)
            chooseBiller(request.billerCode, index.billers().at(i).name);
    }
    m_ref1->setText(request.account);
    if (!request.ref2.isEmpty()) {
        m_ref2Field->show();
        m_ref2->setText(request.ref2);
    }
    m_amount->setAmountText(request.amount);
    (request.icIsPassport ? m_passport : m_mykad)->setChecked(true);
    const bool confirmed = m_amla->isChecked();
    m_id->setValue(request.icNumber);
    // Same sale, same customer at the counter: keep the confirmation the cashier gave.
    m_amla->setChecked(confirmed);
    inputChanged();
}

SaleFormWidget::Lines JomPayForm::reviewLines() const
{
    const SaleRequest r = request();
    Lines lines;
    lines.append({tr("Biller"), m_billerName.isEmpty() ? r.billerCode : r.billerCode + u" — " + m_billerName});
    if (!r.ref2.isEmpty())
        lines.append({tr("Ref-2"), r.ref2});
    if (m_lastPresentment.customerName)
        lines.append({tr("Customer"), *m_lastPresentment.customerName});
    lines.append({r.icIsPassport ? tr("Payer passport") : tr("Payer IC"), IdentityNumber::mask(r.icNumber)});
    return lines;
}

QString JomPayForm::reviewAccountCaption() const
{
    return tr("Ref-1");
}
