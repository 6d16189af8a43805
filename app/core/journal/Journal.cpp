#include "Journal.h"
#include "JournalRows.h"
#include "JournalSchema.h"

#include "util/Clock.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace JournalRows;

namespace {

QString randomTerminalId()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString id;
    id.reserve(8);
    for (int i = 0; i < 8; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    return id;
}

// The date part of a refid is the Malaysian calendar date (MYT, UTC+8, no DST), so a sale rung
// up at 07:30 in Kuala Lumpur carries that day's date, not yesterday's UTC date.
QString malaysianDate(const QDateTime &utcNow)
{
    const QDate d = utcNow.toOffsetFromUtc(8 * 3600).date();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return u"00000000"_s;   // a clock this wrong cannot make a refid repeat: seq still does
    return QString::number(d.year()).rightJustified(4, u'0')
        + QString::number(d.month()).rightJustified(2, u'0')
        + QString::number(d.day()).rightJustified(2, u'0');
}

} // namespace

Journal::Journal(const Clock &clock)
    : m_clock(clock)
{
}

Journal::~Journal()
{
    close();
}

int Journal::latestSchemaVersion()
{
    return JournalSchema::latestVersion();
}

bool Journal::open(const QString &dataDir)
{
    close();
    if (!m_db.open(dataDir) || !loadTerminalId()) {
        m_db.close();
        return false;
    }
    m_open = true;
    qCInfo(lcJournal).noquote() << "opened" << QDir::toNativeSeparators(m_db.path()) << "schema"
                                << m_db.schemaVersion() << "terminal" << m_terminalId;
    return true;
}

void Journal::close()
{
    m_open = false;
    m_terminalId.clear();
    m_db.close();
}

bool Journal::isOpen() const
{
    return m_open;
}

int Journal::schemaVersion() const
{
    return m_open ? m_db.schemaVersion() : 0;
}

QString Journal::journalMode() const
{
    return checkOpen() ? m_db.journalMode() : QString();
}

int Journal::synchronousLevel() const
{
    return checkOpen() ? m_db.synchronousLevel() : -1;
}

bool Journal::fail(const QString &message) const
{
    return m_db.fail(message);
}

bool Journal::checkOpen() const
{
    if (m_open)
        return true;
    return fail(tr("The sale journal is not open; nothing can be recorded."));
}

bool Journal::loadTerminalId()
{
    // Also the write probe of every open: a journal that cannot take a committed write (lock
    // held elsewhere, read-only file) fails here, before the till offers to sell.
    QString id;
    const bool ok = write(tr("opening the journal"), [&](QSqlQuery &q) {
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'terminal_id'"_s))
            return fail(describe(q.lastError()));
        id = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (id.isEmpty()) {
            id = randomTerminalId();
            q.prepare(u"INSERT INTO meta (key, value) VALUES ('terminal_id', ?)"_s);
            q.addBindValue(id);
            if (!q.exec())
                return fail(describe(q.lastError()));
        }
        // In the opening write, so no open costs an extra commit (see historyIndexes()).
        for (const QString &sql : JournalSchema::historyIndexes()) {
            if (!q.exec(sql))
                return fail(describe(q.lastError()));
        }
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('last_opened_at', ?)"_s);
        q.addBindValue(m_clock.msecsSinceEpoch());
        return q.exec() || fail(describe(q.lastError()));
    });
    if (ok)
        m_terminalId = id;
    return ok;
}

bool Journal::allocateRefid(const QString &what, QString *refid)
{
    const Statement bump = m_db.statement(u"UPDATE meta SET value = value + 1 WHERE key = 'refid_seq'"_s);
    if (!bump.isPrepared() || !bump->exec() || bump->numRowsAffected() != 1)
        return fail(tr("Error while %1: %2").arg(what, describe(bump->lastError())));
    const Statement read = m_db.statement(u"SELECT value FROM meta WHERE key = 'refid_seq'"_s);
    if (!read.isPrepared() || !read->exec() || !read->next())
        return fail(tr("Error while %1: %2").arg(what, describe(read->lastError())));
    *refid = m_terminalId + u'-' + malaysianDate(m_clock.now()) + u'-'
        + QString::number(read->value(0).toLongLong()).rightJustified(6, u'0');
    return true;
}

