#include "JournalSchema.h"

using namespace Qt::StringLiterals;

namespace JournalSchema {

namespace {
// The states a recovery scan lists: the ones it re-queries, and NeedsDecision, which it only
// looks up (never sends) and shows a supervisor. The same text is the WHERE clause of the
// partial index sales_nonfinal: SQLite only uses a partial index when the query repeats its
// condition.
constexpr auto kNonFinalWhereText =
    "state IN ('New','Accepted','Processing','Unknown','NeedsDecision')"_L1;

// Column order of every SELECT that builds a SaleRecord (readSale() reads by position).
constexpr auto kSaleColumns =
    "id, refid, terminal_id, product, account, amount, extras, request_body, state, status_code, "
    "status_text, http_status, product_name, sn, pin, expiry, voucherlink, note, remarks, "
    "created_at, updated_at, final_at, attempts, last_error, needs_review, transaction_seen"_L1;

// Released migrations are frozen: schema 1 spelled its column list and pending condition so.
constexpr auto kSaleColumnsV1 =
    "id, refid, terminal_id, product, account, amount, extras, request_body, state, status_code, "
    "status_text, http_status, product_name, sn, pin, expiry, voucherlink, note, remarks, "
    "created_at, updated_at, final_at, attempts, last_error, needs_review"_L1;
constexpr auto kNonFinalWhereV1 = "state IN ('New','Accepted','Processing','Unknown')"_L1;

} // namespace

QString selectSales(QLatin1String tail)
{
    return "SELECT "_L1 + kSaleColumns + " FROM sales "_L1 + tail;
}

// Schema migrations: entry i takes user_version i to i + 1, all statements and the new
// user_version in one transaction. A new version is added by appending a QStringList here;
// entries are never edited once released.
QList<QStringList> migrationSteps()
{
    return {
        // 0 -> 1: initial schema.
        {
            u"CREATE TABLE meta ("
            "  key   TEXT PRIMARY KEY NOT NULL,"
            "  value)"_s,
            u"INSERT INTO meta (key, value) VALUES ('refid_seq', 0)"_s,
            // "" is never stored in an optional column: absent is NULL (CHECK x <> '' passes
            // for NULL). AUTOINCREMENT: ids are never reused, history pages stay stable.
            u"CREATE TABLE sales ("
            "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  refid        TEXT NOT NULL UNIQUE CHECK (refid <> ''),"
            "  terminal_id  TEXT NOT NULL,"
            "  product      TEXT NOT NULL CHECK (product <> ''),"
            "  account      TEXT NOT NULL CHECK (account <> ''),"
            "  amount       TEXT NOT NULL CHECK (amount <> ''),"
            "  extras       TEXT CHECK (extras <> ''),"
            "  request_body BLOB NOT NULL,"
            "  state        TEXT NOT NULL CHECK (state IN ('New','Accepted','Processing','Unknown',"
            "                                     'Rejected','Succesful','Failed','Refund')),"
            "  status_code  INTEGER,"
            "  status_text  TEXT CHECK (status_text <> ''),"
            "  http_status  INTEGER,"
            "  product_name TEXT CHECK (product_name <> ''),"
            "  sn           TEXT CHECK (sn <> ''),"
            "  pin          TEXT CHECK (pin <> ''),"
            "  expiry       TEXT CHECK (expiry <> ''),"
            "  voucherlink  TEXT CHECK (voucherlink <> ''),"
            "  note         TEXT CHECK (note <> ''),"
            "  remarks      TEXT CHECK (remarks <> ''),"
            "  created_at   INTEGER NOT NULL,"
            "  updated_at   INTEGER NOT NULL,"
            "  final_at     INTEGER,"
            "  attempts     INTEGER NOT NULL DEFAULT 0,"
            "  last_error   TEXT CHECK (last_error <> ''),"
            "  needs_review INTEGER NOT NULL DEFAULT 0)"_s,
            // Recovery scan: a partial index holding only the pending rows, and covering (every
            // column, id first): nonFinal() reads it sequentially without visiting the table,
            // whose pending rows are scattered one per page among a million settled ones.
            // A sale leaves it when it becomes final, so it stays small. A migration that adds
            // a column to sales should recreate it with that column.
            "CREATE INDEX sales_nonfinal ON sales ("_L1 + kSaleColumnsV1 + ") WHERE "_L1 + kNonFinalWhereV1,
            // Duplicate warning: same account within the last minutes.
            u"CREATE INDEX sales_account_created ON sales (account, created_at)"_s,
            // History paging walks the primary key (id DESC): no index needed.
        },
        // 1 -> 2: transaction_seen (evidence that IIMMPACT holds a transaction for the refid
        // survives a restart), and the states NeedsDecision and Voided for stale sales that
        // were never answered. SQLite cannot alter a CHECK constraint: the table is rebuilt.
        {
            u"CREATE TABLE sales_v2 ("
            "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  refid        TEXT NOT NULL UNIQUE CHECK (refid <> ''),"
            "  terminal_id  TEXT NOT NULL,"
            "  product      TEXT NOT NULL CHECK (product <> ''),"
            "  account      TEXT NOT NULL CHECK (account <> ''),"
            "  amount       TEXT NOT NULL CHECK (amount <> ''),"
            "  extras       TEXT CHECK (extras <> ''),"
            "  request_body BLOB NOT NULL,"
            "  state        TEXT NOT NULL CHECK (state IN ('New','Accepted','Processing','Unknown',"
            "                                     'Rejected','Succesful','Failed','Refund',"
            "                                     'NeedsDecision','Voided')),"
            "  status_code  INTEGER,"
            "  status_text  TEXT CHECK (status_text <> ''),"
            "  http_status  INTEGER,"
            "  product_name TEXT CHECK (product_name <> ''),"
            "  sn           TEXT CHECK (sn <> ''),"
            "  pin          TEXT CHECK (pin <> ''),"
            "  expiry       TEXT CHECK (expiry <> ''),"
            "  voucherlink  TEXT CHECK (voucherlink <> ''),"
            "  note         TEXT CHECK (note <> ''),"
            "  remarks      TEXT CHECK (remarks <> ''),"
            "  created_at   INTEGER NOT NULL,"
            "  updated_at   INTEGER NOT NULL,"
            "  final_at     INTEGER,"
            "  attempts     INTEGER NOT NULL DEFAULT 0,"
            "  last_error   TEXT CHECK (last_error <> ''),"
            "  needs_review INTEGER NOT NULL DEFAULT 0,"
            "  transaction_seen INTEGER NOT NULL DEFAULT 0 CHECK (transaction_seen IN (0, 1)),"
            // Evidence cannot be un-learned, and a sale with a transaction is never Rejected.
            "  CHECK (transaction_seen = 0 OR state NOT IN ('Rejected','NeedsDecision','Voided')))"_s,
            // Schema 1 kept no evidence column: a state or a status code from a 200 is evidence.
            "INSERT INTO sales_v2 ("_L1 + kSaleColumnsV1 + ", transaction_seen) SELECT "_L1
                + kSaleColumnsV1
                + ", CASE WHEN state IN ('Accepted','Processing','Succesful','Failed','Refund')"
                  " OR (status_code IS NOT NULL AND http_status = 200) THEN 1 ELSE 0 END"
                  " FROM sales"_L1,
            // Ids are never reused: carry the AUTOINCREMENT high-water mark over.
            u"DELETE FROM sqlite_sequence WHERE name = 'sales_v2'"_s,
            u"INSERT INTO sqlite_sequence (name, seq) "
            "SELECT 'sales_v2', seq FROM sqlite_sequence WHERE name = 'sales'"_s,
            u"DROP TABLE sales"_s,
            u"ALTER TABLE sales_v2 RENAME TO sales"_s,
            "CREATE INDEX sales_nonfinal ON sales ("_L1 + kSaleColumns + ") WHERE "_L1 + kNonFinalWhereText,
            u"CREATE INDEX sales_account_created ON sales (account, created_at)"_s,
        },
        // 2 -> 3: cashier shifts and their Z-reports (ShiftLedger). A sale belongs to the shift
        // open at its created_at (a time range): the sales table and its write path are
        // untouched. Money in sen (integers). While a shift is open, closed_at, the count,
        // the expected cash, the Z number and the report are all NULL; closing sets them
        // together. The report is the Z-report frozen at close (JSON), so a reprint shows
        // what was printed then, whatever happens to a pending sale afterwards.
        {
            u"CREATE TABLE shifts ("
            "  id                  INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  cashier             TEXT NOT NULL CHECK (cashier <> ''),"
            "  opened_at           INTEGER NOT NULL,"
            "  closed_at           INTEGER CHECK (closed_at >= opened_at),"
            "  opening_float_sen   INTEGER NOT NULL CHECK (opening_float_sen >= 0),"
            "  counted_cash_sen    INTEGER CHECK (counted_cash_sen >= 0),"
            "  expected_cash_sen   INTEGER,"
            "  balance_open_sen    INTEGER,"
            "  balance_close_sen   INTEGER,"
            "  z_number            INTEGER UNIQUE CHECK (z_number > 0),"
            "  report              TEXT CHECK (report <> ''),"
            "  CHECK ((closed_at IS NULL) = (z_number IS NULL)"
            "     AND (closed_at IS NULL) = (counted_cash_sen IS NULL)"
            "     AND (closed_at IS NULL) = (expected_cash_sen IS NULL)"
            "     AND (closed_at IS NULL) = (report IS NULL)))"_s,
            // At most one open shift per journal (= per till), whoever opens it: a unique
            // index over the one value every open row shares, holding only the open rows.
            u"CREATE UNIQUE INDEX shifts_one_open ON shifts ((closed_at IS NULL)) "
            "WHERE closed_at IS NULL"_s,
        },
        // 3 -> 4: a timeline per sale (SaleEvent): written in the same transaction as the change
        // it describes. Outcomes keep the HTTP status, status code and local error, never an
        // answer's body. Sales journaled before this version have no lines.
        {
            u"CREATE TABLE sale_events ("
            "  id          INTEGER PRIMARY KEY,"
            "  sale_id     INTEGER NOT NULL REFERENCES sales (id),"
            "  at          INTEGER NOT NULL,"
            "  kind        TEXT NOT NULL CHECK (kind IN ('saved','request','outcome','corrected')),"
            "  attempt     INTEGER NOT NULL CHECK (attempt >= 0),"
            "  state       TEXT,"
            "  http_status INTEGER,"
            "  status_code INTEGER,"
            "  error       TEXT CHECK (error <> ''))"_s,
            u"CREATE INDEX sale_events_sale ON sale_events (sale_id, id)"_s,
        },
    };
}

// The history filters' indexes (SaleHistoryQuery). Its pages are ordered newest first by
// (created_at, id) and each filter is an equality or a range ahead of that order, so a page is
// an index range read in order, not a scan and sort of the table. The rowid is the implicit
// last column of every index: (created_at) is (created_at, id). Account filters use
// sales_account_created; refid has its unique index.
// Not a migration step: indexes change no row's meaning, so they are created if missing at
// every open and the schema version does not move. An older Kaunter, which refuses a journal
// of a newer schema, still opens this one (SQLite keeps indexes it does not know up to date).
QStringList historyIndexes()
{
    return {
        u"CREATE INDEX IF NOT EXISTS sales_created ON sales (created_at)"_s,
        u"CREATE INDEX IF NOT EXISTS sales_state_created ON sales (state, created_at)"_s,
        u"CREATE INDEX IF NOT EXISTS sales_product_created ON sales (product, created_at)"_s,
    };
}

QLatin1String nonFinalWhere()
{
    return kNonFinalWhereText;
}

int latestVersion()
{
    return int(migrationSteps().size());
}

} // namespace JournalSchema
