#include "MobileDataForm.h"

#include "FormField.h"
#include "catalogue/CatalogueService.h"
#include "validation/MobileNumber.h"
#include "validation/Money.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MobileDataForm::MobileDataForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_number = new QLineEdit;
    m_number->setObjectName(u"accountEdit"_s);
    m_number->setPlaceholderText(tr("e.g. 017-885 5286"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_number->setMaxLength(20);
    m_numberField = new FormField(product.effectiveAccountLabel(), m_number, this);
    layout->addWidget(m_numberField);

    auto *planBox = new QWidget;
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(planBox);
    m_status->setObjectName(u"fieldHint"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Enter the number to see the plans offered to it."));
    planLayout->addWidget(m_status);
    m_retry = new QPushButton(tr("Look up again"), planBox);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &MobileDataForm::lookup);
    planLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    m_plans = new QListWidget(planBox);
    m_plans->setObjectName(u"planList"_s);
    m_plans->setMinimumHeight(220);
    m_plans->setWordWrap(true);
    m_plans->hide();
    planLayout->addWidget(m_plans);
    m_planField = new FormField(tr("Plan"), planBox, this);
    layout->addWidget(m_planField, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &MobileDataForm::lookup);
    connect(m_number, &QLineEdit::textChanged, this, [this] { numberChanged(false); });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { numberChanged(true); });
    connect(m_plans, &QListWidget::currentRowChanged, this, &MobileDataForm::updateValidity);
    connect(m_plans, &QListWidget::itemActivated, this, [this] {
        if (isValid())
            emit submitRequested();
    });
    if (m_context.catalogue)
        connect(m_context.catalogue, &CatalogueService::optionsReady, this, &MobileDataForm::optionsReady);
    submitOnEnter(m_number);
    setFocusProxy(m_number);
}

void MobileDataForm::numberChanged(bool finished)
{
    const ValidationResult r = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts);
    if (r.ok || m_number->text().trimmed().isEmpty())
        m_numberField->setError({});
    else if (finished)
        m_numberField->setError(r.error);
    if (!r.ok) {
        m_debounce->stop();
        if (!m_lookedUpFor.isEmpty() || m_pendingLookup) {
            m_lookedUpFor.clear();
            m_pendingLookup = 0;
            m_options.clear();
            m_plans->clear();
            m_plans->hide();
            m_retry->hide();
            m_status->setText(tr("Enter the number to see the plans offered to it."));
        }
    } else if (r.normalized != m_lookedUpFor) {
        m_debounce->start();
    }
    updateValidity();
}

void MobileDataForm::lookup()
{
    const ValidationResult r = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts);
    if (!r.ok || !m_context.catalogue)
        return;
    m_lookedUpFor = r.normalized;
    m_options.clear();
    m_plans->clear();
    m_plans->hide();
    m_retry->hide();
    m_status->setText(tr("Looking up the plans for %1…").arg(r.normalized));
    m_pendingLookup = m_context.catalogue->lookupOptions(m_product.code, r.normalized);
    updateValidity();
}

void MobileDataForm::optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error)
{
    if (id != m_pendingLookup)
        return;   // an answer for a number no longer in the field
    m_pendingLookup = 0;
    if (!error.isEmpty()) {
        m_status->setText(tr("The plans could not be fetched: %1").arg(error));
        m_retry->show();
        updateValidity();
        return;
    }
    m_options.clear();
    for (const SubproductOption &o : options) {
        if (o.priceSen)   // a plan without a face value cannot be paid
            m_options.append(o);
    }
    if (m_options.isEmpty()) {
        m_status->setText(tr("IIMMPACT offers no plans for this number. Check the number and the operator."));
        m_retry->show();
        updateValidity();
        return;
    }
    m_status->setText(tr("%n plan(s) for this number:", nullptr, int(m_options.size())));
    for (const SubproductOption &o : std::as_const(m_options)) {
        // Legacy rows carry the product name as display_name and the plan in description.
        QString text = o.label;
        if (text.isEmpty() || text == m_product.name)
            text = o.description.isEmpty() ? o.code : o.description;
        else if (!o.description.isEmpty() && o.description != text)
            text += u'\n' + o.description;
        QStringList facts{Money::formatRinggit(*o.priceSen)};
        if (!o.validity.isEmpty())
            facts.append(o.validity);
        text += u'\n' + facts.join(u"  ·  "_s);
        auto *item = new QListWidgetItem(text, m_plans);
        item->setData(Qt::UserRole, o.code);
    }
    m_plans->show();
    int row = -1;
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).code == m_restorePlan)
            row = i;
    }
    m_restorePlan.clear();
    m_plans->setCurrentRow(row);
    updateValidity();
}

const SubproductOption *MobileDataForm::selectedPlan() const
{
    const int row = m_plans->currentRow();
    if (row < 0 || row >= m_options.size() || m_plans->isHidden())
        return nullptr;
    return &m_options.at(row);
}

MobileDataForm::~MobileDataForm()
{
    detachInputs();
}

bool MobileDataForm::isValid() const
{
    const ValidationResult r = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts);
    return r.ok && r.normalized == m_lookedUpFor && !m_pendingLookup && selectedPlan();
}

QString MobileDataForm::missingInput() const
{
    const ValidationResult r = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts);
    if (!r.ok)
        return m_number->text().trimmed().isEmpty() ? tr("Enter the mobile number.") : r.error;
    if (m_pendingLookup || r.normalized != m_lookedUpFor)
        return tr("Waiting for the plans for this number.");
    if (!selectedPlan())
        return tr("Choose a plan.");
    return {};
}

SaleRequest MobileDataForm::request() const
{
    SaleRequest r;
    r.product = m_product.code;
    r.family = m_product.family;   // the engine applies the rules of the form it came from
    r.account = MobileNumber::validate(m_number->text(), m_context.stagingTestAccounts).normalized;
    if (const SubproductOption *p = selectedPlan()) {
        r.subproduct = p->code;
        r.amount = Money::formatSen(*p->priceSen);
    }
    return r;
}

void MobileDataForm::restore(const SaleRequest &request)
{
    m_restorePlan = request.subproduct;
    m_number->setText(request.account);
    numberChanged(true);
    m_debounce->stop();
    lookup();
}

bool MobileDataForm::showFieldError(const QString &field, const QString &message)
{
    if (field == "account"_L1) {
        m_numberField->setError(message);
        return true;
    }
    if (field == "subproduct"_L1 || field == "amount"_L1) {
        m_planField->setError(message);
        return true;
    }
    return false;
}

SaleFormWidget::Lines MobileDataForm::reviewLines() const
{
    Lines lines;
    if (const SubproductOption *p = selectedPlan()) {
        const bool labelIsProduct = p->label.isEmpty() || p->label == m_product.name;
        lines.append({tr("Plan"), labelIsProduct ? (p->description.isEmpty() ? p->code : p->description) : p->label});
        if (!p->validity.isEmpty())
            lines.append({tr("Validity"), p->validity});
    }
    return lines;
}
