#pragma once

#include "UiServices.h"
#include "reconcile/ReconcileResult.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class HeaderBar;
class QMenu;
class QWidget;
class Reconciler;
class ShiftCloseDialog;
class ShiftLedger;
class ShiftOpenDialog;
class ZReportsDialog;
struct BalanceInfo;
struct ZReport;

// The cashier's shift in the window: the header's shift button (the open shift's cashier, or
// "No shift") and its menu (F10): Open shift, Close shift (blind count, then the Z-report),
// Z-reports (past reports: view, export, reconcile). It owns the ShiftLedger on the services'
// journal and runs the reconciliation of a shift's period with IIMMPACT (Reconciler on the
// services' IimmpactClient); the dialogs only ask and are told. MainWindow just creates it.
class ShiftController : public QObject
{
    Q_OBJECT
public:
    ShiftController(const UiServices &services, HeaderBar *header, QWidget *window);
    ~ShiftController() override;

    ShiftLedger *ledger() const { return m_ledger.get(); }
    QMenu *menu() const { return m_menu; }
    // The dialogs while they are open (tests, screenshots); null otherwise.
    ShiftOpenDialog *openDialog() const;
    ShiftCloseDialog *closeDialog() const;
    ZReportsDialog *zReportsDialog() const;
    bool isReconciling() const;

    void showMenu();
    ShiftOpenDialog *openShift();
    ShiftCloseDialog *closeShift();
    // The Z-reports, `zNumber` selected (0: the newest).
    ZReportsDialog *showZReports(int zNumber = 0);
    // Compares the Z-report's shift (opened..closed) with IIMMPACT's list; the Z-reports
    // dialog shows it. False when one is already running.
    bool reconcile(const ZReport &report);
    // The header shows the open shift (after a change made elsewhere, e.g. `kaunter shift`).
    void refresh();

signals:
    void shiftChanged();
    void reconcileFinished(int zNumber, const ReconcileResult &result);
    // The Z-reports list's Print: the window prints it on the till's printer (ReceiptPrinter).
    void printZReportRequested(const ZReport &report);

private:
    void buildMenu();
    void onBalance(const BalanceInfo &balance);
    void finishReconcile(int zNumber, const ReconcileResult &result);

    UiServices m_services;
    HeaderBar *m_header = nullptr;
    QWidget *m_window = nullptr;
    std::unique_ptr<ShiftLedger> m_ledger;   // null without a journal (screens-only tests)
    QMenu *m_menu = nullptr;
    QPointer<ShiftOpenDialog> m_openDialog;
    QPointer<ShiftCloseDialog> m_closeDialog;
    QPointer<ZReportsDialog> m_zReports;
    QPointer<Reconciler> m_reconciler;
    int m_reconcilingZ = 0;   // the Z-report m_reconciler compares
    std::optional<qint64> m_walletSen;   // the last IIMMPACT balance read: recorded at open and close
};
