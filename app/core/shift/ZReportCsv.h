#pragma once

#include "ZReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// A Z-report as a CSV file for the shop's bookkeeping, in SaleCsv's house style: UTF-8 with a
// BOM, CRLF, one header row, RFC 4180 quoting (and formula cells kept as text), amounts as
// decimals ("10.00", "-5.00"). A report is not one table, so each row names its section:
//   Section,Item,Count,Amount,Detail
//   shift,z_number,,,3          shift,cashier,,,Aminah      shift,opened,,,2025-03-09T09:00:00+08:00
//   product,D,12,120.00,Digi reload        (cash taken: successful + pending)
//   status,successful,12,120.00,Successful
//   pending,<refid>,,10.00,Unknown         (one row per pending sale)
//   handed_back,<refid>,,-10.00,Failed     (an earlier shift's pending sale failed since)
//   carried,<refid>,,10.00,Unknown         (an earlier shift's pending sale, still pending)
//   cash,opening_float,,100.00,   cash,expected,,230.00,   cash,counted,,225.00,   cash,variance,,-5.00,
//   wallet,at_open,,500.00,       wallet,at_close,,370.00,
// Section and Item are stable keys (for formulas); Detail is for people. No PIN, no IC.
class ZReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ZReportCsv)
public:
    static QStringList header();
    static QList<QStringList> rows(const ZReport &report);
    static QByteArray document(const ZReport &report);
};
