#pragma once

#include "journal/SaleRecord.h"
#include "receipt/Receipt.h"

#include <QHash>
#include <QWidget>

class ReceiptContextBuilder;
class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// A Succesful sale: product, amount, account, refid, time, and whatever IIMMPACT returned of
// sn (Copy), pin (Copy, large monospaced), expiry, note and voucherlink (opens in the voucher
// viewer). A field the API did not return has no label and takes no space: its widgets are
// hidden, never left as empty labels. Share (WhatsApp, e-mail, SMS) and Print (printRequested:
// the window's ReceiptPrinter prints on the printer the settings name).
class SuccessPage : public QWidget
{
    Q_OBJECT
public:
    enum class Field { Product, Amount, Account, Refid, Time, Sn, Pin, Expiry, Note, Voucher };

    explicit SuccessPage(QWidget *parent = nullptr);

    void setSale(const SaleRecord &sale, const QString &productName, const QString &terminalId);
    // Share and the PDF receipt use the till's receipt context (shop, cashier, plan and biller
    // names) when set; without it they carry the sale's own fields only. Not owned.
    void setReceiptContexts(const ReceiptContextBuilder *builder) { m_contexts = builder; }
    // The receipt this page shares and saves: the sale's first print, PIN shown.
    Receipt receipt() const;
    const SaleRecord &sale() const { return m_sale; }

    // For tests and the screenshot run.
    QLabel *label(Field f) const;
    QLabel *value(Field f) const;
    QPushButton *copyButton(Field f) const;   // Sn, Pin, Refid
    QPushButton *voucherButton() const { return m_openVoucher; }
    QToolButton *shareButton() const { return m_share; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *newSaleButton() const { return m_newSale; }
    // Writes the PDF receipt (ReceiptImage, 80 mm) without asking for a file name.
    bool printTo(const QString &path, QString *error = nullptr) const;

signals:
    void newSaleRequested();
    void voucherRequested(const QUrl &url);
    // Print or Ctrl+P: print this sale's receipt.
    void printRequested(const SaleRecord &sale);
    // The platform could not open a share URL (no browser / mail / SMS handler).
    void shareFailed(const QUrl &url);

private:
    struct Row { QLabel *label = nullptr; QLabel *value = nullptr; QPushButton *copy = nullptr; };
    // The constructor's steps, top to bottom of the page.
    void buildHeading(QVBoxLayout *layout);
    void buildFields(QVBoxLayout *layout);    // the field grid and Open voucher
    void buildActions(QVBoxLayout *layout);   // Share, Print, New sale
    void addShortcuts();
    void addRow(Field f, const QString &caption, const QString &objectName, bool copy);
    void setRow(Field f, const std::optional<QString> &value);
    void share(int channel);

    SaleRecord m_sale;
    const ReceiptContextBuilder *m_contexts = nullptr;
    QString m_productName;
    QString m_terminalId;
    QGridLayout *m_grid = nullptr;
    QHash<int, Row> m_rows;
    QLabel *m_title = nullptr;
    QPushButton *m_openVoucher = nullptr;
    QToolButton *m_share = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_newSale = nullptr;
};
