#include "print/EscPosRaster.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using Paper = EscPosRaster::PaperWidth;

Q_DECLARE_METATYPE(EscPosRaster::PaperWidth)

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

// A test card: a grey ramp, black bars, a white gap and a diagonal, so scaling, dithering and
// the band seams all show up in the dots.
QImage testCard(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            int grey = (x * 255) / std::max(1, width - 1);
            if ((y / 7) % 3 == 0)
                grey = (x / 16) % 2 ? 0 : 255;
            if (std::abs(x - y) < 3)
                grey = 0;
            image.setPixel(x, y, qRgb(grey, grey, 255 - grey));
        }
    }
    return image;
}

// The same dots: both Format_Mono with 1 = black, compared byte for byte over the width.
bool sameDots(const QImage &a, const QImage &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = u"size %1x%2 vs %3x%4"_s.arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
        return false;
    }
    if (a.format() != QImage::Format_Mono || b.format() != QImage::Format_Mono) {
        *why = u"formats %1 and %2"_s.arg(a.format()).arg(b.format());
        return false;
    }
    if (a.color(1) != qRgb(0, 0, 0) || b.color(1) != qRgb(0, 0, 0)) {
        *why = u"colour 1 is not black"_s;
        return false;
    }
    for (int y = 0; y < a.height(); ++y) {
        if (memcmp(a.constScanLine(y), b.constScanLine(y), size_t(a.width() / 8)) != 0) {
            *why = u"row %1 differs"_s.arg(y);
            return false;
        }
    }
    return true;
}

int blackDots(const QImage &mono, QRect area = {})
{
    if (area.isNull())
        area = mono.rect();
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += mono.pixelIndex(x, y);
    return n;
}

} // namespace

class tst_EscPosRaster : public QObject
{
    Q_OBJECT
private slots:
    void jobLayout_data();
    void jobLayout();
    void toMonochromeScalesKeepingAspect_data();
    void toMonochromeScalesKeepingAspect();
    void transparencyPrintsAsPaper();
    void ditherKeepsBlackWhiteAndGrey();
    void nullImageGivesJobWithoutRaster();
    void feedLinesClamped();
    void rejectsMalformedJobs_data();
    void rejectsMalformedJobs();
    void multilingualReceiptRoundTrips_data();
    void multilingualReceiptRoundTrips();
};

void tst_EscPosRaster::jobLayout_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<int>("height");
    for (Paper paper : {Paper::Mm58, Paper::Mm80}) {
        const QString mm = paper == Paper::Mm58 ? u"58mm"_s : u"80mm"_s;
        for (int height : {1, 2, 127, 128, 129, 300, 700})
            QTest::addRow("%s, %d rows", qPrintable(mm), height) << paper << height;
    }
}

void tst_EscPosRaster::jobLayout()
{
    QFETCH(Paper, paper);
    QFETCH(int, height);
    const int dots = EscPosRaster::dots(paper);
    const int rowBytes = dots / 8;
    const QImage source = testCard(dots, height);
    const QByteArray job = EscPosRaster::encodeJob(source, paper);

    const int bands = (height + EscPosRaster::BandRows - 1) / EscPosRaster::BandRows;
    QCOMPARE(job.size(), 2 + bands * 8 + height * rowBytes + 3 + 4);
    QVERIFY(job.startsWith(bytes({0x1b, 0x40})));
    // The first band's header right after ESC @: GS v 0, mode 0, xL xH = bytes a row, yL yH = rows.
    const int firstRows = std::min(height, EscPosRaster::BandRows);
    QCOMPARE(job.mid(2, 8),
             bytes({0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, firstRows & 0xff, firstRows >> 8}));
    QVERIFY(job.endsWith(bytes({0x1b, 0x64, 0x04, 0x1d, 0x56, 0x42, 0x00})));

    const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY(decoded.init && decoded.initFirst);
    QVERIFY(decoded.cut && decoded.cutLast);
    QCOMPARE(decoded.bands, bands);
    QCOMPARE(decoded.feedLines, 4);
    QCOMPARE(decoded.commands.constFirst(), u"ESC @"_s);
    QCOMPARE(decoded.commands.constLast(), u"GS V"_s);
    QCOMPARE(decoded.commands.count(u"GS v 0"_s), bands);

    QString why;
    const QImage expected = EscPosRaster::toMonochrome(source, paper);
    QVERIFY2(sameDots(decoded.image, expected, &why), qPrintable(why));
    QCOMPARE(decoded.image.width(), dots);
    QCOMPARE(decoded.image.height(), height);
}

