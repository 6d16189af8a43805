#pragma once

#include "UiServices.h"
#include "sale/SaleFlow.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <memory>

class FailurePage;
class HeaderBar;
class HistoryPage;
class ReceiptPrinter;
class SettledSaleNotice;
class ShiftController;
class QMessageBox;
class PendingPage;
class ProcessingPage;
class ProductBrowser;
class QStackedWidget;
class QTimer;
class ReviewPage;
class SaleFormPage;
class SuccessPage;
class VoucherViewer;
struct BalanceInfo;
struct Product;
struct PrintResult;
struct SaleRecord;
struct SubmitError;

// The cashier window: header, the settled-sale notice, and a stack of screens (products, form,
// review, processing, success, failure, pending, history). It switches pages and forwards: the sale's journey (review,
// duplicate check, submit, the watched refid, outcome, sell again) is SaleFlow's, in core;
// the screens themselves know nothing of the engine.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Screen { Products, Form, Review, Processing, Success, Failure, Pending, History };

    explicit MainWindow(const UiServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads products and balance (call once the window is up).
    void start();

    Screen screen() const { return m_screen; }
    HeaderBar *header() const { return m_header; }
    ProductBrowser *browser() const { return m_browser; }
    // Only the header and the product browser exist before the first frame (start-up time:
    // each screen costs its construction and a style-sheet polish of every widget in it). The
    // other screens are built the first time they are shown or asked for here.
    SaleFormPage *formPage();
    ReviewPage *reviewPage();
    ProcessingPage *processingPage();
    SuccessPage *successPage();
    FailurePage *failurePage();
    PendingPage *pendingPage();
    HistoryPage *historyPage();
    SettledSaleNotice *settledNotice() const { return m_notice; }
    ReceiptPrinter *receiptPrinter() const { return m_printer; }
    ShiftController *shiftController() const { return m_shift; }
    VoucherViewer *voucherViewer() const { return m_voucher; }
    QString currentRefid() const { return m_flow ? m_flow->watchedRefid() : QString(); }
    SaleFlow *saleFlow() const { return m_flow; }

    // Starts a sale of `code` (as a tap on the product would).
    // By value: callers may pass a string that starting the sale rebuilds (quick keys).
    bool beginSale(QString code);
    void showScreen(Screen screen);
    // The history (F9 or the header's History): not in the middle of a payment (review,
    // processing). False when it was not opened.
    bool openHistory();

signals:
    void screenChanged(MainWindow::Screen screen);

private:
    // The constructor's steps, in its order.
    void buildLayout();   // header over the screen stack, with the product browser
    void connectHeader();
    void connectBrowser();
    void connectCatalogue();
    void connectEngine();   // creates the SaleFlow when there is an engine
    void createBalanceTimer();
    void showStartState();   // favourites, recents, size, why selling is blocked

    void onCatalogueUpdated();
    void onBalance(const BalanceInfo &balance);
    void onPay();
    void onConfirm();
    void onWatchedUpdated(const SaleRecord &sale);
    void onBackgroundSaleSettled(const SaleRecord &sale);
    void showOutcome(const SaleRecord &sale);
    void backToProducts();
    void sellAgain(const SaleRecord &sale);
    void refreshQuickKeys();
    void showPendingMenu();
    void openDecisionDialog();
    void checkStatusFromHistory(const QString &refid);
    void onPrinted(const PrintResult &result);
    void openVoucher(const QUrl &url);
    void offerSystemBrowser(const QString &why);
    void showJournalProblem(const QString &message);
    QString productName(const QString &code) const;
    QList<QPair<QString, QString>> productChoices() const;   // (code, name): the history's filter
    QWidget *page(Screen screen);

    UiServices m_services;
    HeaderBar *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    Screen m_screen = Screen::Products;   // the stack's order is creation order, not Screen's
    ProductBrowser *m_browser = nullptr;
    SaleFormPage *m_form = nullptr;          // this one and the pages below: null until first use
    ReviewPage *m_review = nullptr;
    ProcessingPage *m_processing = nullptr;
    SuccessPage *m_success = nullptr;
    FailurePage *m_failure = nullptr;
    PendingPage *m_pending = nullptr;
    HistoryPage *m_history = nullptr;
    SettledSaleNotice *m_notice = nullptr;
    QSet<QString> m_historyChecks;   // refids the history asked about: their answer shows there
    QTimer *m_balanceTimer = nullptr;
    QPointer<QMessageBox> m_journalBox;   // the journal-error box while it is open
    VoucherViewer *m_voucher = nullptr;   // ui/voucher: the voucher window's helper process
    ReceiptPrinter *m_printer = nullptr;  // receipts: Print on the success page, Reprint in history
    ShiftController *m_shift = nullptr;   // the header's shift button and its menu (F10)
    QUrl m_voucherUrl;                    // the link last opened, for the system-browser fallback
    SaleFlow *m_flow = nullptr;           // null without an engine (screens-only tests)
};
