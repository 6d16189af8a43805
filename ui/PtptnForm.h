#pragma once

#include "SaleFormWidget.h"
#include "catalogue/SubproductOption.h"

class DebouncedLookup;
class DenominationPicker;
class FormField;
class MaskedIdEdit;
class QLabel;
class QListWidget;
class QPushButton;

// PTPTN / SSPN: the recipient's IC is looked up first; the accounts linked to it (loan or
// savings, each with its own account number and sub-product code) come from IIMMPACT and
// only those can be paid. The IC sent is the one that was looked up.
class PtptnForm : public SaleFormWidget
{
    Q_OBJECT
public:
    PtptnForm(const Product &product, const FormContext &context, QWidget *parent = nullptr);
    ~PtptnForm() override;

    QString missingInput() const override;
    SaleRequest request() const override;
    void restore(const SaleRequest &request) override;
    Lines reviewLines() const override;
    QString reviewAccount() const override;
    QString reviewAccountCaption() const override;

    MaskedIdEdit *icEdit() const { return m_ic; }
    QPushButton *lookupButton() const { return m_lookup; }
    QListWidget *accountList() const { return m_accounts; }
    DenominationPicker *amountPicker() const { return m_amount; }
    bool isLookingUp() const;

private:
    QWidget *buildIcBox();
    QWidget *buildAccountBox();
    void icChanged();
    void clearAccounts(const QString &status);
    void lookup();
    void optionsReady(quint64 id, const QList<SubproductOption> &options, const QString &error);
    const SubproductOption *selected() const;
    void selectionChanged();

    MaskedIdEdit *m_ic = nullptr;
    FormField *m_icField = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_accounts = nullptr;
    FormField *m_accountField = nullptr;
    DenominationPicker *m_amount = nullptr;
    // Keyed by the IC looked up (the IC sent); made on request, not while typing.
    DebouncedLookup *m_accountLookup = nullptr;
    QList<SubproductOption> m_options;
    QString m_restoreAccount;
    QString m_restoreSub;
};
