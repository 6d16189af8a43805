#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace; the resource object sits in a static
// library, so without this reference the linker would drop it.
static void initKaunterResources()
{
    Q_INIT_RESOURCE(kaunter);
}

void Theme::initResources()
{
    static bool done = false;
    if (!done) {
        initKaunterResources();
        done = true;
    }
}

QString Theme::styleSheet()
{
    initResources();
    QFile f(u":/kaunter/kaunter.qss"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void Theme::apply(QApplication &app)
{
    initResources();
    app.setWindowIcon(icon(u"kaunter"_s));
    app.setStyleSheet(styleSheet());
}

QIcon Theme::icon(const QString &name)
{
    initResources();
    const QString path = u":/kaunter/icons/"_s + name + u".svg"_s;
    if (!QFile::exists(path))
        return {};
    return QIcon(path);
}

void Theme::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}
