#include "ShiftCloseDialog.h"

#include "shift/ShiftLedger.h"
#include "shift/ZReportTextView.h"
#include "validation/Money.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// What the count page may say about the shift: who, since when, the float, how many sales
// and how many are pending. Never an amount of sales: that would give the expected cash away.
QString shiftFacts(const std::optional<ZReport> &sofar)
{
    if (!sofar)
        return {};
    return ShiftCloseDialog::tr("Cashier: %1\nOpened: %2\nOpening float: %3\nSales: %4, of which pending: %5")
        .arg(sofar->cashier, ZReport::localTime(sofar->openedAt),
             Money::formatRinggit(sofar->summary.openingFloatSen))
        .arg(sofar->summary.saleCount())
        .arg(sofar->summary.pendingCount());
}

} // namespace

ShiftCloseDialog::ShiftCloseDialog(ShiftLedger &ledger, std::optional<qint64> walletSen, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_walletSen(walletSen)
{
    setObjectName(u"ShiftCloseDialog"_s);
    setWindowTitle(tr("Close shift"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *countPage = new QWidget(m_pages);
    auto *countLayout = new QVBoxLayout(countPage);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->setSpacing(10);
    auto *facts = new QLabel(shiftFacts(m_ledger.currentReport()), countPage);
    facts->setObjectName(u"shiftFacts"_s);
    facts->setWordWrap(true);
    countLayout->addWidget(facts);
    auto *ask = new QLabel(tr("Count the cash in the drawer and enter the total."), countPage);
    ask->setWordWrap(true);
    countLayout->addWidget(ask);
    m_count = new QLineEdit(countPage);
    m_count->setObjectName(u"countedCashEdit"_s);
    m_count->setPlaceholderText(tr("e.g. 245.50"));
    m_count->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_count->setMinimumHeight(44);   // a touch target
    countLayout->addWidget(m_count);
    m_message = new QLabel(countPage);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    countLayout->addWidget(m_message);
    countLayout->addStretch(1);
    auto *countButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, countPage);
    m_close = countButtons->button(QDialogButtonBox::Ok);
    m_close->setText(tr("Close shift"));
    m_close->setProperty("role", u"primary"_s);
    m_close->style()->polish(m_close);
    countLayout->addWidget(countButtons);
    connect(countButtons, &QDialogButtonBox::accepted, this, &ShiftCloseDialog::closeShift);
    connect(countButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pages->addWidget(countPage);

    auto *reportPage = new QWidget(m_pages);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    m_variance = new QLabel(reportPage);
    m_variance->setObjectName(u"varianceLabel"_s);
    m_variance->setWordWrap(true);
    QFont strong = m_variance->font();
    strong.setBold(true);
    m_variance->setFont(strong);
    reportLayout->addWidget(m_variance);
    m_report = new ZReportTextView(reportPage);   // 48 columns without scrolling sideways
    reportLayout->addWidget(m_report, 1);
    auto *done = new QDialogButtonBox(QDialogButtonBox::Close, reportPage);
    m_reconcile = done->addButton(tr("Reconcile with IIMMPACT"), QDialogButtonBox::ActionRole);
    m_reconcile->setObjectName(u"reconcileButton"_s);
    m_reconcile->setToolTip(tr("Compare this shift's sales with IIMMPACT's transaction list"));
    connect(m_reconcile, &QPushButton::clicked, this, [this] {
        if (m_zNumber > 0)
            emit reconcileRequested(m_zNumber);
    });
    connect(done, &QDialogButtonBox::rejected, this, &QDialog::accept);
    reportLayout->addWidget(done);
    m_pages->addWidget(reportPage);

    m_count->setFocus();
}

QString ShiftCloseDialog::message() const
{
    return m_message->text();
}

bool ShiftCloseDialog::showsReport() const
{
    return m_pages->currentIndex() == 1;
}

QString ShiftCloseDialog::reportText() const
{
    return m_report->toPlainText();
}

void ShiftCloseDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    // A QStackedWidget does not pass height-for-width on: give the wrapped text its lines.
    m_message->setMinimumHeight(m_message->heightForWidth(m_message->width()));
}

void ShiftCloseDialog::closeShift()
{
    QString error;
    const std::optional<qint64> counted = Money::parseSen(m_count->text(), &error);
    if (!counted) {
        showMessage(error);
        m_count->setFocus();
        return;
    }
    const std::optional<ZReport> report = m_ledger.close(*counted, m_walletSen);
    if (!report) {
        showMessage(m_ledger.errorString());
        return;
    }
    showReport(*report);
}

void ShiftCloseDialog::showReport(const ZReport &report)
{
    m_zNumber = report.zNumber;
    const qint64 variance = report.varianceSen().value_or(0);
    const QString verdict = variance == 0 ? tr("The drawer matches.")
        : variance < 0                    ? tr("The drawer is short.")
                                          : tr("The drawer is over.");
    m_variance->setText(tr("%1 closed. Expected %2, counted %3, variance %4. %5")
                            .arg(report.title(), Money::formatRinggit(report.expectedCashSen()),
                                 Money::formatRinggit(report.countedCashSen.value_or(0)),
                                 Money::formatRinggit(variance), verdict));
    m_report->setPlainText(report.plainText(ZReportTextView::DefaultColumns));
    m_report->fitLines(40);   // a whole report without scrolling, unless it is a long one
    m_pages->setCurrentIndex(1);
    emit shiftClosed(report.zNumber);
}
