#include "JournalRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace JournalRows {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

} // namespace

// Absent stays absent: an empty string is stored as NULL.
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant textOrNull(const std::optional<QString> &s)
{
    return s ? textOrNull(*s) : nullText();
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<QString> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    QString s = v.toString();
    if (s.isEmpty())
        return std::nullopt;
    return s;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant extrasText(const QJsonObject &extras)
{
    if (extras.isEmpty())
        return nullText();
    return QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact));
}

SaleRecord readSale(const QSqlQuery &q)
{
    SaleRecord r;
    r.id = q.value(0).toLongLong();
    r.refid = q.value(1).toString();
    r.terminalId = q.value(2).toString();
    r.product = q.value(3).toString();
    r.account = q.value(4).toString();
    r.amount = q.value(5).toString();
    const QVariant extras = q.value(6);
    if (!extras.isNull())
        r.extras = QJsonDocument::fromJson(extras.toString().toUtf8()).object();
    r.requestBody = q.value(7).toByteArray();
    // The CHECK constraint admits only known names; Unknown is the safe reading otherwise
    // (it is re-queried, never treated as final).
    r.state = saleStateFromName(q.value(8).toString()).value_or(SaleState::Unknown);
    r.statusCode = optionalInt(q.value(9));
    r.statusText = q.value(10).toString();
    r.httpStatus = optionalInt(q.value(11));
    r.productName = optionalText(q.value(12));
    r.sn = optionalText(q.value(13));
    r.pin = optionalText(q.value(14));
    r.expiry = optionalText(q.value(15));
    r.voucherlink = optionalText(q.value(16));
    r.note = optionalText(q.value(17));
    r.remarks = optionalText(q.value(18));
    r.createdAt = fromMs(q.value(19).toLongLong());
    r.updatedAt = fromMs(q.value(20).toLongLong());
    const QVariant finalAt = q.value(21);
    if (!finalAt.isNull())
        r.finalAt = fromMs(finalAt.toLongLong());
    r.attempts = q.value(22).toInt();
    r.lastError = q.value(23).toString();
    r.needsReview = q.value(24).toInt() != 0;
    r.transactionSeen = q.value(25).toInt() != 0;
    return r;
}

} // namespace JournalRows
