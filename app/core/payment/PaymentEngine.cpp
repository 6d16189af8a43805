#include "payment/PaymentEngine.h"

#include "api/IimmpactClient.h"
#include "journal/Journal.h"
#include "payment/Failpoint.h"
#include "payment/ProductRules.h"
#include "payment/OutcomeDecision.h"
#include "payment/StaleSaleResolver.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

// Everything the engine knows about one refid it is driving. Lives from submit/resume until
// the sale settles; never outlives the engine.
struct PaymentEngine::Flight
{
    QString refid;
    SaleRecord record;             // the journal's copy, refreshed after every write
    QDeadlineTimer deadline;       // monotonic: a wall clock that jumps cannot move it
    QElapsedTimer started;         // duplicate guard; the log's time since submit/resume
    QElapsedTimer requestTimer;    // the request in flight, for the log
    QPointer<TopupCall> call;      // the one request in flight, if any
    QByteArray sentBody;           // the body of that request: its answer is about these bytes
    QTimer *wait = nullptr;        // next query
    QTimer *deadlineTimer = nullptr;
    int unknownStreak = 0;         // consecutive unknown outcomes (backoff)
    int unauthorizedStreak = 0;    // consecutive 401s
    bool once = false;             // queryOnce(): settle after the first real answer
    bool sawTransaction = false;   // a 200 with a transaction was seen for this refid
    bool needsReview = false;      // sticky for this drive once an echo mismatch was seen
    bool firstAttemptJournaled = false;   // insertSale stored attempt 1 with the row
    bool recheckedFailed54 = false;       // a 200 Failed 54 was already re-queried in this drive
};

namespace {

// Copies the API's transaction fields into a journal update. Absent stays absent.
void applyData(SaleRecord &u, const TopupData &d)
{
    u.statusCode = d.statusCode;
    u.statusText = d.status;
    u.productName = d.productName;
    u.sn = d.sn;
    u.pin = d.pin;
    u.expiry = d.expiry;
    u.voucherlink = d.voucherlink;
    u.note = d.note;
    u.remarks = d.remarks;
}

} // namespace

PaymentEngine::PaymentEngine(Journal &journal, IimmpactClient &client, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
    , m_clock(clock)
    , m_failpoint(Failpoint::armedFromEnvironment())
    , m_stale(new StaleSaleResolver(journal, client, clock, this))
{
    qRegisterMetaType<SaleRecord>();
    m_stale->setDeadlineMs(m_timing.deadlineMs);
    m_stale->setDriving([this](const QString &refid) { return m_flights.contains(refid); });
    connect(m_stale, &StaleSaleResolver::found, this, &PaymentEngine::onStaleSaleFound);
    connect(m_stale, &StaleSaleResolver::decidedToSend, this, &PaymentEngine::onStaleSaleFound);
    connect(m_stale, &StaleSaleResolver::pendingMayHaveChanged, this, &PaymentEngine::updatePendingCount);
    connect(m_stale, &StaleSaleResolver::saleUpdated, this, &PaymentEngine::saleUpdated);
    connect(m_stale, &StaleSaleResolver::saleSettled, this, &PaymentEngine::saleSettled);
    connect(m_stale, &StaleSaleResolver::journalProblem, this, &PaymentEngine::journalProblem);
    connect(m_stale, &StaleSaleResolver::voidRefused, this, &PaymentEngine::voidRefused);
}

PaymentEngine::~PaymentEngine()
{
    const auto flights = m_flights.values();
    m_flights.clear();
    for (Flight *f : flights)
        destroyFlight(f);
}

void PaymentEngine::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_timing.pollIntervalMs = std::max(0, m_timing.pollIntervalMs);
    m_timing.jitterMs = std::max(0, m_timing.jitterMs);
    m_timing.maxBackoffMs = std::max(m_timing.pollIntervalMs, m_timing.maxBackoffMs);
    m_timing.deadlineMs = std::max(1, m_timing.deadlineMs);
    m_stale->setDeadlineMs(m_timing.deadlineMs);
}

