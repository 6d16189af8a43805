#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class ShiftLedger;

// Opens a shift: the cashier's name and the cash float put in the drawer. Accepted only once
// the journal has recorded the shift; a missing name, a wrong amount or a shift already open
// stays on the dialog with the reason, and nothing is recorded.
class ShiftOpenDialog : public QDialog
{
    Q_OBJECT
public:
    // `walletSen`: the IIMMPACT balance to record at open, when the caller knows it.
    ShiftOpenDialog(ShiftLedger &ledger, std::optional<qint64> walletSen = std::nullopt,
                    QWidget *parent = nullptr);

    QLineEdit *cashierEdit() const { return m_cashier; }
    QLineEdit *floatEdit() const { return m_float; }
    QPushButton *openButton() const { return m_open; }
    QString message() const;

signals:
    void shiftOpened(const QString &cashier);

private:
    void openShift();
    void showMessage(const QString &text);

    ShiftLedger &m_ledger;
    std::optional<qint64> m_walletSen;
    QLineEdit *m_cashier = nullptr;
    QLineEdit *m_float = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
};
