#pragma once

#include "journal/SaleRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;

// A sale whose final status is still unknown when its deadline passed: it stays pending in
// the journal, is re-queried in the background and counted in the header. The cashier gets
// the refid (Copy) and must not sell the same thing again meanwhile.
class PendingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PendingPage(QWidget *parent = nullptr);

    void setSale(const SaleRecord &sale, const QString &productName);
    const SaleRecord &sale() const { return m_sale; }
    QString refidText() const;
    QPushButton *checkButton() const { return m_check; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *doneButton() const { return m_done; }

signals:
    void checkRequested(const QString &refid);
    void doneRequested();

private:
    SaleRecord m_sale;
    QLabel *m_summary = nullptr;
    QLabel *m_refid = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_done = nullptr;
};
