#include "ShiftController.h"

#include "HeaderBar.h"
#include "ShiftCloseDialog.h"
#include "ShiftOpenDialog.h"
#include "ZReportsDialog.h"
#include "catalogue/BalanceInfo.h"
#include "catalogue/CatalogueService.h"
#include "reconcile/ReconcileReportFile.h"
#include "reconcile/Reconciler.h"
#include "shift/ShiftLedger.h"
#include "util/Log.h"

#include <QKeySequence>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

ShiftController::ShiftController(const UiServices &services, HeaderBar *header, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_header(header)
    , m_window(window)
{
    setObjectName(u"shiftController"_s);
    if (m_services.journal && m_services.clock)
        m_ledger = std::make_unique<ShiftLedger>(*m_services.journal, *m_services.clock);
    buildMenu();
    connect(m_header, &HeaderBar::shiftClicked, this, &ShiftController::showMenu);
    // F1..F8 are the quick keys, F9 the history; F10 is the shift from any screen.
    auto *key = new QShortcut(QKeySequence(Qt::Key_F10), window);
    key->setContext(Qt::WindowShortcut);
    connect(key, &QShortcut::activated, this, &ShiftController::showMenu);
    if (m_services.catalogue)
        connect(m_services.catalogue, &CatalogueService::balanceUpdated, this, &ShiftController::onBalance);
    refresh();
}

ShiftController::~ShiftController() = default;

ShiftOpenDialog *ShiftController::openDialog() const
{
    return m_openDialog;
}

ShiftCloseDialog *ShiftController::closeDialog() const
{
    return m_closeDialog;
}

ZReportsDialog *ShiftController::zReportsDialog() const
{
    return m_zReports;
}

bool ShiftController::isReconciling() const
{
    return !m_reconciler.isNull();
}

void ShiftController::buildMenu()
{
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(u"shiftMenu"_s);
    QAction *open = m_menu->addAction(tr("Open shift…"), this, &ShiftController::openShift);
    open->setObjectName(u"openShiftAction"_s);
    QAction *close = m_menu->addAction(tr("Close shift…"), this, &ShiftController::closeShift);
    close->setObjectName(u"closeShiftAction"_s);
    m_menu->addSeparator();
    QAction *reports = m_menu->addAction(tr("Z-reports…"), this, [this] { showZReports(); });
    reports->setObjectName(u"zReportsAction"_s);
    // What may be chosen follows the ledger each time the menu shows.
    connect(m_menu, &QMenu::aboutToShow, this, [this, open, close, reports] {
        const bool isOpen = m_ledger && m_ledger->current().has_value();
        open->setEnabled(m_ledger && !isOpen);
        close->setEnabled(isOpen);
        reports->setEnabled(m_ledger != nullptr);
    });
}

void ShiftController::showMenu()
{
    refresh();
    const QToolButton *button = m_header->shiftButton();
    m_menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

void ShiftController::refresh()
{
    const std::optional<Shift> shift = m_ledger ? m_ledger->current() : std::nullopt;
    m_header->setShiftCashier(shift ? shift->cashier : QString());
}

void ShiftController::onBalance(const BalanceInfo &balance)
{
    if (balance.ok && balance.balanceSen)
        m_walletSen = balance.balanceSen;
}

ShiftOpenDialog *ShiftController::openShift()
{
    if (!m_ledger)
        return nullptr;
    if (m_openDialog)
        return m_openDialog;
    auto *dialog = new ShiftOpenDialog(*m_ledger, m_walletSen, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShiftOpenDialog::shiftOpened, this, [this] {
        refresh();
        emit shiftChanged();
    });
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

ShiftCloseDialog *ShiftController::closeShift()
{
    if (!m_ledger)
        return nullptr;
    if (m_closeDialog)
        return m_closeDialog;
    auto *dialog = new ShiftCloseDialog(*m_ledger, m_walletSen, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShiftCloseDialog::shiftClosed, this, [this] {
        refresh();
        emit shiftChanged();
    });
    // From the Z-report just made: the Z-reports dialog shows the reconciliation.
    connect(dialog, &ShiftCloseDialog::reconcileRequested, this, [this, dialog](int zNumber) {
        dialog->accept();
        ZReportsDialog *reports = showZReports(zNumber);
        if (reports && reports->selectedReport())
            reconcile(*reports->selectedReport());
    });
    m_closeDialog = dialog;
    dialog->open();
    return dialog;
}

ZReportsDialog *ShiftController::showZReports(int zNumber)
{
    if (!m_ledger)
        return nullptr;
    if (!m_zReports) {
        auto *dialog = new ZReportsDialog(*m_ledger, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ZReportsDialog::reconcileRequested, this, &ShiftController::reconcile);
        connect(dialog, &ZReportsDialog::printRequested, this, &ShiftController::printZReportRequested);
        m_zReports = dialog;
        if (m_reconciler)   // started from a dialog closed since: this one waits for it too
            dialog->showReconcileRunning(m_reconcilingZ);
    } else {
        m_zReports->reload(zNumber);
    }
    if (zNumber > 0)
        m_zReports->select(zNumber);
    m_zReports->open();
    return m_zReports;
}

bool ShiftController::reconcile(const ZReport &report)
{
    if (m_reconciler || !report.isClosed())
        return false;
    const int zNumber = report.zNumber;
    if (m_zReports)
        m_zReports->showReconcileRunning(zNumber);
    if (!m_services.client || !m_services.journal || !m_services.clock) {
        ReconcileResult result;
        result.failure = ReconcileResult::Failure::Config;
        result.failureMessage = tr("This till has no IIMMPACT connection configured.");
        finishReconcile(zNumber, result);
        return true;
    }
    auto *reconciler = new Reconciler(*m_services.client, *m_services.journal, *m_services.clock, this);
    m_reconciler = reconciler;
    m_reconcilingZ = zNumber;
    connect(reconciler, &Reconciler::finished, this, [this, reconciler, zNumber](const ReconcileResult &result) {
        reconciler->deleteLater();
        m_reconciler = nullptr;
        m_reconcilingZ = 0;
        finishReconcile(zNumber, result);
    });
    // The shift's period: opened to closed, the close instant included (sales are read so).
    reconciler->start(report.openedAt, report.closedAt.addMSecs(1));
    return true;
}

void ShiftController::finishReconcile(int zNumber, const ReconcileResult &result)
{
    // Kept for support as `kaunter reconcile --shift N` keeps it; failing to changes nothing.
    if (!m_services.dataFolder.isEmpty() && result.day.isValid()) {
        QString error;
        if (ReconcileReportFile::save(m_services.dataFolder, result, &error, zNumber).isEmpty())
            qCWarning(lcUi) << "reconciliation report not kept:" << error;
    }
    if (m_zReports)
        m_zReports->showReconcileResult(zNumber, result);
    emit reconcileFinished(zNumber, result);
}
