#include "PdfText.h"
#include "SaleFixtures.h"
#include "print/EscPosRaster.h"
#include "print/QrCode.h"
#include "print/ReceiptImage.h"
#include "receipt/Receipt.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Paper = EscPosRaster::PaperWidth;
using SaleFixtures::voucherSale;

namespace {

SaleRecord plainSuccess()
{
    SaleRecord s = voucherSale();
    s.product = QStringLiteral("M");
    s.productName = QStringLiteral("Maxis Hotlink");
    s.sn.reset();
    s.pin.reset();
    s.expiry.reset();
    s.voucherlink.reset();
    s.note.reset();
    return s;
}

SaleRecord outcome(const QString &name)
{
    if (name == QLatin1String("success"))
        return voucherSale();
    if (name == QLatin1String("success-plain"))
        return plainSuccess();
    SaleRecord s = plainSuccess();
    s.finalAt.reset();
    if (name == QLatin1String("failed")) {
        s.state = SaleState::Failed;
        s.statusCode = 48;
        s.remarks = QStringLiteral("Invalid phone number for this operator");
    } else if (name == QLatin1String("refund")) {
        s.state = SaleState::Refund;
        s.remarks = QStringLiteral("Refunded by operator");
    } else if (name == QLatin1String("pending")) {
        s.state = SaleState::Processing;
    }
    return s;
}

Receipt::Context context()
{
    Receipt::Context c;
    c.merchantName = QStringLiteral("Kedai Runcit Ah Seng");
    return c;
}

QImage render(const SaleRecord &s, int width, QHash<QString, QRect> *regions = nullptr)
{
    return ReceiptImage::render(Receipt::fromSale(s, context()), width, {}, regions);
}

bool columnsWhite(const QImage &image, int fromX, int toX)
{
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = fromX; x < toX; ++x) {
            if (row[x] != 255)
                return false;
        }
    }
    return true;
}

QByteArray imageBytes(const QImage &image)
{
    QByteArray out;
    for (int y = 0; y < image.height(); ++y)
        out.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * (image.depth() / 8));
    return out;
}

}   // namespace

class tst_ReceiptImage : public QObject
{
    Q_OBJECT

private slots:
    void qrCodeSizeAndColours()
    {
        const QByteArray url = voucherSale().voucherlink->toUtf8();
        const int modules = QrCode::modules(url);
        // 17 + 4 per version; a 68-byte URL at level M is over version 4's 62 bytes, so it
        // takes version 5 (37 modules).
        QCOMPARE(url.size(), 68);
        QCOMPARE(modules, 37);
        const QImage qr = QrCode::encode(url, 5);
        QCOMPARE(qr.format(), QImage::Format_Grayscale8);
        QCOMPARE(qr.width(), (modules + 2 * QrCode::QuietZoneModules) * 5);
        QCOMPARE(qr.height(), qr.width());
        int black = 0;
        for (int y = 0; y < qr.height(); ++y) {
            for (int x = 0; x < qr.width(); ++x) {
                const int v = qr.constScanLine(y)[x];
                QVERIFY2(v == 0 || v == 255, "pure black and white");
                black += v == 0;
            }
        }
        QVERIFY(black > 0);
        // The quiet zone is white; the finder pattern's corner module (top left) is black.
        const int q = QrCode::QuietZoneModules * 5;
        QVERIFY(columnsWhite(qr, 0, q));
        QCOMPARE(int(qr.constScanLine(q)[q]), 0);
        QCOMPARE(int(qr.constScanLine(q + 4)[q + 4]), 0);
        QVERIFY(QrCode::encode(QByteArray(), 4).isNull());
        QVERIFY(QrCode::encode(url, 0).isNull());
        QVERIFY(QrCode::encode(QByteArray(5000, 'a'), 4).isNull());   // beyond version 40
    }

