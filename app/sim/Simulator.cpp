#include "Simulator.h"

#include "util/Log.h"

#include "SimCatalogue.h"
#include "SimCatalogueApi.h"
#include "SimFaultPlan.h"
#include "SimHttpServer.h"
#include "SimLedger.h"
#include "SimProduct.h"
#include "SimResponse.h"
#include "SimSignatureVerifier.h"
#include "SimTopupValidator.h"
#include "util/Clock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Staging test accounts of API reference §4.1 (60123450040 too, for code 40): the transaction
// is created, runs Accepted -> Processing, then ends 200 Failed with this code.
struct StagingFailure
{
    const char16_t *account;
    int code;
    const char16_t *remarks;
};

constexpr StagingFailure stagingFailures[] = {
    {u"60123450040", 40, u"Invalid mobile number or account number"},
    {u"60123450041", 41, u"Merchant account suspended or unauthorized access"},
    {u"60123450043", 43, u"Insufficient credit"},
    {u"60123450044", 44, u"Bad format or invalid product"},
    {u"60123450045", 45, u"Product out of stock"},
    {u"60123450047", 47, u"Service temporarily unavailable, please try again later"},
    {u"60123450048", 48, u"Transaction rejected by provider"},
    {u"60123450052", 52, u"Invalid mobile number or number barred/terminated"},
    {u"60123450055", 55, u"Transaction timed out"},
    {u"60123450056", 56, u"Account blacklisted"},
    {u"60123450057", 57, u"Customer's mobile number activated"},
    {u"60123450464", 54, u"Daily transaction limit reached"},
    {u"60123450861", 61, u"Invalid denomination"},
};

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

void writeResponse(QHttpServerResponder &responder, const SimResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

SimResponse rejected(const QString &refid, int code, const QString &remarks)
{
    return SimResponse::json(400, QJsonObject{{u"data"_s, QJsonObject{{u"status"_s, u"Failed"_s},
                                                                      {u"statusCode"_s, code},
                                                                      {u"remarks"_s, remarks},
                                                                      {u"refid"_s, refid}}}});
}

QByteArray htmlPage(const QString &title, const QString &bodyHtml)
{
    return (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
            + u"</title><style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em}"
              "code,.pin{font-family:monospace;font-size:1.4em;background:#f2f2f2;padding:.2em .4em}"
              "dt{color:#555;margin-top:.8em}</style></head><body>"_s
            + bodyHtml + u"</body></html>\n"_s).toUtf8();
}
}

QByteArray Simulator::demoApiKey()
{
    return QByteArrayLiteral("iimm_demo_kaunter_simulator");
}

QByteArray Simulator::demoSecretBase64()
{
    // Base64 of "kaunter-demo-secret-not-real-001": printed by kaunter-sim, never a real credential.
    return QByteArrayLiteral("a2F1bnRlci1kZW1vLXNlY3JldC1ub3QtcmVhbC0wMDE=");
}

QString Simulator::faultName(Fault fault) { return SimFaultPlan::name(fault); }
std::optional<Simulator::Fault> Simulator::faultFromName(const QString &name) { return SimFaultPlan::fromName(name); }
QString Simulator::faultAccount(Fault fault) { return SimFaultPlan::accountFor(fault); }
QString Simulator::refundLaterAccount() { return u"60123459101"_s; }
QString Simulator::stuckAccount() { return u"60123459102"_s; }
QString Simulator::invalidBillAccount() { return u"60123450052"_s; }
QString Simulator::presentmentUnavailableAccount() { return u"60123459201"_s; }
QString Simulator::interruptedProduct() { return u"TT"_s; }

Simulator::Simulator(QObject *parent)
    : Simulator(Options(), parent)
{
}

Simulator::Simulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.clock) {
        m_clock = m_options.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    m_catalogue = std::make_unique<SimCatalogue>(m_options.billerCount);
    m_catalogueApi = std::make_unique<SimCatalogueApi>(*m_catalogue, interruptedProduct());
    m_validator = std::make_unique<SimTopupValidator>(*m_catalogue);
    m_ledger = std::make_unique<SimLedger>(qRound64(m_options.startingBalance * 100.0), *m_clock);
    m_ledger->setTiming(m_options.acceptedMs, m_options.processingMs);
    m_verifier = std::make_unique<SimSignatureVerifier>(m_options.apiKey, m_options.secretBase64,
                                                        m_options.clockSkewSecs, *m_clock);
    m_faults = std::make_unique<SimFaultPlan>();
}

