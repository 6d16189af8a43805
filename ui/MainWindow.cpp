#include "MainWindow.h"

#include "FailurePage.h"
#include "HeaderBar.h"
#include "print/PrintResult.h"
#include "SettledSaleNotice.h"
#include "history/HistoryPage.h"
#include "history/SaleDetailsView.h"
#include "history/SaleHistoryModel.h"
#include "printing/ReceiptPrinter.h"
#include "shift/ShiftController.h"
#include "PendingPage.h"
#include "PendingSalesDialog.h"
#include "ShareText.h"
#include "ProcessingPage.h"
#include "ProductBrowser.h"
#include "ReviewPage.h"
#include "SaleFormPage.h"
#include "SaleFormWidget.h"
#include "SuccessPage.h"
#include "Theme.h"
#include "VoucherViewer.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/FavouritesStore.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "validation/Money.h"

#include <QApplication>
#include <algorithm>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxStatusChecksPerView = 40;   // network status asked for the first N shown products
}

MainWindow::MainWindow(const UiServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_voucher(new VoucherViewer(this))
    , m_printer(new ReceiptPrinter(services, this, this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Kaunter"));
    setWindowIcon(Theme::icon(u"kaunter"_s));
    buildLayout();
    // Signals are connected in this order on purpose: slots of one signal run in connection
    // order.
    connectHeader();
    m_shift = new ShiftController(m_services, m_header, this);
    connectBrowser();
    // --- voucher window (opened from the success page)
    connect(m_voucher, &VoucherViewer::failed, this, &MainWindow::offerSystemBrowser);
    // --- receipts (success page's Print, history's Reprint)
    connect(m_printer, &ReceiptPrinter::finished, this, &MainWindow::onPrinted);
    connect(m_shift, &ShiftController::printZReportRequested, m_printer, &ReceiptPrinter::printZReport);
    connectCatalogue();
    connectEngine();
    if (m_services.journal)
        m_header->setPendingCount(m_services.journal->nonFinalCount());
    createBalanceTimer();
    showStartState();
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new HeaderBar(central);
    layout->addWidget(m_header);
    m_notice = new SettledSaleNotice(central);
    layout->addWidget(m_notice);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The first screen only; the others are built on first use (see formPage() and below).
    m_browser = new ProductBrowser(m_stack);
    m_stack->addWidget(m_browser);

    m_header->setEnvironment(m_services.environment, m_services.environmentHost);
    m_header->setTerminalId(m_services.terminalId);
    m_header->setLowBalanceThreshold(m_services.lowBalanceSen);
}

void MainWindow::connectHeader()
{
    connect(m_header, &HeaderBar::balanceRefreshRequested, this, [this] {
        if (m_services.catalogue)
            m_services.catalogue->refreshBalance();
    });
    connect(m_header, &HeaderBar::pendingClicked, this, &MainWindow::showPendingMenu);
    connect(m_header, &HeaderBar::historyClicked, this, &MainWindow::openHistory);
    // F1..F8 are the product browser's quick keys; F9 is the history from any screen (F10:
    // the shift menu, ShiftController).
    auto *historyKey = new QShortcut(QKeySequence(Qt::Key_F9), this);
    historyKey->setContext(Qt::WindowShortcut);
    connect(historyKey, &QShortcut::activated, this, &MainWindow::openHistory);
    connect(m_notice, &SettledSaleNotice::openRequested, this, [this](const QString &refid) {
        if (!openHistory()) {   // in the middle of a payment: the notice stays
            statusBar()->showMessage(tr("Finish the sale on screen first."), 5000);
            return;
        }
        m_notice->acknowledge(refid);
        m_history->openSale(refid);
    });
}

void MainWindow::connectBrowser()
{
    connect(m_browser, &ProductBrowser::productChosen, this, &MainWindow::beginSale);
    connect(m_browser, &ProductBrowser::retryRequested, this, [this] {
        m_browser->setLoading();
        if (m_services.catalogue)
            m_services.catalogue->refreshProducts();
    });
    connect(m_browser, &ProductBrowser::favouriteToggled, this, [this](const QString &code, bool fav) {
        if (!m_services.favourites)
            return;
        m_services.favourites->setFavourite(code, fav);
        m_services.favourites->save();
        m_browser->setFavourites(m_services.favourites->favourites());
        refreshQuickKeys();
    });
    connect(m_browser, &ProductBrowser::productsShown, this, [this](const QStringList &codes) {
        if (!m_services.catalogue)
            return;
        for (int i = 0; i < codes.size() && i < MaxStatusChecksPerView; ++i)
            m_services.catalogue->checkNetworkStatus(codes.at(i));
    });
}

void MainWindow::connectCatalogue()
{
    if (!m_services.catalogue)
        return;
    CatalogueService *c = m_services.catalogue;
    connect(c, &CatalogueService::catalogueUpdated, this, &MainWindow::onCatalogueUpdated);
    connect(c, &CatalogueService::catalogueFailed, this, [this](const QString &message) {
        if (m_browser->productCount() == 0)
            m_browser->setError(message);
        m_header->setNetworkState(HeaderBar::NetworkState::Offline, message);
    });
    connect(c, &CatalogueService::balanceUpdated, this, &MainWindow::onBalance);
    connect(c, &CatalogueService::networkStatusChanged, this,
            [this](const QString &code, bool interrupted, const QString &reason) {
                m_browser->setInterruption(code, interrupted, reason);
                if (m_screen == Screen::Form && m_form->product().code == code)
                    m_form->setInterruption(interrupted, reason);
            });
}

void MainWindow::connectEngine()
{
    if (!m_services.engine)
        return;   // screens-only tests: no sale flow
    PaymentEngine *e = m_services.engine;
    m_flow = new SaleFlow(*e, m_services.journal, m_services.clock, m_services.duplicateWindowMinutes, this);
    connect(m_flow, &SaleFlow::watchedUpdated, this, &MainWindow::onWatchedUpdated);
    connect(m_flow, &SaleFlow::watchedSettled, this, [this](const SaleRecord &sale) {
        if (m_services.catalogue)
            m_services.catalogue->refreshBalance();
        showOutcome(sale);
    });
    connect(m_flow, &SaleFlow::backgroundSaleSettled, this, &MainWindow::onBackgroundSaleSettled);
    connect(m_flow, &SaleFlow::watchedNextQueryIn, this, [this](int msecs) {
        if (m_processing)   // none yet: start() fills it before it shows
            m_processing->setNextQueryIn(msecs);
    });
    connect(m_flow, &SaleFlow::watchedRequestStarted, this, [this](int attempt) {
        if (m_processing)   // none yet: start() fills it before it shows
            m_processing->setRequestStarted(attempt);
    });
    connect(e, &PaymentEngine::saleUpdated, this, [this](const SaleRecord &sale) {
        if (m_history)
            m_history->updateSale(sale);
    });
    connect(e, &PaymentEngine::pendingCountChanged, m_header, &HeaderBar::setPendingCount);
    connect(e, &PaymentEngine::authenticationProblem, this, [this](const QString &message) {
        m_header->setNetworkState(HeaderBar::NetworkState::AuthProblem, message);
        statusBar()->showMessage(tr("IIMMPACT refused our credentials: %1").arg(message));
    });
    // Queued and without a nested event loop: a modal exec() inside the engine's signal
    // would let the engine's timers run while it is in the middle of emitting.
    connect(e, &PaymentEngine::journalProblem, this, &MainWindow::showJournalProblem,
            Qt::QueuedConnection);
}

void MainWindow::createBalanceTimer()
{
    // Not started here: start() does, once the window is up.
    m_balanceTimer = new QTimer(this);
    m_balanceTimer->setInterval(std::max(5000, m_services.balanceRefreshMs));
    connect(m_balanceTimer, &QTimer::timeout, this, [this] {
        if (m_services.catalogue)
            m_services.catalogue->refreshBalance();
    });
}

void MainWindow::showStartState()
{
    if (m_services.favourites) {
        m_browser->setFavourites(m_services.favourites->favourites());
        m_browser->setRecents(m_services.favourites->recents());
    }
    resize(1180, 760);
    statusBar()->setSizeGripEnabled(false);
    if (!m_services.sellingBlockedReason.isEmpty())
        statusBar()->showMessage(m_services.sellingBlockedReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_browser->setLoading();
    if (!m_services.catalogue)
        return;
    m_services.catalogue->refreshProducts();
    m_services.catalogue->refreshBalance();
    m_balanceTimer->start();
}

SaleFormPage *MainWindow::formPage()
{
    if (!m_form) {
        m_form = new SaleFormPage(m_stack);
        m_stack->addWidget(m_form);
        if (!m_services.sellingBlockedReason.isEmpty())
            m_form->setSellingBlocked(m_services.sellingBlockedReason);
        connect(m_form, &SaleFormPage::backRequested, this, &MainWindow::backToProducts);
        connect(m_form, &SaleFormPage::payRequested, this, &MainWindow::onPay);
    }
    return m_form;
}

ReviewPage *MainWindow::reviewPage()
{
    if (!m_review) {
        m_review = new ReviewPage(m_stack);
        m_stack->addWidget(m_review);
        connect(m_review, &ReviewPage::backRequested, this, [this] { showScreen(Screen::Form); });
        connect(m_review, &ReviewPage::confirmed, this, &MainWindow::onConfirm);
    }
    return m_review;
}

ProcessingPage *MainWindow::processingPage()
{
    if (!m_processing) {
        m_processing = new ProcessingPage(m_stack);
        m_stack->addWidget(m_processing);
        connect(m_processing, &ProcessingPage::backgroundRequested, this, [this] {
            const QString refid = m_flow ? m_flow->releaseToBackground() : QString();
            statusBar()->showMessage(tr("Sale %1 continues in the background.").arg(refid), 8000);
            backToProducts();
        });
    }
    return m_processing;
}

SuccessPage *MainWindow::successPage()
{
    if (!m_success) {
        m_success = new SuccessPage(m_stack);
        m_success->setReceiptContexts(&m_printer->contextBuilder());
        m_stack->addWidget(m_success);
        connect(m_success, &SuccessPage::newSaleRequested, this, &MainWindow::backToProducts);
        connect(m_success, &SuccessPage::voucherRequested, this, &MainWindow::openVoucher);
        // The receipt of the sale just made: the cashier sees its PIN on screen already.
        connect(m_success, &SuccessPage::printRequested, this, [this](const SaleRecord &sale) {
            m_printer->printAfterSale(sale, productName(sale.product));
        });
        connect(m_success, &SuccessPage::shareFailed, this, [this](const QUrl &url) {
            statusBar()->showMessage(tr("No program on this computer opens %1 links.").arg(url.scheme()), 8000);
        });
    }
    return m_success;
}

FailurePage *MainWindow::failurePage()
{
    if (!m_failure) {
        m_failure = new FailurePage(m_stack);
        m_stack->addWidget(m_failure);
        connect(m_failure, &FailurePage::doneRequested, this, &MainWindow::backToProducts);
        connect(m_failure, &FailurePage::sellAgainRequested, this, [this] { sellAgain(m_failure->sale()); });
    }
    return m_failure;
}

PendingPage *MainWindow::pendingPage()
{
    if (!m_pending) {
        m_pending = new PendingPage(m_stack);
        m_stack->addWidget(m_pending);
        connect(m_pending, &PendingPage::doneRequested, this, [this] {
            if (m_flow)
                m_flow->releaseToBackground();
            backToProducts();
        });
        connect(m_pending, &PendingPage::checkRequested, this, [this](const QString &refid) {
            if (m_flow && m_flow->checkStatus(refid))
                statusBar()->showMessage(tr("Checking sale %1…").arg(refid), 5000);
        });
    }
    return m_pending;
}

HistoryPage *MainWindow::historyPage()
{
    if (!m_history) {
        m_history = new HistoryPage(m_services.journal, m_stack);
        m_stack->addWidget(m_history);
        m_history->setProductName([this](const QString &code) { return productName(code); });
        m_history->setSupervisorPin(m_services.supervisorPin);
        m_history->setClock(m_services.clock);
        m_history->setProducts(productChoices());
        connect(m_history, &HistoryPage::backRequested, this, &MainWindow::backToProducts);
        connect(m_history, &HistoryPage::checkStatusRequested, this, &MainWindow::checkStatusFromHistory);
        connect(m_history, &HistoryPage::voucherRequested, this, &MainWindow::openVoucher);
        connect(m_history, &HistoryPage::reprintRequested, this, [this](const SaleRecord &sale, bool unlocked) {
            m_printer->reprint(sale, productName(sale.product), unlocked);
        });
    }
    return m_history;
}

bool MainWindow::openHistory()
{
    // Not while a payment is being confirmed or sent: those screens end by themselves.
    if (m_screen == Screen::Review || m_screen == Screen::Processing)
        return false;
    if (m_flow)
        m_flow->releaseToBackground();   // the sale on screen (if any) goes on in the background
    HistoryPage *history = historyPage();
    if (m_screen != Screen::History)
        history->refresh();
    showScreen(Screen::History);
    return true;
}

// Check status in the history: a pending sale is re-queried until final (as recovery does), a
// final one with a transaction is asked about once (Succesful may have become Refund). The
// answer arrives through the engine's saleUpdated and saleSettled, and shows in the history.
void MainWindow::checkStatusFromHistory(const QString &refid)
{
    PaymentEngine *e = m_services.engine;
    const bool asked = e && (e->requery(refid) || e->queryOnce(refid));
    if (asked)
        m_historyChecks.insert(refid);
    historyPage()->details()->setMessage(asked ? tr("Asking IIMMPACT about sale %1…").arg(refid)
                                               : tr("IIMMPACT cannot be asked about this sale."));
}

void MainWindow::onPrinted(const PrintResult &result)
{
    // A failure has its own box with Retry (ReceiptPrinter); the sale is never touched.
    if (result.printed())
        statusBar()->showMessage(tr("Receipt printed."), 5000);
}

QWidget *MainWindow::page(Screen s)
{
    switch (s) {
    case Screen::Products:
        return m_browser;
    case Screen::Form:
        return formPage();
    case Screen::Review:
        return reviewPage();
    case Screen::Processing:
        return processingPage();
    case Screen::Success:
        return successPage();
    case Screen::Failure:
        return failurePage();
    case Screen::Pending:
        return pendingPage();
    case Screen::History:
        return historyPage();
    }
    return m_browser;
}

void MainWindow::showScreen(Screen s)
{
    QWidget *w = page(s);
    m_screen = s;
    m_stack->setCurrentWidget(w);
    w->setFocus();
    qCDebug(lcUi) << "screen" << int(s) << "sale" << currentRefid();
    emit screenChanged(s);
}

QString MainWindow::productName(const QString &code) const
{
    if (m_services.catalogue) {
        if (const Product *p = m_services.catalogue->catalogue().product(code))
            return p->name;
    }
    return code;
}

QList<QPair<QString, QString>> MainWindow::productChoices() const
{
    QList<QPair<QString, QString>> products;
    if (m_services.catalogue) {
        for (const Product &p : m_services.catalogue->catalogue().products())
            products.append({p.code, p.name});
    }
    return products;
}

void MainWindow::onCatalogueUpdated()
{
    const ProductCatalogue &cat = m_services.catalogue->catalogue();
    m_browser->setProducts(cat.products());
    refreshQuickKeys();
    if (m_history)
        m_history->setProducts(productChoices());
    m_header->setNetworkState(HeaderBar::NetworkState::Online);
    statusBar()->showMessage(tr("Products loaded: %1").arg(cat.count()), 5000);
}

void MainWindow::onBalance(const BalanceInfo &balance)
{
    m_header->setBalance(balance);
    if (balance.ok)
        m_header->setNetworkState(HeaderBar::NetworkState::Online);
    else if (m_header->networkState() != HeaderBar::NetworkState::AuthProblem)
        m_header->setNetworkState(HeaderBar::NetworkState::Offline, balance.error);
}

void MainWindow::refreshQuickKeys()
{
    if (!m_services.favourites || !m_services.catalogue)
        return;
    QList<QPair<QString, QString>> keys;
    const QStringList codes = m_services.favourites->quickKeys(ProductBrowser::QuickKeyCount * 2);
    for (const QString &c : codes) {
        if (keys.size() >= ProductBrowser::QuickKeyCount)
            break;
        if (const Product *p = m_services.catalogue->catalogue().product(c))
            keys.append({c, p->name});
    }
    m_browser->setQuickKeys(keys);
}

bool MainWindow::beginSale(QString code)
{
    if (!m_services.catalogue)
        return false;
    const Product *p = m_services.catalogue->catalogue().product(code);
    if (!p)
        return false;
    if (m_services.favourites) {
        m_services.favourites->recordUse(code);
        m_services.favourites->save();
        m_browser->setRecents(m_services.favourites->recents());
        refreshQuickKeys();
    }
    FormContext ctx;
    ctx.catalogue = m_services.catalogue;
    ctx.stagingTestAccounts = m_services.stagingTestAccounts;
    formPage()->setProduct(*p, ctx);
    formPage()->setInterruption(m_services.catalogue->isInterrupted(code),
                            m_services.catalogue->interruptionReason(code));
    m_services.catalogue->checkNetworkStatus(code);
    showScreen(Screen::Form);
    formPage()->form()->setFocus();
    return true;
}

void MainWindow::onPay()
{
    SaleFormWidget *form = formPage()->form();
    if (!form || !form->isValid() || !m_services.sellingBlockedReason.isEmpty())
        return;
    if (!m_flow)
        return;
    SaleRequest request = form->request();
    request.correctsRefid = formPage()->correcting();
    const SaleFlow::Review review = m_flow->review(request);
    ReviewPage::Details d;
    d.productName = form->product().name;
    d.accountCaption = form->reviewAccountCaption();
    d.account = form->reviewAccount();
    const auto sen = Money::parseSen(request.amount);
    d.amount = sen ? Money::formatRinggit(*sen) : request.amount;
    d.lines = form->reviewLines();
    d.correcting = request.correctsRefid;
    d.similarMinutes = review.similarMinutes;
    d.similar = review.similar;
    reviewPage()->setDetails(d);
    showScreen(Screen::Review);
}

void MainWindow::onConfirm()
{
    if (!m_flow)
        return;
    const SaleRequest &reviewed = m_flow->reviewed();
    const auto sen = Money::parseSen(reviewed.amount);
    SubmitError error;
    const auto refid = m_flow->confirm(&error);
    if (!refid) {
        // nothing was journaled or sent: back to the form, input kept
        formPage()->showRejected(error.message, error.field);
        showScreen(Screen::Form);
        return;
    }
    // An outcome the engine reached before confirm() returned has been shown already.
    if (m_flow->watchedRefid() == *refid && m_services.engine->isActive(*refid)) {
        processingPage()->start(*refid, productName(reviewed.product), reviewPage()->accountText(),
                                sen ? Money::formatRinggit(*sen) : reviewed.amount);
        showScreen(Screen::Processing);
    }
}

void MainWindow::showJournalProblem(const QString &message)
{
    const QString text =
        tr("%1\n\nKaunter stops sending sales until the journal works again.").arg(message);
    if (m_journalBox) {
        m_journalBox->setText(text);   // one box, the latest problem
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The sales journal cannot be written"),
                                text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_journalBox = box;
    box->open();   // window-modal, returns at once
}

void MainWindow::onWatchedUpdated(const SaleRecord &sale)
{
    // No processing page yet: nothing to update, start() fills it before it is shown.
    if (m_processing)
        m_processing->updateSale(sale);
    if (m_screen == Screen::Pending) {
        if (sale.isFinal())
            showOutcome(sale);
        else
            pendingPage()->setSale(sale, productName(sale.product));
    }
}

void MainWindow::onBackgroundSaleSettled(const SaleRecord &sale)
{
    if (m_services.catalogue)
        m_services.catalogue->refreshBalance();
    if (m_history)
        m_history->updateSale(sale);
    // A check asked from the history is answered there, not announced again.
    if (m_historyChecks.remove(sale.refid)) {
        if (m_history && m_history->details()->hasSale() && m_history->details()->sale().refid == sale.refid)
            m_history->details()->setMessage(tr("IIMMPACT's answer: %1").arg(SaleHistoryModel::statusWords(sale)));
        return;
    }
    // Final, or waiting for a supervisor: the notice stays until the cashier acknowledges it.
    if (sale.state == SaleState::NeedsDecision) {
        m_notice->announce(sale, productName(sale.product));
        statusBar()->showMessage(tr("Earlier sale %1 (%2) was never sent and IIMMPACT has no transaction "
                                    "for it: a supervisor decides under Pending.")
                                     .arg(sale.refid, productName(sale.product)));
    } else if (sale.isFinal()) {
        m_notice->announce(sale, productName(sale.product));
    }
}

void MainWindow::showOutcome(const SaleRecord &sale)
{
    const QString name = productName(sale.product);
    switch (SaleFlow::outcomeFor(sale.state)) {
    case SaleFlow::Outcome::Success:
        successPage()->setSale(sale, name, m_services.terminalId);
        showScreen(Screen::Success);
        break;
    case SaleFlow::Outcome::Failure:
        failurePage()->setSale(sale, name);
        showScreen(Screen::Failure);
        break;
    case SaleFlow::Outcome::Rejected: {
        const SaleFlow::Rejection r = SaleFlow::rejectionFor(sale);
        formPage()->setCorrecting(r.refid);
        formPage()->showRejected(r.message, r.field);
        showScreen(Screen::Form);
        break;
    }
    case SaleFlow::Outcome::Pending:
        pendingPage()->setSale(sale, name);
        showScreen(Screen::Pending);
        break;
    }
}

void MainWindow::backToProducts()
{
    // Whatever sale the screens showed, the cashier has moved on: its later news is background.
    if (m_flow)
        m_flow->releaseToBackground();
    showScreen(Screen::Products);
    m_browser->setFocus();
}

void MainWindow::sellAgain(const SaleRecord &sale)
{
    // A new sale (new refid): same inputs for the cashier to check.
    if (!beginSale(sale.product))
        return;
    formPage()->form()->restore(SaleFlow::sellAgainRequest(sale));
}

void MainWindow::showPendingMenu()
{
    if (!m_services.journal)
        return;
    const QList<SaleRecord> pending = m_services.journal->nonFinal();
    QMenu menu(this);
    menu.setObjectName(u"pendingMenu"_s);
    if (pending.isEmpty())
        menu.addAction(tr("No pending sales"))->setEnabled(false);
    // Sales recovery did not send (no transaction at IIMMPACT, too old to send blindly) come
    // first: they wait for a supervisor and are never re-queried.
    const auto waiting = std::count_if(pending.cbegin(), pending.cend(), [](const SaleRecord &s) {
        return s.state == SaleState::NeedsDecision;
    });
    if (waiting > 0) {
        QAction *decide = menu.addAction(tr("Not sent, needs a decision: %n sale(s)…", nullptr, int(waiting)),
                                         this, &MainWindow::openDecisionDialog);
        decide->setObjectName(u"needsDecisionAction"_s);
        menu.addSeparator();
    }
    for (int i = 0; i < pending.size() && i < 20; ++i) {
        const SaleRecord s = pending.at(i);
        // The account as every screen shows it: an IC is masked.
        const QString line = tr("%1 · %2 · %3 · RM %4")
                                 .arg(s.refid, productName(s.product), ShareText::displayAccount(s), s.amount);
        if (s.state == SaleState::NeedsDecision) {   // never re-queried: decided by a supervisor
            menu.addAction(tr("%1 (not sent, needs a decision)").arg(line), this, &MainWindow::openDecisionDialog);
            continue;
        }
        menu.addAction(line, this, [this, s] {
            if (m_flow)
                m_flow->watch(s);
            pendingPage()->setSale(s, productName(s.product));
            showScreen(Screen::Pending);
        });
    }
    menu.exec(m_header->mapToGlobal(QPoint(m_header->width() / 2, m_header->height())));
}

void MainWindow::openVoucher(const QUrl &url)
{
    m_voucherUrl = url;
    if (!m_voucher->open(url, quint64(winId()), frameGeometry()))
        offerSystemBrowser(m_voucher->errorString());
}

// The voucher window is unavailable (not installed, or its helper failed): the customer still
// gets the voucher, through the desktop's browser, if the cashier agrees.
void MainWindow::offerSystemBrowser(const QString &why)
{
    const QUrl url = m_voucherUrl;
    const auto answer = QMessageBox::question(
        this, tr("Voucher viewer unavailable"),
        tr("%1\n\nOpen the voucher in the system web browser instead?").arg(why));
    if (answer == QMessageBox::Yes && VoucherViewer::isAllowedVoucherUrl(url))
        QDesktopServices::openUrl(url);
}

// Sales IIMMPACT had no transaction for (NeedsDecision): Send now or Void, by a supervisor.
// Opened without a nested event loop; it talks to the engine through signals and slots.
void MainWindow::openDecisionDialog()
{
    if (!m_services.journal || !m_services.engine)
        return;
    auto *dialog = new PendingSalesDialog(*m_services.journal,
                                          [this](const QString &code) { return productName(code); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSupervisorPin(m_services.supervisorPin);
    PendingSalesDialog::connectEngine(dialog, m_services.engine);
    dialog->open();
}