std::optional<QString> PaymentEngine::submit(const SaleRequest &request, SubmitError *error)
{
    SubmitError localError;
    SubmitError &err = error ? *error : localError;
    err = SubmitError{};

    const bool correcting = !request.correctsRefid.isEmpty();
    if (correcting && !checkCorrectable(request.correctsRefid, &err))
        return std::nullopt;
    const std::optional<SaleRequest> n = ProductRules::normalize(request, &err);
    if (!n)
        return std::nullopt;
    if (!m_client.configError().isEmpty()) {
        err = {QStringLiteral("config"), m_client.configError()};
        return std::nullopt;
    }
    if (!m_journal.isOpen()) {
        err = {QStringLiteral("journal"), tr("The sales journal is not open. Nothing was sent.")};
        return std::nullopt;
    }
    const QJsonObject extras = ProductRules::extras(*n);
    if (!correcting && isDoubleClick(*n, extras, &err))
        return std::nullopt;

    // The row as journaled (a new sale) or as it reads after the correction.
    SaleRecord row;
    row.product = n->product;
    row.account = n->account;
    row.amount = n->amount;
    row.extras = extras;
    row.state = SaleState::New;
    row.attempts = 1;   // the first request goes out right after this one commit
    bool stored = false;
    if (correcting) {
        row.refid = request.correctsRefid;
        row.requestBody = buildRequestBody(row.refid, *n);
        stored = m_journal.rewriteRejected(row.refid, n->product, n->account, n->amount, extras,
                                           row.requestBody);
    } else {
        // The refid and the row in one commit: the body carries the refid.
        stored = m_journal.insertNewSale(row, [&n](const QString &refid) {
            return buildRequestBody(refid, *n);
        });
    }
    if (!stored) {
        err = {QStringLiteral("journal"),
               tr("The sale could not be saved in the journal (%1). Nothing was sent.")
                   .arg(m_journal.errorString())};
        return std::nullopt;
    }
    const QString refid = row.refid;
    const QByteArray body = row.requestBody;
    // The sale is durable from here on: a crash now leaves a New row that recovery sends.
    qCInfo(lcEngine).noquote() << "sale" << refid << (correcting ? "Rejected -> New (corrected)" : "-> New")
                               << "product" << n->product << "amount" << n->amount;
    Failpoint::hit(m_failpoint, "after-journal-commit");

    const std::optional<SaleRecord> rec = Failpoint::fails(m_failpoint, "read-after-commit")
        ? std::nullopt
        : m_journal.sale(refid);
    if (!rec || rec->requestBody != body) {
        leavePendingUnsent(row, rec ? tr("the stored request differs") : m_journal.errorString());
        return refid;
    }
    startFlight(*rec, false, !correcting);
    updatePendingCountLater();
    return refid;
}

bool PaymentEngine::checkCorrectable(const QString &refid, SubmitError *err) const
{
    const std::optional<SaleRecord> old = m_journal.sale(refid);
    if (!old) {
        *err = {QStringLiteral("refid"), tr("There is no sale %1 to correct.").arg(refid)};
        return false;
    }
    if (old->state != SaleState::Rejected || m_flights.contains(refid)) {
        *err = {QStringLiteral("refid"),
                tr("Sale %1 is %2, not Rejected: it may already have a transaction, so it can "
                   "only be re-queried, never sent with different details.")
                    .arg(refid, saleStateName(old->state))};
        return false;
    }
    return true;
}

bool PaymentEngine::isDoubleClick(const SaleRequest &n, const QJsonObject &extras, SubmitError *err) const
{
    if (m_duplicateGuardMs <= 0)
        return false;
    for (const Flight *f : std::as_const(m_flights)) {
        if (f->call && f->started.isValid() && f->started.elapsed() < m_duplicateGuardMs
            && f->record.product == n.product && f->record.account == n.account
            && f->record.amount == n.amount && f->record.extras == extras) {
            *err = {QStringLiteral("duplicate"),
                    tr("The same sale (%1) was sent a moment ago and is still in progress.")
                        .arg(f->refid)};
            return true;
        }
    }
    return false;
}

void PaymentEngine::leavePendingUnsent(const SaleRecord &row, const QString &why)
{
    // The row is committed: the refid is this sale's for good. Returning nullopt ("nothing
    // was sent") would invite a second sale for the same customer while recovery sends
    // this one. The sale stays pending with its refid; this engine does not send it now
    // because the journal it would record the answer in just failed.
    SaleRecord pending = row;
    pending.lastError = tr("Sale %1 is saved in the journal but could not be read back (%2). "
                           "It was not sent now; it stays pending and recovery sends it once "
                           "the journal works.").arg(row.refid, why);
    emit saleSettled(pending);
    emit journalProblem(pending.lastError);
    updatePendingCount();
}

