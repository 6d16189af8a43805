#include "receipt/SaleCsv.h"
#include "shift/ShiftSummary.h"
#include "shift/ZReport.h"
#include "shift/ZReportCsv.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

// The cash rule of a shift on tables of sales: totals by status and by product, the pending
// sales listed, the expected cash and the variance; the report's text, JSON and CSV.
class TestShiftSummary : public QObject
{
    Q_OBJECT

    struct Sale
    {
        const char *state;
        const char *product;
        const char *amount;
    };

    static QList<SaleRecord> sales(const QList<Sale> &rows)
    {
        QList<SaleRecord> out;
        int n = 0;
        for (const Sale &row : rows) {
            SaleRecord r;
            r.id = ++n;
            r.refid = u"T-20250309-%1"_s.arg(n, 6, 10, QLatin1Char('0'));
            r.state = *saleStateFromName(QString::fromLatin1(row.state));
            r.product = QString::fromLatin1(row.product);
            r.account = u"0123456789"_s;
            r.amount = QString::fromLatin1(row.amount);
            r.createdAt = QDateTime::fromSecsSinceEpoch(1741500000 + n * 60, Qt::UTC);
            out << r;
        }
        return out;
    }

private slots:
    void cashRule_data()
    {
        QTest::addColumn<QList<SaleRecord>>("sales");
        QTest::addColumn<qint64>("floatSen");
        QTest::addColumn<qint64>("expectedSen");
        QTest::addColumn<int>("pendingCount");
        QTest::addColumn<QString>("byStatus");   // count:sen per group, in report order

        QTest::newRow("no sales: the float") << sales({}) << qint64(10000) << qint64(10000) << 0
                                             << u"0:0 0:0 0:0 0:0 0:0 0:0"_s;
        QTest::newRow("successful keeps the cash")
            << sales({{"Succesful", "D", "10.00"}, {"Succesful", "D", "5.50"}}) << qint64(10000)
            << qint64(11550) << 0 << u"2:1550 0:0 0:0 0:0 0:0 0:0"_s;
        QTest::newRow("failed hands it back")
            << sales({{"Succesful", "D", "10.00"}, {"Failed", "D", "30.00"}}) << qint64(0) << qint64(1000) << 0
            << u"1:1000 0:0 1:3000 0:0 0:0 0:0"_s;
        QTest::newRow("refund hands it back")
            << sales({{"Refund", "D", "20.00"}}) << qint64(5000) << qint64(5000) << 0
            << u"0:0 0:0 0:0 0:0 1:2000 0:0"_s;
        QTest::newRow("rejected and voided took none")
            << sales({{"Rejected", "X", "7.00"}, {"Voided", "X", "8.00"}}) << qint64(100) << qint64(100) << 0
            << u"0:0 0:0 0:0 1:700 0:0 1:800"_s;
        QTest::newRow("every pending state is in the drawer")
            << sales({{"New", "D", "1.00"}, {"Accepted", "D", "2.00"}, {"Processing", "D", "3.00"},
                      {"Unknown", "D", "4.00"}, {"NeedsDecision", "D", "5.00"}})
            << qint64(0) << qint64(1500) << 5 << u"0:0 5:1500 0:0 0:0 0:0 0:0"_s;
        QTest::newRow("a mixed day")
            << sales({{"Succesful", "D", "10.00"}, {"Failed", "D", "10.00"}, {"Refund", "M", "30.00"},
                      {"Unknown", "M", "15.00"}, {"Voided", "D", "5.00"}, {"Succesful", "M", "0.50"}})
            << qint64(20000) << qint64(20000 + 1050 + 1500) << 1
            << u"2:1050 1:1500 1:1000 0:0 1:3000 1:500"_s;
    }

