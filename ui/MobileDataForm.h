#pragma once

#include "SaleFormWidget.h"
#include "catalogue/SubproductOption.h"

class FormField;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

// Mobile data: the phone number first, then a plan from the plans IIMMPACT offers that number
// (they are personalised, so the list is fetched per number). The plan's code goes into
// extras.subproduct_code byte for byte and its face value is the amount.
class MobileDataForm : public SaleFormWidget
{
    Q_OBJECT
public:
    MobileDataForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~MobileDataForm() override;

    bool isValid() const override;
    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    bool showFieldError(const QString &field, const QString &message) override;
    Lines reviewLines() const override;

    QLineEdit *numberEdit() const { return m_number; }
    QListWidget *planList() const { return m_plans; }
    bool isLookingUp() const { return m_pendingLookup != 0; }

private:
    void numberChanged(bool finished);
    void lookup();
    void optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error);
    const SubproductOption *selectedPlan() const;

    QLineEdit *m_number = nullptr;
    FormField *m_numberField = nullptr;
    QListWidget *m_plans = nullptr;
    FormField *m_planField = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_lookedUpFor;
    quint64 m_pendingLookup = 0;
    QList<SubproductOption> m_options;
    QString m_restorePlan;
};
