#pragma once

#include "journal/SaleRecord.h"

#include <QList>
#include <QPair>
#include <QWidget>

class Banner;
class QFormLayout;
class QLabel;
class QPushButton;

// Read back before charging: product, the account in large digits, the amount, the other
// details, and a warning when the same account and amount were sold a few minutes ago.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    struct Details
    {
        QString productName;
        QString accountCaption;
        QString account;                        // as read back (grouped)
        QString amount;                         // "RM 10.00"
        QList<QPair<QString, QString>> lines;   // other details, IC masked
        QList<SaleRecord> similar;              // same account + amount, recent
        int similarMinutes = 10;
        QString correcting;                     // refid reused for a corrected sale
    };
    void setDetails(const Details &details);

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *backButton() const { return m_back; }
    bool duplicateWarningShown() const;
    QString duplicateWarning() const;
    QString accountText() const;
    QString amountText() const;

signals:
    void confirmed();
    void backRequested();

private:
    QLabel *m_product = nullptr;
    QLabel *m_accountCaption = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_amount = nullptr;
    QWidget *m_linesBox = nullptr;
    QFormLayout *m_lines = nullptr;
    Banner *m_duplicate = nullptr;
    QLabel *m_correcting = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_confirm = nullptr;
};
