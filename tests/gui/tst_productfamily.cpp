#include "GenericProductForm.h"
#include "JomPayForm.h"
#include "MobileDataForm.h"
#include "MobileReloadForm.h"
#include "PtptnForm.h"
#include "SaleFormWidget.h"

#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "catalogue/ProductCatalogue.h"
#include "journal/Journal.h"
#include "payment/PaymentEngine.h"
#include "payment/ProductRules.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// One family model: the catalogue group that picks the sale form also decides which extras
// the engine requires, for product codes Kaunter has never seen too.
class TestProductFamily : public QObject
{
    Q_OBJECT

private:
    // A one-product catalogue as /v2/product-list would send it.
    static std::optional<Product> catalogueProduct(const QString &code, const QString &group)
    {
        ProductCatalogue catalogue;
        const QJsonObject entry{{u"product_code"_s, code}, {u"product_name"_s, code},
                                {u"product_group"_s, group}, {u"status"_s, u"Active"_s},
                                {u"denomination"_s, u""_s}};
        if (!catalogue.parse(QJsonObject{{u"data"_s, QJsonArray{entry}}}))
            return std::nullopt;
        const Product *p = catalogue.product(code);
        return p ? std::optional<Product>(*p) : std::nullopt;
    }

private slots:
    void formAndRulesShareTheFamily_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("family");
        QTest::addColumn<bool>("needsSubproduct");
        const auto row = [](const char *name, const char *code, const char *group,
                            const char *form, ProductFamily f, bool sub) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(group)
                                << QString::fromLatin1(form) << int(f) << sub;
        };
        row("new data code", "MAXISDATA", "Mobile Data", "MobileDataForm", ProductFamily::MobileData, true);
        row("known data code", "HI", "Mobile Data", "MobileDataForm", ProductFamily::MobileData, true);
        row("new PTPTN code", "PTPTN2", "PTPTN", "PtptnForm", ProductFamily::Ptptn, true);
        row("new JomPAY code", "JOMPAY2", "JomPAY", "JomPayForm", ProductFamily::JomPay, false);
        row("reload", "D", "Mobile Reload", "MobileReloadForm", ProductFamily::MobileReload, false);
        row("bills", "TNB", "Bills", "GenericProductForm", ProductFamily::Bills, false);
    }
    void formAndRulesShareTheFamily()
    {
        QFETCH(QString, code);
        QFETCH(QString, group);
        QFETCH(QString, form);
        QFETCH(int, family);
        QFETCH(bool, needsSubproduct);

        const std::optional<Product> p = catalogueProduct(code, group);
        QVERIFY(p);
        QCOMPARE(int(p->family), family);
        std::unique_ptr<SaleFormWidget> w(SaleFormWidget::create(*p, FormContext{}));
        QCOMPARE(QString::fromLatin1(w->metaObject()->className()), form);
        const SaleRequest r = w->request();
        QCOMPARE(int(r.family), family);
        QCOMPARE(int(ProductRules::familyOf(r)), family);
        QCOMPARE(ProductRules::needsSubproduct(ProductRules::familyOf(r)), needsSubproduct);
    }

    // The engine refuses the data form's sale without a plan: nothing journaled, nothing sent.
    void newDataProductNeedsItsPlan()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Simulator sim(Simulator::Options{});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        SystemClock clock;
        QNetworkAccessManager nam;
        IimmpactClient client(&nam, clock);
        ApiConfig config;
        config.baseUrl = sim.baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        client.setConfig(config);
        QVERIFY2(client.configError().isEmpty(), qPrintable(client.configError()));
        Journal journal(clock);
        QVERIFY2(journal.open(dir.path()), qPrintable(journal.errorString()));
        PaymentEngine engine(journal, client, clock);
        QSignalSpy started(&engine, &PaymentEngine::requestStarted);

        const std::optional<Product> p = catalogueProduct(u"MAXISDATA"_s, u"Mobile Data"_s);
        QVERIFY(p);
        std::unique_ptr<SaleFormWidget> form(SaleFormWidget::create(*p, FormContext{}));
        QVERIFY(qobject_cast<MobileDataForm *>(form.get()));
        SaleRequest r = form->request();
        r.account = u"0123456789"_s;
        r.amount = u"5"_s;

        SubmitError refused;
        QVERIFY(!engine.submit(r, &refused));
        QCOMPARE(refused.field, u"subproduct"_s);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY(journal.history(10).isEmpty());
        QCOMPARE(engine.activeCount(), 0);
        QCOMPARE(started.count(), 0);

        // The same sale with its plan is journaled: only the missing plan stopped it.
        r.subproduct = u"Plan 5"_s;
        SubmitError none;
        const std::optional<QString> refid = engine.submit(r, &none);
        QVERIFY2(refid, qPrintable(none.message));
        const QList<SaleRecord> journaled = journal.history(10);
        QCOMPARE(journaled.size(), 1);
        QCOMPARE(journaled.first().extras.value(u"subproduct_code"_s).toString(), u"Plan 5"_s);
    }
};

QTEST_MAIN(TestProductFamily)
#include "tst_productfamily.moc"
