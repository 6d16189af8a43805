#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// One transaction in the simulator's ledger. States follow API reference §3.3:
// Accepted(0) -> Processing(1) -> Succesful(20) | Failed(40..61), Succesful -> Refund(53).
struct SimTransaction
{
    enum class State { Accepted, Processing, Succesful, Failed, Refund };

    QString refid;
    QJsonObject request;
    QString trxid;
    QString productCode;
    QString productName;
    QString account;
    QString billerCode;
    qint64 amount = 0;               // sen
    qint64 cost = 0;                 // sen
    qint64 balanceAfter = 0;         // sen: wallet after this transaction's last money movement

    State state = State::Accepted;
    int statusCode = 0;
    QString remarks;

    // Destiny, fixed at creation from the account number (README "Magic accounts").
    int failCode = 0;                // 0 = succeeds
    QString failRemarks;
    bool stuck = false;              // never leaves Processing
    bool refundLater = false;        // Succesful, then Refund on a later query
    bool successReported = false;
    bool hiddenFromList = false;     // control setting: /v2/transactions leaves it out

    qint64 createdMs = 0;            // monotonic, for the state timer
    int acceptedMs = 0;
    int processingMs = 0;
    QDateTime created;               // UTC wall clock
    QDateTime finished;              // UTC wall clock, when final

    // Revealed only once Succesful.
    QString sn;
    QString pin;
    QString expiry;                  // yyyyMMdd
    QString note;
    QString voucherToken;            // /voucher/<token>; empty when the product has no voucher page

    bool isFinal() const { return state == State::Succesful || state == State::Failed || state == State::Refund; }
};