bool PaymentEngine::requery(const QString &refid)
{
    return driveExisting(refid, false);
}

bool PaymentEngine::queryOnce(const QString &refid)
{
    return driveExisting(refid, true);
}

bool PaymentEngine::driveExisting(const QString &refid, bool once)
{
    if (Flight *f = m_flights.value(refid)) {
        if (!f->call)
            sendNow(f);   // single flight: an answer already on its way is the query
        return true;
    }
    if (m_stale->contains(refid))
        return true;   // its lookup decides whether it is re-queried
    const std::optional<SaleRecord> rec = m_journal.sale(refid);
    if (!rec)
        return false;
    // A stale sale that never got an answer is looked up, never sent blindly; a single status
    // query (once) never sends one at all.
    if (m_stale->isStaleUnanswered(*rec))
        return !once && m_stale->start(*rec, false);
    // Failed and Refund are final: only a status query (once) asks about them again, so that
    // support can compare the journal with IIMMPACT; the journal keeps its state.
    const bool finalQuery = once && (rec->state == SaleState::Failed || rec->state == SaleState::Refund);
    if (!needsRequery(rec->state) && rec->state != SaleState::Succesful && !finalQuery)
        return false;
    // A Succesful sale is only ever asked once more (it may have become Refund).
    startFlight(*rec, once || rec->isFinal());
    return true;
}

void PaymentEngine::recoverAll()
{
    if (!m_journal.isOpen())
        return;
    const QList<SaleRecord> pending = m_journal.nonFinal();
    for (const SaleRecord &rec : pending) {
        if (m_flights.contains(rec.refid) || m_stale->contains(rec.refid))
            continue;
        // Never sent blindly: a stale never-answered sale is looked up first, and a sale that
        // needs a decision only ever gets a lookup (IIMMPACT's list may have caught up).
        if (rec.state == SaleState::NeedsDecision || m_stale->isStaleUnanswered(rec))
            m_stale->start(rec, false);
        else
            startFlight(rec, false);
    }
    updatePendingCount();
}

void PaymentEngine::setBackgroundRecoveryInterval(int msecs)
{
    if (msecs <= 0) {
        delete m_background;
        m_background = nullptr;
        return;
    }
    if (!m_background) {
        m_background = new QTimer(this);
        connect(m_background, &QTimer::timeout, this, &PaymentEngine::recoverAll);
    }
    m_background->start(msecs);
}

bool PaymentEngine::isActive(const QString &refid) const
{
    return m_flights.contains(refid) || m_stale->contains(refid);
}

int PaymentEngine::activeCount() const
{
    return int(m_flights.size()) + m_stale->count();
}

PaymentEngine::Flight *PaymentEngine::startFlight(const SaleRecord &record, bool once,
                                                  bool firstAttemptJournaled)
{
    auto *f = new Flight;
    f->refid = record.refid;
    f->record = record;
    f->once = once;
    f->firstAttemptJournaled = firstAttemptJournaled;
    f->sawTransaction = record.hasTransactionEvidence();
    f->needsReview = record.needsReview;
    f->deadline = QDeadlineTimer(m_timing.deadlineMs, Qt::PreciseTimer);
    f->started.start();
    f->wait = new QTimer(this);
    f->wait->setSingleShot(true);
    f->wait->setTimerType(Qt::PreciseTimer);
    const QString refid = record.refid;
    connect(f->wait, &QTimer::timeout, this, [this, refid] {
        if (Flight *fl = m_flights.value(refid))
            sendNow(fl);
    });
    f->deadlineTimer = new QTimer(this);
    f->deadlineTimer->setSingleShot(true);
    f->deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(f->deadlineTimer, &QTimer::timeout, this, [this, refid] { onDeadline(refid); });
    f->deadlineTimer->start(m_timing.deadlineMs);
    m_flights.insert(refid, f);
    sendNow(f);
    return m_flights.value(refid);
}

