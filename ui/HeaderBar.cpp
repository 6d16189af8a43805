#include "HeaderBar.h"

#include "Theme.h"
#include "catalogue/BalanceInfo.h"
#include "validation/Money.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"HeaderBar"_s);
    setAttribute(Qt::WA_StyledBackground, true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);   // with the shift button the strip still fits an 800 px window

    m_env = new QLabel(this);
    m_env->setObjectName(u"envBadge"_s);
    layout->addWidget(m_env);

    m_terminal = new QLabel(this);
    m_terminal->setObjectName(u"terminalLabel"_s);
    m_terminal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_terminal);
    layout->addStretch(1);

    m_networkLabel = new QLabel(this);
    m_networkLabel->setObjectName(u"networkLabel"_s);
    layout->addWidget(m_networkLabel);

    m_shiftButton = new QToolButton(this);
    m_shiftButton->setObjectName(u"shiftButton"_s);
    connect(m_shiftButton, &QToolButton::clicked, this, &HeaderBar::shiftClicked);
    layout->addWidget(m_shiftButton);

    m_pendingButton = new QToolButton(this);
    m_pendingButton->setObjectName(u"pendingButton"_s);
    m_pendingButton->setToolTip(tr("Sales whose final status is not known yet. Kaunter keeps "
                                   "checking them in the background."));
    connect(m_pendingButton, &QToolButton::clicked, this, &HeaderBar::pendingClicked);
    layout->addWidget(m_pendingButton);

    m_historyButton = new QToolButton(this);
    m_historyButton->setObjectName(u"historyButton"_s);
    m_historyButton->setText(tr("History (F9)"));
    m_historyButton->setToolTip(tr("Earlier sales: find one, check its status, reprint its receipt"));
    connect(m_historyButton, &QToolButton::clicked, this, &HeaderBar::historyClicked);
    layout->addWidget(m_historyButton);

    m_balanceIcon = new QLabel(this);
    m_balanceIcon->setPixmap(Theme::icon(u"warning"_s).pixmap(22, 22));
    m_balanceIcon->hide();
    layout->addWidget(m_balanceIcon);
    m_balance = new QLabel(this);
    m_balance->setObjectName(u"balanceLabel"_s);
    layout->addWidget(m_balance);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshBalanceButton"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask IIMMPACT for the balance now"));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &HeaderBar::balanceRefreshRequested);
    layout->addWidget(m_refresh);

    setEnvironment(ApiEnvironment::Custom);
    m_balance->setText(tr("Balance: …"));
    setPendingCount(0);
    setNetworkState(NetworkState::Unknown);
    setShiftCashier(QString());
}

void HeaderBar::setShiftCashier(const QString &cashier)
{
    m_shiftCashier = cashier;
    const bool open = !cashier.isEmpty();
    m_shiftButton->setToolTip(open ? tr("Shift of %1. F10: close the shift, or see the Z-reports").arg(cashier)
                                   : tr("No shift is open. F10: open a shift, or see the Z-reports"));
    m_shiftButton->setProperty("open", open);
    Theme::repolish(m_shiftButton);
    updateShiftText();
}

void HeaderBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateShiftText();
}

// A cashier's name may have 60 characters and the strip must fit an 800 px window: the name
// gets what the other parts leave, elided (in a narrow window without "Shift:"); the tooltip
// has it whole.
void HeaderBar::updateShiftText()
{
    if (m_shiftCashier.isEmpty()) {
        m_shiftButton->setText(tr("No shift"));
        return;
    }
    const QLayout *strip = layout();
    int used = strip->contentsMargins().left() + strip->contentsMargins().right();
    for (int i = 0; i < strip->count(); ++i) {
        const QWidget *w = strip->itemAt(i)->widget();
        if (w && w != m_shiftButton && !w->isHidden())
            used += w->sizeHint().width() + strip->spacing();
    }
    const QFontMetrics metrics = m_shiftButton->fontMetrics();
    const QString prefix = tr("Shift: %1").arg(QString());
    const int chrome = m_shiftButton->sizeHint().width() - metrics.horizontalAdvance(m_shiftButton->text());
    const int room = width() - used - chrome;   // for the whole text
    const int longest = metrics.averageCharWidth() * 30;
    if (room - metrics.horizontalAdvance(prefix) >= metrics.horizontalAdvance(u"Aaaa…"_s)) {
        const int nameWidth = std::min(room - metrics.horizontalAdvance(prefix), longest);
        m_shiftButton->setText(tr("Shift: %1").arg(metrics.elidedText(m_shiftCashier, Qt::ElideRight, nameWidth)));
    } else {   // a narrow window: the name alone, as much as fits (the tooltip says what it is)
        const int nameWidth = std::max(room, metrics.horizontalAdvance(u"A…"_s));
        m_shiftButton->setText(metrics.elidedText(m_shiftCashier, Qt::ElideRight, nameWidth));
    }
}

