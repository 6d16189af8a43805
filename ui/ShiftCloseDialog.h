#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class ShiftLedger;
struct ZReport;

// Closes the open shift with a blind count: first the cashier counts the drawer and types the
// amount (the screen shows the shift, its sales and pending count, never the expected cash);
// only once the journal has closed the shift does the second page show the Z-report with the
// expected cash and the variance. A wrong amount or a journal error stays on the first page
// with the reason; nothing is closed.
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

signals:
    void shiftClosed(int zNumber);

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
    QPlainTextEdit *m_report = nullptr;
    int m_zNumber = 0;
};