void PaymentEngine::sendNow(Flight *f)
{
    if (f->call)
        return;   // single flight: the answer in flight will tell us
    f->wait->stop();
    const qint64 remaining = f->deadline.remainingTime();
    if (remaining <= 0) {
        settle(f);
        return;
    }
    const QString refid = f->refid;
    if (f->firstAttemptJournaled) {
        // insertSale committed the row and this first attempt together: one commit before the
        // first byte, and the body is the one just written.
        f->firstAttemptJournaled = false;
    } else {
        // The body comes from the journal's current row, read in the transaction that counts
        // this attempt: another driver may have corrected a Rejected sale since this flight
        // began, and the copy in memory would then be another sale under the same refid.
        const std::optional<SaleRecord> current = m_journal.beginAttempt(refid);
        if (!current) {
            const QString error = m_journal.errorString();
            const std::optional<SaleRecord> now = m_journal.sale(refid);
            if (now && isNeverSentState(now->state)) {
                leaveToJournal(f, *now);   // nothing sent, nothing recorded
                return;
            }
            journalFailure(f, error);
            return;
        }
        f->record = *current;
        if (current->hasTransactionEvidence())
            f->sawTransaction = true;
        if (current->needsReview)
            f->needsReview = true;
    }
    f->sentBody = f->record.requestBody;
    f->requestTimer.start();
    qCDebug(lcEngine).noquote() << "sale" << refid << "attempt" << f->record.attempts << "sending,"
                                << remaining << "ms before the deadline";
    TopupCall *call = m_client.topup(f->sentBody, int(std::max<qint64>(1, remaining)));
    f->call = call;
    connect(call, &TopupCall::requestSent, this, [this, refid] {
        Failpoint::hit(m_failpoint, "in-flight");
        emit requestSent(refid);
    });
    connect(call, &TopupCall::finished, this, [this, refid, call](const TopupOutcome &outcome) {
        onCallFinished(refid, call, outcome);
    });

    // Signals only after the request is on its way; the flight may be gone afterwards.
    const int attempt = f->record.attempts;
    emit requestStarted(refid, attempt);
    if (Flight *again = m_flights.value(refid))
        emit saleUpdated(again->record);
}

void PaymentEngine::onCallFinished(const QString &refid, TopupCall *call, const TopupOutcome &outcome)
{
    // The answer exists only in memory until recordOutcome below.
    Failpoint::hit(m_failpoint, "after-response");
    call->deleteLater();
    Flight *f = m_flights.value(refid);
    if (!f || f->call != call)
        return;   // stale: the flight settled or moved on
    f->call = nullptr;
    handleOutcome(f, outcome);
}

int PaymentEngine::backoffMs(int streak) const
{
    qint64 wait = m_timing.pollIntervalMs;
    for (int i = 1; i < streak && wait < m_timing.maxBackoffMs; ++i)
        wait *= 2;
    return int(std::min<qint64>(wait, m_timing.maxBackoffMs));
}

void PaymentEngine::handleOutcome(Flight *f, const TopupOutcome &o)
{
    const QString refid = f->refid;
    const bool alreadyFinal = f->record.isFinal();   // a status query of a Succesful sale

    // What the answer means is decided by pure rules (OutcomeDecision, table-tested); the
    // engine journals it, then schedules or settles.
    OutcomeDecision::Knowledge known;
    known.state = f->record.state;
    known.sawTransaction = f->sawTransaction;
    known.needsReview = f->needsReview;
    known.recheckedFailed54 = f->recheckedFailed54;
    known.unauthorizedStreak = f->unauthorizedStreak;
    const OutcomeDecision::Decision d = OutcomeDecision::decide(o, known);
    f->sawTransaction = d.sawTransaction;
    f->needsReview = d.needsReview;
    f->recheckedFailed54 = d.recheckedFailed54;
    f->unauthorizedStreak = d.unauthorizedStreak;
    if (d.resetUnknownStreak)
        f->unknownStreak = 0;
    using Next = OutcomeDecision::Next;
    Next next = d.next;
    const bool authProblem = d.authProblem;
    const bool mismatch = o.echoMismatch;
    if (next == Next::Backoff || next == Next::RetryAfter || next == Next::RetrySoon)
        ++f->unknownStreak;

    SaleRecord u = f->record;
    if (o.httpStatus > 0)
        u.httpStatus = o.httpStatus;
    if (d.applyData && o.data)
        applyData(u, *o.data);
    u.state = d.state;
    u.lastError = d.lastError;
    u.needsReview = f->needsReview;
    u.transactionSeen = f->sawTransaction;   // journaled: survives a restart or a deadline

    if (alreadyFinal) {
        answerAboutFinalSale(f, u, next, authProblem, mismatch, o.message);
        return;
    }

    if (!commit(f, u))
        return;
    if (authProblem)
        emit authenticationProblem(o.message);
    f = m_flights.value(refid);
    if (!f)
        return;
    if (f->call)
        return;   // a slot already re-queried it

    if (f->once && next != Next::RetrySoon)
        next = Next::Settle;
    scheduleNext(f, next, o.retryAfterSecs);
}