void tst_EscPosRaster::toMonochromeScalesKeepingAspect_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("58mm, wider source") << Paper::Mm58 << QSize(1000, 500) << QSize(384, 192);
    QTest::newRow("80mm, wider source") << Paper::Mm80 << QSize(1000, 500) << QSize(576, 288);
    QTest::newRow("58mm, narrower source") << Paper::Mm58 << QSize(96, 40) << QSize(384, 160);
    QTest::newRow("80mm, exact width") << Paper::Mm80 << QSize(576, 33) << QSize(576, 33);
    QTest::newRow("80mm, one wide row") << Paper::Mm80 << QSize(5000, 1) << QSize(576, 1);
}

void tst_EscPosRaster::toMonochromeScalesKeepingAspect()
{
    QFETCH(Paper, paper);
    QFETCH(QSize, source);
    QFETCH(QSize, expected);
    const QImage mono = EscPosRaster::toMonochrome(testCard(source.width(), source.height()), paper);
    QCOMPARE(mono.size(), expected);
    QCOMPARE(mono.format(), QImage::Format_Mono);

    // Scaled images round-trip too: the job carries exactly toMonochrome's dots.
    const EscPosRaster::Decoded decoded =
        EscPosRaster::decode(EscPosRaster::encodeJob(testCard(source.width(), source.height()), paper));
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QString why;
    QVERIFY2(sameDots(decoded.image, mono, &why), qPrintable(why));
}

void tst_EscPosRaster::transparencyPrintsAsPaper()
{
    QImage clear(384, 20, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    QCOMPARE(blackDots(EscPosRaster::toMonochrome(clear, Paper::Mm58)), 0);

    // Black text on a transparent background: the text prints, the background does not.
    QImage half(384, 20, QImage::Format_ARGB32);
    half.fill(Qt::transparent);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 192; ++x)
            half.setPixel(x, y, qRgba(0, 0, 0, 255));
    const QImage mono = EscPosRaster::toMonochrome(half, Paper::Mm58);
    QCOMPARE(blackDots(mono, QRect(0, 0, 192, 20)), 192 * 20);
    QCOMPARE(blackDots(mono, QRect(192, 0, 192, 20)), 0);
}

void tst_EscPosRaster::ditherKeepsBlackWhiteAndGrey()
{
    QImage image(576, 64, QImage::Format_RGB32);
    image.fill(Qt::black);
    QCOMPARE(blackDots(EscPosRaster::toMonochrome(image, Paper::Mm80)), 576 * 64);
    image.fill(Qt::white);
    QCOMPARE(blackDots(EscPosRaster::toMonochrome(image, Paper::Mm80)), 0);
    image.fill(QColor(128, 128, 128));
    const int grey = blackDots(EscPosRaster::toMonochrome(image, Paper::Mm80));
    QVERIFY2(grey > 576 * 64 * 4 / 10 && grey < 576 * 64 * 6 / 10, qPrintable(QString::number(grey)));
}

void tst_EscPosRaster::nullImageGivesJobWithoutRaster()
{
    QVERIFY(EscPosRaster::toMonochrome(QImage(), Paper::Mm58).isNull());
    const QByteArray job = EscPosRaster::encodeJob(QImage(), Paper::Mm58);
    QCOMPARE(job, bytes({0x1b, 0x40, 0x1b, 0x64, 0x04, 0x1d, 0x56, 0x42, 0x00}));
    const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.bands, 0);
    QVERIFY(decoded.image.isNull());
}

void tst_EscPosRaster::feedLinesClamped()
{
    QCOMPARE(EscPosRaster::decode(EscPosRaster::encodeJob(testCard(10, 10), Paper::Mm58, 0)).feedLines, 0);
    QCOMPARE(EscPosRaster::decode(EscPosRaster::encodeJob(testCard(10, 10), Paper::Mm58, 900)).feedLines, 255);
    QCOMPARE(EscPosRaster::decode(EscPosRaster::encodeJob(testCard(10, 10), Paper::Mm58, -3)).feedLines, 0);
}

