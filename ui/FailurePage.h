#pragma once

#include "journal/SaleRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;

// A final sale that did not deliver: 200 Failed (remarks as returned, the status code in plain
// words, what to do next; a new attempt is a new sale) or Refund (shown as voided).
class FailurePage : public QWidget
{
    Q_OBJECT
public:
    explicit FailurePage(QWidget *parent = nullptr);

    void setSale(const SaleRecord &sale, const QString &productName);
    const SaleRecord &sale() const { return m_sale; }

    QString titleText() const;
    QLabel *remarksLabel() const { return m_remarks; }
    QLabel *remarksCaption() const { return m_remarksCaption; }
    QString reasonText() const;
    QString nextStepText() const;
    QPushButton *sellAgainButton() const { return m_again; }
    QPushButton *doneButton() const { return m_done; }

signals:
    // A new sale (new refid) with the same inputs, for the cashier to check and change.
    void sellAgainRequested();
    void doneRequested();

private:
    SaleRecord m_sale;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_remarksCaption = nullptr;
    QLabel *m_remarks = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_refid = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_done = nullptr;
};