Simulator::~Simulator()
{
    // The server and its sockets go first, so no request can reach a half-destroyed ledger.
    delete m_server;
    m_server = nullptr;
}

bool Simulator::start(QString *error)
{
    if (m_server) {
        if (error)
            *error = tr("The simulator is already running on port %1.").arg(m_port);
        return false;
    }
    m_server = new SimHttpServer(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { handleRequest(request, socket); },
        this);
    m_port = m_server->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        if (error)
            *error = tr("Cannot listen on %1 port %2.").arg(m_options.address.toString()).arg(m_options.port);
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

quint16 Simulator::port() const
{
    return m_port;
}

QUrl Simulator::baseUrl() const
{
    QString host = u"127.0.0.1"_s;
    const QHostAddress &a = m_options.address;
    if (a == QHostAddress::LocalHostIPv6)
        host = u"[::1]"_s;
    else if (a != QHostAddress::LocalHost && a != QHostAddress::Any && a != QHostAddress::AnyIPv4
             && a != QHostAddress::AnyIPv6)
        host = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
    return QUrl(u"http://%1:%2"_s.arg(host).arg(m_port));
}

void Simulator::setTiming(int acceptedMs, int processingMs)
{
    m_ledger->setTiming(acceptedMs, processingMs);
}

void Simulator::setNextFaults(Fault fault, int count)
{
    m_faults->setNext(fault, count);
}

void Simulator::setTransactionListUnavailable(int count, int answered)
{
    m_transactionListFaults = qMax(0, count);
    m_transactionListAnswersBeforeFaults = m_transactionListFaults > 0 ? qMax(0, answered) : 0;
}

QString Simulator::addListedTransaction(const QString &refid, const QString &product, const QString &account,
                                        double amount, const QDateTime &when)
{
    const SimProduct *known = m_catalogue->product(product);
    return m_ledger->insertListed(refid, product, known ? known->name : product, account,
                                  qRound64(amount * 100.0), when).trxid;
}

bool Simulator::setTransactionStatus(const QString &refid, const QString &status)
{
    SimTransaction *tx = m_ledger->find(refid);
    if (!tx)
        return false;
    for (const auto state : {SimTransaction::State::Accepted, SimTransaction::State::Processing,
                             SimTransaction::State::Succesful, SimTransaction::State::Failed,
                             SimTransaction::State::Refund}) {
        if (SimLedger::statusText(state) == status) {
            SimLedger::overrideState(*tx, state, m_clock->now());
            return true;
        }
    }
    return false;
}

bool Simulator::setTransactionAmount(const QString &refid, double amount)
{
    SimTransaction *tx = m_ledger->find(refid);
    if (!tx)
        return false;
    tx->amount = qRound64(amount * 100.0);
    return true;
}

bool Simulator::hideFromTransactionList(const QString &refid)
{
    SimTransaction *tx = m_ledger->find(refid);
    if (!tx)
        return false;
    tx->hiddenFromList = true;
    return true;
}

void Simulator::refund(const QString &refid)
{
    if (SimTransaction *tx = m_ledger->find(refid))
        m_ledger->refund(*tx);
}

void Simulator::setBalance(double balance)
{
    m_ledger->setBalance(qRound64(balance * 100.0));
}

int Simulator::transactionCount() const { return m_ledger->count(); }
int Simulator::topupRequestCount(const QString &refid) const { return int(m_topupBodies.value(refid).size()); }
QList<QByteArray> Simulator::topupBodies(const QString &refid) const { return m_topupBodies.value(refid); }
int Simulator::topupArrivalCount(const QString &refid) const { return m_topupArrivals.value(refid); }

QString Simulator::transactionStatus(const QString &refid) const
{
    const SimTransaction *tx = m_ledger->find(refid);
    return tx ? SimLedger::statusText(tx->state) : QString();
}

double Simulator::balance() const { return SimLedger::money(m_ledger->balance()); }
int Simulator::productCount() const { return int(m_catalogue->products().size()); }
int Simulator::billerCount() const { return int(m_catalogue->billers().size()); }
int Simulator::pendingControlFaults() const { return m_faults->pending(); }

void Simulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());
    m_currentBase = publicBase(request);

    if (method == "GET" && (path == u"/"_s || path.isEmpty())) {
        deliver(request, socket, indexPage());
        return;
    }
    if (method == "GET" && path.startsWith(u"/voucher/"_s)) {
        deliver(request, socket, voucherPage(path.mid(9)));
        return;
    }
    if (!path.startsWith(u"/v2/"_s)) {
        deliver(request, socket, SimResponse::message(404, u"Not Found"_s));
        return;
    }

    const QByteArray body = request.body();
    if (method == "POST" && path == u"/v2/topup"_s) {
        const QString refid = QJsonDocument::fromJson(body).object().value(u"refid"_s).toString();
        ++m_topupArrivals[refid];
    }

    const auto result = m_verifier->verify(method, request.query().queryItems(QUrl::FullyDecoded), body,
                                           header(request, "X-Api-Key"), header(request, "X-Timestamp"),
                                           header(request, "X-Nonce"), header(request, "X-Signature"));
    if (!result.ok) {
        deliver(request, socket, SimResponse::authError(result.error, result.message));
        return;
    }
    deliver(request, socket, route(request, path));
}

