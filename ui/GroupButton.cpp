#include "GroupButton.h"

#include <QStyleOptionToolButton>

using namespace Qt::StringLiterals;

GroupButton::GroupButton(QWidget *parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setProperty("role", u"group"_s);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(26, 26));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GroupButton::setGroup(const QString &title, int count)
{
    QString label = title;
    label.replace(u'&', u"&&"_s);   // '&' would be taken for a mnemonic marker
    setText(count >= 0 ? u"%1  (%2)"_s.arg(label).arg(count) : label);
}

QSize GroupButton::sizeHint() const
{
    const QSize regular = QToolButton::sizeHint();
    // The checked state, measured as QToolButton::sizeHint() measures (icon, 4 px, the text
    // and a space either side) but in bold and with the checked border.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.state |= QStyle::State_On;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int textWidth = fm.size(Qt::TextShowMnemonic, text()).width() + 2 * fm.horizontalAdvance(u' ');
    const QSize contents(option.iconSize.width() + 4 + textWidth, qMax(option.iconSize.height(), fm.height()));
    const QSize checked = style()->sizeFromContents(QStyle::CT_ToolButton, &option, contents, this);
    return regular.expandedTo(checked);
}
