#include "JomPayForm.h"
#include "catalogue/BillerIndex.h"
#include "catalogue/CatalogueService.h"
#include "catalogue/ProductCatalogue.h"
#include "api/IimmpactClient.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// Biller search per keystroke at 20,000 JomPAY billers (the simulator's list): the index
// alone, and the JomPAY form's whole reaction to a keystroke (search + result list refill).
// Prints p50 / p99 / max; asserts nothing about time.
class BenchUiBillerSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<IimmpactClient> m_client;
    std::unique_ptr<CatalogueService> m_catalogue;

    static QStringList typedQueries()
    {
        // What cashiers type: names and codes, one character at a time.
        const QStringList words{u"tenaga nasional"_s, u"astro"_s, u"majlis perbandaran"_s, u"syarikat air"_s,
                                u"100001"_s, u"5454"_s, u"telekom"_s, u"insurans"_s, u"kolej"_s, u"119999"_s,
                                u"bhd"_s, u"xyz not there"_s};
        QStringList out;
        for (const QString &w : words)
            for (int i = 1; i <= w.size(); ++i)
                out.append(w.left(i));
        return out;
    }

    static void report(const char *what, QList<qint64> ns)
    {
        std::sort(ns.begin(), ns.end());
        const auto at = [&ns](double q) { return double(ns.at(qMin(ns.size() - 1, qsizetype(q * ns.size())))) / 1000.0; };
        qInfo("%-28s keystrokes %4lld  p50 %8.1f us  p99 %8.1f us  max %8.1f us", what,
              qlonglong(ns.size()), at(0.50), at(0.99), double(ns.last()) / 1000.0);
    }

private slots:
    void initTestCase()
    {
        Simulator::Options o;
        o.billerCount = 20000;
        m_sim = std::make_unique<Simulator>(o);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_client = std::make_unique<IimmpactClient>(&m_nam, m_clock);
        ApiConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.apiKey = Simulator::demoApiKey();
        c.secretBase64 = Simulator::demoSecretBase64();
        m_client->setConfig(c);
        m_catalogue = std::make_unique<CatalogueService>(*m_client);
        QSignalSpy billers(m_catalogue.get(), &CatalogueService::billersUpdated);
        QElapsedTimer t;
        t.start();
        m_catalogue->refreshBillers();
        QVERIFY(billers.wait(60000));
        QVERIFY(m_catalogue->billers().size() >= 20000);
        qInfo("biller list: %d billers fetched, parsed and indexed in %lld ms",
              m_catalogue->billers().size(), qlonglong(t.elapsed()));
    }

    void indexOnly()
    {
        const QStringList queries = typedQueries();
        QList<qint64> ns;
        const BillerIndex &idx = m_catalogue->billers();
        int found = 0;
        for (int round = 0; round < 5; ++round) {
            for (const QString &q : queries) {
                QElapsedTimer t;
                t.start();
                found += int(idx.search(q, JomPayForm::MaxResults).size());
                ns.append(t.nsecsElapsed());
            }
        }
        QVERIFY(found > 0);
        report("BillerIndex::search", ns);
    }

    void formKeystroke()
    {
        Product p;
        p.code = u"JOMPAY"_s;
        p.name = u"JomPAY"_s;
        p.family = ProductFamily::JomPay;
        FormContext ctx;
        ctx.catalogue = m_catalogue.get();
        JomPayForm form(p, ctx);
        form.resize(1100, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QStringList words{u"tenaga nasional"_s, u"majlis perbandaran"_s, u"100001"_s, u"syarikat air"_s};
        QList<qint64> ns;
        int mostResults = 0;
        for (int round = 0; round < 3; ++round) {
            for (const QString &w : words) {
                form.billerSearch()->clear();
                for (QChar c : w) {
                    QElapsedTimer t;
                    t.start();
                    QTest::keyClick(form.billerSearch(), c.toLatin1());
                    form.billerResults()->repaint();   // include painting the refreshed list
                    ns.append(t.nsecsElapsed());
                    mostResults = std::max(mostResults, form.billerResults()->count());
                }
            }
        }
        QVERIFY(mostResults > 0);
        report("JomPayForm keystroke+paint", ns);
    }
};

QTEST_MAIN(BenchUiBillerSearch)
#include "bench_ui_billersearch.moc"
