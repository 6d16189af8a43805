#include "SaleFixtures.h"

#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"

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

} // namespace SaleFixtures
