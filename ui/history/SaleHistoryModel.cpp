#include "SaleHistoryModel.h"

#include "journal/Journal.h"
#include "receipt/Receipt.h"
#include "validation/Money.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

SaleHistoryModel::SaleHistoryModel(const Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
}

QList<SaleRecord> SaleHistoryModel::readPage(const SaleHistoryQuery::Cursor &after,
                                             SaleHistoryQuery::Cursor *next, bool *ok) const
{
    *ok = false;
    *next = {};
    if (!m_journal || !m_journal->isOpen()) {
        m_error = tr("The sales journal is not open.");
        return {};
    }
    SaleHistoryQuery query;
    query.filter = m_filter;
    query.pageSize = m_pageSize;
    query.after = after;
    // findSales() gives an empty page on a read error too; errorString() cannot tell the two
    // apart (it keeps the last error), so an empty page reads as "no more sales".
    const QList<SaleRecord> page = m_journal->findSales(query, next);
    *ok = true;
    return page;
}

bool SaleHistoryModel::search(const SaleHistoryQuery::Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_error.clear();
    bool ok = false;
    m_rows = readPage({}, &m_next, &ok);
    endResetModel();
    if (!ok)
        emit loadFailed(m_error);
    return ok;
}

bool SaleHistoryModel::loadMore()
{
    if (!m_next.isValid())
        return false;
    bool ok = false;
    SaleHistoryQuery::Cursor next;
    const QList<SaleRecord> page = readPage(m_next, &next, &ok);
    if (!ok) {
        emit loadFailed(m_error);
        return false;
    }
    m_next = next;
    if (page.isEmpty())
        return false;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    return true;
}

QList<SaleRecord> SaleHistoryModel::allMatching(QString *error) const
{
    QList<SaleRecord> all;
    SaleHistoryQuery::Cursor after;
    do {
        bool ok = false;
        SaleHistoryQuery::Cursor next;
        const QList<SaleRecord> page = readPage(after, &next, &ok);
        if (!ok) {
            if (error)
                *error = m_error;
            return {};
        }
        all.append(page);
        after = next;
    } while (after.isValid());
    return all;
}

int SaleHistoryModel::rowOf(const QString &refid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).refid == refid)
            return i;
    }
    return -1;
}

void SaleHistoryModel::updateSale(const SaleRecord &sale)
{
    const int row = rowOf(sale.refid);
    if (row < 0)
        return;
    m_rows[row] = sale;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SaleHistoryModel::productName(const SaleRecord &sale) const
{
    if (sale.productName && !sale.productName->isEmpty())
        return *sale.productName;
    return m_productName ? m_productName(sale.product) : sale.product;
}

QString SaleHistoryModel::statusWords(const SaleRecord &sale)
{
    QString words;
    switch (sale.state) {
    case SaleState::New:
        words = tr("Waiting for IIMMPACT's answer");
        break;
    case SaleState::Accepted:
    case SaleState::Processing:
        words = tr("Being processed by IIMMPACT");
        break;
    case SaleState::Unknown:
        words = tr("Not known yet: Kaunter keeps checking");
        break;
    case SaleState::NeedsDecision:
        words = tr("Not sent: needs a supervisor's decision");
        break;
    case SaleState::Rejected:
        words = tr("Refused by IIMMPACT: nothing charged");
        break;
    case SaleState::Succesful:
        words = tr("Successful");
        break;
    case SaleState::Failed:
        words = tr("Failed");
        break;
    case SaleState::Refund:
        words = tr("Refunded by IIMMPACT");
        break;
    case SaleState::Voided:
        words = tr("Voided: never sent");
        break;
    }
    if (sale.needsReview)
        words = tr("%1 (to be reviewed)").arg(words);
    return words;
}

QList<SaleEvent> SaleHistoryModel::timeline(const QString &refid) const
{
    return m_journal && m_journal->isOpen() ? m_journal->saleEvents(refid) : QList<SaleEvent>();
}

QString SaleHistoryModel::statusShort(const SaleRecord &sale)
{
    QString words;
    switch (sale.state) {
    case SaleState::New:
        words = tr("Waiting");
        break;
    case SaleState::Accepted:
    case SaleState::Processing:
        words = tr("Processing");
        break;
    case SaleState::Unknown:
        words = tr("Checking");
        break;
    case SaleState::NeedsDecision:
        words = tr("Needs a decision");
        break;
    case SaleState::Rejected:
        words = tr("Refused");
        break;
    case SaleState::Succesful:
        words = tr("Successful");
        break;
    case SaleState::Failed:
        words = tr("Failed");
        break;
    case SaleState::Refund:
        words = tr("Refunded");
        break;
    case SaleState::Voided:
        words = tr("Voided");
        break;
    }
    return sale.needsReview ? words + u" ⚠"_s : words;
}

int SaleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SaleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SaleRecord &s = m_rows.at(index.row());
    if (role == RefidRole)
        return s.refid;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status)
        return statusWords(s);
    // Pending rows stand out: they are what the cashier comes here for.
    if (role == Qt::ForegroundRole && index.column() == Status && isPendingState(s.state))
        return QColor(s.state == SaleState::NeedsDecision ? 0xc62828 : 0xef6c00);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Refid:
        return s.refid;
    case Product:
        return productName(s);
    case Account:
        return Receipt::displayAccount(s);   // an IC account is masked
    case Amount: {
        const auto sen = Money::parseSen(s.amount);
        return sen ? Money::formatRinggit(*sen) : s.amount;
    }
    case Status:
        return statusShort(s);
    }
    return {};
}

QVariant SaleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Refid:
        return tr("Reference");
    case Product:
        return tr("Product");
    case Account:
        return tr("Account");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    }
    return {};
}

bool SaleHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.isValid();
}

void SaleHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadMore();
}
