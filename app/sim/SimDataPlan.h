#pragma once

#include <QString>
#include <QtGlobal>

// One mobile-data plan. The code is the long human-readable legacy subproduct_code that the
// client must send back byte for byte (API reference §3.1, mobile-data example).
struct SimDataPlan
{
    QString code;
    QString displayName;
    QString validity;
    qint64 price = 0;                // sen; the plan's denomination (face value)
};
