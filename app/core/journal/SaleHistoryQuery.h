#pragma once

#include "SaleRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

// Which sales a history listing shows, and where its next page starts: widget-free, so the
// history screen, `kaunter history` and the CSV export read the journal the same way.
// Journal::findSales() runs it on the journal's connection.
//
// Order: newest first by creation time, ties by id (created_at, id DESC). Paging is keyset,
// never OFFSET: the cursor carries the last row's ordering key and the next page is "rows
// after it", so a sale recorded between two pages never shifts or repeats a row, and a deep
// page costs what the first one does (an index range, see JournalSchema::historyIndexes()).
struct SaleHistoryQuery
{
    struct Filter
    {
        QString refid;   // exact, or a prefix when refidPrefix
        bool refidPrefix = false;
        QString account;           // exact
        QString product;           // exact product code
        QDate from;                // inclusive, the terminal's local calendar date; null = open
        QDate to;                  // inclusive, local; null = open
        QList<SaleState> states;   // empty = every state
        // NeedsDecision first, then the other pending sales, then the rest; each newest first.
        bool pendingFirst = false;
    };

    // Opaque to callers: pass back what findSales() set, or a default one for the first page.
    class Cursor
    {
    public:
        bool isValid() const { return m_valid; }   // false: there is no next page (or: first page)

    private:
        friend struct SaleHistoryQuery;
        friend class Journal;
        bool m_valid = false;
        int m_group = 0;          // pendingFirst group of the last row (0 when !pendingFirst)
        qint64 m_createdMs = 0;   // the last row's created_at
        qint64 m_id = 0;          // the last row's id
    };

    // One SELECT of a page: fixed text for a given shape of filter (so it can be a cached
    // statement), values bound positionally in order.
    struct Sql
    {
        QString text;
        QVariantList binds;
    };

    Filter filter;
    int pageSize = 50;
    Cursor after;   // default: from the first row

    // New, Accepted, Processing, Unknown and NeedsDecision: what "pending" means to people.
    static QList<SaleState> pendingStates();
    // The local calendar range as [start, end) UTC milliseconds; nullopt-like -1 for an open end.
    qint64 startMs() const;
    qint64 endMs() const;
    // Groups the query reads in order (one, {0}, without pendingFirst; else 0, 1, 2 minus the
    // ones the states filter excludes).
    QList<int> groups() const;
    // The SELECT for `group`, starting after `cursor` (ignored unless valid and in this group),
    // at most `limit` rows. Columns as JournalSchema::selectSales().
    Sql sql(int group, const Cursor &cursor, int limit) const;
    // The cursor after `row`, read in `group`.
    static Cursor cursorAfter(const SaleRecord &row, int group);

private:
    QList<SaleState> statesOf(int group) const;
};