SimResponse Simulator::route(const QHttpServerRequest &request, const QString &path)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const QUrlQuery query = request.query();
    if (path == u"/v2/topup"_s) {
        if (request.method() != QHttpServerRequest::Method::Post)
            return SimResponse::message(405, u"Method Not Allowed"_s);
        return topup(request);
    }

    using Handler = std::function<SimResponse()>;
    const QList<QPair<QString, Handler>> reads{
        {u"/v2/balance"_s, [&] {
             return SimResponse::json(200, QJsonObject{{u"data"_s, QJsonObject{
                 {u"account"_s, u"3100528"_s}, {u"name"_s, u"Kaunter Demo Merchant (Simulator)"_s},
                 {u"balance"_s, SimLedger::money(m_ledger->balance())}, {u"level"_s, u"12"_s},
                 {u"access"_s, 0}}}});
         }},
        {u"/v2/product-list"_s, [&] { return m_catalogueApi->productList(); }},
        {u"/v2/subproducts"_s, [&] { return m_catalogueApi->subproducts(query, m_currentBase); }},
        {u"/v2/options"_s, [&] { return m_catalogueApi->options(query); }},
        {u"/v2/catalog"_s, [&] { return m_catalogueApi->catalog(query); }},
        {u"/v2/bill-presentment"_s, [&] { return m_catalogueApi->billPresentment(query, m_clock->now()); }},
        {u"/v2/networkstatus"_s, [&] { return m_catalogueApi->networkStatus(query, m_clock->now()); }},
        {u"/v2/transactions"_s, [&] {
             ++m_transactionListRequests;
             if (m_transactionListAnswersBeforeFaults > 0) {
                 --m_transactionListAnswersBeforeFaults;
             } else if (m_transactionListFaults > 0) {
                 --m_transactionListFaults;
                 return SimResponse::html(503, htmlPage(u"503 Service Unavailable"_s,
                                                        u"<h1>503 Service Unavailable</h1>"_s));
             }
             const QString problem = SimLedger::transactionsQueryError(query);
             if (!problem.isEmpty())
                 return SimResponse::json(400, QJsonObject{{u"message"_s, problem}});
             return SimResponse::json(200, m_ledger->transactionsJson(query));
         }},
        {u"/v2/balance-statement"_s, [&] {
             return SimResponse::json(200, m_ledger->balanceStatementJson(query, m_currentBase));
         }},
    };
    for (const auto &r : reads) {
        if (r.first == path)
            return get ? r.second() : SimResponse::message(405, u"Method Not Allowed"_s);
    }
    return SimResponse::message(404, u"Not Found"_s);
}

