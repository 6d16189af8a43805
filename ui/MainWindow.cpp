#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_balance = new QLabel(central);
    m_products = new QLabel(central);
    layout->addWidget(m_balance);
    layout->addWidget(m_products);
    setCentralWidget(central);
    setWindowTitle(tr("Kaunter"));
}

void MainWindow::setBalanceText(const QString &text) { m_balance->setText(text); }
void MainWindow::setProductCount(int count) { m_products->setText(tr("%n product(s)", nullptr, count)); }
