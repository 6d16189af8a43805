#pragma once

#include "UiServices.h"

#include <QWidget>
#include <optional>

class QLabel;
class QToolButton;
struct BalanceInfo;

// The strip at the top of every screen: environment badge, terminal id, float balance (with a
// low-balance warning), the open shift's cashier, pending sales, the sales history and whether IIMMPACT answers. Display only; MainWindow
// feeds it from the core services' signals.
class HeaderBar : public QWidget
{
    Q_OBJECT
public:
    enum class NetworkState { Unknown, Online, Offline, AuthProblem };

    explicit HeaderBar(QWidget *parent = nullptr);

    void setEnvironment(ApiEnvironment env, const QString &host = {});
    void setTerminalId(const QString &id);
    void setLowBalanceThreshold(qint64 sen);
    void setBalance(const BalanceInfo &balance);
    void setPendingCount(int count);
    void setNetworkState(NetworkState state, const QString &detail = {});
    // The open shift's cashier; empty: no shift is open.
    void setShiftCashier(const QString &cashier);

    // Read back by tests and the screenshot run.
    QString environmentText() const;
    QString balanceText() const;
    bool lowBalanceShown() const;
    int pendingCount() const { return m_pending; }
    NetworkState networkState() const { return m_network; }
    QString shiftCashier() const { return m_shiftCashier; }
    QToolButton *shiftButton() const { return m_shiftButton; }

    // Kept for the screens' tests; the rule is apiEnvironmentFor() in core.
    static ApiEnvironment environmentFor(bool demo, const QString &host);

signals:
    void pendingClicked();
    void historyClicked();
    void shiftClicked();
    void balanceRefreshRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateBalanceStyle();
    void updateShiftText();   // the cashier's name elided to the room the strip has left

    QLabel *m_env = nullptr;
    QLabel *m_terminal = nullptr;
    QLabel *m_balanceIcon = nullptr;
    QLabel *m_balance = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_pendingButton = nullptr;
    QToolButton *m_historyButton = nullptr;
    QToolButton *m_shiftButton = nullptr;
    QString m_shiftCashier;
    QLabel *m_networkLabel = nullptr;
    qint64 m_lowSen = UiServices().lowBalanceSen;   // until MainWindow sets the till's
    std::optional<qint64> m_balanceSen;
    int m_pending = 0;
    NetworkState m_network = NetworkState::Unknown;
};
