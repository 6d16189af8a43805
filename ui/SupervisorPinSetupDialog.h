#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SupervisorPin;

// Sets the supervisor PIN the first time an action needs one and none is set yet (a new till:
// the person setting it up is there). The PIN is typed twice; SupervisorPin::validateNew()
// refuses weak ones (1234, 0000...) and says why; only its salted hash is stored. Neither field
// keeps the PIN once the dialog is gone.
class SupervisorPinSetupDialog : public QDialog
{
    Q_OBJECT
public:
    SupervisorPinSetupDialog(SupervisorPin &pin, const QString &action, QWidget *parent = nullptr);
    ~SupervisorPinSetupDialog() override;

    QLineEdit *pinEdit() const { return m_pinEdit; }
    QLineEdit *repeatEdit() const { return m_repeatEdit; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

private:
    void trySet();
    QLineEdit *makePinEdit(const QString &name);

    SupervisorPin &m_pin;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};
