#include "Banner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    setKind(kind);
    hide();
}

void Banner::setKind(Kind kind)
{
    switch (kind) {
    case Kind::Info:
        setProperty("banner", u"info"_s);
        m_icon->clear();
        m_icon->hide();
        break;
    case Kind::Warning:
        setProperty("banner", u"warning"_s);
        m_icon->setPixmap(Theme::icon(u"warning"_s).pixmap(24, 24));
        m_icon->show();
        break;
    case Kind::Error:
        setProperty("banner", u"error"_s);
        m_icon->setPixmap(Theme::icon(u"failure"_s).pixmap(24, 24));
        m_icon->show();
        break;
    }
    Theme::repolish(this);
}

void Banner::setMessage(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString Banner::message() const
{
    return m_text->text();
}
