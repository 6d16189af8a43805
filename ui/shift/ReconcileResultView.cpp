#include "ReconcileResultView.h"

#include "Theme.h"
#include "shift/ShiftSummary.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString stateKey(ReconcileResultView::State state)
{
    switch (state) {
    case ReconcileResultView::State::Idle:
        return u"idle"_s;
    case ReconcileResultView::State::Running:
        return u"running"_s;
    case ReconcileResultView::State::Agrees:
        return u"agrees"_s;
    case ReconcileResultView::State::Differs:
        return u"differs"_s;
    case ReconcileResultView::State::Failed:
        return u"failed"_s;
    }
    return {};
}
} // namespace

ReconcileResultView::ReconcileResultView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reconcileResultView"_s);
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"reconcileHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont strong = m_headline->font();
    strong.setBold(true);
    m_headline->setFont(strong);
    layout->addWidget(m_headline);
    m_details = new QLabel(this);
    m_details->setObjectName(u"reconcileDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"reconcileDifferences"_s);
    m_table->setHorizontalHeaderLabels({tr("Difference"), tr("Reference"), tr("Till"), tr("IIMMPACT")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    // Widths from the facts rows only (fitColumns): Qt would size the first column by the
    // advice that spans the row.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table, 1);
    layout->addStretch(1);   // without a table the words stay together at the top (setState)
    // Wrapped advice needs its rows measured at the columns' final widths.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ReconcileResultView::fitAdviceRows);
    clear();
}

QString ReconcileResultView::kindTitle(ReconcileDiff::Kind kind)
{
    switch (kind) {
    case ReconcileDiff::Kind::MissingAtIimmpact:
        return tr("Missing at IIMMPACT");
    case ReconcileDiff::Kind::MissingInJournal:
        return tr("Missing in the till");
    case ReconcileDiff::Kind::StatusDiffers:
        return tr("Status differs");
    case ReconcileDiff::Kind::AmountDiffers:
        return tr("Amount differs");
    }
    return {};
}

QString ReconcileResultView::headline() const
{
    return m_headline->text();
}

void ReconcileResultView::clear()
{
    // Before the first run: what the button does, so that the empty space explains itself.
    setState(State::Idle, QString(),
             tr("Reconcile with IIMMPACT compares this shift's sales, from its opening to its close, with "
                "IIMMPACT's transaction list, and lists every difference with what to do. It only reads: "
                "nothing is sent or changed."));
    m_headline->hide();
}

void ReconcileResultView::setRunning(const QString &what)
{
    setState(State::Running, tr("Checking %1 against IIMMPACT's transaction list…").arg(what));
}

void ReconcileResultView::setResult(const ReconcileResult &r)
{
    if (!r.ok()) {
        // Nothing was compared: say so plainly, and that it is not an agreement.
        setState(State::Failed, tr("Not compared: IIMMPACT's transaction list could not be read."),
                 tr("%1\nNothing is known about differences. Try again when IIMMPACT answers.")
                     .arg(r.failureMessage));
        return;
    }
    QString counts = tr("%n sale(s) in the till,", nullptr, r.journalSales) + u' '
        + tr("%n transaction(s) at IIMMPACT,", nullptr, r.iimmpactRows) + u' '
        + tr("%n matched.", nullptr, r.matched);
    for (const ReconcileResult::OpenSale &s : r.openSales)
        counts += u'\n' + tr("Still pending in the till: %1 (RM %2); the till keeps checking it.").arg(s.refid, s.amount);
    if (r.differences.isEmpty()) {
        setState(State::Agrees, tr("The till and IIMMPACT agree."), counts);
        return;
    }
    setState(State::Differs, tr("%n difference(s) between the till and IIMMPACT.", nullptr,
                                int(r.differences.size())),
             counts);
    fillDifferences(r.differences);
}

void ReconcileResultView::fillDifferences(const QList<ReconcileDiff> &differences)
{
    m_table->setRowCount(int(differences.size()) * 2);
    for (int i = 0; i < differences.size(); ++i) {
        const ReconcileDiff &d = differences.at(i);
        const QString till = d.journalState
            ? tr("%1, RM %2").arg(ShiftSummary::groupName(ShiftSummary::groupOf(*d.journalState)), d.journalAmount)
            : tr("not in the till");
        const QString iimmpact = d.iimmpactStatus.isEmpty() && d.iimmpactAmount.isEmpty()
            ? tr("not listed")
            : tr("%1, RM %2").arg(d.iimmpactStatus, d.iimmpactAmount);
        const QString refid = d.refid.isEmpty() ? tr("(none; IIMMPACT id %1)").arg(d.trxid) : d.refid;
        const QStringList cells{kindTitle(d.kind), refid, till, iimmpact};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == RefidColumn ? tr("Product %1, account %2").arg(d.product, d.account)
                                                   : cells.at(column));
            if (column == KindColumn) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(2 * i, column, item);
        }
        auto *advice = new QTableWidgetItem(tr("What to do: %1").arg(d.advice));
        advice->setData(Qt::UserRole, d.advice);
        m_table->setItem(2 * i + 1, KindColumn, advice);
        m_table->setSpan(2 * i + 1, KindColumn, 1, ColumnCount);
    }
    m_table->show();
    m_layout->setStretch(m_layout->count() - 1, 0);
    fitColumns();
    fitAdviceRows();
}

void ReconcileResultView::fitColumns()
{
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics plain(m_table->font());
    const QFontMetrics strong(bold);
    for (int column = 0; column < ColumnCount - 1; ++column) {   // the last one stretches
        int width = strong.horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) + 24;
        for (int row = 0; row < m_table->rowCount(); row += 2) {
            const QFontMetrics &metrics = column == KindColumn ? strong : plain;
            width = std::max(width, metrics.horizontalAdvance(m_table->item(row, column)->text()) + 16);
        }
        m_table->setColumnWidth(column, width);
    }
}

void ReconcileResultView::fitAdviceRows()
{
    const int width = m_table->viewport()->width() - 8;   // the cell's padding
    const QFontMetrics metrics(m_table->font());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (row % 2 == 0) {
            m_table->resizeRowToContents(row);
            continue;
        }
        const QString text = m_table->item(row, KindColumn)->text();
        const QRect needed = metrics.boundingRect(QRect(0, 0, std::max(80, width), 0), Qt::TextWordWrap, text);
        m_table->setRowHeight(row, needed.height() + 10);
    }
}

int ReconcileResultView::differenceCount() const
{
    return m_table->rowCount() / 2;
}

QString ReconcileResultView::cell(int difference, Column column) const
{
    const QTableWidgetItem *item = m_table->item(2 * difference, column);
    return item ? item->text() : QString();
}

QString ReconcileResultView::advice(int difference) const
{
    const QTableWidgetItem *item = m_table->item(2 * difference + 1, KindColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReconcileResultView::setState(State state, const QString &headline, const QString &details)
{
    m_state = state;
    m_headline->setText(headline);
    m_headline->show();
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_table->setRowCount(0);
    m_table->hide();
    m_layout->setStretch(m_layout->count() - 1, 1);
    m_headline->setProperty("reconcile", stateKey(state));
    Theme::repolish(m_headline);
    show();
}
