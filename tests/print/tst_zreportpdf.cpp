#include "print/ZReportPdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The Z-report on paper: the image for thermal printers at both paper widths, ink inside the
// margins, and the PDF written whole (or refused with a sentence when the folder is missing).
class TestZReportPdf : public QObject
{
    Q_OBJECT

    static ZReport report()
    {
        QList<SaleRecord> sales;
        const char *states[] = {"Succesful", "Unknown", "Failed", "Succesful"};
        int n = 0;
        for (const char *state : states) {
            SaleRecord r;
            r.id = ++n;
            r.refid = u"ABCD1234-20250309-%1"_s.arg(n, 6, 10, QLatin1Char('0'));
            r.state = *saleStateFromName(QString::fromLatin1(state));
            r.product = n == 4 ? u"MAXIS"_s : u"D"_s;
            r.productName = n == 4 ? u"Maxis Hotlink Reload with a very long catalogue name"_s : u"Digi"_s;
            r.account = u"0123456789"_s;
            r.amount = u"10.00"_s;
            r.createdAt = QDateTime::fromSecsSinceEpoch(1741500000 + n * 60, Qt::UTC);
            sales << r;
        }
        ZReport z;
        z.zNumber = 12;
        z.terminalId = u"ABCD1234"_s;
        z.cashier = u"Siti Nurhaliza binti Tarudin"_s;
        z.openedAt = QDateTime::fromSecsSinceEpoch(1741500000, Qt::UTC);
        z.closedAt = z.openedAt.addSecs(8 * 3600);
        z.walletAtOpenSen = 500000;
        z.walletAtCloseSen = 470000;
        z.countedCashSen = 12500;
        z.summary = ShiftSummary::fromSales(10000, sales);
        return z;
    }

    // Columns with any ink: none may be in the side margins.
    static bool inkInside(const QImage &image, int margin)
    {
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (line[x] < 128 && (x < margin - 1 || x > image.width() - margin))
                    return false;
            }
        }
        return true;
    }

private slots:
    void image_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("58 mm") << 384;
        QTest::newRow("80 mm") << 576;
    }

    void image()
    {
        QFETCH(int, width);
        const QImage image = ZReportPdf::render(report(), width);
        QCOMPARE(image.width(), width);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QVERIFY(image.height() > 30 * 22);   // every line drawn, none on top of another
        QVERIFY(inkInside(image, 8));
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < width; ++x)
                dark += image.constScanLine(y)[x] < 128;
        QVERIFY(dark > 5000);
        image.save(u"/tmp/team/shots/shift-zreport-paper-%1.png"_s.arg(width));
    }

    void pdfWrittenWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"z12.pdf"_s);
        QString error;
        QVERIFY2(ZReportPdf::write(report(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // The title (UTF-16BE in the info dictionary), text as text (fonts embedded), no image.
        QByteArray title("/Title (\xfe\xff", 10);
        for (const QChar c : u"Z-report No. 12"_s)
            title += char(c.unicode() >> 8) + QByteArray(1, char(c.unicode() & 0xff));
        title += ')';
        QVERIFY(bytes.contains(title));
        QVERIFY(bytes.contains("/ToUnicode"));
        QVERIFY(bytes.contains("/FontFile"));
        QVERIFY(!bytes.contains("/Subtype /Image"));
        QVERIFY(!ZReportPdf::write(report(), dir.filePath(u"missing/z.pdf"_s), &error));
        QVERIFY2(error.contains(u"missing"_s), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(u"missing/z.pdf"_s)));
    }
};

QTEST_MAIN(TestZReportPdf)
#include "tst_zreportpdf.moc"
