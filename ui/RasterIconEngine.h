#pragma once

#include <QIconEngine>
#include <QList>
#include <QString>

// Draws one of Kaunter's icons from the PNGs rasterised at build time from
// resources/icons/<name>.svg (ui/CMakeLists.txt): ":/kaunter/icons/<name>/<pixels>.png", at
// every size the screens use, once and twice over (HiDPI).
//
// Why not QIcon(":/.../<name>.svg"): that loads the SVG icon engine plugin and parses the SVG
// for every QIcon made, and again for every size drawn. Why not QIcon's own pixmap engine
// over the PNGs: it reads every file added to it at once, and reads through image-format
// auto-detection, which loads every image plugin (JPEG, GIF, SVG...) on first use. Here
// nothing is read until a size is drawn; then one PNG is read, by the built-in PNG reader.
class RasterIconEngine : public QIconEngine
{
public:
    explicit RasterIconEngine(const QString &name);

    // True when the icon was built into the program.
    static bool exists(const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    QString iconName() override;
    bool isNull() override;

private:
    RasterIconEngine(const RasterIconEngine &other) = default;
    static QString file(const QString &name, int pixels);
    QPixmap render(int pixels) const;

    QString m_name;
};
