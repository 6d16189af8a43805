#include "GuiHarness.h"

#include "HeaderBar.h"
#include "ProductBrowser.h"
#include "ProductListModel.h"
#include "SaleFormPage.h"
#include "catalogue/BalanceInfo.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// The window a demo till opens with: header (environment, terminal, balance, pending,
// network), the product browser from the simulator's catalogue, favourites and quick keys,
// interruption shown greyed with the reason but still sellable.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

private slots:
    void init()
    {
        h = std::make_unique<GuiHarness>();
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
    }
    void cleanup() { h.reset(); }

    void headerAndProductCount()
    {
        MainWindow &w = h->window();
        HeaderBar *header = w.header();
        QCOMPARE(header->environmentText(), u"DEMO"_s);
        QCOMPARE(header->balanceText(), u"Balance: RM 5,000.00"_s);
        QVERIFY(!header->lowBalanceShown());
        QCOMPARE(header->networkState(), HeaderBar::NetworkState::Online);
        QCOMPARE(header->pendingCount(), 0);
        // every active simulator product (XOX is inactive)
        QCOMPARE(w.browser()->productCount(), h->catalogue().catalogue().count());
        QCOMPARE(w.browser()->productCount(), h->sim().productCount() - 1);
        QCOMPARE(w.browser()->familiesShown().size(), 7);
        QVERIFY(w.browser()->countText().contains(QString::number(w.browser()->productCount())));
    }

    void environmentBadge_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("env");
        QTest::newRow("demo") << true << u"127.0.0.1"_s << int(ApiEnvironment::Demo);
        QTest::newRow("staging") << false << u"staging.iimmpact.com"_s << int(ApiEnvironment::Staging);
        QTest::newRow("production") << false << u"API.iimmpact.com"_s << int(ApiEnvironment::Production);
        QTest::newRow("other") << false << u"example.test"_s << int(ApiEnvironment::Custom);
    }
    void environmentBadge()
    {
        QFETCH(bool, demo);
        QFETCH(QString, host);
        QFETCH(int, env);
        QCOMPARE(int(HeaderBar::environmentFor(demo, host)), env);
    }

    void lowBalanceWarning()
    {
        h->sim().setBalance(50);
        h->catalogue().refreshBalance();
        QTRY_VERIFY(h->window().header()->lowBalanceShown());
        QCOMPARE(h->window().header()->balanceText(), u"Balance: RM 50.00"_s);
    }

    void interruptedProductGreyedButSellable()
    {
        ProductBrowser *b = h->window().browser();
        b->showFamily(ProductFamily::MobileReload);
        const int row = b->model()->rowOfCode(u"TT"_s);
        QVERIFY(row >= 0);
        const QModelIndex idx = b->model()->index(row);
        QTRY_VERIFY_WITH_TIMEOUT(idx.data(ProductListModel::InterruptedRole).toBool(), 5000);
        QVERIFY(!idx.data(ProductListModel::ReasonRole).toString().isEmpty());
        QVERIFY(idx.data(Qt::ForegroundRole).value<QBrush>().color() != QColor(Qt::black));
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(idx.data(ProductListModel::ReasonRole).toString()));
        QVERIFY(idx.flags() & Qt::ItemIsEnabled);
        const int healthy = b->model()->rowOfCode(u"D"_s);
        QVERIFY(!b->model()->index(healthy).data(ProductListModel::InterruptedRole).toBool());
        QVERIFY(h->window().beginSale(u"TT"_s));
        QTRY_VERIFY(h->window().formPage()->interruptionShown());
    }

    void modelIsConsistent()
    {
        ProductListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProducts(h->catalogue().catalogue().products());
        model.showFamily(ProductFamily::GiftCards);
        QCOMPARE(model.rowCount(), 4);
        model.showSearch(u"digi"_s);
        QVERIFY(model.rowCount() >= 2);   // Digi Prepaid, Digi Internet
        model.setFavourites({u"GC"_s, u"D"_s});
        model.showFavourites();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ProductListModel::CodeRole).toString(), u"GC"_s);
        model.setInterruption(u"GC"_s, true, u"x"_s);
        model.setInterruption(u"GC"_s, false, {});
        QVERIFY(!model.index(0).data(ProductListModel::InterruptedRole).toBool());
    }

    void favouritesRecentsAndQuickKeys()
    {
        MainWindow &w = h->window();
        ProductBrowser *b = w.browser();
        b->showFamily(ProductFamily::GiftCards);
        const int row = b->model()->rowOfCode(u"STEAM"_s);
        b->listView()->setCurrentIndex(b->model()->index(row));
        auto *toggle = b->findChild<QPushButton *>(u"favouriteToggle"_s);
        QVERIFY(toggle && toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        b->showFavourites();
        QCOMPARE(b->model()->rowCount(), 1);
        QCOMPARE(b->model()->index(0).data(ProductListModel::CodeRole).toString(), u"STEAM"_s);
        auto *f1 = b->findChild<QPushButton *>(u"quickKey1"_s);
        QVERIFY(f1 && f1->isVisible());
        QVERIFY(f1->text().startsWith(u"F1"_s));
        QVERIFY(f1->minimumSizeHint().height() >= 44 || f1->sizeHint().height() >= 44);

        // F1 starts the favourite from the keyboard
        w.activateWindow();
        b->searchEdit()->setFocus();
        QTest::keyClick(b->searchEdit(), Qt::Key_F1);
        QCOMPARE(w.screen(), MainWindow::Screen::Form);
        QCOMPARE(w.formPage()->product().code, u"STEAM"_s);
        QTest::keyClick(w.formPage(), Qt::Key_Escape);
        QCOMPARE(w.screen(), MainWindow::Screen::Products);
        b->showRecents();
        QCOMPARE(b->model()->index(0).data(ProductListModel::CodeRole).toString(), u"STEAM"_s);

        // kept in the data directory (not QSettings)
        FavouritesStore again(h->dataDir());
        QCOMPARE(again.favourites(), QStringList{u"STEAM"_s});
        QCOMPARE(again.recents().first(), u"STEAM"_s);
    }

    void touchTargets()
    {
        // Every button and line edit a cashier touches is at least 44 px high.
        MainWindow &w = h->window();
        QVERIFY(w.beginSale(u"JOMPAY"_s));
        QTest::qWait(50);
        for (QWidget *page : {static_cast<QWidget *>(w.browser()), static_cast<QWidget *>(w.formPage())}) {
            const auto buttons = page->findChildren<QAbstractButton *>();
            for (QAbstractButton *btn : buttons) {
                if (btn->isVisible() && qobject_cast<QPushButton *>(btn))
                    QVERIFY2(btn->height() >= 44, qPrintable(btn->objectName() + u' ' + btn->text()));
            }
            const auto edits = page->findChildren<QLineEdit *>();
            for (QLineEdit *e : edits) {
                if (e->isVisible())
                    QVERIFY2(e->height() >= 44, qPrintable(e->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
