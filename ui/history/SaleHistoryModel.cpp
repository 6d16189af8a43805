#include "SaleHistoryModel.h"

#include "journal/Journal.h"
#include "receipt/Receipt.h"
#include "validation/Money.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// A state in one or two words (the table's narrow column) and in a cashier's words (its tooltip,
// the details, notices), side by side so the two cannot drift apart. Translated by tr() in
// SaleHistoryModel's context.
struct StatusText
{
    const char *shortWords;
    const char *longWords;
};

StatusText statusText(SaleState state)
{
    switch (state) {
    case SaleState::New:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Waiting"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Waiting for IIMMPACT's answer")};
    case SaleState::Accepted:
    case SaleState::Processing:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Processing"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Being processed by IIMMPACT")};
    case SaleState::Unknown:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Checking"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Not known yet: Kaunter keeps checking")};
    case SaleState::NeedsDecision:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Needs a decision"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Not sent: needs a supervisor's decision")};
    case SaleState::Rejected:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Refused"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Refused by IIMMPACT: nothing charged")};
    case SaleState::Succesful:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Successful"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Successful")};
    case SaleState::Failed:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Failed"), QT_TRANSLATE_NOOP("SaleHistoryModel", "Failed")};
    case SaleState::Refund:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Refunded"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Refunded by IIMMPACT")};
    case SaleState::Voided:
        return {QT_TRANSLATE_NOOP("SaleHistoryModel", "Voided"),
                QT_TRANSLATE_NOOP("SaleHistoryModel", "Voided: never sent")};
    }
    return {"", ""};
}

} // namespace

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
    const QString words = tr(statusText(sale.state).longWords);
    return sale.needsReview ? tr("%1 (to be reviewed)").arg(words) : words;
}

QList<SaleEvent> SaleHistoryModel::timeline(const QString &refid) const
{
    return m_journal && m_journal->isOpen() ? m_journal->saleEvents(refid) : QList<SaleEvent>();
}

QString SaleHistoryModel::statusShort(const SaleRecord &sale)
{
    const QString words = tr(statusText(sale.state).shortWords);
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
