#include "ProductBrowser.h"
#include "ProductListModel.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// The product browser with 500 products: time to load them into the browser and paint the
// visible page, against a 16.7 ms frame. Prints figures; asserts nothing about time.
class BenchUiBrowser : public QObject
{
    Q_OBJECT

private:
    static QList<Product> products(int n)
    {
        const auto families = Product::browserFamilies();
        QList<Product> out;
        for (int i = 0; i < n; ++i) {
            Product p;
            p.code = u"P%1"_s.arg(i);
            p.name = u"Product number %1 with a longer name"_s.arg(i);
            p.family = i % 5 == 0 ? ProductFamily::GiftCards : families.at(i % (families.size() - 1));
            p.denominationsSen = {1000, 3000, 5000};
            out.append(p);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        Theme::apply(*qApp);
    }

    void fiveHundredProducts()
    {
        const QList<Product> list = products(500);
        QList<qint64> loadPaint, searchPaint, groupPaint;
        for (int round = 0; round < 7; ++round) {
            ProductBrowser browser;
            browser.resize(1180, 700);
            browser.show();
            QVERIFY(QTest::qWaitForWindowExposed(&browser));
            QElapsedTimer t;
            t.start();
            browser.setProducts(list);
            browser.repaint();   // synchronous: layout of the visible items and their painting
            loadPaint.append(t.nsecsElapsed());
            t.restart();
            browser.model()->showSearch(u"product"_s);   // all 500 in one view
            browser.listView()->repaint();
            searchPaint.append(t.nsecsElapsed());
            t.restart();
            browser.showFamily(ProductFamily::GiftCards);
            browser.listView()->repaint();
            groupPaint.append(t.nsecsElapsed());
            QCOMPARE(browser.productCount(), 500);
        }
        const auto med = [](QList<qint64> v) {
            std::sort(v.begin(), v.end());
            return double(v.at(v.size() / 2)) / 1e6;
        };
        qInfo("500 products: load + first paint %.2f ms, all-500 search view %.2f ms, group switch %.2f ms "
              "(median of %lld; one frame = 16.7 ms)", med(loadPaint), med(searchPaint), med(groupPaint),
              qlonglong(loadPaint.size()));
    }
};

QTEST_MAIN(BenchUiBrowser)
#include "bench_ui_browser.moc"
