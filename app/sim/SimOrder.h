#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

struct SimProduct;

// A /v2/topup request that passed validation: what the ledger needs to create a transaction.
struct SimOrder
{
    QString refid;
    QJsonObject request;             // the parsed body: later calls must match it exactly
    const SimProduct *product = nullptr;
    QString account;
    qint64 amount = 0;               // sen
    qint64 cost = 0;                 // sen, debited from the wallet
    QString billerCode;              // JomPAY
    QString subproductCode;          // data plan / PTPTN account type
};
