#pragma once

#include "reconcile/ReconcileResult.h"
#include "shift/ZReport.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class ReconcileResultView;
class ShiftLedger;
class ZReportTextView;

// The till's past Z-reports: a list by number (date, cashier), the selected one as it was
// printed at close, exported as PDF (ZReportPdf, the 80 mm roll's page) or CSV (ZReportCsv)
// through a file dialog, and "Reconcile with IIMMPACT" for its shift's period. The dialog only
// asks (reconcileRequested) and shows what it is given (showReconcileRunning/Result): the
// network is ShiftController's, through the services' IimmpactClient.
class ZReportsDialog : public QDialog
{
    Q_OBJECT
public:
    // Asked for a file name (tests answer without a dialog); empty: cancelled.
    using PathChooser = std::function<QString(const QString &suggested)>;

    explicit ZReportsDialog(const ShiftLedger &ledger, QWidget *parent = nullptr);

    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Reads the list again and selects `zNumber` (0: the newest). False when it is not listed.
    bool reload(int zNumber = 0);
    bool select(int zNumber);
    int selectedZNumber() const;
    std::optional<ZReport> selectedReport() const { return m_report; }

    void showReconcileRunning(int zNumber);
    void showReconcileResult(int zNumber, const ReconcileResult &result);

    QListWidget *list() const { return m_list; }
    ZReportTextView *reportView() const { return m_text; }
    ReconcileResultView *reconcileView() const { return m_reconcile; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *reconcileButton() const { return m_reconcileButton; }
    QString message() const;

signals:
    void reconcileRequested(const ZReport &report);
    // Print: on the till's receipt printer (the window's ReceiptPrinter does it).
    void printRequested(const ZReport &report);

private:
    void showSelected();
    void exportPdf();
    void exportCsv();
    QString choosePath(const QString &title, const QString &suggested, const QString &filter);
    void setMessage(const QString &text);

    const ShiftLedger &m_ledger;
    PathChooser m_chooser;
    std::optional<ZReport> m_report;
    int m_reconcilingZ = 0;   // the Z-report whose reconciliation runs, 0: none
    QHash<int, ReconcileResult> m_results;   // by Z number: shown again when it is selected again
    QListWidget *m_list = nullptr;
    ZReportTextView *m_text = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_reconcileButton = nullptr;
    QLabel *m_message = nullptr;
    ReconcileResultView *m_reconcile = nullptr;
};
