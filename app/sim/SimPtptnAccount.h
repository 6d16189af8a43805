#pragma once

#include <QString>

// One PTPTN loan / SSPN savings account linked to an IC number (API reference §5.4).
struct SimPtptnAccount
{
    QString subproductCode;          // K, U, S or SP
    QString displayName;             // e.g. DIPLOMA SEPENUH MASA
    QString description;             // PTPTN | SSPN Prime (the grouping key)
    QString accountNumber;
};