QString Journal::nextRefid()
{
    if (!checkOpen())
        return {};
    const QString what = tr("allocating a refid");
    QString refid;
    // Committed before the refid leaves this function: after a crash the next one is higher.
    const bool ok = write(what, [&](QSqlQuery &) { return allocateRefid(what, &refid); },
                          Durability::Crash);   // see Durability: the sale row's sync covers it
    return ok ? refid : QString();
}

bool Journal::checkComplete(const SaleRecord &rec)
{
    if (!rec.refid.isEmpty() && !rec.product.isEmpty() && !rec.account.isEmpty()
        && !rec.amount.isEmpty() && !rec.requestBody.isEmpty())
        return true;
    return fail(tr("Sale %1 is incomplete (refid, product, account, amount and request body "
                   "are required); nothing was recorded.")
                    .arg(rec.refid));
}

bool Journal::insertRow(SaleRecord &rec, const QString &what)
{
    const qint64 now = m_clock.msecsSinceEpoch();
    const int attempts = rec.attempts > 0 ? 1 : 0;   // see Journal.h: only the first request
    const Statement insert = m_db.statement(
        u"INSERT INTO sales (refid, terminal_id, product, account, amount, extras, "
        "request_body, state, status_code, status_text, http_status, product_name, sn, "
        "pin, expiry, voucherlink, note, remarks, created_at, updated_at, final_at, "
        "attempts, last_error, needs_review) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'New', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"_s);
    if (!insert.isPrepared())
        return false;
    QSqlQuery &q = *insert;
    q.addBindValue(rec.refid);
    q.addBindValue(m_terminalId);
    q.addBindValue(rec.product);
    q.addBindValue(rec.account);
    q.addBindValue(rec.amount);
    q.addBindValue(extrasText(rec.extras));
    q.addBindValue(rec.requestBody);   // bound as a BLOB: the bytes, not a re-encoding
    q.addBindValue(intOrNull(rec.statusCode));
    q.addBindValue(textOrNull(rec.statusText));
    q.addBindValue(intOrNull(rec.httpStatus));
    q.addBindValue(textOrNull(rec.productName));
    q.addBindValue(textOrNull(rec.sn));
    q.addBindValue(textOrNull(rec.pin));
    q.addBindValue(textOrNull(rec.expiry));
    q.addBindValue(textOrNull(rec.voucherlink));
    q.addBindValue(textOrNull(rec.note));
    q.addBindValue(textOrNull(rec.remarks));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(attempts);
    q.addBindValue(textOrNull(rec.lastError));
    q.addBindValue(rec.needsReview ? 1 : 0);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (JournalDatabase::isConstraintViolation(error) && sale(rec.refid)) {
            return fail(tr("Refid %1 is already in the journal; a refid is never reused for "
                           "another sale.").arg(rec.refid));
        }
        return fail(tr("Error while %1: %2").arg(what, describe(error)));
    }
    // The caller's copy as committed (it is only handed out once COMMIT succeeded).
    rec.id = q.lastInsertId().toLongLong();
    rec.terminalId = m_terminalId;
    rec.state = SaleState::New;
    rec.attempts = attempts;
    rec.finalAt.reset();
    rec.createdAt = fromMs(now);
    rec.updatedAt = rec.createdAt;
    SaleEvent saved;
    saved.kind = SaleEvent::Kind::Saved;
    saved.at = rec.createdAt;
    saved.attempt = attempts;
    return appendEvent(rec.id, saved, what);
}

