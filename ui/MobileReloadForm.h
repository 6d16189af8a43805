#pragma once

#include "SaleFormWidget.h"

class DenominationPicker;
class FormField;
class PhoneField;
class QLineEdit;

// Prepaid reload: a Malaysian mobile number and one of the product's denominations, common
// ones first.
class MobileReloadForm : public SaleFormWidget
{
    Q_OBJECT
public:
    MobileReloadForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~MobileReloadForm() override;

    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;

    QLineEdit *numberEdit() const;
    DenominationPicker *amountPicker() const { return m_amount; }
    FormField *numberField() const;

private:
    PhoneField *m_phone = nullptr;
    DenominationPicker *m_amount = nullptr;
};