    void cashRule()
    {
        QFETCH(QList<SaleRecord>, sales);
        QFETCH(qint64, floatSen);
        QFETCH(qint64, expectedSen);
        QFETCH(int, pendingCount);
        QFETCH(QString, byStatus);
        const ShiftSummary s = ShiftSummary::fromSales(floatSen, sales);
        QCOMPARE(s.expectedCashSen(), expectedSen);
        QCOMPARE(s.pendingCount(), pendingCount);
        QCOMPARE(s.pending.size(), pendingCount);
        QCOMPARE(s.saleCount(), int(sales.size()));
        QStringList totals;
        for (const ShiftSummary::StatusTotal &t : s.statusTotals)
            totals << u"%1:%2"_s.arg(t.count).arg(t.sen);
        QCOMPARE(totals.join(u' '), byStatus);
        QVERIFY(s.unreadableAmounts.isEmpty());
        // By product: the cash taken (successful + pending) adds up to the status totals.
        qint64 productCash = 0;
        int productCount = 0;
        for (const ShiftSummary::ProductTotal &p : s.productTotals) {
            productCash += p.soldSen + p.pendingSen;
            productCount += p.soldCount + p.pendingCount + p.noCashCount;
        }
        QCOMPARE(productCash, expectedSen - floatSen);
        QCOMPARE(productCount, int(sales.size()));
    }

    // Earlier shifts' pending sales, their state as now: a failure hands the cash back from
    // this drawer, a success needs nothing, one still pending is carried (counted nowhere).
    void carryOver_data()
    {
        QTest::addColumn<QString>("stateNow");
        QTest::addColumn<qint64>("expectedSen");
        QTest::addColumn<int>("handedBack");
        QTest::addColumn<int>("carried");
        QTest::newRow("still unknown") << u"Unknown"_s << qint64(11000) << 0 << 1;
        QTest::newRow("needs decision") << u"NeedsDecision"_s << qint64(11000) << 0 << 1;
        QTest::newRow("successful since") << u"Succesful"_s << qint64(11000) << 0 << 0;
        QTest::newRow("failed since") << u"Failed"_s << qint64(11000 - 700) << 1 << 0;
        QTest::newRow("voided since") << u"Voided"_s << qint64(11000 - 700) << 1 << 0;
        QTest::newRow("refunded since") << u"Refund"_s << qint64(11000 - 700) << 1 << 0;
    }

