#include "QuickKeyButton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

using namespace Qt::StringLiterals;

namespace {
// A product name is plain text: '&' must not become a mnemonic marker.
QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}
}

QuickKeyButton::QuickKeyButton(QWidget *parent)
    : QPushButton(parent)
{
}

void QuickKeyButton::setKey(const QString &key, const QString &name, const QString &toolTip)
{
    m_key = key;
    m_name = name;
    // text() keeps the whole label (what the button is, for tests and assistive tools); the
    // drawn label is fitted to the width in paintEvent().
    setText(escapeMnemonic(fullLabel()));
    setToolTip(toolTip);
    setAccessibleName(fullLabel());
    update();
}

QString QuickKeyButton::fullLabel() const
{
    return m_key + u"  "_s + m_name;
}

int QuickKeyButton::labelWidth() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    return style()->subElementRect(QStyle::SE_PushButtonContents, &option, this).width();
}

QString QuickKeyButton::displayedText() const
{
    return fontMetrics().elidedText(fullLabel(), Qt::ElideRight, labelWidth());
}

QSize QuickKeyButton::sizeHint() const
{
    ensurePolished();
    QStyleOptionButton option;
    initStyleOption(&option);
    const QSize contents = fontMetrics().size(Qt::TextSingleLine, m_key + u"  …"_s);
    const QSize size = style()->sizeFromContents(QStyle::CT_PushButton, &option, contents, this);
    return QSize(size.width(), QPushButton::sizeHint().height());
}

QSize QuickKeyButton::minimumSizeHint() const
{
    return sizeHint();
}

void QuickKeyButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = escapeMnemonic(displayedText());
    painter.drawControl(QStyle::CE_PushButton, option);
}
