#include "ReceiptImage.h"

#include "QrCode.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace {

struct Placed
{
    QString key;
    std::shared_ptr<QTextLayout> text;   // drawn at `box.topLeft()`
    QImage image;                        // drawn into `box`, unscaled
    QRect box;
    bool rule = false;   // a black bar filling `box`
    bool inverted = false;   // text drawn white (on a rule placed before it)
};

struct Layout
{
    QList<Placed> items;
    int height = 0;
};

class Layouter
{
public:
    // Antialiased glyph edges may reach a dot beyond the advance; one dot inside the margins
    // keeps them out of the margin.
    static constexpr int Inset = 1;

    Layouter(QPaintDevice *device, int width, const ReceiptImage::Options &o)
        : m_device(device)
        , m_o(o)
        , m_left(o.margin + Inset)
        , m_width(std::max(1, width - 2 * (o.margin + Inset)))
        , m_y(o.verticalMargin)
        , m_gap(std::max(2, o.pixelSize / 4))
    {
    }

    Layout run(const Receipt &receipt)
    {
        Receipt::Kind previous = Receipt::Kind::Title;
        bool first = true;
        for (const Receipt::Line &line : receipt.lines()) {
            if (!first && line.kind != previous
                && (line.kind == Receipt::Kind::Code || line.kind == Receipt::Kind::Link))
                m_y += m_gap;   // codes and QR codes stand apart from the fields above them
            if (line.key == QLatin1String("footer")) {
                // The shop's own words are not part of the sale: a thin rule sets them apart.
                m_y += m_gap;
                rule(1);
                m_y += m_gap;
            } else if (line.key == QLatin1String("pending_advice")) {
                m_y += m_gap;   // what the customer must do stands apart from the fields
            }
            const int top = m_y;
            switch (line.kind) {
            case Receipt::Kind::Title:
                title(line);
                break;
            case Receipt::Kind::Field:
                field(line);
                break;
            case Receipt::Kind::Code:
                code(line);
                break;
            case Receipt::Kind::Link:
                link(line);
                break;
            case Receipt::Kind::Text:
                textLine(line);
                break;
            case Receipt::Kind::Banner:
                banner(line);
                break;
            }
            if (!m_regionSet)
                m_regions.insert(line.key, QRect(m_left, top, m_width, m_y - top));
            m_regionSet = false;
            m_y += m_gap;
            previous = line.kind;
            first = false;
        }
        Layout out;
        out.items = m_items;
        out.height = std::max(1, m_y - m_gap + m_o.verticalMargin);
        return out;
    }

    QHash<QString, QRect> regions() const { return m_regions; }

private:
    QFont font(double scale, bool bold, bool mono) const
    {
        QFont f;
        f.setFamilies(mono ? m_o.monoFamilies : m_o.families);
        f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
        f.setFixedPitch(mono);
        f.setPixelSize(std::max(6, int(std::lround(m_o.pixelSize * scale))));
        f.setBold(bold);
        // Full hinting snaps stems to whole dots: crisper on a 203 dpi head after dithering.
        f.setHintingPreference(QFont::PreferFullHinting);
        return f;
    }

