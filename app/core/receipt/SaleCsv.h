#pragma once

#include "journal/SaleRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Sales as a CSV file for a spreadsheet (the shop's bookkeeping, a supervisor's audit): UTF-8
// with a BOM (Excel reads BOM-less UTF-8 as the ANSI code page), CRLF line ends, one header
// row, RFC 4180 quoting, amounts as decimals ("10.00"), times in the terminal's local time
// as ISO 8601 with the offset.
//
// Here next to Receipt, not in the journal: it is a rendering for people and follows the
// receipt's rules (Receipt::displayAccount masks an IC account). What it never contains: the
// PIN and the voucher link (a PIN in a spreadsheet is a voucher anyone can redeem; the link
// opens it), the request body, the IC number in clear, the last diagnostic error.
class SaleCsv
{
    Q_DECLARE_TR_FUNCTIONS(SaleCsv)
public:
    // The header row's (translated) column names, in column order.
    static QStringList header();
    // One data row, fields in header() order (unquoted).
    static QStringList fields(const SaleRecord &sale);
    // What people read for a state ("Successful", not the API's "Succesful").
    static QString statusName(SaleState state);
    // One CSV line: fields quoted where RFC 4180 needs it, ended by CRLF.
    static QByteArray line(const QStringList &fields);
    // The BOM and the header line: what a file starts with.
    static QByteArray begin();
    // A whole file: begin() and one line per sale.
    static QByteArray document(const QList<SaleRecord> &sales);
};
