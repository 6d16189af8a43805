#include "SaleFixtures.h"

#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace SaleFixtures {

SaleRecord journalUnanswered(Journal &journal, const QString &account, const QString &amount,
                             QString *error, const QString &product)
{
    SaleRequest request;
    request.product = product;
    request.account = account;
    request.amount = amount;
    SubmitError refused;
    const std::optional<SaleRequest> n = ProductRules::normalize(request, &refused);
    if (!n) {
        if (error)
            *error = refused.message;
        return {};
    }
    SaleRecord rec;
    rec.refid = journal.nextRefid();
    rec.product = n->product;
    rec.account = n->account;
    rec.amount = n->amount;
    rec.extras = ProductRules::extras(*n);
    rec.requestBody = PaymentEngine::buildRequestBody(rec.refid, *n);
    rec.state = SaleState::New;
    rec.attempts = 1;
    if (rec.refid.isEmpty() || !journal.insertSale(rec)) {
        if (error)
            *error = journal.errorString();
        return {};
    }
    return journal.sale(rec.refid).value_or(SaleRecord{});
}

SaleRecord journalInState(Journal &journal, const QString &account, const QString &amount,
                          SaleState state, QString *error)
{
    SaleRecord rec = journalUnanswered(journal, account, amount, error);
    if (rec.refid.isEmpty() || state == SaleState::New)
        return rec;
    SaleRecord u;
    u.state = state;
    const bool answered = state != SaleState::Rejected && state != SaleState::NeedsDecision
        && state != SaleState::Voided && state != SaleState::Unknown;
    u.httpStatus = state == SaleState::Rejected ? 400 : (answered ? 200 : 0);
    u.transactionSeen = answered;
    if (!journal.recordOutcome(rec.refid, u)) {
        if (error)
            *error = journal.errorString();
        return {};
    }
    return journal.sale(rec.refid).value_or(SaleRecord{});
}

bool waitSettled(PaymentEngine &engine, const QString &refid, int timeoutMs)
{
    QEventLoop loop;
    bool settled = false;
    const auto c = QObject::connect(&engine, &PaymentEngine::saleSettled, &loop,
                                    [&](const SaleRecord &s) {
                                        if (s.refid == refid) {
                                            settled = true;
                                            loop.quit();
                                        }
                                    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return settled;
}

SaleRecord voucherSale()
{
    SaleRecord s;
    s.refid = QStringLiteral("KT3F9A2C-20261128-000001");
    s.product = QStringLiteral("GC");
    s.account = QStringLiteral("0123456789");
    s.amount = QStringLiteral("5.00");
    s.state = SaleState::Succesful;
    s.statusCode = 20;
    s.productName = QStringLiteral("Grab Gift Code");
    s.sn = QStringLiteral("106648697");
    s.pin = QStringLiteral("MPHE39G3WL");
    s.expiry = QStringLiteral("20251116");
    s.note = QStringLiteral("Enter the code under Use Grab Gifts at checkout");
    s.voucherlink = QStringLiteral("https://api.grab.com/gifts/v2/go?id=7464957319334bb0afbd5980738a2b50");
    s.createdAt = QDateTime(QDate(2026, 11, 28), QTime(5, 9, 30), Qt::UTC);
    s.updatedAt = s.createdAt.addSecs(4);
    s.finalAt = s.updatedAt;
    return s;
}

} // namespace SaleFixtures
