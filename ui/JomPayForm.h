#pragma once

#include "SaleFormWidget.h"
#include "catalogue/BillPresentment.h"

class BillPresentmentView;
class DebouncedLookup;
class DenominationPicker;
class FormField;
class MaskedIdEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QVBoxLayout;

// JomPAY: biller (instant search over the whole biller list while typing), Ref-1, Ref-2 when
// the biller needs it (bill presentment says so), amount (the outstanding amount when the
// biller reports one) and the payer's verified IC or passport with the AMLA confirmation.
class JomPayForm : public SaleFormWidget
{
    Q_OBJECT
public:
    static constexpr int MaxResults = 30;

    JomPayForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~JomPayForm() override;

    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    Lines reviewLines() const override;
    QString reviewAccountCaption() const override;

    QLineEdit *billerSearch() const { return m_billerSearch; }
    QListWidget *billerResults() const { return m_results; }
    QLineEdit *ref1Edit() const { return m_ref1; }
    QLineEdit *ref2Edit() const { return m_ref2; }
    FormField *billerField() const { return m_billerField; }
    FormField *ref2Field() const { return m_ref2Field; }
    DenominationPicker *amountPicker() const { return m_amount; }
    MaskedIdEdit *idEdit() const { return m_id; }
    QRadioButton *passportRadio() const { return m_passport; }
    QCheckBox *amlaCheck() const { return m_amla; }
    QString billerCode() const { return m_billerCode; }
    bool isPresenting() const;

private:
    // Constructor steps, in the order the constructor calls them.
    void buildBillerSection(QVBoxLayout *column);
    void buildPayerSection(QVBoxLayout *column);
    void buildBillSection(QVBoxLayout *column);
    void connectBillerSearch();
    void connectBillInputs();
    void connectPayerInputs();
    void connectCatalogue();
    void routeFieldErrors();
    void setKeyboardOrder();

    void search(const QString &text);
    void chooseBiller(const QString &code, const QString &name);
    void billersLoaded();
    QString ref1Error() const;
    QString ref2Error() const;
    QString idError() const;
    void inputChanged();
    void present();
    void presentmentReady(quint64 id, const BillPresentment &p);
    QString presentKey() const;

    QLineEdit *m_billerSearch = nullptr;
    FormField *m_billerField = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_billerChosen = nullptr;
    QLineEdit *m_ref1 = nullptr;
    FormField *m_ref1Field = nullptr;
    QLineEdit *m_ref2 = nullptr;
    FormField *m_ref2Field = nullptr;
    BillPresentmentView *m_view = nullptr;
    DenominationPicker *m_amount = nullptr;
    QRadioButton *m_mykad = nullptr;
    QRadioButton *m_passport = nullptr;
    MaskedIdEdit *m_id = nullptr;
    FormField *m_idField = nullptr;
    QCheckBox *m_amla = nullptr;
    // Bill presentment, keyed by presentKey() of the input presented.
    DebouncedLookup *m_presentation = nullptr;

    QString m_billerCode;
    QString m_billerName;
    bool m_ref2Required = false;
    BillPresentment m_lastPresentment;
};
