#pragma once

#include "journal/SaleRecord.h"

#include <QDialog>
#include <QList>
#include <functional>

class Journal;
class PaymentEngine;
class QLabel;
class QListWidget;
class QPushButton;
class SupervisorPin;

// Sales that were never sent because IIMMPACT had no transaction for them when recovery looked
// (NeedsDecision), with a supervisor's two actions: Send now (same reference, same request)
// and Void (never sent; the reference is never used again). Each action is confirmed first,
// naming reference, product, account, amount and when it was saved, then authorised with the
// supervisor PIN when one is set (SupervisorPinDialog).
//
// The dialog reads the journal's pending list and talks to the engine only through signals
// and slots (connectEngine): it asks (sendNowRequested / voidRequested) and shows what the
// engine reports (saleSettled, voidRefused). No modal box is opened from an engine signal.
class PendingSalesDialog : public QDialog
{
    Q_OBJECT
public:
    using ProductName = std::function<QString(const QString &code)>;
    // Answers a confirmation (title, text): true to go ahead. Default: a Yes/No message box.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    PendingSalesDialog(const Journal &journal, ProductName productName, QWidget *parent = nullptr);

    // The engine's decisions and reports, connected both ways (signals and slots only).
    static void connectEngine(PendingSalesDialog *dialog, PaymentEngine *engine);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // When a supervisor PIN is set, each action asks for it after the confirmation.
    void setSupervisorPin(SupervisorPin *pin) { m_pin = pin; }
    // The sales listed now (NeedsDecision, oldest first).
    const QList<SaleRecord> &sales() const { return m_sales; }
    QListWidget *list() const { return m_list; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *voidButton() const { return m_void; }
    QString message() const;
    // Amount, product, account (IC masked), refid and when it was saved: the list's row and
    // the text of the question asked before an action.
    QString describe(const SaleRecord &sale) const;

public slots:
    void refresh();
    void onSaleSettled(const SaleRecord &sale);
    void onVoidRefused(const QString &refid, const QString &message);
    void showMessage(const QString &message);

signals:
    void sendNowRequested(const QString &refid);
    void voidRequested(const QString &refid);

private:
    const SaleRecord *selected() const;
    void decide(bool sendNow);
    void updateButtons();

    const Journal &m_journal;
    ProductName m_productName;
    Confirm m_confirm;
    SupervisorPin *m_pin = nullptr;
    QList<SaleRecord> m_sales;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_void = nullptr;
};
