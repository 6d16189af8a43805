#pragma once

#include "journal/SaleHistoryQuery.h"
#include "journal/SaleRecord.h"

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class Clock;
class Journal;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUrl;
class SaleDetailsView;
class SaleHistoryModel;
class SupervisorPin;

// The cashier's history of sales: filters (reference, account, product, dates, status) over a
// table read from the journal page by page (SaleHistoryModel; pending sales and those needing
// a decision first), and the chosen sale's details (SaleDetailsView) with Check status,
// Reprint, Open voucher and Unlock PINs. Export CSV writes every sale of the current filter
// with SaleCsv (never a PIN or voucher link).
//
// PINs are hidden until a supervisor unlocks them (SupervisorPinDialog, the same rule as the
// other supervisor actions: asked when a supervisor PIN is set); the unlock holds for the sale
// shown and ends when another sale is chosen or the page is left.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    using ProductName = std::function<QString(const QString &code)>;
    // Asks for a supervisor's approval of `action`; true to go ahead.
    using Authorize = std::function<bool(const QString &action)>;
    // Asks where to save the CSV (suggested path in; empty = cancelled).
    using PathChooser = std::function<QString(const QString &suggested)>;

    explicit HistoryPage(const Journal *journal, QWidget *parent = nullptr);

    void setProductName(ProductName name);
    // The product filter's choices: (code, name), in the catalogue's order.
    void setProducts(const QList<QPair<QString, QString>> &products);
    void setSupervisorPin(SupervisorPin *pin) { m_pin = pin; }
    // "Today" for the date filter and the export's file name (null: the system clock).
    void setClock(const Clock *clock);
    void setAuthorize(Authorize authorize) { m_authorize = std::move(authorize); }
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

    // Runs the filters as they are (the page does so when it is shown).
    void refresh();
    // Clears the filters, lists `refid` alone and shows its details (the settle notice).
    void openSale(const QString &refid);
    // A newer copy of a sale (the engine's saleUpdated): the table row and, when it is the
    // one shown, the details follow.
    void updateSale(const SaleRecord &sale);
    // Writes the current filter's sales as CSV to `path`. False with *error when the journal
    // cannot be read or the file cannot be written (nothing half-written is left).
    bool exportTo(const QString &path, int *count = nullptr, QString *error = nullptr) const;

    // The filter the fields describe now.
    SaleHistoryQuery::Filter filter() const;

    // For tests and the screenshot run.
    QLineEdit *refidEdit() const { return m_refid; }
    QLineEdit *accountEdit() const { return m_account; }
    QComboBox *productCombo() const { return m_product; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *datesCheck() const { return m_dates; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTableView *table() const { return m_table; }
    SaleHistoryModel *model() const { return m_model; }
    SaleDetailsView *details() const { return m_details; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *searchButton() const { return m_search; }
    QPushButton *exportButton() const { return m_export; }
    QString message() const;

signals:
    void backRequested();
    void checkStatusRequested(const QString &refid);
    void reprintRequested(const SaleRecord &sale, bool pinsUnlocked);
    void voucherRequested(const QUrl &url);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // The status filter's choices.
    enum class StatusChoice { All, Pending, NeedsDecision, Successful, Failed, Refund, Rejected, Voided };

    void buildFilters();
    void buildTable();
    void buildFooter();
    void showRow(int row);
    void updateMore();
    void unlockPins();
    void exportCsv();
    QDate today() const;

    SaleHistoryModel *m_model = nullptr;
    ProductName m_productName;
    SupervisorPin *m_pin = nullptr;
    const Clock *m_clock = nullptr;
    Authorize m_authorize;
    PathChooser m_chooser;
    QLineEdit *m_refid = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_message = nullptr;
    SaleDetailsView *m_details = nullptr;
};
