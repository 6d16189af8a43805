#pragma once

#include <QString>
#include <QtGlobal>

// One JomPAY biller (API reference §5.4): the code goes into extras.biller_code.
struct SimBiller
{
    QString code;
    QString name;
    bool ref2Required = false;
    qint64 minAmount = 100;          // sen
    qint64 maxAmount = 3000000;      // sen
};
