#include "MobileDataForm.h"

#include "DebouncedLookup.h"
#include "PhoneField.h"
#include "catalogue/CatalogueService.h"
#include "validation/Money.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MobileDataForm::MobileDataForm(const Product &product, const FormContext &context, QWidget *parent)
    : SaleFormWidget(product, context, parent)
    , m_lookup(new DebouncedLookup(350, this))
{
    auto *layout = columnLayout(this, 14);
    m_phone = new PhoneField(product.effectiveAccountLabel(), tr("e.g. 017-885 5286"), context.stagingTestAccounts,
                             PhoneField::Feedback::OnFinish, this);
    layout->addWidget(m_phone);
    m_planField = new FormField(tr("Plan"), buildPlanBox(), this);
    layout->addWidget(m_planField, 1);

    connect(m_lookup, &DebouncedLookup::due, this, &MobileDataForm::lookup);
    connect(m_phone, &PhoneField::edited, this, &MobileDataForm::numberChanged);
    connect(m_plans, &QListWidget::currentRowChanged, this, &MobileDataForm::updateValidity);
    connect(m_plans, &QListWidget::itemActivated, this, [this] {
        if (isValid())
            emit submitRequested();
    });
    if (m_context.catalogue)
        connect(m_context.catalogue, &CatalogueService::optionsReady, this, &MobileDataForm::optionsReady);
    routeFieldError({u"account"_s}, m_phone);
    routeFieldError({u"subproduct"_s, u"amount"_s}, m_planField);
    submitOnEnter(m_phone->edit());
    setFocusProxy(m_phone->edit());
}

// The plans' status line, a retry button for a failed look-up, and the list (hidden until
// there are plans).
QWidget *MobileDataForm::buildPlanBox()
{
    auto *planBox = new QWidget;
    auto *planLayout = columnLayout(planBox);
    m_status = newStatusLabel(planBox, tr("Enter the number to see the plans offered to it."));
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
    return planBox;
}

MobileDataForm::~MobileDataForm()
{
    detachInputs();
}

QLineEdit *MobileDataForm::numberEdit() const
{
    return m_phone->edit();
}

bool MobileDataForm::isLookingUp() const
{
    return m_lookup->isPending();
}

void MobileDataForm::numberChanged()
{
    const ValidationResult r = m_phone->validation();
    if (!r.ok) {
        // plans belong to the number they were fetched for
        if (!m_lookup->key().isEmpty() || m_lookup->isPending()) {
            m_lookup->reset();
            clearPlans(tr("Enter the number to see the plans offered to it."));
        } else {
            m_lookup->cancel();
        }
    } else if (r.normalized != m_lookup->key()) {
        m_lookup->schedule();
    }
    updateValidity();
}

void MobileDataForm::clearPlans(const QString &status)
{
    m_options.clear();
    m_plans->clear();
    m_plans->hide();
    m_retry->hide();
    m_status->setText(status);
}

void MobileDataForm::lookup()
{
    const ValidationResult r = m_phone->validation();
    if (!r.ok || !m_context.catalogue)
        return;
    m_lookup->setKey(r.normalized);
    clearPlans(tr("Looking up the plans for %1…").arg(r.normalized));
    m_lookup->await(m_context.catalogue->lookupOptions(m_product.code, r.normalized));
    updateValidity();
}

void MobileDataForm::optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error)
{
    if (!m_lookup->take(id))
        return;   // an answer for a number no longer in the field
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
    listPlans();
    updateValidity();
}

// Fills the list from m_options and selects the plan being restored, if offered.
void MobileDataForm::listPlans()
{
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
}

const SubproductOption *MobileDataForm::selectedPlan() const
{
    const int row = m_plans->currentRow();
    if (row < 0 || row >= m_options.size() || m_plans->isHidden())
        return nullptr;
    return &m_options.at(row);
}

QString MobileDataForm::missingInput() const
{
    if (const QString e = m_phone->missingInput(); !e.isEmpty())
        return e;
    if (m_lookup->isPending() || m_phone->normalized() != m_lookup->key())
        return tr("Waiting for the plans for this number.");
    if (!selectedPlan())
        return tr("Choose a plan.");
    return {};
}

SaleRequest MobileDataForm::request() const
{
    SaleRequest r = newRequest();
    r.account = m_phone->normalized();
    if (const SubproductOption *p = selectedPlan()) {
        r.subproduct = p->code;
        r.amount = Money::formatSen(*p->priceSen);
    }
    return r;
}

void MobileDataForm::restore(const SaleRequest &request)
{
    m_restorePlan = request.subproduct;
    m_phone->setText(request.account);
    m_phone->review(true);
    m_lookup->cancel();
    lookup();
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
