#include "PdfText.h"

#include <QHash>
#include <QRegularExpression>

namespace PdfText {

QString text(const QByteArray &pdf)
{
    const QString doc = QString::fromLatin1(pdf);
    QHash<QString, QString> objects;   // "12" -> the object's text
    static const QRegularExpression objRe(QStringLiteral("(\\d+) 0 obj(.*?)endobj"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = objRe.globalMatch(doc); it.hasNext();) {
        const auto m = it.next();
        objects.insert(m.captured(1), m.captured(2));
    }
    const auto ref = [](const QString &object, const QString &key) {
        const auto m = QRegularExpression(key + QStringLiteral("\\s+(\\d+) 0 R")).match(object);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    const auto hexChar = [](const QString &hex) { return QString(QChar(char16_t(hex.toUInt(nullptr, 16)))); };
    // Font resource name ("F7") -> glyph id -> text.
    QHash<QString, QHash<uint, QString>> fonts;
    static const QRegularExpression fontRes(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (const QString &object : std::as_const(objects)) {
        for (auto it = fontRes.globalMatch(object); it.hasNext();) {
            const auto m = it.next();
            const QString cmap = objects.value(ref(objects.value(m.captured(2)), QStringLiteral("/ToUnicode")));
            QHash<uint, QString> &map = fonts[m.captured(1)];
            for (auto r = range.globalMatch(cmap); r.hasNext();) {
                const auto rm = r.next();
                const uint from = rm.captured(1).toUInt(nullptr, 16);
                const uint to = rm.captured(2).toUInt(nullptr, 16);
                const QString target = rm.captured(3);
                if (target.startsWith(QLatin1Char('['))) {
                    uint g = from;
                    for (auto h = hex.globalMatch(target); h.hasNext() && g <= to; ++g)
                        map.insert(g, hexChar(h.next().captured(1)));
                } else {
                    const uint first = target.mid(1, target.size() - 2).toUInt(nullptr, 16);
                    for (uint g = from; g <= to; ++g)
                        map.insert(g, QString(QChar(char16_t(first + g - from))));
                }
            }
        }
    }
    QString shown;
    static const QRegularExpression streamRe(QStringLiteral("/FlateDecode[^>]*>>\\s*stream\\r?\\n(.*?)endstream"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression ops(QStringLiteral("/(F\\d+) [0-9.]+ Tf|<([0-9A-Fa-f]+)> Tj"));
    for (auto it = streamRe.globalMatch(doc); it.hasNext();) {
        QByteArray compressed = it.next().captured(1).toLatin1();
        compressed.prepend(QByteArray("\x00\x10\x00\x00", 4));   // qUncompress's size hint (1 MiB)
        const QString content = QString::fromLatin1(qUncompress(compressed));
        QString font;
        for (auto op = ops.globalMatch(content); op.hasNext();) {
            const auto m = op.next();
            if (!m.captured(1).isEmpty()) {
                font = m.captured(1);
                continue;
            }
            const QString glyphs = m.captured(2);
            for (int i = 0; i + 4 <= glyphs.size(); i += 4)
                shown += fonts.value(font).value(glyphs.mid(i, 4).toUInt(nullptr, 16));
        }
    }
    return shown;
}

} // namespace PdfText