    void renders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("width");
        for (const char *name : {"success", "success-plain", "failed", "refund", "pending"}) {
            for (int width : {384, 576})
                QTest::addRow("%s-%d", name, width) << QString::fromLatin1(name) << width;
        }
    }
    void renders()
    {
        QFETCH(QString, name);
        QFETCH(int, width);
        const SaleRecord sale = outcome(name);
        QHash<QString, QRect> regions;
        const QImage image = render(sale, width, &regions);
        // Saved first, so a failing check below still leaves the slip to look at.
        const QString dir = QStringLiteral("/tmp/team/receipts");
        if (QDir(dir).exists())
            image.save(QStringLiteral("%1/%2-%3mm.png").arg(dir, name).arg(width == 384 ? 58 : 80));
        QCOMPARE(image.width(), width);
        QVERIFY(image.height() > 100);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);

        // Deterministic: the same receipt gives the same pixels.
        QCOMPARE(imageBytes(render(sale, width)), imageBytes(image));

        // Nothing in the side margins, nothing past the bottom margin.
        const ReceiptImage::Options o;
        QVERIFY(columnsWhite(image, width - o.margin, width));
        QVERIFY(columnsWhite(image, 0, o.margin));
        for (int y = image.height() - o.verticalMargin + 2; y < image.height(); ++y)
            QVERIFY(imageBytes(image.copy(0, y, width, 1)).count(char(255)) == width);

        // Every line of the model has a place on the slip.
        for (const Receipt::Line &line : Receipt::fromSale(sale, context()).lines())
            QVERIFY2(regions.contains(line.key), qPrintable(line.key));

        // The QR code only for a link, and it is the encoder's image, pixel for pixel.
        QCOMPARE(regions.contains(QStringLiteral("voucherlink")), bool(sale.voucherlink));
        if (sale.voucherlink) {
            const QRect box = regions.value(QStringLiteral("voucherlink"));
            const QByteArray url = sale.voucherlink->toUtf8();
            const int module = box.width() / (QrCode::modules(url) + 2 * QrCode::QuietZoneModules);
            QVERIFY(module >= 3);
            QCOMPARE(imageBytes(image.copy(box)), imageBytes(QrCode::encode(url, module)));
        }

        // What the printer gets is what was drawn.
        const Paper paper = width == 384 ? Paper::Mm58 : Paper::Mm80;
        const EscPosRaster::Decoded decoded = EscPosRaster::decode(EscPosRaster::encodeJob(image, paper));
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.image, EscPosRaster::toMonochrome(image, paper));
        if (QDir(dir).exists())   // the dots the head will burn, to look at
            decoded.image.save(QStringLiteral("%1/%2-%3mm-dots.png").arg(dir, name).arg(width == 384 ? 58 : 80));
    }

    void absentFieldLeavesNoTrace_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"sn", "pin", "expiry", "voucherlink", "note"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void absentFieldLeavesNoTrace()
    {
        QFETCH(QString, key);
        SaleRecord without = voucherSale();
        if (key == QLatin1String("sn"))
            without.sn.reset();
        if (key == QLatin1String("pin"))
            without.pin.reset();
        if (key == QLatin1String("expiry"))
            without.expiry.reset();
        if (key == QLatin1String("voucherlink"))
            without.voucherlink.reset();
        if (key == QLatin1String("note"))
            without.note.reset();
        // Built field by field without the key: the same lines, so the same pixels.
        SaleRecord rebuilt = plainSuccess();
        rebuilt.product = without.product;
        rebuilt.productName = without.productName;
        rebuilt.sn = without.sn;
        rebuilt.pin = without.pin;
        rebuilt.expiry = without.expiry;
        rebuilt.voucherlink = without.voucherlink;
        rebuilt.note = without.note;
        for (int width : {384, 576}) {
            const QImage a = render(without, width);
            QCOMPARE(imageBytes(render(rebuilt, width)), imageBytes(a));
            const QImage full = render(voucherSale(), width);
            QVERIFY(full.height() > a.height());   // the field took space, and gave it back
            QVERIFY(imageBytes(full) != imageBytes(a));
        }
    }

    void longValuesWrapInsideTheMargins()
    {
        SaleRecord s = failedWithLongRemarks();
        const ReceiptImage::Options o;
        for (int width : {384, 576}) {
            SaleRecord shortOne = s;
            shortOne.remarks = QStringLiteral("No");
            QHash<QString, QRect> regions;
            const QImage longImage = render(s, width, &regions);
            const QImage shortImage = render(shortOne, width);
            QVERIFY(longImage.height() > shortImage.height() + 3 * o.pixelSize);
            QVERIFY(regions.value(QStringLiteral("remarks")).height() > 3 * o.pixelSize);
            QVERIFY(columnsWhite(longImage, width - o.margin, width));
            QVERIFY(columnsWhite(longImage, 0, o.margin));
        }
    }

    // Chinese and Tamil shop names fall back along the font list (tofu boxes on a machine
    // without such fonts, still measured and wrapped), and stay inside the margins.
    void otherScriptsStayInsideTheMargins()
    {
        Receipt::Context c = context();
        c.merchantName = QStringLiteral("\u534E\u5174\u6742\u8D27\u5E97 \u0B95\u0B9F\u0BC8 Kedai Runcit "
                                        "\u534E\u5174\u6742\u8D27\u5E97\u534E\u5174\u6742\u8D27\u5E97");
        c.productDisplayName = QStringLiteral("Tambah nilai Hotlink \u0BAA\u0BC1\u0BA4\u0BCD\u0BA4\u0BC1");
        const ReceiptImage::Options o;
        for (int width : {384, 576}) {
            const Receipt r = Receipt::fromSale(plainSuccess(), c);
            const QImage image = ReceiptImage::render(r, width);
            QCOMPARE(image.width(), width);
            QCOMPARE(imageBytes(ReceiptImage::render(r, width)), imageBytes(image));
            QVERIFY(columnsWhite(image, width - o.margin, width));
            QVERIFY(columnsWhite(image, 0, o.margin));
            if (QDir(QStringLiteral("/tmp/team/receipts")).exists())
                image.save(QStringLiteral("/tmp/team/receipts/scripts-%1mm.png").arg(width == 384 ? 58 : 80));
        }
    }

    void pinIsLargerThanBodyText()
    {
        QHash<QString, QRect> regions;
        render(voucherSale(), 384, &regions);
        QVERIFY(regions.value(QStringLiteral("pin")).height()
                > 2 * regions.value(QStringLiteral("amount")).height());
    }

    void tooLongLinkIsPrintedAsText()
    {
        SaleRecord s = voucherSale();
        s.voucherlink = QStringLiteral("https://example.com/") + QString(1500, QLatin1Char('x'));
        QHash<QString, QRect> regions;
        const QImage image = render(s, 384, &regions);
        QCOMPARE(image.width(), 384);
        // The text's box, full width (a QR code would be a narrower square).
        QVERIFY(regions.value(QStringLiteral("voucherlink")).width()
                >= 384 - 2 * ReceiptImage::Options().margin - 2);
        QVERIFY(columnsWhite(image, 384 - ReceiptImage::Options().margin, 384));
    }

    void pdfIsWrittenWithText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const SaleRecord &s : {voucherSale(), plainSuccess()}) {
            const QString path =
                dir.filePath(s.voucherlink ? QStringLiteral("voucher.pdf") : QStringLiteral("plain.pdf"));
            QString error;
            QVERIFY2(ReceiptImage::writePdf(Receipt::fromSale(s, context()), path, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray pdf = f.readAll();
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.size() > 1000);
            // One page, 80 mm (226.77 pt) wide. Qt compresses content streams and writes text as
            // glyph ids, so the refid is not in the bytes as such: PdfText::text() reads it back.
            QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/"), 1);
            QVERIFY(pdf.contains("/ToUnicode"));
            // The text read back through the fonts' ToUnicode maps, as a PDF viewer's search
            // would: the refid and the status title are there as text.
            const QString text = PdfText::text(pdf);
            QVERIFY2(text.contains(s.refid), qPrintable(text.left(200)));
            QVERIFY2(text.contains(QStringLiteral("PAID")), qPrintable(text.left(200)));
            QVERIFY(pdf.contains("/FontFile"));
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(pdf));
            QVERIFY(m.hasMatch());
            QVERIFY(qAbs(m.captured(1).toDouble() - 80.0 / 25.4 * 72) < 1.0);
            QVERIFY2(m.captured(2).toDouble() > 72, qPrintable(m.captured(2)));   // taller than an inch
            QCOMPARE(pdf.contains("/Subtype /Image"), bool(s.voucherlink));       // only the QR is an image
            if (s.voucherlink && QDir(QStringLiteral("/tmp/team/receipts")).exists())
                QFile::copy(path, QStringLiteral("/tmp/team/receipts/success.pdf"));
        }
        QString error;
        // Refused before any painting: the file is written whole or not at all (QSaveFile).
        QVERIFY(!ReceiptImage::writePdf(Receipt::fromSale(voucherSale(), context()),
                                        dir.filePath(QStringLiteral("missing/folder/r.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    // COPY and VOIDED print white on a black band across the paper: mostly black, with white
    // letters inside; the shop's address keeps its two lines.
    void bannersAreInverted_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("58 mm") << 384;
        QTest::newRow("80 mm") << 576;
    }
    void bannersAreInverted()
    {
        QFETCH(int, width);
        Receipt::Context c = context();
        c.copy = Receipt::CopyKind::Copy;
        c.shopAddress = QStringLiteral("12 Jalan Besar\n43000 Kajang");
        QHash<QString, QRect> regions;
        const QImage image = ReceiptImage::render(Receipt::fromSale(outcome(QStringLiteral("refund")), c), width, {},
                                                  &regions);
        QVERIFY(regions.value(QStringLiteral("copy")).top() < regions.value(QStringLiteral("voided")).top());
        QVERIFY(regions.value(QStringLiteral("voided")).bottom() < regions.value(QStringLiteral("merchant")).top());
        for (const QString &key : {QStringLiteral("copy"), QStringLiteral("voided")}) {
            const QRect box = regions.value(key);
            QVERIFY2(box.height() > 40, qPrintable(key));
            int black = 0, white = 0;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                for (int x = box.left(); x <= box.right(); ++x)
                    (image.constScanLine(y)[x] < 128 ? black : white)++;
            }
            QVERIFY2(black > 2 * white, qPrintable(key));   // a black band...
            QVERIFY2(white > box.width(), qPrintable(key));  // ...with letters in it
        }
        // Two lines of text, not one: taller than one line of the shop's name below the banner.
        const QRect address = regions.value(QStringLiteral("shop_address"));
        QVERIFY2(address.height() > 40, qPrintable(QString::number(address.height())));
    }

private:
    static SaleRecord failedWithLongRemarks()
    {
        SaleRecord s = outcome(QStringLiteral("failed"));
        s.remarks = QStringLiteral(
            "The operator refused the number because the account is suspended; ask the customer "
            "to call customer service and try again later. REF:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ");
        return s;
    }
};

QTEST_MAIN(tst_ReceiptImage)
#include "tst_receiptimage.moc"
