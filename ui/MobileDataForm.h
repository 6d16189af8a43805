#pragma once

#include "SaleFormWidget.h"
#include "catalogue/SubproductOption.h"

class DebouncedLookup;
class FormField;
class PhoneField;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Mobile data: the phone number first, then a plan from the plans IIMMPACT offers that number
// (they are personalised, so the list is fetched per number). The plan's code goes into
// extras.subproduct_code byte for byte and its face value is the amount.
class MobileDataForm : public SaleFormWidget
{
    Q_OBJECT
public:
    MobileDataForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~MobileDataForm() override;

    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    Lines reviewLines() const override;

    QLineEdit *numberEdit() const;
    QListWidget *planList() const { return m_plans; }
    bool isLookingUp() const;

private:
    QWidget *buildPlanBox();
    void numberChanged();
    void clearPlans(const QString &status);
    void lookup();
    void optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error);
    void listPlans();
    const SubproductOption *selectedPlan() const;

    PhoneField *m_phone = nullptr;
    QListWidget *m_plans = nullptr;
    FormField *m_planField = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    DebouncedLookup *m_lookup = nullptr;
    QList<SubproductOption> m_options;
    QString m_restorePlan;
};