SimResponse Simulator::topup(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString refid = object.value(u"refid"_s).toString();
    QList<QByteArray> &bodies = m_topupBodies[refid];
    bodies.append(body);
    const bool firstForRefid = bodies.size() == 1;

    Fault fault = m_faults->takeNext();
    if (fault == Fault::None && firstForRefid)
        fault = SimFaultPlan::magicFault(object.value(u"account"_s).toString());

    SimResponse response;
    switch (fault) {
    // Refused before the ledger is touched: nothing is committed.
    case Fault::Html500:
        response = SimResponse::html(500, htmlPage(u"500 Internal Server Error"_s,
                                                   u"<h1>500 Internal Server Error</h1><p>nginx</p>"_s));
        break;
    case Fault::RateLimit429:
        response = SimResponse::message(429, u"Too Many Requests"_s);
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        break;
    case Fault::Redirect:
        response = SimResponse::html(302, htmlPage(u"302 Found"_s, u"<h1>302 Found</h1>"_s));
        response.headers.append({QByteArrayLiteral("Location"),
                                 (m_currentBase + u"/v2/topup-moved"_s).toUtf8()});
        break;
    case Fault::Unauthorized401Once:
        response = SimResponse::authError(u"invalid_signature"_s, u"Signature mismatch"_s);
        break;
    // Committed first, then the answer is lost, late or damaged.
    case Fault::None:
    case Fault::DropAfterCommit:
    case Fault::LongDelay:
    case Fault::GatewayTimeout504:
    case Fault::MalformedJson:
    case Fault::UnknownStatus:
        response = processTopup(body);
        break;
    }

    switch (fault) {
    case Fault::DropAfterCommit:
        response.delivery = SimResponse::Delivery::Drop;
        break;
    case Fault::LongDelay:
        response.delivery = SimResponse::Delivery::Delayed;
        response.delayMs = m_options.longDelayMs;
        break;
    case Fault::GatewayTimeout504:
        response = SimResponse::html(504, htmlPage(u"504 Gateway Time-out"_s,
                                                   u"<h1>504 Gateway Time-out</h1>"
                                                   "<p>The server didn't respond in time.</p>"_s));
        break;
    case Fault::MalformedJson:
        response.body = response.body.left(response.body.size() / 2);
        break;
    case Fault::UnknownStatus: {
        QJsonObject root = QJsonDocument::fromJson(response.body).object();
        QJsonObject data = root.value(u"data"_s).toObject();
        data.insert(u"status"_s, u"Pending"_s);
        root.insert(u"data"_s, data);
        response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        break;
    }
    default:
        break;
    }

    // The refid and what the simulator did with it; never the body (it may hold an IC number).
    qCDebug(lcSim).noquote() << "POST /v2/topup" << refid << "fault" << faultName(fault) << "-> HTTP"
                             << response.status;
    emit topupReceived(refid);
    return response;
}

SimResponse Simulator::processTopup(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return rejected(QString(), 44, u"Invalid request body"_s);
    const QJsonObject request = doc.object();
    const QString refid = request.value(u"refid"_s).toString();

    if (!refid.isEmpty()) {
        if (SimTransaction *tx = m_ledger->find(refid)) {
            if (tx->request == request) {
                if (tx->refundLater && tx->state == SimTransaction::State::Succesful) {
                    if (tx->successReported)
                        m_ledger->refund(*tx);
                    else
                        tx->successReported = true;
                }
                return SimResponse::json(200, QJsonObject{{u"data"_s, m_ledger->topupData(*tx, m_currentBase)}});
            }
            // Same refid, different parameters: refused, the original stays untouched.
            const SimProduct *product = m_catalogue->product(request.value(u"product"_s).toString());
            const qint64 amount = SimTopupValidator::parseAmount(request.value(u"amount"_s));
            return SimResponse::json(200, QJsonObject{{u"data"_s, QJsonObject{
                {u"statusCode"_s, 54}, {u"status"_s, u"Failed"_s},
                {u"account"_s, request.value(u"account"_s).toString()},
                {u"product"_s, request.value(u"product"_s).toString()},
                {u"productName"_s, product ? product->name : QString()},
                {u"amount"_s, SimLedger::money(qMax<qint64>(0, amount))},
                {u"sn"_s, QString()}, {u"pin"_s, QString()}, {u"expiry"_s, QString()},
                {u"cost"_s, 0}, {u"balance"_s, SimLedger::money(m_ledger->balance())},
                {u"remarks"_s, u"Duplicate transaction"_s}, {u"refid"_s, refid},
                {u"timestamp"_s, SimLedger::gmt8(m_clock->now(), u"yyyy-MM-dd HH:mm:ss"_s)},
                {u"note"_s, QString()}, {u"voucherlink"_s, QString()}}}});
        }
    }

    SimOrder order;
    SimTopupValidator::Rejection rejection;
    if (!m_validator->validate(request, &order, &rejection))
        return rejected(refid, rejection.statusCode, rejection.remarks);
    if (order.cost > m_ledger->balance())
        return rejected(refid, 43, u"Insufficient balance"_s);

    int failCode = 0;
    QString failRemarks;
    for (const StagingFailure &f : stagingFailures) {
        if (order.account == QString::fromUtf16(f.account)) {
            failCode = f.code;
            failRemarks = QString::fromUtf16(f.remarks);
        }
    }
    const SimTransaction &tx = m_ledger->create(order, failCode, failRemarks,
                                                order.account == stuckAccount(),
                                                order.account == refundLaterAccount());
    return SimResponse::json(200, QJsonObject{{u"data"_s, m_ledger->topupData(tx, m_currentBase)}});
}