bool Journal::insertSale(SaleRecord &rec)
{
    if (!checkOpen() || !checkComplete(rec))
        return false;
    const QString what = tr("recording sale %1").arg(rec.refid);
    SaleRecord row = rec;
    if (!write(what, [&](QSqlQuery &) { return insertRow(row, what); }))
        return false;
    rec = row;
    return true;
}

bool Journal::insertNewSale(SaleRecord &rec, const std::function<QByteArray(const QString &)> &bodyFor)
{
    if (!checkOpen())
        return false;
    const QString what = tr("allocating a refid");
    SaleRecord row = rec;
    const bool ok = write(what, [&](QSqlQuery &) {
        if (!allocateRefid(what, &row.refid))
            return false;
        row.requestBody = bodyFor(row.refid);
        return checkComplete(row) && insertRow(row, tr("recording sale %1").arg(row.refid));
    });
    if (!ok)
        return false;
    rec = row;
    return true;
}

bool Journal::rewriteRejected(const QString &refid, const QString &product, const QString &account,
                              const QString &amount, const QJsonObject &extras,
                              const QByteArray &body)
{
    if (!checkOpen())
        return false;
    if (product.isEmpty() || account.isEmpty() || amount.isEmpty() || body.isEmpty()) {
        return fail(tr("The correction of sale %1 is incomplete (product, account, amount and "
                       "request body are required); nothing was changed.").arg(refid));
    }
    const QString what = tr("correcting sale %1").arg(refid);
    return write(what, [&](QSqlQuery &q) {
        q.prepare(u"SELECT id, state, attempts FROM sales WHERE refid = ?"_s);
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (!q.next())
            return fail(tr("There is no sale %1 in the journal.").arg(refid));
        const qint64 id = q.value(0).toLongLong();
        const QString state = q.value(1).toString();
        const int attempts = q.value(2).toInt();
        q.finish();
        if (state != saleStateName(SaleState::Rejected)) {
            // Any other state may have created a transaction at IIMMPACT: changing the body under
            // the same refid could charge a different sale.
            return fail(tr("Sale %1 is %2; only a rejected sale (no transaction was created) can be "
                           "corrected under the same refid.").arg(refid, state));
        }
        q.prepare(u"UPDATE sales SET product = ?, account = ?, amount = ?, extras = ?, "
                  "request_body = ?, state = 'New', updated_at = ? WHERE id = ?"_s);
        q.addBindValue(product);
        q.addBindValue(account);
        q.addBindValue(amount);
        q.addBindValue(extrasText(extras));
        q.addBindValue(body);
        const qint64 now = m_clock.msecsSinceEpoch();
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1)
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        SaleEvent corrected;
        corrected.kind = SaleEvent::Kind::Corrected;
        corrected.at = fromMs(now);
        corrected.attempt = attempts;
        return appendEvent(id, corrected, what);
    });
}

bool Journal::recordAttempt(const QString &refid)
{
    if (!checkOpen())
        return false;
    const QString what = tr("recording an attempt for sale %1").arg(refid);
    return write(what, [&](QSqlQuery &q) {
        const qint64 now = m_clock.msecsSinceEpoch();
        q.prepare(u"UPDATE sales SET attempts = attempts + 1, updated_at = ? WHERE refid = ?"_s);
        q.addBindValue(now);
        q.addBindValue(refid);
        if (!q.exec())
            return fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
        if (q.numRowsAffected() != 1)
            return fail(tr("There is no sale %1 in the journal.").arg(refid));
        q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, attempt) "
                  "SELECT id, ?, 'request', attempts FROM sales WHERE refid = ?"_s);
        q.addBindValue(now);
        q.addBindValue(refid);
        return (q.exec() && q.numRowsAffected() == 1)
            || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
    }, Durability::Crash);
}

