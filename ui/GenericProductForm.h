#pragma once

#include "SaleFormWidget.h"
#include "catalogue/BillPresentment.h"

class BillPresentmentView;
class DebouncedLookup;
class DenominationPicker;
class FormField;
class QLineEdit;

// Bills, gift cards and vouchers, eSIM and any product group Kaunter does not know yet: the
// account the catalogue asks for (its label and keyboard) and an amount from the catalogue's
// denominations or min/max. Bills are checked with bill presentment, which may fill in the
// outstanding amount and blocks an account the biller does not know.
class GenericProductForm : public SaleFormWidget
{
    Q_OBJECT
public:
    GenericProductForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~GenericProductForm() override;

    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    Lines reviewLines() const override;

    QLineEdit *accountEdit() const { return m_account; }
    DenominationPicker *amountPicker() const { return m_amount; }
    bool usesPresentment() const { return m_presentment; }

private:
    QLineEdit *newAccountEdit() const;
    QString accountError() const;
    QString normalizedAccount() const;
    void accountChanged(bool finished);
    void present();
    void presentmentReady(quint64 id, const BillPresentment &p);

    QLineEdit *m_account = nullptr;
    FormField *m_accountField = nullptr;
    DenominationPicker *m_amount = nullptr;
    BillPresentmentView *m_view = nullptr;
    // Bill presentment, keyed by the account presented.
    DebouncedLookup *m_lookup = nullptr;
    bool m_presentment = false;
    BillPresentment m_lastPresentment;
};
