#include "ProcessingPage.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProcessingPage::ProcessingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ProcessingPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(12);
    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(u"pending"_s).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusBig"_s);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"pageSubtitle"_s);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"fieldValue"_s);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_refidLabel = new QLabel(this);
    m_refidLabel->setObjectName(u"refidValue"_s);
    m_refidLabel->setAlignment(Qt::AlignCenter);
    m_refidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_refidLabel);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"countdown"_s);
    m_countdown->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_countdown);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(u"countdown"_s);
    m_elapsed->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_elapsed);
    auto *note = new QLabel(tr("Do not take the customer's money back and do not sell again while this is "
                               "open: the sale may already be done."), this);
    note->setObjectName(u"fieldHint"_s);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    layout->addWidget(note);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_background = new QPushButton(tr("Continue in background (Esc)"), this);
    m_background->setObjectName(u"backgroundButton"_s);
    m_background->setToolTip(tr("Serve the next customer. This sale stays pending and Kaunter keeps checking it; "
                                "the header shows it until it is settled."));
    buttons->addWidget(m_background);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_background, &QPushButton::clicked, this, &ProcessingPage::backgroundRequested);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &ProcessingPage::backgroundRequested);
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ProcessingPage::tick);
    setFocusProxy(m_background);
}

void ProcessingPage::start(const QString &refid, const QString &productName, const QString &account,
                           const QString &amount)
{
    m_refid = refid;
    m_summary->setText(tr("%1 · %2 · %3").arg(productName, account, amount));
    m_refidLabel->setText(tr("Reference %1").arg(refid));
    m_status->setText(tr("Sending…"));
    m_detail->setText(tr("The sale is recorded on this till and is being sent to IIMMPACT."));
    m_since.start();
    m_nextMs = -1;
    m_inFlight = true;
    m_countdown->clear();
    m_timer->start();
    tick();
}

void ProcessingPage::updateSale(const SaleRecord &sale)
{
    if (sale.refid != m_refid)
        return;
    switch (sale.state) {
    case SaleState::New:
        m_status->setText(tr("Sending…"));
        break;
    case SaleState::Accepted:
        m_status->setText(tr("Accepted"));
        m_detail->setText(tr("IIMMPACT accepted the sale and will process it shortly."));
        break;
    case SaleState::Processing:
        m_status->setText(tr("Processing"));
        m_detail->setText(tr("The provider is processing the sale. Most sales finish within 30 seconds."));
        break;
    case SaleState::Unknown:
        m_status->setText(tr("Checking…"));
        m_detail->setText(tr("No clear answer yet (%1). Kaunter asks again with the same reference; the "
                             "customer is never charged twice.").arg(sale.lastError.isEmpty() ? tr("no reply")
                                                                                            : sale.lastError));
        break;
    default:
        m_timer->stop();
        break;
    }
}

void ProcessingPage::setNextQueryIn(int msecs)
{
    m_inFlight = false;
    m_nextMs = msecs;
    m_nextAt.start();
    tick();
}

void ProcessingPage::setRequestStarted(int attempt)
{
    m_inFlight = true;
    m_nextMs = -1;
    if (attempt > 1)
        m_countdown->setText(tr("Asking IIMMPACT again (check %1)…").arg(attempt));
    tick();
}

void ProcessingPage::tick()
{
    const qint64 secs = m_since.isValid() ? m_since.elapsed() / 1000 : 0;
    m_elapsed->setText(tr("Elapsed %1:%2").arg(secs / 60).arg(int(secs % 60), 2, 10, QChar(u'0')));
    if (m_nextMs >= 0) {
        const qint64 left = std::max<qint64>(0, m_nextMs - m_nextAt.elapsed());
        m_countdown->setText(tr("Next check in %1 s").arg((left + 999) / 1000));
    } else if (m_inFlight && m_countdown->text().isEmpty()) {
        m_countdown->setText(tr("Waiting for IIMMPACT…"));
    }
}

QString ProcessingPage::statusText() const
{
    return m_status->text();
}

QString ProcessingPage::countdownText() const
{
    return m_countdown->text();
}

QString ProcessingPage::elapsedText() const
{
    return m_elapsed->text();
}