SimResponse Simulator::voucherPage(const QString &token)
{
    const SimTransaction *tx = token.isEmpty() ? nullptr : m_ledger->findByVoucherToken(token);
    if (!tx || tx->state != SimTransaction::State::Succesful)
        return SimResponse::html(404, htmlPage(u"Voucher not found"_s,
                                               u"<h1>Voucher not found</h1><p>This voucher does not exist "
                                               "or is no longer valid.</p>"_s));
    const QDate expiry = QDate::fromString(tx->expiry, u"yyyyMMdd"_s);
    QString html = u"<h1>%1</h1><p>RM %2 &middot; Simulator voucher, not redeemable.</p><dl>"_s
                       .arg(tx->productName.toHtmlEscaped(), SimCatalogue::moneyText(tx->amount));
    const bool esim = tx->pin.startsWith(u"LPA:"_s);
    html += u"<dt>%1</dt><dd><span class=\"pin\">%2</span></dd>"_s
                .arg(esim ? u"Activation code"_s : u"PIN"_s, tx->pin.toHtmlEscaped());
    html += u"<dt>%1</dt><dd><code>%2</code></dd>"_s
                .arg(esim ? u"ICCID"_s : u"Serial number"_s, tx->sn.toHtmlEscaped());
    if (expiry.isValid())
        html += u"<dt>Expiry</dt><dd>%1</dd>"_s.arg(expiry.toString(u"d MMM yyyy"_s));
    if (!tx->note.isEmpty())
        html += u"<dt>How to redeem</dt><dd>%1</dd>"_s.arg(tx->note.toHtmlEscaped());
    html += u"<dt>Reference</dt><dd>%1</dd></dl>"_s.arg(tx->refid.toHtmlEscaped());
    return SimResponse::html(200, htmlPage(tx->productName, html));
}

SimResponse Simulator::indexPage() const
{
    return SimResponse::html(200, htmlPage(
        u"Kaunter IIMMPACT simulator"_s,
        u"<h1>Kaunter IIMMPACT simulator</h1><p>An offline imitation of IIMMPACT API v2 for "
        "demos, training and tests. Every <code>/v2/</code> endpoint needs the demo API key and "
        "HMAC signature; see app/sim/README.md.</p>"_s));
}

QString Simulator::publicBase(const QHttpServerRequest &request) const
{
    // Voucher links follow the Host the client used (LAN address with --bind), if it is sane.
    static const QRegularExpression hostShape(
        u"^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"_s);
    const QString host = QString::fromLatin1(header(request, "Host"));
    if (hostShape.match(host).hasMatch())
        return u"http://"_s + host;
    return baseUrl().toString();
}

void Simulator::deliver(const QHttpServerRequest &request, QTcpSocket *socket, const SimResponse &response)
{
    switch (response.delivery) {
    case SimResponse::Delivery::Drop:
        // The request was read and acted on; the client gets no byte back. Qt 6.4's
        // QNetworkAccessManager then re-sends the identical POST (same nonce), which the
        // verifier refuses as a reused nonce: the client sees a 401 and must re-query.
        socket->abort();
        return;
    case SimResponse::Delivery::Now: {
        QHttpServerResponder responder = SimHttpServer::responder(request, socket);
        writeResponse(responder, response);
        return;
    }
    case SimResponse::Delivery::Delayed: {
        // The responder only keeps the socket pointer; QPointer tells us whether the client
        // gave up (socket deleted) before the delay ran out.
        auto responder = std::make_shared<QHttpServerResponder>(SimHttpServer::responder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [responder, guard, response] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                writeResponse(*responder, response);
        });
        return;
    }
    }
}
