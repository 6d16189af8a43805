#pragma once

#include "journal/SaleEvent.h"

#include "journal/SaleHistoryQuery.h"
#include "journal/SaleRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

class Journal;

// The history table: sales matching a SaleHistoryQuery filter, read from the journal one page
// at a time (Journal::findSales, keyset paging). Views get more rows through canFetchMore() /
// fetchMore() (a QTableView asks when it scrolls to the end) or the page's More button.
// Pending sales and those needing a decision come first (the filter's pendingFirst).
//
// Read-only: it never writes the journal. A sale the engine updates is replaced in place
// (updateSale), so an open history follows what happens to it.
class SaleHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Refid, Product, Account, Amount, Status, ColumnCount };
    static constexpr int RefidRole = Qt::UserRole + 1;

    using ProductName = std::function<QString(const QString &code)>;

    explicit SaleHistoryModel(const Journal *journal, QObject *parent = nullptr);

    void setProductName(ProductName name) { m_productName = std::move(name); }
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    // Replaces the rows with the first page of `filter`. False (and no rows) when the journal
    // could not be read; errorString() says why.
    bool search(const SaleHistoryQuery::Filter &filter);
    const SaleHistoryQuery::Filter &filter() const { return m_filter; }
    // The next page, appended. False when there is none or the read failed.
    bool loadMore();
    bool hasMore() const { return m_next.isValid(); }
    QString errorString() const { return m_error; }

    // Every sale of the current filter, all pages (for the CSV export). Empty with *error set
    // when the journal could not be read.
    QList<SaleRecord> allMatching(QString *error = nullptr) const;

    const SaleRecord &sale(int row) const { return m_rows.at(row); }
    int rowOf(const QString &refid) const;
    // A newer copy of a listed sale (the engine's saleUpdated): replaced in place.
    void updateSale(const SaleRecord &sale);
    QString productName(const SaleRecord &sale) const;

    // What a status means, in words a cashier reads (details, notices).
    static QString statusWords(const SaleRecord &sale);
    // The sale's timeline from the journal (empty when it has none or the journal is closed).
    QList<SaleEvent> timeline(const QString &refid) const;
    // The same in one or two words, for the table's narrow column (statusWords is its tooltip).
    static QString statusShort(const SaleRecord &sale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page could not be read (the table keeps what it has).
    void loadFailed(const QString &message);

private:
    QList<SaleRecord> readPage(const SaleHistoryQuery::Cursor &after, SaleHistoryQuery::Cursor *next,
                               bool *ok) const;

    const Journal *m_journal;
    ProductName m_productName;
    SaleHistoryQuery::Filter m_filter;
    SaleHistoryQuery::Cursor m_next;
    QList<SaleRecord> m_rows;
    int m_pageSize = 50;
    mutable QString m_error;
};