void PaymentEngine::answerAboutFinalSale(Flight *f, SaleRecord u, OutcomeDecision::Next next,
                                         bool authProblem, bool mismatch, const QString &message)
{
    using Next = OutcomeDecision::Next;
    const QString refid = f->refid;
    // A status query of a final sale: the journal keeps its state unless its transition
    // rules allow the change (Succesful -> Refund). An answer that contradicts it (another
    // final or a pending status, a 400, another sale's echo) is flagged for a person.
    const SaleState was = f->record.state;
    const bool reported = !authProblem && !mismatch
        && ((next == Next::Settle && isFinalState(u.state)) || next == Next::Poll);
    const bool newlyFlagged = f->needsReview && !f->record.needsReview;
    if (reported || newlyFlagged) {
        if (!reported || !Journal::isTransitionAllowed(was, u.state, true)) {
            const QString said = reported ? tr("The server now reports %1 for this %2 sale.")
                                                .arg(u.statusText, saleStateName(was))
                                          : u.lastError;
            u = f->record;
            u.needsReview = true;
            u.lastError = said;
        }
        if (!commit(f, u))
            return;
    }
    if (authProblem)
        emit authenticationProblem(message);
    if (Flight *fl = m_flights.value(refid)) {
        if (next == Next::RetrySoon)
            schedule(fl, std::min(m_timing.pollIntervalMs, 1000), false);
        else
            settle(fl);
    }
}

void PaymentEngine::scheduleNext(Flight *f, OutcomeDecision::Next next, int retryAfterSecs)
{
    using Next = OutcomeDecision::Next;
    switch (next) {
    case Next::Settle:
        settle(f);
        break;
    case Next::Poll:
        schedule(f, m_timing.pollIntervalMs, true);
        break;
    case Next::Backoff:
        schedule(f, backoffMs(f->unknownStreak), true);
        break;
    case Next::RetrySoon:
        schedule(f, std::min(m_timing.pollIntervalMs, 1000), false);
        break;
    case Next::RetryAfter:
        // Honour Retry-After: never earlier; jitter only adds.
        schedule(f, std::max(retryAfterSecs * 1000, 0)
                        + int(QRandomGenerator::global()->bounded(m_timing.jitterMs + 1)),
                 false);
        break;
    }
}

bool PaymentEngine::commit(Flight *f, const SaleRecord &update)
{
    SaleRecord stored;
    if (!m_journal.recordOutcome(f->refid, update, f->sentBody, &stored, f->record.state)) {
        if (m_journal.lastWriteWasStaleBody()) {
            // Another driver corrected the sale while this request was out: the answer is about
            // a body that is no longer the sale's. Nothing is recorded; the journal's copy stands.
            leaveToJournal(f, f->record);
            return false;
        }
        journalFailure(f, m_journal.errorString());
        return false;
    }
    const QString refid = f->refid;
    const SaleState from = f->record.state;
    f->record = stored;
    // One line per journaled change: what a support engineer reads when a shop calls.
    qCInfo(lcEngine).noquote().nospace()
        << "sale " << refid << " " << saleStateName(from) << " -> " << saleStateName(f->record.state)
        << ", attempt " << f->record.attempts << ", HTTP " << f->record.httpStatus.value_or(0)
        << ", status code " << (f->record.statusCode ? QString::number(*f->record.statusCode) : QStringLiteral("-"))
        << ", request " << (f->requestTimer.isValid() ? f->requestTimer.elapsed() : 0) << " ms, "
        << f->started.elapsed() << " ms since start"
        << (f->record.needsReview ? ", needs review" : "")
        << (f->record.lastError.isEmpty() ? QString() : QStringLiteral("; ") + f->record.lastError);
    const SaleRecord copy = f->record;
    emit saleUpdated(copy);
    return true;
}

