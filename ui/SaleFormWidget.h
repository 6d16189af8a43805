#pragma once

#include "FormContext.h"
#include "catalogue/Product.h"
#include "payment/SaleRequest.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>

class DenominationPicker;
class FormField;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

// Base of the product-specific forms. A form turns the cashier's input into a SaleRequest
// with normalised values and says when it is complete; it never sends anything. Pay stays
// disabled until isValid(), so nothing invalid leaves the form.
class SaleFormWidget : public QWidget
{
    Q_OBJECT
public:
    using Lines = QList<QPair<QString, QString>>;

    // The form for this product's family (JomPAY, PTPTN, mobile reload, mobile data, or the
    // generic one for bills, gift cards, eSIM and unknown groups).
    static SaleFormWidget *create(const Product &product, const FormContext &context,
                                  QWidget *parent = nullptr);

    const Product &product() const { return m_product; }
    // Complete: nothing is missing.
    virtual bool isValid() const;
    // Why Pay is disabled (first missing or wrong input), translated; empty when valid.
    virtual QString missingInput() const = 0;
    // Normalised values; product filled in. Only meaningful when isValid().
    virtual SaleRequest request() const = 0;
    // Puts a request's values back (a rejected sale, or "sell again").
    virtual void restore(const SaleRequest &request) = 0;
    // Shows an error for a SubmitError field name ("account", "amount", "ic", ...) where the
    // form routed that name (routeFieldError). Returns false when the form has no such field
    // (the page shows it above the form instead).
    virtual bool showFieldError(const QString &field, const QString &message);
    // Lines for the review page, IC masked; the account is shown separately in large digits.
    // None by default.
    virtual Lines reviewLines() const;
    // The account as the customer reads it back (grouped digits), and its caption.
    virtual QString reviewAccount() const;
    virtual QString reviewAccountCaption() const;

signals:
    void validityChanged(bool valid);
    // Any input changed (the page refreshes what is still missing).
    void inputChanged();
    // Enter pressed in a field of a complete form.
    void submitRequested();

protected:
    enum class AmountChoice {
        FromProduct,   // the product's denominations, or its min/max when it has an open amount
        Open,          // always typed, within the product's min/max
    };

    SaleFormWidget(const Product &product, const FormContext &context, QWidget *parent);
    // Call after any input change: re-evaluates isValid() and emits validityChanged.
    void updateValidity();
    // Derived destructors call this first: a focused line edit being destroyed emits
    // editingFinished from ~QWidget, when the derived form no longer exists; cutting the
    // inputs' connections to the form before that keeps those late signals harmless.
    void detachInputs();
    // Enter in this line edit submits when the form is complete.
    void submitOnEnter(QLineEdit *edit);
    // A rejected sale's error for any of these field names goes to show (see showFieldError).
    void routeFieldError(const QStringList &fields, std::function<void(const QString &)> show);
    void routeFieldError(const QStringList &fields, FormField *field);
    // The "Amount" field, added to layout: its changes re-evaluate the form, Enter in it
    // submits, and a rejected sale's "amount" error shows under it.
    DenominationPicker *addAmountField(QBoxLayout *layout, AmountChoice choice);
    // A request for this form's product: the engine applies the rules of the form it came from.
    SaleRequest newRequest() const;
    // A vertical layout on widget without margins, so a form's parts line up with the page.
    static QVBoxLayout *columnLayout(QWidget *widget, int spacing = -1);
    // A line edit for a field: its object name (tests and the style sheet use it), length limit
    // and example text.
    static QLineEdit *newLineEdit(const QString &objectName, int maxLength, const QString &placeholder = {});
    // A word-wrapped note in the hint style (what a look-up is doing or found).
    static QLabel *newStatusLabel(QWidget *parent, const QString &text = {});
    static QString groupDigits(const QString &account);

    Product m_product;
    FormContext m_context;

private:
    bool m_lastValid = false;
    QList<QPair<QStringList, std::function<void(const QString &)>>> m_errorRoutes;
};