ApiEnvironment HeaderBar::environmentFor(bool demo, const QString &host)
{
    return apiEnvironmentFor(demo, host);   // decided in core, for every front end
}

void HeaderBar::setEnvironment(ApiEnvironment env, const QString &host)
{
    QString key;
    switch (env) {
    case ApiEnvironment::Demo:
        m_env->setText(tr("DEMO"));
        m_env->setToolTip(tr("Training mode: a simulator inside Kaunter answers. No money moves."));
        key = u"demo"_s;
        break;
    case ApiEnvironment::Staging:
        m_env->setText(tr("STAGING"));
        m_env->setToolTip(tr("IIMMPACT staging: test sales only."));
        key = u"staging"_s;
        break;
    case ApiEnvironment::Production:
        m_env->setText(tr("PRODUCTION"));
        m_env->setToolTip(tr("IIMMPACT production: every sale is real money."));
        key = u"production"_s;
        break;
    case ApiEnvironment::Custom:
        m_env->setText(host.isEmpty() ? tr("NOT CONFIGURED") : tr("CUSTOM: %1").arg(host));
        m_env->setToolTip(tr("An IIMMPACT address that is neither staging nor production."));
        key = u"custom"_s;
        break;
    }
    m_env->setProperty("env", key);
    Theme::repolish(m_env);
}

QString HeaderBar::environmentText() const
{
    return m_env->text();
}

void HeaderBar::setTerminalId(const QString &id)
{
    // The id alone (the strip fits an 800 px window); what it is, in the tooltip.
    m_terminal->setText(id);
    m_terminal->setToolTip(id.isEmpty() ? QString()
                                        : tr("Terminal %1: this till's id, the start of every sale's reference").arg(id));
}

void HeaderBar::setLowBalanceThreshold(qint64 sen)
{
    m_lowSen = sen;
    updateBalanceStyle();
}

void HeaderBar::setBalance(const BalanceInfo &balance)
{
    if (balance.balanceSen) {
        m_balanceSen = balance.balanceSen;
        QString text = tr("Balance: %1").arg(Money::formatRinggit(*balance.balanceSen));
        if (!balance.ok)
            text += u' ' + tr("(last known)");
        m_balance->setText(text);
    } else {
        m_balance->setText(tr("Balance: unavailable"));
    }
    QString tip;
    if (!balance.merchantName.isEmpty())
        tip = balance.merchantName;
    if (!balance.ok && !balance.error.isEmpty())
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + balance.error;
    if (balance.readOnly())
        tip += (tip.isEmpty() ? QString() : u"\n"_s)
            + tr("This IIMMPACT account is read-only: it cannot sell.");
    m_balance->setToolTip(tip);
    updateBalanceStyle();
}

void HeaderBar::updateBalanceStyle()
{
    const bool low = m_balanceSen && *m_balanceSen < m_lowSen;
    m_balanceIcon->setVisible(low);
    m_balanceIcon->setToolTip(low ? tr("Low balance: below %1. Top up the IIMMPACT wallet soon.")
                                        .arg(Money::formatRinggit(m_lowSen))
                                  : QString());
    if (m_balance->property("low").toBool() != low) {
        m_balance->setProperty("low", low);
        Theme::repolish(m_balance);
    }
}

QString HeaderBar::balanceText() const
{
    return m_balance->text();
}

bool HeaderBar::lowBalanceShown() const
{
    return !m_balanceIcon->isHidden();
}

void HeaderBar::setPendingCount(int count)
{
    m_pending = count;
    m_pendingButton->setText(tr("%n pending", nullptr, count));
    m_pendingButton->setProperty("pending", count > 0);
    Theme::repolish(m_pendingButton);
}

void HeaderBar::setNetworkState(NetworkState state, const QString &detail)
{
    m_network = state;
    QString key;
    switch (state) {
    case NetworkState::Unknown:
        m_networkLabel->setText(tr("Connecting…"));
        key = u"unknown"_s;
        break;
    case NetworkState::Online:
        m_networkLabel->setText(tr("● Online"));
        key = u"online"_s;
        break;
    case NetworkState::Offline:
        m_networkLabel->setText(tr("● No connection"));
        key = u"offline"_s;
        break;
    case NetworkState::AuthProblem:
        m_networkLabel->setText(tr("● Sign-in problem"));
        key = u"auth"_s;
        break;
    }
    m_networkLabel->setToolTip(detail);
    m_networkLabel->setProperty("state", key);
    Theme::repolish(m_networkLabel);
}