    // Lays `text` out in `width` dots, breaking at spaces and, for a word too long for a
    // line, anywhere, so nothing runs past the margin.
    std::shared_ptr<QTextLayout> lay(const QString &text, const QFont &f, Qt::Alignment align, int width,
                                     int *height) const
    {
        // A line break the text holds (a shop address) stays one: QTextLayout breaks only at
        // the Unicode line separator.
        QString laid = text;
        laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
        auto tl = std::make_shared<QTextLayout>(laid, f, m_device);
        QTextOption opt(align);
        opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        tl->setTextOption(opt);
        tl->setCacheEnabled(true);
        qreal h = 0;
        tl->beginLayout();
        for (QTextLine line = tl->createLine(); line.isValid(); line = tl->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, h));
            h += line.height();
        }
        tl->endLayout();
        *height = int(std::ceil(h));
        return tl;
    }

    void place(const QString &key, const std::shared_ptr<QTextLayout> &tl, int x, int y, int w, int h)
    {
        m_items.append(Placed{key, tl, {}, QRect(x, y, w, h), false});
    }

    void rule(int thickness)
    {
        m_items.append(Placed{{}, {}, {}, QRect(m_left, m_y, m_width, thickness), true});
        m_y += thickness;
    }

    void title(const Receipt::Line &line)
    {
        int h = 0;
        const auto tl = lay(line.value, font(1.25, true, false), Qt::AlignHCenter, m_width, &h);
        rule(3);
        m_y += m_gap;
        place(line.key, tl, m_left, m_y, m_width, h);
        m_y += h + m_gap;
        rule(3);
    }

    // White on a black band as wide as the paper: "COPY" and "VOIDED" are seen before
    // anything on the slip is read, and no amount of fading turns them into something else.
    void banner(const Receipt::Line &line)
    {
        int h = 0;
        const auto tl = lay(line.value, font(1.75, true, false), Qt::AlignHCenter, m_width - 2 * m_gap, &h);
        const int bandH = h + 2 * m_gap;
        m_items.append(Placed{{}, {}, {}, QRect(m_left, m_y, m_width, bandH), true});
        m_items.append(Placed{line.key, tl, {}, QRect(m_left + m_gap, m_y + m_gap, m_width - 2 * m_gap, h), false, true});
        m_y += bandH;
    }

    void field(const Receipt::Line &line)
    {
        const QFont f = font(1.0, false, false);
        int labelH = 0;
        const auto label = lay(line.label, f, Qt::AlignLeft, m_width, &labelH);
        const int labelW = int(std::ceil(label->lineCount() == 1 ? label->lineAt(0).naturalTextWidth() : m_width));
        const int space = m_width - labelW - 2 * m_gap;
        if (space > 0 && label->lineCount() == 1) {
            int valueH = 0;
            const auto value = lay(line.value, f, Qt::AlignRight, space, &valueH);
            if (value->lineCount() <= 1) {
                place(line.key, label, m_left, m_y, labelW, labelH);
                place(line.key, value, m_left + m_width - space, m_y, space, valueH);
                m_y += std::max(labelH, valueH);
                return;
            }
        }
        // Too long to share a line: the label, then the value right-aligned under it.
        place(line.key, label, m_left, m_y, m_width, labelH);
        m_y += labelH;
        int valueH = 0;
        const auto value = lay(line.value, f, Qt::AlignRight, m_width, &valueH);
        place(line.key, value, m_left, m_y, m_width, valueH);
        m_y += valueH;
    }

    void code(const Receipt::Line &line)
    {
        int h = 0;
        const auto label = lay(line.label, font(1.0, false, false), Qt::AlignLeft, m_width, &h);
        place(line.key, label, m_left, m_y, m_width, h);
        m_y += h;
        const auto value = lay(line.value, font(1.5, true, true), Qt::AlignHCenter, m_width, &h);
        place(line.key, value, m_left, m_y, m_width, h);
        m_y += h;
    }

    void link(const Receipt::Line &line)
    {
        const QByteArray bytes = line.value.toUtf8();
        const int modules = QrCode::modules(bytes);
        const int module =
            modules > 0 ? std::min(m_o.qrModuleDots, m_width / (modules + 2 * QrCode::QuietZoneModules)) : 0;
        int h = 0;
        const auto label = lay(line.label, font(1.0, false, false), Qt::AlignLeft, m_width, &h);
        place(line.key, label, m_left, m_y, m_width, h);
        m_y += h;
        if (module >= 3) {
            const QImage qr = QrCode::encode(bytes, module);
            const QRect box(m_left + (m_width - qr.width()) / 2, m_y, qr.width(), qr.height());
            m_items.append(Placed{line.key, {}, qr, box, false});
            m_regions.insert(line.key, box);
            m_regionSet = true;
            m_y += qr.height();
            return;
        }
        const auto value = lay(line.value, font(0.85, false, false), Qt::AlignLeft, m_width, &h);
        place(line.key, value, m_left, m_y, m_width, h);
        m_y += h;
    }

    void textLine(const Receipt::Line &line)
    {
        // The shop's name heads the slip; the pending slip's advice is what the customer must
        // not miss.
        const bool merchant = line.key == QLatin1String("merchant");
        const bool bold = merchant || line.key == QLatin1String("pending_advice");
        int h = 0;
        const auto tl = lay(line.value, font(merchant ? 1.2 : 1.0, bold, false), Qt::AlignHCenter, m_width, &h);
        place(line.key, tl, m_left, m_y, m_width, h);
        m_y += h;
    }

    QPaintDevice *m_device;
    const ReceiptImage::Options &m_o;
    const int m_left;
    const int m_width;
    int m_y;
    const int m_gap;
    QList<Placed> m_items;
    QHash<QString, QRect> m_regions;
    bool m_regionSet = false;
};

void paint(QPainter &p, const Layout &layout)
{
    p.setPen(Qt::black);
    for (const Placed &item : layout.items) {
        if (item.rule)
            p.fillRect(item.box, Qt::black);
        else if (item.text) {
            p.setPen(item.inverted ? Qt::white : Qt::black);
            item.text->draw(&p, item.box.topLeft());
        }
        else
            p.drawImage(item.box, item.image);
    }
}

}   // namespace

QImage ReceiptImage::render(const Receipt &receipt, int widthDots, const Options &options,
                            QHash<QString, QRect> *regions)
{
    if (widthDots < 1)
        return {};
    // Metrics from an image of the same kind as the one painted, so layout and drawing agree.
    QImage probe(1, 1, QImage::Format_RGB32);
    Layouter layouter(&probe, widthDots, options);
    const Layout layout = layouter.run(receipt);
    if (regions)
        *regions = layouter.regions();

    QImage image(widthDots, layout.height, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paint(p, layout);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

bool ReceiptImage::writePdf(const Receipt &receipt, const QString &path, QString *error, const Options &options)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && writePdf(receipt, &file, options) && file.commit())
        return true;
    if (error)
        *error = tr("Could not write the receipt to %1. Check that the folder exists and can be written to.")
                     .arg(path);
    return false;
}

bool ReceiptImage::writePdf(const Receipt &receipt, QIODevice *device, const Options &options)
{
    QPdfWriter writer(device);
    writer.setResolution(PdfDpi);
    writer.setCreator(QStringLiteral("Kaunter"));
    writer.setTitle(receipt.value(QStringLiteral("refid")));

    const int pageDots = int(std::lround(PdfPageWidthMm / 25.4 * PdfDpi));
    Options o = options;
    o.margin += (pageDots - 576) / 2;   // the 80 mm slip's 72 mm of text, centred
    Layouter layouter(&writer, pageDots, o);
    const Layout layout = layouter.run(receipt);

    const double heightMm = layout.height * 25.4 / PdfDpi;
    writer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(PdfPageWidthMm, heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        return false;
    paint(p, layout);
    return p.end();
}
