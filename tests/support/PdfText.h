#pragma once

#include <QByteArray>
#include <QString>

namespace PdfText {

// The text a Qt-written PDF shows, in drawing order: each content stream inflated, each
// `<glyphs> Tj` mapped through its font's ToUnicode CMap. Enough for Qt's own output (Type0
// fonts, Identity-H, glyph ids of 4 hex digits), not a general PDF reader.
QString text(const QByteArray &pdf);

} // namespace PdfText
