#pragma once

#include <QMainWindow>

class QLabel;

// Placeholder first window; the cashier screens replace its centre.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void setBalanceText(const QString &text);
    void setProductCount(int count);

private:
    QLabel *m_balance = nullptr;
    QLabel *m_products = nullptr;
};