    void carryOver()
    {
        QFETCH(QString, stateNow);
        QFETCH(qint64, expectedSen);
        QFETCH(int, handedBack);
        QFETCH(int, carried);
        ShiftSummary s = ShiftSummary::fromSales(10000, sales({{"Succesful", "D", "10.00"}}));
        ShiftSummary::PendingSale earlier;
        earlier.refid = u"OLD-1"_s;
        earlier.sen = 700;
        earlier.state = *saleStateFromName(stateNow);
        earlier.zNumber = 4;
        s.carryOver({earlier});
        QCOMPARE(s.expectedCashSen(), expectedSen);
        QCOMPARE(s.handedBack.size(), handedBack);
        QCOMPARE(s.carried.size(), carried);
        // The next shift follows up the carried one and this shift's own pending ones.
        QCOMPARE(s.stillOpenAtClose(5).size(), carried);
        ZReport r;
        r.zNumber = 5;
        r.countedCashSen = expectedSen;
        r.summary = s;
        QCOMPARE(r.varianceSen(), std::optional<qint64>(0));
        QCOMPARE(r.plainText().contains(u"OLD-1"_s), handedBack + carried > 0);
        // The long headings of these sections wrap: no line is wider than the paper.
        for (const int width : {32, 48}) {
            for (const QString &line : r.plainText(width).split(u'\n'))
                QVERIFY2(line.size() <= width, qPrintable(line));
        }
        const std::optional<ZReport> back = ZReport::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->expectedCashSen(), expectedSen);
        QCOMPARE(ZReportCsv::document(r).contains("handed_back,OLD-1,,-7.00,"), handedBack == 1);
    }

    void byProductAndPendingList()
    {
        QList<SaleRecord> list = sales({{"Succesful", "M", "30.00"}, {"Unknown", "D", "10.00"},
                                        {"Succesful", "D", "5.00"}, {"Failed", "D", "7.00"}});
        list[2].productName = u"Digi Reload"_s;
        const ShiftSummary s = ShiftSummary::fromSales(0, list);
        QCOMPARE(s.productTotals.size(), 2);
        const ShiftSummary::ProductTotal d = s.productTotals.at(0);
        QCOMPARE(d.product, u"D"_s);
        QCOMPARE(d.name, u"Digi Reload"_s);
        QCOMPARE(d.soldCount, 1);
        QCOMPARE(d.soldSen, qint64(500));
        QCOMPARE(d.pendingCount, 1);
        QCOMPARE(d.pendingSen, qint64(1000));
        QCOMPARE(d.noCashCount, 1);
        QCOMPARE(s.productTotals.at(1).name, u"M"_s);   // no product name: the code
        QCOMPARE(s.pending.size(), 1);
        QCOMPARE(s.pending.first().refid, list.at(1).refid);
        QCOMPARE(s.pending.first().state, SaleState::Unknown);
        QCOMPARE(s.pending.first().sen, qint64(1000));
    }

    void icAccountMaskedInPendingList()
    {
        QList<SaleRecord> list = sales({{"Unknown", "SSPN", "50.00"}});
        list[0].account = u"900101145678"_s;
        list[0].extras = QJsonObject{{u"ic_number"_s, u"900101145678"_s}};
        const ShiftSummary s = ShiftSummary::fromSales(0, list);
        QVERIFY(!s.pending.first().account.contains(u"145678"_s));
        ZReport r;
        r.summary = s;
        QVERIFY(!QJsonDocument(r.toJson()).toJson().contains("900101145678"));
    }

    void unreadableAmountNamed()
    {
        QList<SaleRecord> list = sales({{"Succesful", "D", "10.00"}, {"Succesful", "D", "ten"}});
        const ShiftSummary s = ShiftSummary::fromSales(0, list);
        QCOMPARE(s.expectedCashSen(), qint64(1000));
        QCOMPARE(s.unreadableAmounts, QStringList{list.at(1).refid});
    }

    void variance_data()
    {
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<qint64>("variance");
        QTest::newRow("exact") << qint64(12500) << qint64(0);
        QTest::newRow("short") << qint64(12000) << qint64(-500);
        QTest::newRow("over") << qint64(12501) << qint64(1);
        QTest::newRow("empty drawer") << qint64(0) << qint64(-12500);
    }

    void variance()
    {
        QFETCH(qint64, counted);
        QFETCH(qint64, variance);
        ZReport r;
        r.zNumber = 1;
        r.summary = ShiftSummary::fromSales(10000, sales({{"Succesful", "D", "25.00"}, {"Failed", "D", "9.00"}}));
        QCOMPARE(r.varianceSen(), std::nullopt);   // no count: no variance
        r.countedCashSen = counted;
        QCOMPARE(r.expectedCashSen(), qint64(12500));
        QCOMPARE(r.varianceSen(), std::optional<qint64>(variance));
    }

    // The shift so far never shows what the drawer should hold: the count at close is blind.
    void openShiftTextHidesExpectedCash()
    {
        ZReport r;
        r.cashier = u"Aminah"_s;
        r.openedAt = QDateTime::fromSecsSinceEpoch(1741500000, Qt::UTC);
        r.summary = ShiftSummary::fromSales(10000, sales({{"Succesful", "D", "25.00"}}));
        QStringList keys;
        for (const ZReport::Line &l : r.lines())
            keys << l.key;
        QVERIFY(!keys.contains(u"expected"_s));
        QVERIFY(!keys.contains(u"variance"_s));
        QVERIFY(!r.plainText().contains(u"RM 125.00"_s));
        r.zNumber = 4;
        r.closedAt = r.openedAt.addSecs(3600);
        r.countedCashSen = 12000;
        const QString text = r.plainText(48);
        QVERIFY2(text.contains(u"RM 125.00"_s), qPrintable(text));
        QVERIFY2(text.contains(u"-RM 5.00"_s), qPrintable(text));
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(line.size() <= 48, qPrintable(line));
            QVERIFY2(!line.endsWith(u' '), qPrintable(line));
        }
        // A value too long for any line wraps; nothing of it is lost.
        r.summary = ShiftSummary::fromSales(0, {});
        r.cashier = QString(70, u'#');
        const QString narrow = r.plainText(32);
        QCOMPARE(narrow.count(u'#'), 70);
        for (const QString &line : narrow.split(u'\n'))
            QVERIFY2(line.size() <= 32, qPrintable(line));
        for (const QString &line : r.plainText(32).split(u'\n'))
            QVERIFY2(line.size() <= 32, qPrintable(line));
    }

    void jsonRoundTrip()
    {
        ZReport r;
        r.zNumber = 7;
        r.terminalId = u"T0000001"_s;
        r.cashier = u"Siti, \"Kak\" Long"_s;
        r.openedAt = QDateTime::fromMSecsSinceEpoch(1741500000123, Qt::UTC);
        r.closedAt = r.openedAt.addSecs(8 * 3600);
        r.walletAtOpenSen = 123456;
        r.countedCashSen = 4321;
        QList<SaleRecord> list = sales({{"Succesful", "D", "10.00"}, {"Unknown", "M", "3.30"}});
        list[0].productName = u"Digi"_s;
        r.summary = ShiftSummary::fromSales(500, list);
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        const std::optional<ZReport> back = ZReport::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back);
        QCOMPARE(QJsonDocument(back->toJson()).toJson(), json);
        QCOMPARE(back->plainText(), r.plainText());
        QCOMPARE(back->walletAtCloseSen, std::nullopt);
        QCOMPARE(back->varianceSen(), r.varianceSen());
        QVERIFY(!ZReport::fromJson(QJsonObject{{u"zNumber"_s, 1}}));
    }

    // The CSV read back as a spreadsheet would: BOM, header, one row per item, decimals.
    void csvParsedBack()
    {
        ZReport r;
        r.zNumber = 3;
        r.terminalId = u"T0000001"_s;
        r.cashier = u"=cmd, Ali"_s;   // a formula and a comma: quoted, kept as text
        r.openedAt = QDateTime::fromSecsSinceEpoch(1741500000, Qt::UTC);
        r.closedAt = r.openedAt.addSecs(3600);
        r.walletAtOpenSen = 50000;
        r.walletAtCloseSen = 48500;
        r.countedCashSen = 11000;
        const QList<SaleRecord> list =
            sales({{"Succesful", "D", "10.00"}, {"Unknown", "D", "5.00"}, {"Refund", "M", "2.00"}});
        r.summary = ShiftSummary::fromSales(10000, list);
        const QByteArray csv = ZReportCsv::document(r);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QByteArray> rawLines = csv.mid(3).split('\n');
        QHash<QString, QStringList> byKey;
        int rows = 0;
        for (QByteArray raw : rawLines) {
            if (raw.isEmpty())
                continue;
            QVERIFY(raw.endsWith('\r'));
            raw.chop(1);
            // A small RFC 4180 reader (quotes, doubled quotes, commas inside quotes).
            QStringList fields;
            QString field;
            bool quoted = false;
            const QString text = QString::fromUtf8(raw);
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = !quoted;
                } else if (c == u',' && !quoted) {
                    fields << field;
                    field.clear();
                } else {
                    field += c;
                }
            }
            fields << field;
            QCOMPARE(fields.size(), 5);
            if (rows++ == 0) {
                QCOMPARE(fields, ZReportCsv::header());
                continue;
            }
            byKey.insert(fields.at(0) + u'/' + fields.at(1), fields);
        }
        QCOMPARE(rows, 1 + int(ZReportCsv::rows(r).size()));
        QCOMPARE(byKey.value(u"shift/z_number"_s).at(4), u"3"_s);
        QCOMPARE(byKey.value(u"shift/cashier"_s).at(4), u"'=cmd, Ali"_s);
        QCOMPARE(byKey.value(u"product/D"_s).mid(2, 2), (QStringList{u"2"_s, u"15.00"_s}));
        QCOMPARE(byKey.value(u"status/refunded"_s).mid(2, 2), (QStringList{u"1"_s, u"2.00"_s}));
        QCOMPARE(byKey.value(u"pending/"_s + list.at(1).refid).mid(3, 2), (QStringList{u"5.00"_s, u"Unknown"_s}));
        QCOMPARE(byKey.value(u"cash/opening_float"_s).at(3), u"100.00"_s);
        QCOMPARE(byKey.value(u"cash/expected"_s).at(3), u"115.00"_s);
        QCOMPARE(byKey.value(u"cash/counted"_s).at(3), u"110.00"_s);
        QCOMPARE(byKey.value(u"cash/variance"_s).at(3), u"-5.00"_s);
        QCOMPARE(byKey.value(u"wallet/at_close"_s).at(3), u"485.00"_s);
    }
};

QTEST_GUILESS_MAIN(TestShiftSummary)
#include "tst_shiftsummary.moc"
