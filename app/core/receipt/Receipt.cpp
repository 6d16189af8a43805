#include "Receipt.h"

#include "payment/ProductRules.h"
#include "util/Settings.h"
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

Receipt::Context Receipt::contextFromSettings(const Settings &settings)
{
    Context c;
    c.merchantName = settings.string(Settings::Key::ShopName).trimmed();
    c.shopAddress = settings.string(Settings::Key::ShopAddress).trimmed();
    c.shopRegistration = settings.string(Settings::Key::ShopRegistration).trimmed();
    c.footer = settings.string(Settings::Key::ReceiptFooter).trimmed();
    return c;
}

QString Receipt::hiddenPin()
{
    return QString(8, QChar(0x2022));   // BULLET
}

Receipt Receipt::fromSale(const SaleRecord &sale, const Context &context)
{
    Receipt r;
    r.addHeader(sale, context);
    r.add(Kind::Title, QStringLiteral("status"), {}, statusTitle(sale.state));
    r.addSaleFields(sale, context);
    r.addDelivery(sale, context);
    if (!context.footer.trimmed().isEmpty())
        r.add(Kind::Text, QStringLiteral("footer"), {}, context.footer.trimmed());
    return r;
}

// Banners first (they must be seen before anything else is read), then the shop.
void Receipt::addHeader(const SaleRecord &sale, const Context &context)
{
    if (context.copy == CopyKind::Copy)
        add(Kind::Banner, QStringLiteral("copy"), {}, tr("COPY"));
    if (sale.state == SaleState::Refund || sale.state == SaleState::Voided)
        add(Kind::Banner, QStringLiteral("voided"), {}, tr("VOIDED"));
    if (!context.merchantName.trimmed().isEmpty())
        add(Kind::Text, QStringLiteral("merchant"), {}, context.merchantName.trimmed());
    if (!context.shopAddress.trimmed().isEmpty())
        add(Kind::Text, QStringLiteral("shop_address"), {}, context.shopAddress.trimmed());
    if (!context.shopRegistration.trimmed().isEmpty())
        add(Kind::Text, QStringLiteral("shop_registration"), {},
            tr("Reg. no. %1").arg(context.shopRegistration.trimmed()));
    if (context.training)
        add(Kind::Text, QStringLiteral("training"), {}, tr("TRAINING - NO MONEY MOVED"));
}