void tst_EscPosRaster::rejectsMalformedJobs_data()
{
    QTest::addColumn<QByteArray>("job");
    QTest::addColumn<QString>("reason");

    const QByteArray good = EscPosRaster::encodeJob(testCard(384, 200), Paper::Mm58);
    const QByteArray init = bytes({0x1b, 0x40});
    QTest::newRow("truncated band") << good.left(2 + 8 + 48 * 50) << u"truncated GS v 0 band at byte 2"_s;
    QTest::newRow("second band truncated") << good.left(good.size() - 30) << u"truncated GS v 0 band"_s;
    QTest::newRow("truncated header") << init + bytes({0x1d, 0x76, 0x30, 0x00, 0x30})
                                      << u"truncated GS v 0 header"_s;
    QTest::newRow("huge band, no data") << init + bytes({0x1d, 0x76, 0x30, 0x00, 0xff, 0xff, 0xff, 0xff, 0x00})
                                        << u"4294836225 data bytes announced, 1 present"_s;
    QTest::newRow("code page command") << init + bytes({0x1b, 0x74, 0x10})
                                       << u"unknown command 0x1B 0x74 at byte 2"_s;
    QTest::newRow("plain text") << init + QByteArray("Terima kasih\n") << u"unknown command 0x54 0x65 at byte 2"_s;
    QTest::newRow("lone ESC at the end") << init + bytes({0x1b}) << u"unknown command 0x1B at byte 2"_s;
    QTest::newRow("scaled raster mode")
        << init + bytes({0x1d, 0x76, 0x30, 0x03, 0x01, 0x00, 0x01, 0x00, 0xff}) << u"scaled mode 3"_s;
    QTest::newRow("GS v other than 0") << init + bytes({0x1d, 0x76, 0x31, 0x00, 0x01, 0x00, 0x01, 0x00, 0xff})
                                       << u"unknown GS v command 0x31"_s;
    QTest::newRow("empty band") << init + bytes({0x1d, 0x76, 0x30, 0x00, 0x00, 0x00, 0x05, 0x00})
                                << u"empty GS v 0 band"_s;
    QTest::newRow("bands of two widths") << init + bytes({0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x01, 0x00, 0xff})
            + bytes({0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x01, 0x00, 0xff, 0xff})
                                         << u"2 bytes wide, the first band 1"_s;
    QTest::newRow("truncated feed") << init + bytes({0x1b, 0x64}) << u"truncated ESC d"_s;
    QTest::newRow("truncated cut") << init + bytes({0x1d, 0x56, 0x42}) << u"truncated GS V 66"_s;
    QTest::newRow("cut mode missing") << init + bytes({0x1d, 0x56}) << u"truncated GS V at byte 2"_s;
    QTest::newRow("unknown cut mode") << init + bytes({0x1d, 0x56, 0x07}) << u"unknown GS V cut mode 7"_s;
}

void tst_EscPosRaster::rejectsMalformedJobs()
{
    QFETCH(QByteArray, job);
    QFETCH(QString, reason);
    const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
    QVERIFY(!decoded.ok);
    QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
    QVERIFY(decoded.image.isNull());
}

void tst_EscPosRaster::multilingualReceiptRoundTrips_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::newRow("58mm") << Paper::Mm58;
    QTest::newRow("80mm") << Paper::Mm80;
}

void tst_EscPosRaster::multilingualReceiptRoundTrips()
{
    QFETCH(Paper, paper);
    const int width = EscPosRaster::dots(paper);
    const QStringList lines = {
        u"KEDAI RUNCIT AH HOCK"_s, u"Tambah nilai berjaya - Terima kasih!"_s, u"充值成功，谢谢光临"_s,
        u"நன்றி, மீண்டும் வருக"_s,     u"RM 10.00   Ref 2026120200001"_s,
    };
    // Fonts differ between machines (a bare one draws Chinese and Tamil as boxes); what is
    // checked here is that whatever was drawn reaches the paper dot for dot.
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty()
        || QFontDatabase::families(QFontDatabase::Tamil).isEmpty())
        qInfo("no Chinese or Tamil font on this machine: those lines are drawn as boxes");

    const int lineHeight = 34;
    QImage receipt(width, lineHeight * int(lines.size()) + 150, QImage::Format_ARGB32_Premultiplied);
    receipt.fill(Qt::white);
    {
        QPainter painter(&receipt);
        QFont font = painter.font();
        font.setPixelSize(paper == Paper::Mm58 ? 20 : 26);
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(QRect(4, i * lineHeight, width - 8, lineHeight), Qt::AlignVCenter, lines.at(i));
        painter.fillRect(QRect(4, lineHeight * int(lines.size()) + 10, width - 8, 3), Qt::black);
        painter.fillRect(QRect(width / 2 - 60, lineHeight * int(lines.size()) + 25, 120, 120), Qt::gray);
    }

    const QByteArray job = EscPosRaster::encodeJob(receipt, paper);
    const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY(decoded.bands >= 2);
    const QImage expected = EscPosRaster::toMonochrome(receipt, paper);
    QString why;
    QVERIFY2(sameDots(decoded.image, expected, &why), qPrintable(why));
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(blackDots(decoded.image, QRect(0, i * lineHeight, width, lineHeight)) > 50,
                 qPrintable(lines.at(i)));

    // For a person to look at: KAUNTER_PRINT_PNG_DIR=/tmp/team keeps the decoded images.
    const QString dir = qEnvironmentVariable("KAUNTER_PRINT_PNG_DIR");
    if (!dir.isEmpty()) {
        const QString name = paper == Paper::Mm58 ? u"58mm"_s : u"80mm"_s;
        QVERIFY(decoded.image.save(dir + u"/print-"_s + name + u".png"_s));
        QVERIFY(receipt.save(dir + u"/print-"_s + name + u"-source.png"_s));
    }
}

QTEST_MAIN(tst_EscPosRaster)
#include "tst_escposraster.moc"
