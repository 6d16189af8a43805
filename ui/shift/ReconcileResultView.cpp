#include "ReconcileResultView.h"

#include "Theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

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
    m_table->setHorizontalHeaderLabels({tr("Difference"), tr("Reference"), tr("Till"), tr("IIMMPACT"),
                                        tr("What to do")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
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
    setState(State::Idle, QString());
    hide();
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
    m_table->setRowCount(int(differences.size()));
    for (int row = 0; row < differences.size(); ++row) {
        const ReconcileDiff &d = differences.at(row);
        const QString till = d.journalState ? tr("%1, RM %2").arg(saleStateName(*d.journalState), d.journalAmount)
                                            : tr("not in the till");
        const QString iimmpact = d.iimmpactStatus.isEmpty() && d.iimmpactAmount.isEmpty()
            ? tr("not listed")
            : tr("%1, RM %2").arg(d.iimmpactStatus, d.iimmpactAmount);
        const QString refid = d.refid.isEmpty() ? tr("(none; IIMMPACT id %1)").arg(d.trxid) : d.refid;
        const QStringList cells{kindTitle(d.kind), refid, till, iimmpact, d.advice};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == RefidColumn ? tr("Product %1, account %2").arg(d.product, d.account)
                                                   : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    m_table->show();
}

void ReconcileResultView::setState(State state, const QString &headline, const QString &details)
{
    m_state = state;
    m_headline->setText(headline);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_table->setRowCount(0);
    m_table->hide();
    m_headline->setProperty("reconcile", stateKey(state));
    Theme::repolish(m_headline);
    show();
}
