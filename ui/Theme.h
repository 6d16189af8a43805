#pragma once

#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

// The style sheet and icons compiled into kaunter_ui (resources/kaunter.qrc; the icons are
// resources/icons/*.svg rasterised at build time, see RasterIconEngine).
class Theme
{
public:
    // Text size, in pixels, of every widget the style sheet gives no other size.
    static constexpr int BaseFontPixels = 15;

    // Registers the resources and applies the style sheet to the application.
    static void apply(QApplication &app);
    // Registers the resources only (tests that build widgets without the style).
    static void initResources();
    // resources/icons/<name>.svg as an icon (drawn from its build-time PNGs); a null icon
    // when the name is unknown.
    static QIcon icon(const QString &name);
    // Re-evaluates the style after a dynamic property changed (QSS reads properties once).
    static void repolish(QWidget *widget);
    static QString styleSheet();
};
