#pragma once

#include <QIcon>
#include <QString>

class QApplication;
class QWidget;

// The style sheet and icons compiled into kaunter_ui (resources/kaunter.qrc).
class Theme
{
public:
    // Registers the resources and applies the style sheet to the application.
    static void apply(QApplication &app);
    // Registers the resources only (tests that build widgets without the style).
    static void initResources();
    // ":/kaunter/icons/<name>.svg" as an icon; a null icon when the name is unknown.
    static QIcon icon(const QString &name);
    // Re-evaluates the style after a dynamic property changed (QSS reads properties once).
    static void repolish(QWidget *widget);
    static QString styleSheet();
};
