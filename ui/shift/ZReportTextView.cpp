#include "ZReportTextView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int ShownLines = 12;   // the height asked for; the dialogs give it more room
}

ZReportTextView::ZReportTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"zReportText"_s);
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateWidth();
}

void ZReportTextView::setColumns(int columns)
{
    m_columns = std::max(1, columns);
    updateWidth();
}

int ZReportTextView::widthForColumns() const
{
    // The font the style sheet leaves (polished), not the one set before polishing.
    const_cast<ZReportTextView *>(this)->ensurePolished();
    const QFontMetrics metrics(font());
    const int text = metrics.horizontalAdvance(QString(m_columns, u'M'));
    const int margins = 2 * int(std::ceil(document()->documentMargin())) + contentsMargins().left()
        + contentsMargins().right() + viewportMargins().left() + viewportMargins().right();
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    return text + margins + 2 * frameWidth() + scrollBar + metrics.averageCharWidth();   // + the cursor's room
}

void ZReportTextView::fitLines(int maxLines)
{
    const int lines = std::min(std::max(1, blockCount()), std::max(1, maxLines));
    const int margins = 2 * int(std::ceil(document()->documentMargin())) + contentsMargins().top()
        + contentsMargins().bottom() + 2 * frameWidth();
    setMinimumHeight(fontMetrics().lineSpacing() * lines + margins + fontMetrics().descent());
}

QSize ZReportTextView::sizeHint() const
{
    return {widthForColumns(), fontMetrics().lineSpacing() * ShownLines};
}

void ZReportTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateWidth();
}

void ZReportTextView::updateWidth()
{
    setMinimumWidth(widthForColumns());
    updateGeometry();
}
