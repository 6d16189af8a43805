#include "ZReportsDialog.h"

#include "ReconcileResultView.h"
#include "ZReportTextView.h"
#include "print/ZReportPdf.h"
#include "shift/ShiftLedger.h"
#include "shift/ZReportCsv.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int ZNumberRole = Qt::UserRole + 1;
constexpr int ListedShifts = 200;   // the newest; older ones stay in the journal (kaunter zreport N)
}

ZReportsDialog::ZReportsDialog(const ShiftLedger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
{
    setObjectName(u"ZReportsDialog"_s);
    setWindowTitle(tr("Z-reports"));
    // Left: the list, what can be done with the selected report, and the reconciliation's
    // result (it needs the width for its table). Right: the report at its paper width.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"zReportList"_s);
    m_list->setAccessibleName(tr("Closed shifts"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 9);
    left->addWidget(m_list);

    auto *actions = new QHBoxLayout;
    m_reconcileButton = new QPushButton(tr("Reconcile with IIMMPACT"), this);
    m_reconcileButton->setObjectName(u"reconcileButton"_s);
    m_reconcileButton->setToolTip(tr("Compare this shift's sales with IIMMPACT's transaction list"));
    m_reconcileButton->setProperty("role", u"primary"_s);
    actions->addWidget(m_reconcileButton);
    m_print = new QPushButton(tr("Print"), this);
    m_print->setObjectName(u"zReportPrintButton"_s);
    m_print->setToolTip(tr("Print this Z-report again on the receipt printer"));
    actions->addWidget(m_print);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_pdf->setObjectName(u"zReportPdfButton"_s);
    actions->addWidget(m_pdf);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(u"zReportCsvButton"_s);
    actions->addWidget(m_csv);
    actions->addStretch(1);
    left->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_message);
    m_reconcile = new ReconcileResultView(this);
    left->addWidget(m_reconcile, 1);
    left->addStretch(0);
    body->addLayout(left, 1);
    m_text = new ZReportTextView(this);
    body->addWidget(m_text, 0);
    layout->addLayout(body, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ZReportsDialog::showSelected);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_report)
            emit printRequested(*m_report);
    });
    connect(m_pdf, &QPushButton::clicked, this, &ZReportsDialog::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &ZReportsDialog::exportCsv);
    connect(m_reconcileButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            emit reconcileRequested(*m_report);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(1160, sizeHint().width()), 740);
    reload();
}

QString ZReportsDialog::message() const
{
    return m_message->text();
}

void ZReportsDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ZReportsDialog::reload(int zNumber)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<Shift> shifts = m_ledger.closedShifts(ListedShifts);
    for (const Shift &s : shifts) {
        const QString closed = s.closedAt ? ZReport::localTime(*s.closedAt) : QString();
        auto *item = new QListWidgetItem(tr("No. %1  ·  %2  ·  %3").arg(QString::number(s.zNumber.value_or(0)),
                                                                     closed, s.cashier),
                                         m_list);
        item->setData(ZNumberRole, s.zNumber.value_or(0));
    }
    if (shifts.isEmpty()) {
        m_report.reset();
        showSelected();
        setMessage(m_ledger.errorString().isEmpty() ? tr("No shift has been closed yet.") : m_ledger.errorString());
        return false;
    }
    return select(zNumber > 0 ? zNumber : shifts.constFirst().zNumber.value_or(0));
}

bool ZReportsDialog::select(int zNumber)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ZNumberRole).toInt() == zNumber) {
            m_list->setCurrentRow(row);
            showSelected();   // also when the row was current already
            return true;
        }
    }
    return false;
}

int ZReportsDialog::selectedZNumber() const
{
    return m_report ? m_report->zNumber : 0;
}

void ZReportsDialog::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_report = item ? m_ledger.zReport(item->data(ZNumberRole).toInt()) : std::nullopt;
    m_text->setPlainText(m_report ? m_report->plainText(ZReportTextView::DefaultColumns) : QString());
    for (QPushButton *b : {m_print, m_pdf, m_csv, m_reconcileButton})
        b->setEnabled(m_report.has_value());
    m_reconcileButton->setEnabled(m_report.has_value() && m_reconcilingZ == 0);
    setMessage(item && !m_report ? m_ledger.errorString() : QString());
    const int z = selectedZNumber();
    if (z > 0 && z == m_reconcilingZ)
        m_reconcile->setRunning(m_report->title());
    else if (m_results.contains(z))
        m_reconcile->setResult(m_results.value(z));
    else
        m_reconcile->clear();
}

void ZReportsDialog::showReconcileRunning(int zNumber)
{
    m_reconcilingZ = zNumber;
    m_results.remove(zNumber);
    if (!select(zNumber))
        showSelected();
}

void ZReportsDialog::showReconcileResult(int zNumber, const ReconcileResult &result)
{
    m_reconcilingZ = 0;
    m_results.insert(zNumber, result);
    if (selectedZNumber() == zNumber)
        showSelected();
    else
        m_reconcileButton->setEnabled(m_report.has_value());
}

QString ZReportsDialog::choosePath(const QString &title, const QString &suggested, const QString &filter)
{
    if (m_chooser)
        return m_chooser(suggested);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggested), filter);
}

void ZReportsDialog::exportPdf()
{
    if (!m_report)
        return;
    const QString path = choosePath(tr("Export Z-report"), u"z-report-%1.pdf"_s.arg(m_report->zNumber),
                                    tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ZReportPdf::write(*m_report, path, &error)) {
        setMessage(error);
        return;
    }
    setMessage(tr("%1 saved as %2").arg(m_report->title(), QDir::toNativeSeparators(path)));
}

void ZReportsDialog::exportCsv()
{
    if (!m_report)
        return;
    const QString path = choosePath(tr("Export Z-report"), u"z-report-%1.csv"_s.arg(m_report->zNumber),
                                    tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // Whole or not at all: a half-written file would look like a report with fewer sales.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ZReportCsv::document(*m_report)) < 0 || !file.commit()) {
        setMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    setMessage(tr("%1 saved as %2").arg(m_report->title(), QDir::toNativeSeparators(path)));
}
