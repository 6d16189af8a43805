#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QString>

// A customer receipt as PDF (QPdfWriter + QTextDocument) until the receipt-printer work lands:
// only fields IIMMPACT returned, IC numbers masked, never cost or wallet balance.
class ReceiptPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPdf)
public:
    static QString html(const SaleRecord &sale, const QString &productName, const QString &terminalId);
    // False with *error set when the file cannot be written.
    static bool write(const QString &path, const SaleRecord &sale, const QString &productName,
                      const QString &terminalId, QString *error = nullptr);
};
