#pragma once

#include "journal/SaleRecord.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

// The strip under the header that says a sale the cashier left in the background has settled
// (or now waits for a supervisor). Unlike the status bar, it stays until acknowledged: Open
// asks to show the sale in the history (openRequested; the receiver acknowledges it once the
// sale is shown, so a notice is not lost while a payment screen is up) and OK dismisses it. Several sales queue up; the
// oldest unacknowledged one is shown with the count of the others.
class SettledSaleNotice : public QFrame
{
    Q_OBJECT
public:
    explicit SettledSaleNotice(QWidget *parent = nullptr);

    // Adds `sale` (a newer copy replaces one already queued) and shows the notice.
    void announce(const SaleRecord &sale, const QString &productName);
    // Removes `refid` from the queue (it was looked at elsewhere).
    void acknowledge(const QString &refid);

    int count() const { return int(m_queue.size()); }
    QString currentRefid() const;
    QString text() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // What the notice says about `sale`.
    static QString describe(const SaleRecord &sale, const QString &productName);

signals:
    void openRequested(const QString &refid);

private:
    struct Entry
    {
        SaleRecord sale;
        QString productName;
    };
    void showFirst();

    QList<Entry> m_queue;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
};
