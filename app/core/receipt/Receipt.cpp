#include "Receipt.h"

#include "validation/IdentityNumber.h"
#include "validation/Money.h"

#include <QDate>
#include <QTimeZone>

namespace {
QDateTime terminalTime(const QDateTime &utc)
{
    // One rule for every output (screen, receipt, CSV, history): the terminal's local time,
    // so a receipt never disagrees with the screen it was printed from. Only the date inside
    // a refid is Malaysian (see Journal).
    return utc.toLocalTime();
}
} // namespace

void Receipt::add(Kind kind, const QString &key, const QString &label, const QString &value)
{
    m_lines.append(Line{kind, key, label, value});
}

bool Receipt::has(const QString &key) const
{
    for (const Line &l : m_lines) {
        if (l.key == key)
            return true;
    }
    return false;
}

QString Receipt::value(const QString &key) const
{
    for (const Line &l : m_lines) {
        if (l.key == key)
            return l.value;
    }
    return {};
}

QString Receipt::statusTitle(SaleState state)
{
    switch (state) {
    case SaleState::Succesful: return tr("PAID");
    case SaleState::Failed: return tr("FAILED - NOT CHARGED");
    case SaleState::Refund: return tr("VOIDED - REFUNDED");
    case SaleState::Rejected: return tr("NOT SENT - CORRECT AND RETRY");
    case SaleState::Voided: return tr("VOID - NEVER SENT, NOT CHARGED");
    case SaleState::NeedsDecision: return tr("NOT SENT - SUPERVISOR DECISION NEEDED");
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown: return tr("PENDING - DO NOT REPEAT THIS SALE");
    }
    return {};
}

QString Receipt::displayAccount(const SaleRecord &sale)
{
    const QString ic = sale.extras.value(QStringLiteral("ic_number")).toString();
    if (!ic.isEmpty() && sale.account == ic)
        return IdentityNumber::mask(ic);
    return sale.account;
}

QString Receipt::formatExpiry(const QString &yyyymmdd)
{
    const QDate d = QDate::fromString(yyyymmdd, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : yyyymmdd;
}

Receipt Receipt::fromSale(const SaleRecord &sale, const Context &context)
{
    Receipt r;
    if (!context.merchantName.isEmpty())
        r.add(Kind::Text, QStringLiteral("merchant"), {}, context.merchantName);
    if (context.training)
        r.add(Kind::Text, QStringLiteral("training"), {}, tr("TRAINING - NO MONEY MOVED"));
    r.add(Kind::Title, QStringLiteral("status"), {}, statusTitle(sale.state));

    QString product = context.productDisplayName;
    if (product.isEmpty())
        product = sale.productName.value_or(sale.product);
    r.add(Kind::Field, QStringLiteral("product"), tr("Product"), product);

    const auto sen = Money::senFromApiAmount(sale.amount);
    r.add(Kind::Field, QStringLiteral("amount"), tr("Amount"),
          sen ? Money::formatRinggit(*sen) : sale.amount);
    r.add(Kind::Field, QStringLiteral("account"), tr("Account"), displayAccount(sale));

    const QString biller = sale.extras.value(QStringLiteral("biller_code")).toString();
    if (!biller.isEmpty())
        r.add(Kind::Field, QStringLiteral("biller"), tr("Biller code"), biller);
    const QString ref2 = sale.extras.value(QStringLiteral("ref2")).toString();
    if (!ref2.isEmpty())
        r.add(Kind::Field, QStringLiteral("ref2"), tr("Ref-2"), ref2);
    const QString plan = sale.extras.value(QStringLiteral("subproduct_code")).toString();
    if (!plan.isEmpty())
        r.add(Kind::Field, QStringLiteral("subproduct"), tr("Plan"), plan);
    const QString ic = sale.extras.value(QStringLiteral("ic_number")).toString();
    if (!ic.isEmpty())
        r.add(Kind::Field, QStringLiteral("ic"), tr("IC / passport"), IdentityNumber::mask(ic));

    r.add(Kind::Field, QStringLiteral("refid"), tr("Reference"), sale.refid);
    const QDateTime when = sale.finalAt.value_or(sale.updatedAt.isValid() ? sale.updatedAt : sale.createdAt);
    if (when.isValid())
        r.add(Kind::Field, QStringLiteral("time"), tr("Time"),
              terminalTime(when).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));

    // Delivery fields: only on a successful sale, and only what the API returned.
    if (sale.state == SaleState::Succesful) {
        if (sale.sn)
            r.add(Kind::Code, QStringLiteral("sn"), tr("Serial no."), *sale.sn);
        if (sale.pin)
            r.add(Kind::Code, QStringLiteral("pin"), tr("PIN"), *sale.pin);
        if (sale.expiry)
            r.add(Kind::Field, QStringLiteral("expiry"), tr("Expires"), formatExpiry(*sale.expiry));
        if (sale.voucherlink)
            r.add(Kind::Link, QStringLiteral("voucherlink"), tr("Voucher"), *sale.voucherlink);
        if (sale.note)
            r.add(Kind::Text, QStringLiteral("note"), {}, *sale.note);
    } else if ((sale.state == SaleState::Failed || sale.state == SaleState::Refund
                || sale.state == SaleState::Rejected) && sale.remarks) {
        r.add(Kind::Field, QStringLiteral("remarks"), tr("Reason"), *sale.remarks);
    }
    return r;
}

QString Receipt::plainText(int width) const
{
    width = qMax(width, 24);
    QStringList out;
    const auto centred = [width](const QString &s) -> QString {  // QString, not a dangling QStringBuilder
        const int pad = qMax(0, (width - int(s.size())) / 2);
        return QString(pad, QLatin1Char(' ')) + s;
    };
    for (const Line &l : m_lines) {
        switch (l.kind) {
        case Kind::Title:
            out << QString(width, QLatin1Char('=')) << centred(l.value) << QString(width, QLatin1Char('='));
            break;
        case Kind::Text:
            out << centred(l.value);
            break;
        case Kind::Code:
        case Kind::Link:
            // Codes and links may be long: label on its own line, value unbroken below it.
            out << l.label + QLatin1Char(':') << l.value;
            break;
        case Kind::Field: {
            const QString left = l.label + QLatin1Char(' ');
            if (left.size() + l.value.size() <= width)
                out << left + QString(width - left.size() - l.value.size(), QLatin1Char(' ')) + l.value;
            else
                out << l.label + QLatin1Char(':') << QStringLiteral("  ") + l.value;
            break;
        }
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Receipt::shareText() const
{
    QStringList out;
    for (const Line &l : m_lines) {
        if (l.kind == Kind::Title || l.kind == Kind::Text)
            out << l.value;
        else
            out << l.label + QStringLiteral(": ") + l.value;
    }
    return out.join(QLatin1Char('\n'));
}
