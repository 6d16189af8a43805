#include "HistoryPage.h"

#include "SaleDetailsView.h"
#include "SaleHistoryModel.h"
#include "SupervisorPinDialog.h"
#include "receipt/SaleCsv.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryPage::HistoryPage(const Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_model(new SaleHistoryModel(journal, this))
{
    setObjectName(u"HistoryPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(8);
    auto *title = new QLabel(tr("Sales history"), this);
    title->setObjectName(u"pageTitle"_s);
    layout->addWidget(title);
    buildFilters();
    buildTable();
    buildFooter();
    connect(m_model, &SaleHistoryModel::loadFailed, this, [this](const QString &why) {
        m_message->setText(tr("The history cannot be read: %1").arg(why));
    });
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &HistoryPage::backRequested);
    setFocusProxy(m_refid);
}

void HistoryPage::buildFilters()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    m_refid = new QLineEdit(this);
    m_refid->setObjectName(u"historyRefid"_s);
    m_refid->setPlaceholderText(tr("Reference (or its start)"));
    m_refid->setClearButtonEnabled(true);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"historyAccount"_s);
    m_account->setPlaceholderText(tr("Account number"));
    m_account->setClearButtonEnabled(true);
    m_product = new QComboBox(this);
    m_product->setObjectName(u"historyProduct"_s);
    m_product->addItem(tr("All products"), QString());
    m_status = new QComboBox(this);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->addItem(tr("Every status"), int(StatusChoice::All));
    m_status->addItem(tr("Pending (not final yet)"), int(StatusChoice::Pending));
    m_status->addItem(tr("Needs a decision"), int(StatusChoice::NeedsDecision));
    m_status->addItem(tr("Successful"), int(StatusChoice::Successful));
    m_status->addItem(tr("Failed"), int(StatusChoice::Failed));
    m_status->addItem(tr("Refunded"), int(StatusChoice::Refund));
    m_status->addItem(tr("Refused (nothing charged)"), int(StatusChoice::Rejected));
    m_status->addItem(tr("Voided"), int(StatusChoice::Voided));
    grid->addWidget(m_refid, 0, 0);
    grid->addWidget(m_account, 0, 1);
    grid->addWidget(m_product, 0, 2);
    grid->addWidget(m_status, 0, 3);

    auto *dates = new QHBoxLayout;
    m_dates = new QCheckBox(tr("Dates from"), this);
    m_dates->setObjectName(u"historyDates"_s);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setObjectName(u"historyFrom"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"historyTo"_s);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_dates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    dates->addWidget(m_dates);
    dates->addWidget(m_from);
    auto *to = new QLabel(tr("to"), this);
    to->setContentsMargins(6, 0, 6, 0);
    dates->addWidget(to);
    dates->addWidget(m_to);
    dates->addStretch(1);
    m_search = new QPushButton(tr("Search"), this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setProperty("role", u"primary"_s);
    connect(m_search, &QPushButton::clicked, this, &HistoryPage::refresh);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(u"historyClear"_s);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_refid->clear();
        m_account->clear();
        m_product->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_dates->setChecked(false);
        refresh();
    });
    dates->addWidget(m_search);
    dates->addWidget(m_clear);
    grid->addLayout(dates, 1, 0, 1, 4);
    static_cast<QVBoxLayout *>(layout())->addLayout(grid);
    connect(m_refid, &QLineEdit::returnPressed, this, &HistoryPage::refresh);
    connect(m_account, &QLineEdit::returnPressed, this, &HistoryPage::refresh);
    connect(m_product, &QComboBox::activated, this, &HistoryPage::refresh);
    connect(m_status, &QComboBox::activated, this, &HistoryPage::refresh);
}

void HistoryPage::buildTable()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(left);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SaleHistoryModel::Status, QHeaderView::Stretch);
    leftLayout->addWidget(m_table, 1);
    m_more = new QPushButton(tr("More"), left);
    m_more->setObjectName(u"historyMore"_s);
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_model->loadMore();
        updateMore();
    });
    leftLayout->addWidget(m_more);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateMore);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateMore);

    m_details = new SaleDetailsView(splitter);
    connect(m_details, &SaleDetailsView::checkStatusRequested, this, &HistoryPage::checkStatusRequested);
    connect(m_details, &SaleDetailsView::reprintRequested, this, &HistoryPage::reprintRequested);
    connect(m_details, &SaleDetailsView::voucherRequested, this, &HistoryPage::voucherRequested);
    connect(m_details, &SaleDetailsView::unlockRequested, this, &HistoryPage::unlockPins);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    // The details get room for a PIN in large type and two buttons a row; the table the rest.
    m_details->setMinimumWidth(470);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    static_cast<QVBoxLayout *>(layout())->addWidget(splitter, 1);
}

void HistoryPage::buildFooter()
{
    auto *row = new QHBoxLayout;
    m_back = new QPushButton(tr("Back (Esc)"), this);
    m_back->setObjectName(u"historyBack"_s);
    connect(m_back, &QPushButton::clicked, this, &HistoryPage::backRequested);
    row->addWidget(m_back);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    row->addWidget(m_message, 1);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"historyExport"_s);
    m_export->setToolTip(tr("Every sale of this list as a spreadsheet file (never a PIN)"));
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    row->addWidget(m_export);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

