#pragma once

#include "SaleFormWidget.h"

class DenominationPicker;
class FormField;
class QLineEdit;

// Prepaid reload: a Malaysian mobile number and one of the product's denominations, common
// ones first.
class MobileReloadForm : public SaleFormWidget
{
    Q_OBJECT
public:
    MobileReloadForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~MobileReloadForm() override;

    bool isValid() const override;
    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    bool showFieldError(const QString &field, const QString &message) override;
    Lines reviewLines() const override;

    QLineEdit *numberEdit() const { return m_number; }
    DenominationPicker *amountPicker() const { return m_amount; }
    FormField *numberField() const { return m_numberField; }

private:
    void numberChanged(bool finished);

    QLineEdit *m_number = nullptr;
    FormField *m_numberField = nullptr;
    DenominationPicker *m_amount = nullptr;
};
