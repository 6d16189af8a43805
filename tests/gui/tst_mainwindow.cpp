#include "GuiHarness.h"

#include "GroupButton.h"
#include "HeaderBar.h"
#include "ProductBrowser.h"
#include "ProductListModel.h"
#include "QuickKeyButton.h"
#include "SaleFormPage.h"
#include "catalogue/BalanceInfo.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyleOptionToolButton>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// The window a demo till opens with: header (environment, terminal, balance, pending,
// network), the product browser from the simulator's catalogue, favourites and quick keys,
// interruption shown greyed with the reason but still sellable.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    // Sells (as far as the form) the `count` products with the longest names, so that they
    // become the quick keys, and comes back to the products.
    void makeLongQuickKeys(int count)
    {
        QList<Product> products = h->catalogue().catalogue().products();
        std::stable_sort(products.begin(), products.end(),
                         [](const Product &a, const Product &b) { return a.name.size() > b.name.size(); });
        for (int i = 0; i < count && i < products.size(); ++i)
            QVERIFY(h->window().beginSale(products.at(i).code));
        h->window().showScreen(MainWindow::Screen::Products);
    }

    static void addWindowSizes()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("800x600") << 800 << 600;
        QTest::newRow("1024x768") << 1024 << 768;
        QTest::newRow("1180x760") << 1180 << 760;
    }

    // Only the width is checked: the group column (nine 54 px buttons) keeps the window
    // taller than 600 px whatever the width.
    void resizeAndSettle(int width, int height)
    {
        MainWindow &w = h->window();
        w.resize(width, height);
        QTest::qWait(50);   // resize and layout requests are delivered through the event loop
        QVERIFY2(w.width() == width,
                 qPrintable(u"window is %1 px wide, not %2: a screen keeps it from narrowing"_s
                                .arg(w.width()).arg(width)));
    }

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

    void quickKeysDegradeWhenNarrow_data() { addWindowSizes(); }
    void quickKeysDegradeWhenNarrow()
    {
        // Long names on all eight keys: a key never shows a cut-off name. What it draws fits
        // inside the button; a name that does not fit is elided after its F-key, and the full
        // name stays in the tooltip and the accessible name. Touch height is kept.
        QFETCH(int, width);
        QFETCH(int, height);
        makeLongQuickKeys(ProductBrowser::QuickKeyCount);
        resizeAndSettle(width, height);
        const auto keys = h->window().browser()->quickKeyButtons();
        QCOMPARE(keys.size(), ProductBrowser::QuickKeyCount);
        int elided = 0;
        for (QuickKeyButton *b : keys) {
            QVERIFY(b->isVisible());
            const QString full = b->keyLabel() + u"  "_s + b->name();
            const QString shown = b->displayedText();
            QVERIFY2(b->height() >= 44, qPrintable(full));
            QVERIFY2(b->fontMetrics().horizontalAdvance(shown) <= b->labelWidth(), qPrintable(shown));
            QVERIFY2(shown.startsWith(b->keyLabel()), qPrintable(shown));
            if (shown != full) {
                ++elided;
                QVERIFY2(shown.endsWith(u'…') && full.startsWith(shown.chopped(1)), qPrintable(shown));
            }
            QCOMPARE(b->accessibleName(), full);
            QVERIFY(b->toolTip().contains(b->name()));
        }
        if (width == 800)   // these names do not fit eight keys into 800 px: elision was tested
            QVERIFY(elided > 0);
    }

    void windowFitsACommonTillScreen()
    {
        // 1366 x 768 is the commonest cheap till screen; a 40 px task bar leaves 728 px. With
        // every group and all eight quick keys, the window must still fit without cropping.
        makeLongQuickKeys(ProductBrowser::QuickKeyCount);
        QTest::qWait(20);
        const QSize least = h->window().minimumSizeHint().expandedTo(h->window().minimumSize());
        QVERIFY2(least.height() <= 728, qPrintable(u"needs %1 px"_s.arg(least.height())));
        QVERIFY2(least.width() <= 1366, qPrintable(u"needs %1 px"_s.arg(least.width())));
    }

    void selectedGroupIsNeverElided_data() { addWindowSizes(); }
    void selectedGroupIsNeverElided()
    {
        // The checked group is drawn bold with a 2 px border (kaunter.qss). Whichever group is
        // checked, its bold label fits the text area the style leaves it, so it is not elided.
        QFETCH(int, width);
        QFETCH(int, height);
        resizeAndSettle(width, height);
        ProductBrowser *browser = h->window().browser();
        browser->showFamily(ProductFamily::GiftCards);
        QTest::qWait(20);
        const auto groups = browser->groupButtons();
        QCOMPARE(groups.size(), 2 + browser->familiesShown().size());
        bool giftCardsChecked = false;
        for (GroupButton *b : groups) {
            QStyleOptionToolButton option;
            option.initFrom(b);
            option.state |= QStyle::State_On;   // measured as drawn when checked
            option.text = b->text();
            option.icon = b->icon();
            option.iconSize = b->iconSize();
            option.toolButtonStyle = b->toolButtonStyle();
            // border and padding of the checked state: what the style adds around any contents
            const QSize wide(1000, option.iconSize.height());
            const int box = b->style()->sizeFromContents(QStyle::CT_ToolButton, &option, wide, b).width() - wide.width();
            const int textArea = b->width() - box - option.iconSize.width() - 4;   // 4: icon to text, as QToolButton
            QFont bold = b->font();
            bold.setBold(true);
            const int textWidth = QFontMetrics(bold).size(Qt::TextShowMnemonic, b->text()).width();   // "&&" draws "&"
            QVERIFY2(textWidth <= textArea,
                     qPrintable(u"%1: %2 px of bold text in %3 px"_s.arg(b->text()).arg(textWidth).arg(textArea)));
            if (b->objectName() == "group_giftcards"_L1)
                giftCardsChecked = b->isChecked();
        }
        QVERIFY(giftCardsChecked);
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
