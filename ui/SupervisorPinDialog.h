#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SupervisorPin;

// Asks for the supervisor PIN before a supervisor's action (`action` names it: "Void sale
// D8IH-...-000001"). Accepted only when SupervisorPin::check() accepts the PIN; a wrong PIN
// clears the field and says so, a lockout says for how long. The PIN is never kept: the field
// is cleared whatever happens.
class SupervisorPinDialog : public QDialog
{
    Q_OBJECT
public:
    SupervisorPinDialog(SupervisorPin &pin, const QString &action, QWidget *parent = nullptr);
    ~SupervisorPinDialog() override;

    QLineEdit *pinEdit() const { return m_edit; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

    // True when no PIN is set (nothing to ask) or the supervisor typed it: the one call sites use.
    static bool authorize(SupervisorPin *pin, const QString &action, QWidget *parent);
    // For what must never happen without a PIN (showing a voucher's PIN): no PIN set yet means
    // setting one first (SupervisorPinSetupDialog); without a SupervisorPin, never.
    static bool authorizeRequiringPin(SupervisorPin *pin, const QString &action, QWidget *parent);

private:
    void tryPin();

    SupervisorPin &m_pin;
    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};
