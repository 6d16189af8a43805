#pragma once

#include "SaleFormWidget.h"
#include "catalogue/BillPresentment.h"

class BillPresentmentView;
class DenominationPicker;
class FormField;
class QLineEdit;
class QTimer;

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

    bool isValid() const override;
    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    bool showFieldError(const QString &field, const QString &message) override;
    Lines reviewLines() const override;

    QLineEdit *accountEdit() const { return m_account; }
    DenominationPicker *amountPicker() const { return m_amount; }
    bool usesPresentment() const { return m_presentment; }

private:
    QString accountError() const;
    QString normalizedAccount() const;
    void accountChanged(bool finished);
    void present();
    void presentmentReady(quint64 id, const BillPresentment &p);

    QLineEdit *m_account = nullptr;
    FormField *m_accountField = nullptr;
    DenominationPicker *m_amount = nullptr;
    BillPresentmentView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_presentment = false;
    quint64 m_pendingPresentment = 0;
    QString m_presentedFor;
    BillPresentment m_lastPresentment;
};