void PaymentEngine::schedule(Flight *f, int waitMs, bool addJitter)
{
    qint64 wait = std::max(0, waitMs);
    if (addJitter && m_timing.jitterMs > 0) {
        const int j = m_timing.jitterMs;
        wait += qint64(QRandomGenerator::global()->bounded(2 * j + 1)) - j;
        wait = std::max<qint64>(0, wait);
    }
    // A query that could not start before the deadline is not worth waiting for.
    if (wait >= f->deadline.remainingTime()) {
        settle(f);
        return;
    }
    f->wait->start(int(wait));
    emit nextQueryIn(f->refid, int(wait));
}

void PaymentEngine::onDeadline(const QString &refid)
{
    Flight *f = m_flights.value(refid);
    if (!f)
        return;
    if (f->call) {
        // abort() reports Unknown synchronously; handleOutcome records it and settles
        // because no time is left.
        f->call->abort();
        return;
    }
    settle(f);
}

void PaymentEngine::settle(Flight *f, bool announce)
{
    m_flights.remove(f->refid);
    const SaleRecord rec = f->record;
    qCInfo(lcEngine).noquote().nospace() << "sale " << rec.refid << " settled " << saleStateName(rec.state)
                                         << " after " << f->started.elapsed() << " ms, "
                                         << rec.attempts << " attempt(s)";
    destroyFlight(f);
    if (announce)
        emit saleUpdated(rec);
    emit saleSettled(rec);
    updatePendingCount();
}

void PaymentEngine::leaveToJournal(Flight *f, const SaleRecord &fallback)
{
    f->record = m_journal.sale(f->refid).value_or(fallback);
    settle(f, true);
}

void PaymentEngine::journalFailure(Flight *f, const QString &what)
{
    const QString message = tr("The sales journal could not record sale %1 (%2). Nothing more is "
                               "sent for it until the journal works again.")
                                .arg(f->refid, what);
    f->record.lastError = message;
    qCWarning(lcEngine).noquote() << "sale" << f->refid << "journal write failed:" << what;
    // Settled before anyone hears of it: a slot may open a dialog whose event loop runs the
    // flight's timers, and the flight must not exist by then.
    settle(f);
    emit journalProblem(message);
}

void PaymentEngine::destroyFlight(Flight *f)
{
    if (f->call) {
        TopupCall *call = f->call;
        disconnect(call, nullptr, this, nullptr);
        delete call;   // aborts without emitting finished(); only reached from ~PaymentEngine
    }
    // Timers may be the sender of the slot running now: never delete them synchronously.
    f->wait->stop();
    f->deadlineTimer->stop();
    f->wait->deleteLater();
    f->deadlineTimer->deleteLater();
    delete f;
}

void PaymentEngine::updatePendingCountLater()
{
    if (m_pendingCountQueued)
        return;
    m_pendingCountQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pendingCountQueued = false;
        updatePendingCount();
    }, Qt::QueuedConnection);
}

void PaymentEngine::updatePendingCount()
{
    if (!m_journal.isOpen())
        return;
    const int n = m_journal.nonFinalCount();
    if (n != m_lastPendingCount) {
        m_lastPendingCount = n;
        emit pendingCountChanged(n);
    }
}

// --- Stale sales that never got an answer (StaleSaleResolver) ---

bool PaymentEngine::isStaleUnanswered(const SaleRecord &sale) const
{
    return m_stale->isStaleUnanswered(sale);
}

void PaymentEngine::setStaleSaleAgeMs(qint64 msecs)
{
    m_stale->setStaleSaleAgeMs(msecs);
}

qint64 PaymentEngine::staleSaleAgeMs() const
{
    return m_stale->staleSaleAgeMs();
}

void PaymentEngine::onStaleSaleFound(const SaleRecord &stored)
{
    // Found at IIMMPACT, or sent by a supervisor's decision: driven as any sale from here; the
    // flight emits its own signals.
    startFlight(stored, false);
    updatePendingCount();
}

bool PaymentEngine::sendDecided(const QString &refid, QString *error)
{
    return m_stale->sendDecided(refid, error);
}

bool PaymentEngine::voidSale(const QString &refid, QString *error)
{
    return m_stale->voidSale(refid, error);
}