void HistoryPage::setClock(const Clock *clock)
{
    m_clock = clock;
    m_from->setDate(today());
    m_to->setDate(today());
}

QDate HistoryPage::today() const
{
    return m_clock ? m_clock->now().toLocalTime().date() : QDate::currentDate();
}

void HistoryPage::setProductName(ProductName name)
{
    m_productName = name;
    m_model->setProductName(std::move(name));
}

void HistoryPage::setProducts(const QList<QPair<QString, QString>> &products)
{
    const QString current = m_product->currentData().toString();
    m_product->clear();
    m_product->addItem(tr("All products"), QString());
    for (const auto &p : products)
        m_product->addItem(p.second, p.first);
    const int at = m_product->findData(current);
    m_product->setCurrentIndex(at < 0 ? 0 : at);
}

SaleHistoryQuery::Filter HistoryPage::filter() const
{
    SaleHistoryQuery::Filter f;
    f.refid = m_refid->text().trimmed().toUpper();
    f.refidPrefix = true;
    f.account = m_account->text().trimmed();
    f.product = m_product->currentData().toString();
    if (m_dates->isChecked()) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    switch (StatusChoice(m_status->currentData().toInt())) {
    case StatusChoice::All:
        break;
    case StatusChoice::Pending:
        f.states = SaleHistoryQuery::pendingStates();
        break;
    case StatusChoice::NeedsDecision:
        f.states = {SaleState::NeedsDecision};
        break;
    case StatusChoice::Successful:
        f.states = {SaleState::Succesful};
        break;
    case StatusChoice::Failed:
        f.states = {SaleState::Failed};
        break;
    case StatusChoice::Refund:
        f.states = {SaleState::Refund};
        break;
    case StatusChoice::Rejected:
        f.states = {SaleState::Rejected};
        break;
    case StatusChoice::Voided:
        f.states = {SaleState::Voided};
        break;
    }
    f.pendingFirst = true;   // pending and "needs a decision" on top, whatever else is asked
    return f;
}

void HistoryPage::refresh()
{
    const QString shown = m_details->hasSale() ? m_details->sale().refid : QString();
    m_message->clear();
    if (!m_model->search(filter()))
        return;
    m_details->clear();
    if (m_model->rowCount() == 0)
        m_message->setText(tr("No sale matches these filters."));
    // The sale shown before stays shown when it is still listed (a refresh after a check).
    const int row = shown.isEmpty() ? -1 : m_model->rowOf(shown);
    if (row >= 0)
        m_table->selectRow(row);
}

void HistoryPage::openSale(const QString &refid)
{
    m_refid->setText(refid);
    m_account->clear();
    m_product->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_dates->setChecked(false);
    refresh();
    const int row = m_model->rowOf(refid);
    if (row >= 0)
        m_table->selectRow(row);
}

void HistoryPage::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const SaleRecord &sale = m_model->sale(row);
    m_details->setSale(sale, m_model->productName(sale));
    m_details->setTimeline(m_model->timeline(sale.refid));
}

void HistoryPage::updateSale(const SaleRecord &sale)
{
    m_model->updateSale(sale);
    if (m_details->hasSale() && m_details->sale().refid == sale.refid) {
        m_details->setSale(sale, m_model->productName(sale));
        m_details->setTimeline(m_model->timeline(sale.refid));
    }
}

void HistoryPage::updateMore()
{
    m_more->setVisible(m_model->hasMore());
}

void HistoryPage::unlockPins()
{
    if (!m_details->hasSale())
        return;
    const QString action = tr("Show the PIN of sale %1").arg(m_details->sale().refid);
    // Never without a supervisor PIN: a till that has none yet sets one first.
    const bool allowed = m_authorize ? m_authorize(action)
                                     : SupervisorPinDialog::authorizeRequiringPin(m_pin, action, this);
    if (!allowed) {
        m_details->setMessage(tr("The PIN stays hidden: no supervisor PIN."));
        return;
    }
    m_details->setPinsUnlocked(true);
    m_details->setMessage(tr("PIN shown until you choose another sale or leave."));
}

QString HistoryPage::message() const
{
    return m_message->text();
}

bool HistoryPage::exportTo(const QString &path, int *count, QString *error) const
{
    QString why;
    const QList<SaleRecord> sales = m_model->allMatching(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = tr("The history cannot be read: %1").arg(why);
        return false;
    }
    // QSaveFile: the old file, if any, stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(SaleCsv::document(sales)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (count)
        *count = int(sales.size());
    return true;
}

void HistoryPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(tr("kaunter-sales-%1.csv").arg(today().toString(u"yyyyMMdd"_s)));
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(this, tr("Export sales"), suggested,
                                                                  tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    int count = 0;
    QString error;
    if (!exportTo(path, &count, &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("%n sale(s) exported to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)));
}

void HistoryPage::hideEvent(QHideEvent *event)
{
    // Leaving the history locks the PINs again.
    m_details->setPinsUnlocked(false);
    QWidget::hideEvent(event);
}
