#pragma once

#include "FormContext.h"
#include "catalogue/Product.h"

#include <QWidget>

class Banner;
class QLabel;
class QPushButton;
class QScrollArea;
class SaleFormWidget;

// The screen around a product form: product title and notes, interruption warning, errors
// that came back from IIMMPACT (a rejected sale), Back (Esc) and Pay (Enter), Pay enabled
// only while the form is complete.
class SaleFormPage : public QWidget
{
    Q_OBJECT
public:
    explicit SaleFormPage(QWidget *parent = nullptr);

    // Builds a fresh form for `product`; the previous form is discarded.
    void setProduct(const Product &product, const FormContext &context);
    SaleFormWidget *form() const { return m_form; }
    const Product &product() const { return m_product; }

    void setInterruption(bool interrupted, const QString &reason);
    // A sale IIMMPACT (or the engine) refused: the message above the form and, when the field
    // is known, next to it. Input stays as it was.
    void showRejected(const QString &message, const QString &field);
    void clearRejected();
    // Non-empty while correcting a rejected sale: its refid is reused (no new transaction).
    void setCorrecting(const QString &refid);
    QString correcting() const { return m_correcting; }
    void setSellingBlocked(const QString &reason);

    QPushButton *payButton() const { return m_pay; }
    QPushButton *backButton() const { return m_back; }
    QString rejectedMessage() const;
    bool interruptionShown() const;

signals:
    void payRequested();
    void backRequested();

private:
    void validityChanged();

    Product m_product;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_remarks = nullptr;
    Banner *m_interruption = nullptr;
    Banner *m_rejected = nullptr;
    Banner *m_correctingBanner = nullptr;
    QScrollArea *m_scroll = nullptr;
    SaleFormWidget *m_form = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_pay = nullptr;
    QString m_correcting;
    QString m_blocked;
};