bool Journal::isTransitionAllowed(SaleState from, SaleState to, bool transactionSeen)
{
    // With a transaction at IIMMPACT, "no transaction" states are impossible.
    if (transactionSeen && isNeverSentState(to))
        return false;
    // Only a supervisor's decision voids, and only a sale that was never answered.
    if (to == SaleState::Voided)
        return from == SaleState::NeedsDecision || from == SaleState::Voided;
    if (to == SaleState::NeedsDecision)
        return from == SaleState::New || from == SaleState::Unknown
            || from == SaleState::NeedsDecision;
    // A NeedsDecision sale is only sent again by decision (back to New) or found by a lookup.
    if (from == SaleState::NeedsDecision && to == SaleState::Rejected)
        return false;
    if (!isFinalState(from))
        return true;
    // A final answer is the end of the transaction; only a later void can follow a success.
    return from == to || (from == SaleState::Succesful && to == SaleState::Refund);
}

namespace {

// See Durability: only a pending-to-pending answer that flags nothing can be lost to a power
// cut, because the re-query that follows learns it again.
Journal::Durability outcomeDurability(SaleState from, const SaleRecord &update)
{
    return needsRequery(from) && needsRequery(update.state) && update.state != SaleState::New
            && !update.needsReview
        ? Journal::Durability::Crash
        : Journal::Durability::PowerLoss;
}

// The row as recordOutcome() leaves it: `update`'s answer fields over the stored row.
SaleRecord mergeOutcome(const SaleRecord &row, const SaleRecord &update, bool seen, const QDateTime &now)
{
    SaleRecord merged = row;
    merged.state = update.state;
    merged.statusCode = update.statusCode;
    merged.statusText = update.statusText;
    merged.httpStatus = update.httpStatus;
    merged.productName = update.productName;
    merged.sn = update.sn;
    merged.pin = update.pin;
    merged.expiry = update.expiry;
    merged.voucherlink = update.voucherlink;
    merged.note = update.note;
    merged.remarks = update.remarks;
    merged.lastError = update.lastError;
    merged.needsReview = update.needsReview;
    merged.updatedAt = now;
    merged.attempts = std::max(row.attempts, update.attempts);
    merged.transactionSeen = seen;
    if (!merged.finalAt && isFinalState(update.state))
        merged.finalAt = now;   // the first time the sale was final, never moved later
    if (row.state == SaleState::Succesful) {
        // What IIMMPACT issued for a Succesful sale stays on record, even when a later answer
        // (Refund: voided) no longer carries it: history and reprints show what was issued.
        const std::optional<QString> issued[6] = {row.productName, row.sn,          row.pin,
                                                  row.expiry,      row.voucherlink, row.note};
        std::optional<QString> *fields[6] = {&merged.productName, &merged.sn,          &merged.pin,
                                             &merged.expiry,      &merged.voucherlink, &merged.note};
        for (int i = 0; i < 6; ++i) {
            if (!*fields[i] || fields[i]->value().isEmpty())
                *fields[i] = issued[i];
        }
    }
    return merged;
}

} // namespace

bool Journal::readForWrite(const QString &refid, const QString &what, SaleRecord *row)
{
    const Statement read = m_db.statement(JournalSchema::selectSales("WHERE refid = ?"_L1));
    if (!read.isPrepared())
        return false;
    read->addBindValue(refid);
    if (!read->exec())
        return fail(tr("Error while %1: %2").arg(what, describe(read->lastError())));
    if (!read->next())
        return fail(tr("There is no sale %1 in the journal.").arg(refid));
    *row = readSale(*read);
    return true;
}

