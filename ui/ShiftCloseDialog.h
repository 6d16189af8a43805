#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class ShiftLedger;
class ZReportTextView;
struct ZReport;

// Closes the open shift with a blind count: first the cashier counts the drawer and types the
// amount (the screen shows the shift, its sales and pending count, never the expected cash);
// only once the journal has closed the shift does the second page show the Z-report with the
// expected cash and the variance. A wrong amount or a journal error stays on the first page
// with the reason; nothing is closed. The report page offers "Reconcile with IIMMPACT"
// (reconcileRequested: ShiftController runs it and the Z-reports dialog shows it).
class ShiftCloseDialog : public QDialog
{
    Q_OBJECT
public:
    // `walletSen`: the IIMMPACT balance to record at close, when the caller knows it.
    ShiftCloseDialog(ShiftLedger &ledger, std::optional<qint64> walletSen = std::nullopt,
                     QWidget *parent = nullptr);

    QLineEdit *countEdit() const { return m_count; }
    QPushButton *closeButton() const { return m_close; }
    QString message() const;
    int zNumber() const { return m_zNumber; }   // 0 until the shift is closed
    bool showsReport() const;
    QString reportText() const;
    ZReportTextView *reportView() const { return m_report; }
    QPushButton *reconcileButton() const { return m_reconcile; }

signals:
    void shiftClosed(int zNumber);
    void reconcileRequested(int zNumber);

private:
    void closeShift();
    void showMessage(const QString &text);
    void showReport(const ZReport &report);

    ShiftLedger &m_ledger;
    std::optional<qint64> m_walletSen;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_variance = nullptr;
    ZReportTextView *m_report = nullptr;
    QPushButton *m_reconcile = nullptr;
    int m_zNumber = 0;
};
