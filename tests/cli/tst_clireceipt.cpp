#include "KaunterRunner.h"
#include "PdfText.h"
#include "SaleFixtures.h"

#include "journal/Journal.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "receipt/Receipt.h"
#include "services/DriverLock.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// `kaunter receipt`, run as the real binary with no display at all (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM: the program picks offscreen itself), on a journal of
// known sales. What it writes is compared with what this process draws for the same sale
// through the same receipt model, so the file is the receipt a printer would get.
class TestCliReceipt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_outDir;
    QString m_paid;      // Succesful, with sn, pin, expiry, voucher link
    QString m_pending;   // Processing
    const QString m_pin = u"MPHE39G3WL"_s;

    KaunterRunner::Result run(const QStringList &arguments) const
    {
        KaunterRunner runner = KaunterRunner::journalOnly(m_dataDir.path());
        for (const QString &key : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            runner.environment().remove(key);
        return runner.run(QStringList{u"receipt"_s} + arguments + QStringList{u"--data-dir"_s, m_dataDir.path()});
    }

    SaleRecord journaled(const QString &refid) const
    {
        SystemClock clock;
        Journal journal(clock);
        if (!journal.open(m_dataDir.path()))
            return {};
        return journal.sale(refid).value_or(SaleRecord{});
    }

    // The receipt the command must draw: the same model, the settings' shop lines.
    Receipt expected(const QString &refid, bool copy) const
    {
        const Settings settings(m_dataDir.filePath(u"kaunter.ini"_s));
        Receipt::Context context = Receipt::contextFromSettings(settings);
        context.copy = copy ? Receipt::CopyKind::Copy : Receipt::CopyKind::Original;
        context.revealPin = !copy;
        return Receipt::fromSale(journaled(refid), context);
    }

    // A file in the output folder named after the current data row.
    QString rowFile(const char *prefix, const char *suffix) const
    {
        QString tag = QString::fromLatin1(QTest::currentDataTag());
        tag.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
        return m_outDir.filePath(QString::fromLatin1(prefix) + tag + QString::fromLatin1(suffix));
    }

    // A PDF's text without white space: Qt draws words, not the spaces between them.
    static QString pdfWords(const QByteArray &pdf)
    {
        return PdfText::text(pdf).remove(QRegularExpression(u"\\s+"_s));
    }

    QByteArray readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid() && m_outDir.isValid());
        {
            ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(5, 9, 30), Qt::UTC));
            Journal journal(clock);
            QVERIFY2(journal.open(m_dataDir.path()), qPrintable(journal.errorString()));
            QString error;
            const SaleRecord paid = SaleFixtures::journalUnanswered(journal, u"0123456789"_s, u"5.00"_s, &error);
            QVERIFY2(!paid.refid.isEmpty(), qPrintable(error));
            const SaleRecord voucher = SaleFixtures::voucherSale();
            SaleRecord answer;
            answer.state = SaleState::Succesful;
            answer.statusCode = 20;
            answer.httpStatus = 200;
            answer.transactionSeen = true;
            answer.productName = voucher.productName;
            answer.sn = voucher.sn;
            answer.pin = m_pin;
            answer.expiry = voucher.expiry;
            answer.voucherlink = voucher.voucherlink;
            QVERIFY2(journal.recordOutcome(paid.refid, answer), qPrintable(journal.errorString()));
            m_paid = paid.refid;
            m_pending = SaleFixtures::journalInState(journal, u"0198765432"_s, u"10.00"_s,
                                                     SaleState::Processing, &error).refid;
            QVERIFY2(!m_pending.isEmpty(), qPrintable(error));
        }
        Settings settings(m_dataDir.filePath(u"kaunter.ini"_s));
        settings.setValue(Settings::Key::ShopName, u"Kedai Runcit Ah Seng"_s);
        settings.setValue(Settings::Key::ShopAddress, u"12 Jalan Besar\n43000 Kajang"_s);
        settings.setValue(Settings::Key::ReceiptFooter, u"Terima kasih"_s);
        settings.setValue(Settings::Key::PrinterPaperMm, 58);
        QVERIFY(settings.sync());
        QCOMPARE(journaled(m_paid).pin, std::optional<QString>(m_pin));
    }

    void png_data()
    {
        QTest::addColumn<QStringList>("width");
        QTest::addColumn<int>("dots");
        QTest::addColumn<bool>("copy");
        QTest::newRow("58 mm") << QStringList{u"--width"_s, u"58"_s} << 384 << false;
        QTest::newRow("80 mm") << QStringList{u"--width"_s, u"80"_s} << 576 << false;
        QTest::newRow("the till's paper (58 mm)") << QStringList{} << 384 << false;
        QTest::newRow("copy, 80 mm") << QStringList{u"--width"_s, u"80"_s} << 576 << true;
    }
    // The slip image itself, exactly as wide as the printer's head, pixel for pixel the one
    // drawn here from the same sale.
    void png()
    {
        QFETCH(QStringList, width);
        QFETCH(int, dots);
        QFETCH(bool, copy);
        const QString out = rowFile("r-", ".png");
        QStringList args{m_paid, u"--format"_s, u"png"_s, u"--out"_s, out};
        if (copy)
            args << u"--copy"_s;
        const KaunterRunner::Result r = run(args + width);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(m_paid.toUtf8()), r.out.constData());
        QImage image;
        QVERIFY(image.load(out, "PNG"));
        QCOMPARE(image.width(), dots);
        const QImage want = ReceiptImage::render(expected(m_paid, copy), dots);
        QCOMPARE(image.convertToFormat(QImage::Format_Grayscale8), want);
    }

    void escpos_data()
    {
        QTest::addColumn<int>("mm");
        QTest::addColumn<bool>("copy");
        QTest::newRow("58 mm") << 58 << false;
        QTest::newRow("80 mm") << 80 << false;
        QTest::newRow("80 mm copy") << 80 << true;
    }
    // The printer job's bytes: ESC @ first, GS V last, and the raster decodes to the slip
    // this process draws for the same sale.
    void escpos()
    {
        QFETCH(int, mm);
        QFETCH(bool, copy);
        const QString out = rowFile("r-", ".bin");
        QStringList args{m_paid, u"--format"_s, u"escpos"_s, u"--width"_s, QString::number(mm), u"--out"_s, out};
        if (copy)
            args << u"--copy"_s;
        const KaunterRunner::Result r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray job = readFile(out);
        QVERIFY(job.startsWith("\x1b\x40"));
        const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QVERIFY(decoded.initFirst && decoded.cutLast && decoded.bands > 0);
        const EscPosRaster::PaperWidth paper = mm == 58 ? EscPosRaster::PaperWidth::Mm58 : EscPosRaster::PaperWidth::Mm80;
        const QImage want = EscPosRaster::toMonochrome(ReceiptImage::render(expected(m_paid, copy), EscPosRaster::dots(paper)), paper);
        QCOMPARE(decoded.image.width(), EscPosRaster::dots(paper));
        QCOMPARE(decoded.image.convertToFormat(QImage::Format_Grayscale8), want.convertToFormat(QImage::Format_Grayscale8));
        QCOMPARE(job, EscPosRaster::encodeJob(ReceiptImage::render(expected(m_paid, copy), EscPosRaster::dots(paper)), paper));
    }

    // A PDF whose text is the receipt's: the PIN in the first print, never in a copy.
    void pdf()
    {
        const QString original = m_outDir.filePath(u"original.pdf"_s);
        const QString copy = m_outDir.filePath(u"copy.pdf"_s);
        KaunterRunner::Result r = run({m_paid, u"--format"_s, u"pdf"_s, u"--out"_s, original});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({m_paid, u"--format"_s, u"PDF"_s, u"--out"_s, copy, u"--copy"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const QByteArray first = readFile(original);
        QVERIFY(first.startsWith("%PDF"));
        const QString firstText = pdfWords(first);
        QVERIFY2(firstText.contains(m_paid), qPrintable(firstText));
        QVERIFY(firstText.contains(u"KedaiRuncitAhSeng"_s));
        QVERIFY(firstText.contains(m_pin));   // proves the reader sees the PIN when it is there

        const QByteArray second = readFile(copy);
        QVERIFY(second.startsWith("%PDF"));
        const QString secondText = pdfWords(second);
        QVERIFY2(secondText.contains(m_paid), qPrintable(secondText));
        QVERIFY(secondText.contains(u"COPY"_s));
        QVERIFY(!secondText.contains(m_pin));
        QVERIFY(!secondText.contains(m_pin.right(4)));
        QVERIFY(!second.contains(m_pin.toUtf8()));
        QVERIFY(!second.contains("/Subtype /Image"));   // no QR code of the voucher link either
    }

    // A pending sale prints its slip: what to do, no sn or PIN.
    void pendingSlip()
    {
        const QString out = m_outDir.filePath(u"pending.pdf"_s);
        const KaunterRunner::Result r = run({m_pending, u"--format"_s, u"pdf"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = pdfWords(readFile(out));
        QVERIFY(text.contains(u"PENDING"_s));
        QVERIFY2(text.contains(u"Keepthisslip"_s), qPrintable(text));
        QVERIFY(text.contains(m_pending));
    }

    void json()
    {
        const QString out = m_outDir.filePath(u"r.bin"_s);
        const KaunterRunner::Result r =
            run({m_paid, u"--format"_s, u"escpos"_s, u"--width"_s, u"80"_s, u"--out"_s, out, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("refid"_L1).toString(), m_paid);
        QCOMPARE(o.value("format"_L1).toString(), u"escpos"_s);
        QCOMPARE(o.value("widthMm"_L1).toInt(), 80);
        QCOMPARE(o.value("bytes"_L1).toInteger(), QFile(out).size());
    }

    // Reads only: it runs while another process drives the journal.
    void runsBesideADriver()
    {
        DriverLock lock(m_dataDir.path());
        QCOMPARE(lock.acquire(), DriverLock::Result::Acquired);
        const QString out = m_outDir.filePath(u"beside.png"_s);
        const KaunterRunner::Result r = run({m_paid, u"--format"_s, u"png"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::exists(out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = u"OUT"_s;   // replaced by a path in the output folder
        QTest::newRow("unknown refid") << QStringList{u"KTNOSUCH-20261128-999999"_s, u"--format"_s, u"png"_s,
                                                      u"--out"_s, out}
                                       << u"is not in the journal"_s;
        QTest::newRow("bad format") << QStringList{u"PAID"_s, u"--format"_s, u"jpeg"_s, u"--out"_s, out}
                                    << u"--format \"jpeg\""_s;
        QTest::newRow("no format") << QStringList{u"PAID"_s, u"--out"_s, out} << u"needs --format"_s;
        QTest::newRow("bad width") << QStringList{u"PAID"_s, u"--format"_s, u"png"_s, u"--width"_s, u"72"_s,
                                                  u"--out"_s, out}
                                   << u"--width \"72\""_s;
        QTest::newRow("no out") << QStringList{u"PAID"_s, u"--format"_s, u"png"_s} << u"needs --out"_s;
        QTest::newRow("no refid") << QStringList{u"--format"_s, u"png"_s, u"--out"_s, out} << u"exactly one REFID"_s;
        QTest::newRow("two formats") << QStringList{u"PAID"_s, u"--format"_s, u"png"_s, u"--format"_s, u"pdf"_s,
                                                    u"--out"_s, out}
                                     << u"more than once"_s;
        QTest::newRow("folder missing") << QStringList{u"PAID"_s, u"--format"_s, u"pdf"_s, u"--out"_s,
                                                       u"MISSING/r.pdf"_s}
                                        << u"Cannot write"_s;
    }
    // Exit 2 with the reason on stderr, and no file written.
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString out = rowFile("error-", "");
        for (QString &a : arguments) {
            if (a == "OUT"_L1)
                a = out;
            else if (a == "PAID"_L1)
                a = m_paid;
            else if (a.startsWith("MISSING/"_L1))
                a = m_outDir.filePath(a);
        }
        const KaunterRunner::Result r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(m_outDir.filePath(u"MISSING/r.pdf"_s)));
    }

    // A file already there stays as it was when the new one cannot be made.
    void failureLeavesTheOldFile()
    {
        const QString out = m_outDir.filePath(u"kept.png"_s);
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        const KaunterRunner::Result r = run({u"KTNOSUCH-20261128-999999"_s, u"--format"_s, u"png"_s, u"--out"_s, out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(readFile(out), QByteArray("old"));
    }
};

int main(int argc, char *argv[])
{
    // The child runs in Malaysian time; this process draws the expected receipts in the same.
    qputenv("TZ", "Asia/Kuala_Lumpur");
    QGuiApplication app(argc, argv);
    TestCliReceipt test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_clireceipt.moc"
