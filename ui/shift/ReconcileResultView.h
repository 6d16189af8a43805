#pragma once

#include "reconcile/ReconcileResult.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

// What a reconciliation with IIMMPACT found, for the cashier: "checking…" while it runs, then
// either "agrees", or each difference as a row (kind, reference, the till's side, IIMMPACT's
// side, what to do), or why IIMMPACT's list could not be read. A failed read never looks like
// agreement: it has its own words and colour, and no table. Each difference is two table
// rows: its facts, then what to do across the whole width. Display only: it is given the
// result (ShiftController runs the Reconciler), it never talks to the network.
class ReconcileResultView : public QWidget
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Agrees, Differs, Failed };
    enum Column { KindColumn, RefidColumn, TillColumn, IimmpactColumn, ColumnCount };

    explicit ReconcileResultView(QWidget *parent = nullptr);

    void clear();
    void setRunning(const QString &what);
    void setResult(const ReconcileResult &result);

    State state() const { return m_state; }
    QString headline() const;
    QTableWidget *differencesTable() const { return m_table; }
    // The differences shown, in order (tests and screen readers read these).
    int differenceCount() const;
    QString cell(int difference, Column column) const;
    QString advice(int difference) const;

    static QString kindTitle(ReconcileDiff::Kind kind);   // translated

private:
    void setState(State state, const QString &headline, const QString &details = {});
    void fillDifferences(const QList<ReconcileDiff> &differences);
    void fitColumns();      // the facts' widths; the advice rows span them
    void fitAdviceRows();   // a spanned row's height is not measured by Qt: done here

    State m_state = State::Idle;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_table = nullptr;
};