void Receipt::addSaleFields(const SaleRecord &sale, const Context &context)
{
    QString product = context.productDisplayName;
    if (product.isEmpty())
        product = sale.productName.value_or(sale.product);
    add(Kind::Field, QStringLiteral("product"), tr("Product"), product);
    addProductExtras(sale, context);

    const auto sen = Money::senFromApiAmount(sale.amount);
    add(Kind::Field, QStringLiteral("amount"), tr("Amount"), sen ? Money::formatRinggit(*sen) : sale.amount);
    add(Kind::Field, QStringLiteral("account"), tr("Account"), displayAccount(sale));
    const QString ref2 = sale.extras.value(QStringLiteral("ref2")).toString();
    if (!ref2.isEmpty())
        add(Kind::Field, QStringLiteral("ref2"), tr("Ref-2"), ref2);
    const QString ic = sale.extras.value(QStringLiteral("ic_number")).toString();
    if (!ic.isEmpty())
        add(Kind::Field, QStringLiteral("ic"), tr("IC / passport"), IdentityNumber::mask(ic));

    add(Kind::Field, QStringLiteral("refid"), tr("Reference"), sale.refid);
    const QDateTime when = sale.finalAt.value_or(sale.updatedAt.isValid() ? sale.updatedAt : sale.createdAt);
    if (when.isValid())
        add(Kind::Field, QStringLiteral("time"), tr("Time"),
            terminalTime(when).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    if (!sale.terminalId.isEmpty())
        add(Kind::Field, QStringLiteral("terminal"), tr("Terminal"), sale.terminalId);
    if (!context.cashierName.trimmed().isEmpty())
        add(Kind::Field, QStringLiteral("cashier"), tr("Cashier"), context.cashierName.trimmed());
}

// The product's own words. The journal keeps the codes sent (extras); the names come from the
// catalogue through the context, and a name nobody passed is simply not printed.
void Receipt::addProductExtras(const SaleRecord &sale, const Context &context)
{
    const QString biller = sale.extras.value(QStringLiteral("biller_code")).toString();
    if (!biller.isEmpty()) {
        if (!context.billerName.trimmed().isEmpty())
            add(Kind::Field, QStringLiteral("biller_name"), tr("Biller"), context.billerName.trimmed());
        add(Kind::Field, QStringLiteral("biller"), tr("Biller code"), biller);
    }
    const QString code = sale.extras.value(QStringLiteral("subproduct_code")).toString();
    if (code.isEmpty())
        return;
    const bool ptptn = ProductRules::family(sale.product) == ProductFamily::Ptptn;
    const QString name = context.subproductName.trimmed();
    add(Kind::Field, QStringLiteral("subproduct"), ptptn ? tr("Account type") : tr("Plan"),
        name.isEmpty() ? code : name);
    if (!name.isEmpty() && name != code)
        add(Kind::Field, QStringLiteral("subproduct_code"), ptptn ? tr("Account type code") : tr("Plan code"),
            code);
}

void Receipt::addDelivery(const SaleRecord &sale, const Context &context)
{
    // Delivery fields: only on a successful sale, and only what the API returned.
    if (sale.state == SaleState::Succesful) {
        if (sale.sn)
            add(Kind::Code, QStringLiteral("sn"), tr("Serial no."), *sale.sn);
        if (sale.pin) {
            if (context.revealPin)
                add(Kind::Code, QStringLiteral("pin"), tr("PIN"), *sale.pin);
            else
                add(Kind::Code, QStringLiteral("pin"), tr("PIN (hidden on copies)"), hiddenPin());
        }
        if (sale.expiry)
            add(Kind::Field, QStringLiteral("expiry"), tr("Expires"), formatExpiry(*sale.expiry));
        if (sale.voucherlink) {
            // The link redeems the voucher as the PIN does (SaleCsv never writes it either).
            if (context.revealPin)
                add(Kind::Link, QStringLiteral("voucherlink"), tr("Voucher"), *sale.voucherlink);
            else
                add(Kind::Field, QStringLiteral("voucherlink"), tr("Voucher link"), tr("hidden on copies"));
        }
        if (sale.note)
            add(Kind::Text, QStringLiteral("note"), {}, *sale.note);
    } else if ((sale.state == SaleState::Failed || sale.state == SaleState::Refund
                || sale.state == SaleState::Rejected) && sale.remarks) {
        add(Kind::Field, QStringLiteral("remarks"), tr("Reason"), *sale.remarks);
    } else if (isPendingState(sale.state)) {
        // A pending slip: the customer may have paid for something not yet delivered. It
        // tells them what to do, and that paying again would pay twice.
        add(Kind::Text, QStringLiteral("pending_advice"), {},
            tr("Not confirmed yet. Keep this slip: the shop will check reference %1 and give you "
               "the result. Do not pay again for this sale.")
                .arg(sale.refid));
    }
}

namespace {
// `text` in lines of at most `width` characters: its own line breaks kept, broken at spaces,
// a word longer than a line cut.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            while (word.size() > width) {
                if (!line.isEmpty())
                    lines << line;
                line.clear();
                lines << word.left(width);
                word = word.mid(width);
            }
            if (line.isEmpty()) {
                line = word;
            } else if (line.size() + 1 + word.size() <= width) {
                line += QLatin1Char(' ') + word;
            } else {
                lines << line;
                line = word;
            }
        }
        lines << line;
    }
    return lines;
}
} // namespace

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
            out << QString(width, QLatin1Char('='));
            for (const QString &part : wrapped(l.value, width))
                out << centred(part);
            out << QString(width, QLatin1Char('='));
            break;
        case Kind::Banner:
            out << centred(QStringLiteral("*** ") + l.value + QStringLiteral(" ***"));
            break;
        case Kind::Text:
            for (const QString &part : wrapped(l.value, width))
                out << centred(part);
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
        if (l.kind == Kind::Title || l.kind == Kind::Text || l.kind == Kind::Banner)
            out << l.value;
        else
            out << l.label + QStringLiteral(": ") + l.value;
    }
    return out.join(QLatin1Char('\n'));
}