bool Journal::storeOutcome(const SaleRecord &merged, const QString &what)
{
    const Statement up = m_db.statement(
        u"UPDATE sales SET state = ?, status_code = ?, status_text = ?, http_status = ?, "
        "product_name = ?, sn = ?, pin = ?, expiry = ?, voucherlink = ?, note = ?, "
        "remarks = ?, last_error = ?, needs_review = ?, updated_at = ?, final_at = ?, "
        "attempts = ?, transaction_seen = ? "
        "WHERE id = ?"_s);
    if (!up.isPrepared())
        return false;
    QSqlQuery &q = *up;
    q.addBindValue(saleStateName(merged.state));
    q.addBindValue(intOrNull(merged.statusCode));
    q.addBindValue(textOrNull(merged.statusText));
    q.addBindValue(intOrNull(merged.httpStatus));
    q.addBindValue(textOrNull(merged.productName));
    q.addBindValue(textOrNull(merged.sn));
    q.addBindValue(textOrNull(merged.pin));
    q.addBindValue(textOrNull(merged.expiry));
    q.addBindValue(textOrNull(merged.voucherlink));
    q.addBindValue(textOrNull(merged.note));
    q.addBindValue(textOrNull(merged.remarks));
    q.addBindValue(textOrNull(merged.lastError));
    q.addBindValue(merged.needsReview ? 1 : 0);
    q.addBindValue(merged.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(merged.finalAt ? QVariant(merged.finalAt->toMSecsSinceEpoch())
                                  : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(merged.attempts);
    q.addBindValue(merged.transactionSeen ? 1 : 0);
    q.addBindValue(merged.id);
    return (q.exec() && q.numRowsAffected() == 1)
        || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
}

bool Journal::appendEvent(qint64 saleId, const SaleEvent &event, const QString &what)
{
    const Statement insert = m_db.statement(
        u"INSERT INTO sale_events (sale_id, at, kind, attempt, state, http_status, status_code, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert.isPrepared())
        return false;
    QSqlQuery &q = *insert;
    q.addBindValue(saleId);
    q.addBindValue(event.at.toMSecsSinceEpoch());
    q.addBindValue(SaleEvent::kindName(event.kind));
    q.addBindValue(event.attempt);
    q.addBindValue(event.state ? QVariant(saleStateName(*event.state)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(intOrNull(event.httpStatus));
    q.addBindValue(intOrNull(event.statusCode));
    q.addBindValue(textOrNull(event.error));
    return q.exec() || fail(tr("Error while %1: %2").arg(what, describe(q.lastError())));
}

bool Journal::recordOutcome(const QString &refid, const SaleRecord &update,
                            const QByteArray &answeredBody, SaleRecord *stored,
                            std::optional<SaleState> storedState)
{
    m_staleBody = false;
    if (!checkOpen())
        return false;
    const QString what = tr("recording the outcome of sale %1").arg(refid);
    // SQLite only changes the synchronous level outside a transaction, so the stored state is
    // known first (the caller's copy, or read); inside the transaction it is read again, and a
    // state that does not allow the lighter durability (a stale copy, another writer) makes
    // this write go again at PowerLoss.
    Durability durability = Durability::PowerLoss;
    if (storedState) {
        durability = outcomeDurability(*storedState, update);   // the caller's copy: checked below
    } else {
        const Statement peek = m_db.statement(u"SELECT state FROM sales WHERE refid = ?"_s);
        if (peek.isPrepared()) {
            peek->addBindValue(refid);
            if (peek->exec() && peek->next()) {
                const SaleState from = saleStateFromName(peek->value(0).toString()).value_or(SaleState::Unknown);
                durability = outcomeDurability(from, update);
            }
        }
    }
    bool strengthen = false;
    SaleRecord merged;   // the row as committed
    const auto store = [&](QSqlQuery &) {
        SaleRecord row;
        if (!readForWrite(refid, what, &row))
            return false;
        if (!answeredBody.isEmpty() && answeredBody != row.requestBody) {
            // Another driver corrected the sale since this request left: the answer is about a
            // body that is no longer the sale's, so it says nothing about the sale.
            m_staleBody = true;
            return fail(tr("The answer for sale %1 was about a request body that is no longer the "
                           "journaled one; it was not recorded.").arg(refid));
        }
        if (durability == Durability::Crash && outcomeDurability(row.state, update) != Durability::Crash) {
            strengthen = true;
            return false;
        }
        const bool seen = row.transactionSeen || update.transactionSeen;
        if (!isTransitionAllowed(row.state, update.state, seen)) {
            return fail(tr("Sale %1 is %2%3; it cannot become %4. Nothing was changed.")
                            .arg(refid, saleStateName(row.state),
                                 seen ? tr(" and IIMMPACT has a transaction for it") : QString(),
                                 saleStateName(update.state)));
        }
        merged = mergeOutcome(row, update, seen, fromMs(m_clock.msecsSinceEpoch()));
        if (!storeOutcome(merged, what))
            return false;
        SaleEvent outcome;
        outcome.kind = SaleEvent::Kind::Outcome;
        outcome.at = merged.updatedAt;
        outcome.attempt = merged.attempts;
        outcome.state = merged.state;
        outcome.httpStatus = update.httpStatus;
        outcome.statusCode = update.statusCode;
        outcome.error = update.lastError;
        return appendEvent(merged.id, outcome, what);
    };
    bool ok = write(what, store, durability);
    if (!ok && strengthen) {
        strengthen = false;
        durability = Durability::PowerLoss;   // `store` checks against it
        ok = write(what, store, durability);
    }
    if (ok && stored)
        *stored = merged;
    return ok;
}

std::optional<SaleRecord> Journal::beginAttempt(const QString &refid)
{
    if (!checkOpen())
        return std::nullopt;
    const QString what = tr("recording an attempt for sale %1").arg(refid);
    SaleRecord rec;
    const qint64 now = m_clock.msecsSinceEpoch();
    const bool ok = write(what, [&](QSqlQuery &) {
        if (!readForWrite(refid, what, &rec))
            return false;
        // Rejected: no transaction exists and the body may be corrected first. NeedsDecision
        // and Voided: never sent without a supervisor's decision.
        if (isNeverSentState(rec.state))
            return fail(tr("Sale %1 is %2; no request is sent for it.").arg(refid, saleStateName(rec.state)));
        const Statement count = m_db.statement(u"UPDATE sales SET attempts = attempts + 1, updated_at = ? WHERE id = ?"_s);
        if (!count.isPrepared())
            return false;
        count->addBindValue(now);
        count->addBindValue(rec.id);
        if (!count->exec() || count->numRowsAffected() != 1)
            return fail(tr("Error while %1: %2").arg(what, describe(count->lastError())));
        SaleEvent request;
        request.kind = SaleEvent::Kind::Request;
        request.at = fromMs(now);
        request.attempt = rec.attempts + 1;
        return appendEvent(rec.id, request, what);
    }, Durability::Crash);   // a lost count only under-counts re-queries of a sent sale
    if (!ok)
        return std::nullopt;
    rec.attempts += 1;
    rec.updatedAt = fromMs(now);
    return rec;
}

std::optional<SaleRecord> Journal::sale(const QString &refid) const
{
    if (!checkOpen())
        return std::nullopt;
    const Statement q = m_db.statement(JournalSchema::selectSales("WHERE refid = ?"_L1));
    if (!q.isPrepared())
        return std::nullopt;
    q->addBindValue(refid);
    if (!q->exec()) {
        fail(describe(q->lastError()));
        return std::nullopt;
    }
    if (!q->next())
        return std::nullopt;
    return readSale(*q);
}

QList<SaleEvent> Journal::saleEvents(const QString &refid) const
{
    QList<SaleEvent> out;
    if (!checkOpen())
        return out;
    const Statement q = m_db.statement(
        u"SELECT e.at, e.kind, e.attempt, e.state, e.http_status, e.status_code, e.error "
        "FROM sale_events e JOIN sales s ON s.id = e.sale_id WHERE s.refid = ? ORDER BY e.id"_s);
    if (!q.isPrepared())
        return out;
    q->addBindValue(refid);
    if (!q->exec()) {
        fail(describe(q->lastError()));
        return out;
    }
    while (q->next()) {
        SaleEvent e;
        e.at = fromMs(q->value(0).toLongLong());
        e.kind = SaleEvent::kindFromName(q->value(1).toString()).value_or(SaleEvent::Kind::Outcome);
        e.attempt = q->value(2).toInt();
        if (!q->value(3).isNull())
            e.state = saleStateFromName(q->value(3).toString());
        if (!q->value(4).isNull())
            e.httpStatus = q->value(4).toInt();
        if (!q->value(5).isNull())
            e.statusCode = q->value(5).toInt();
        e.error = q->value(6).toString();
        out.append(e);
    }
    return out;
}

QList<SaleRecord> Journal::nonFinal() const
{
    QList<SaleRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Oldest first by id, not by time: ids are monotonic even when the wall clock is not.
    if (!q.exec(JournalSchema::selectSales("WHERE "_L1) + JournalSchema::nonFinalWhere() + " ORDER BY id"_L1)) {
        fail(describe(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(readSale(q));
    return out;
}

int Journal::nonFinalCount() const
{
    if (!checkOpen())
        return -1;
    const Statement q = m_db.statement("SELECT count(*) FROM sales WHERE "_L1 + JournalSchema::nonFinalWhere());
    if (!q.isPrepared())
        return -1;
    if (!q->exec() || !q->next()) {
        fail(describe(q->lastError()));
        return -1;
    }
    return q->value(0).toInt();
}

QList<SaleRecord> Journal::history(int limit, qint64 beforeId) const
{
    QList<SaleRecord> out;
    if (limit <= 0 || !checkOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Keyset paging on the primary key: each page is a short range scan, however deep.
    if (beforeId > 0) {
        q.prepare(JournalSchema::selectSales("WHERE id < ? ORDER BY id DESC LIMIT ?"_L1));
        q.addBindValue(beforeId);
    } else {
        q.prepare(JournalSchema::selectSales("ORDER BY id DESC LIMIT ?"_L1));
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(describe(q.lastError()));
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out.append(readSale(q));
    return out;
}

QList<SaleRecord> Journal::recentSimilar(const QString &account, const QString &amount,
                                         const QDateTime &since) const
{
    QList<SaleRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(JournalSchema::selectSales("WHERE account = ? AND created_at >= ? AND amount = ? ORDER BY id DESC"_L1));
    q.addBindValue(account);
    q.addBindValue(since.toMSecsSinceEpoch());
    q.addBindValue(amount);
    if (!q.exec()) {
        fail(describe(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(readSale(q));
    return out;
}

QList<SaleRecord> Journal::findSales(const SaleHistoryQuery &query, SaleHistoryQuery::Cursor *next) const
{
    QList<SaleRecord> out;
    if (next)
        *next = {};
    if (query.pageSize <= 0 || !checkOpen())
        return out;
    const QList<int> groups = query.groups();
    // One SELECT per pendingFirst group, each an index range in the page's order; the page
    // continues into the next group when one runs out.
    int lastGroup = -1;
    bool more = false;
    for (int group : groups) {
        if (query.after.isValid() && group < query.after.m_group)
            continue;
        const int want = query.pageSize - int(out.size());
        // One row beyond the page tells whether there is a next one without a count(*).
        const SaleHistoryQuery::Sql sql = query.sql(group, query.after, want + 1);
        const Statement q = m_db.statement(sql.text);
        if (!q.isPrepared())
            return {};
        for (const QVariant &v : sql.binds)
            q->addBindValue(v);
        if (!q->exec()) {
            fail(describe(q->lastError()));
            return {};
        }
        int read = 0;
        while (q->next()) {
            if (read == want) {
                more = true;
                break;
            }
            out.append(readSale(*q));
            ++read;
        }
        lastGroup = group;
        if (more || int(out.size()) == query.pageSize)
            break;
    }
    if (!more && !out.isEmpty() && int(out.size()) == query.pageSize) {
        // The page ended exactly at a group's end: a later group may still have rows.
        more = groups.indexOf(lastGroup) + 1 < groups.size();
    }
    if (next && more)
        *next = SaleHistoryQuery::cursorAfter(out.constLast(), lastGroup);
    return out;
}
