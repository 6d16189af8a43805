#pragma once

#include "journal/SaleRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a shift's sales add up to, and the cash that should be in the drawer. Pure: built from
// the opening float and the sales created during the shift, nothing read or written.
//
// The cash rule: a customer pays cash at the counter before the charge is sent.
//  - Successful: the cash stays.
//  - Pending (New, Accepted, Processing, Unknown, NeedsDecision): the cash was taken and the
//    outcome is not known yet, so it is still in the drawer; listed one by one, so that the
//    cashier sees why the expected cash includes them.
//  - Failed, Rejected, Voided: no charge, the cash was handed back (or never taken).
//  - Refund: IIMMPACT voided the charge and the cash was handed back.
// Expected cash = opening float + Successful + Pending - handed back.
//
// A sale belongs to the shift it was rung up in, and that shift's Z-report counted a pending
// sale's cash as in the drawer. When such a sale fails during a later shift, the customer gets
// the cash back from that later shift's drawer: it is "handed back" there (subtracted from its
// expected cash and listed). One still pending is listed as carried, counted nowhere again.
// A Succesful sale of an earlier shift that IIMMPACT refunds later is not followed here.
struct ShiftSummary
{
    Q_DECLARE_TR_FUNCTIONS(ShiftSummary)
public:
    // The statuses as the cash rule groups them, in report order.
    enum class Group { Successful, Pending, Failed, Rejected, Refunded, Voided };
    static constexpr int GroupCount = 6;

    struct StatusTotal
    {
        Group group = Group::Successful;
        int count = 0;
        qint64 sen = 0;
    };
    // One product's sales that took cash (Successful and Pending); others are only counted.
    struct ProductTotal
    {
        QString product;   // IIMMPACT product code
        QString name;      // product_name from IIMMPACT when known, else the code
        int soldCount = 0;
        qint64 soldSen = 0;
        int pendingCount = 0;
        qint64 pendingSen = 0;
        int noCashCount = 0;   // Failed, Rejected, Refund, Voided
    };
    struct PendingSale
    {
        QString refid;
        QString product;
        QString account;   // as screens show it (an IC account masked)
        qint64 sen = 0;
        SaleState state = SaleState::New;
        QDateTime createdAt;   // UTC
        int zNumber = 0;       // carried sales: the Z-report that counted its cash
    };

    qint64 openingFloatSen = 0;
    QList<StatusTotal> statusTotals;     // every group, in Group order, zeros included
    QList<ProductTotal> productTotals;   // by product code
    QList<PendingSale> pending;          // oldest first
    // Earlier shifts' pending sales (state: as now), see above.
    QList<PendingSale> handedBack;       // failed since: cash returned from this drawer
    QList<PendingSale> carried;          // still pending: counted by their own shift
    // Sales whose amount text is not an amount (should never happen): counted as 0, named here.
    QStringList unreadableAmounts;

    static ShiftSummary fromSales(qint64 openingFloatSen, const QList<SaleRecord> &sales);
    // Sorts the earlier shifts' pending sales (their state as now) into handedBack and
    // carried; those that became Succesful need nothing more and are dropped.
    void carryOver(const QList<PendingSale> &earlierPending);
    // What the next shift must follow up: this shift's pending sales and the carried ones.
    QList<PendingSale> stillOpenAtClose(int zNumber) const;
    static Group groupOf(SaleState state);
    static bool tookCash(Group group);   // Successful and Pending
    static QString groupName(Group group);   // translated, for people
    static QString groupKey(Group group);    // stable, for JSON and files: "successful", ...
    static std::optional<Group> groupFromKey(const QString &key);

    StatusTotal total(Group group) const;
    int saleCount() const;
    int pendingCount() const { return total(Group::Pending).count; }
    qint64 handedBackSen() const;
    qint64 expectedCashSen() const;

    QJsonObject toJson() const;
    static std::optional<ShiftSummary> fromJson(const QJsonObject &json);
};
