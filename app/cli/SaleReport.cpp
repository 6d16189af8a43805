#include "cli/SaleReport.h"

#include "validation/IdentityNumber.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

void putIfPresent(QJsonObject &o, QLatin1String key, const std::optional<QString> &value)
{
    if (value && !value->isEmpty())
        o.insert(key, *value);
}

} // namespace

int SaleReport::exitCode(SaleState state)
{
    switch (state) {
    case SaleState::Succesful:
        return Succesful;
    case SaleState::Failed:
        return Failed;
    case SaleState::Refund:
        return Refund;
    case SaleState::Rejected:
        return Rejected;
    case SaleState::Voided:
        return Voided;
    case SaleState::NeedsDecision:
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown:
        break;
    }
    return Pending;
}

QString SaleReport::statusName(SaleState state)
{
    return state == SaleState::New ? u"Unknown"_s : saleStateName(state);
}

QJsonObject SaleReport::toJson(const SaleRecord &s)
{
    QJsonObject o;
    o.insert("refid"_L1, s.refid);
    o.insert("status"_L1, statusName(s.state));
    if (s.statusCode)
        o.insert("statusCode"_L1, *s.statusCode);
    o.insert("product"_L1, s.product);
    o.insert("account"_L1, s.account);
    o.insert("amount"_L1, s.amount);
    putIfPresent(o, "sn"_L1, s.sn);
    putIfPresent(o, "pin"_L1, s.pin);
    putIfPresent(o, "expiry"_L1, s.expiry);
    putIfPresent(o, "voucherlink"_L1, s.voucherlink);
    putIfPresent(o, "remarks"_L1, s.remarks);
    if (s.needsReview)
        o.insert("needsReview"_L1, true);
    if (s.state == SaleState::Rejected && !(s.remarks && !s.remarks->isEmpty())
        && !s.lastError.isEmpty())
        o.insert("message"_L1, s.lastError);
    return o;
}

QJsonObject SaleReport::localRejection(const SaleRequest &r, const SubmitError &e)
{
    QJsonObject o;
    if (!r.correctsRefid.isEmpty())
        o.insert("refid"_L1, r.correctsRefid);
    o.insert("status"_L1, u"Rejected"_s);
    o.insert("product"_L1, r.product.trimmed());
    o.insert("account"_L1, r.account.trimmed());
    o.insert("amount"_L1, r.amount.trimmed());
    o.insert("field"_L1, e.field);
    o.insert("error"_L1, e.message);
    return o;
}

QJsonObject SaleReport::error(const QString &message)
{
    QJsonObject o;
    o.insert("error"_L1, message);
    return o;
}

QString SaleReport::toText(const SaleRecord &s)
{
    QString headline;
    switch (s.state) {
    case SaleState::Succesful:
        headline = tr("Successful");   // the API spells it Succesful; people read it right
        break;
    case SaleState::Failed:
        headline = tr("Failed at the provider (final; a new attempt is a new sale)");
        break;
    case SaleState::Refund:
        headline = tr("Refund (voided)");
        break;
    case SaleState::Rejected:
        headline = tr("Rejected: no transaction was created; correct it with --refid %1").arg(s.refid);
        break;
    case SaleState::Voided:
        headline = tr("Voided: never sent, nothing charged; reference %1 is never used again").arg(s.refid);
        break;
    case SaleState::NeedsDecision:
        headline = tr("Not sent, needs a decision: IIMMPACT has no transaction for this old sale; "
                      "`kaunter send %1` sends it now (same reference), `kaunter void %1` voids it")
                       .arg(s.refid);
        break;
    case SaleState::New:
    case SaleState::Accepted:
    case SaleState::Processing:
    case SaleState::Unknown:
        headline = tr("Still pending (%1): journaled; run `kaunter recover` or `kaunter status %2` later")
                       .arg(statusName(s.state), s.refid);
        break;
    }
    QString out = headline + u'\n';
    const auto line = [&out](const QString &label, const QString &value) {
        out += u"  "_s + label + u": "_s + value + u'\n';
    };
    line(tr("Reference"), s.refid);
    line(tr("Product"), s.productName && !s.productName->isEmpty()
                            ? *s.productName + u" ("_s + s.product + u')'
                            : s.product);
    line(tr("Account"), s.account);
    line(tr("Amount"), u"RM "_s + s.amount);
    const QString ic = s.extras.value("ic_number"_L1).toString();
    if (!ic.isEmpty())
        line(tr("IC / passport"), IdentityNumber::mask(ic));   // never in clear after entry
    if (s.statusCode)
        line(tr("Status code"), QString::number(*s.statusCode));
    const auto optional = [&line](const QString &label, const std::optional<QString> &v) {
        if (v && !v->isEmpty())
            line(label, *v);
    };
    optional(tr("Serial number"), s.sn);
    optional(tr("PIN"), s.pin);
    optional(tr("Expiry"), s.expiry);
    optional(tr("Voucher link"), s.voucherlink);
    optional(tr("Note"), s.note);
    optional(tr("Remarks"), s.remarks);
    if (s.state == SaleState::Rejected && !s.lastError.isEmpty()
        && !(s.remarks && !s.remarks->isEmpty()))
        line(tr("Reason"), s.lastError);
    if (s.needsReview)
        line(tr("Review"), tr("the server's answer did not match this sale; check it before "
                              "giving or refunding anything"));
    return out;
}

QString SaleReport::localRejectionText(const SubmitError &e)
{
    return tr("Rejected before sending (nothing was journaled or sent): %1").arg(e.message) + u'\n';
}

QString SaleReport::historyLine(const SaleRecord &s)
{
    const QString when = QLocale::c().toString(s.createdAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    return u"%1  %2  %3  %4  %5  RM %6"_s.arg(when, s.refid, statusName(s.state).leftJustified(10),
                                              s.product, s.account, s.amount)
        + (s.needsReview ? tr("  (review)") : QString()) + u'\n';
}
