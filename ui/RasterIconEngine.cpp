#include "RasterIconEngine.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// The pixel sizes ui/CMakeLists.txt rasterises every icon at (kaunter_icon_pixels), ascending.
constexpr std::array BuiltPixels{KAUNTER_ICON_PIXELS};
constexpr bool ascending()
{
    for (std::size_t i = 1; i < BuiltPixels.size(); ++i) {
        if (BuiltPixels[i - 1] >= BuiltPixels[i])
            return false;
    }
    return true;
}
static_assert(ascending(), "render() looks the sizes up by binary search");
}

RasterIconEngine::RasterIconEngine(const QString &name)
    : m_name(name)
{
}

QString RasterIconEngine::file(const QString &name, int pixels)
{
    return u":/kaunter/icons/%1/%2.png"_s.arg(name).arg(pixels);
}

bool RasterIconEngine::exists(const QString &name)
{
    return !name.isEmpty() && QFileInfo::exists(file(name, BuiltPixels.front()));
}

QPixmap RasterIconEngine::render(int pixels) const
{
    if (pixels <= 0)
        return {};
    // The exact size when it was built (every size the screens use is), else the next larger
    // one scaled down, which stays sharper than scaling up.
    const auto it = std::lower_bound(BuiltPixels.begin(), BuiltPixels.end(), pixels);
    const int source = it != BuiltPixels.end() ? *it : BuiltPixels.back();
    QImageReader reader(file(m_name, source), "png");
    reader.setAutoDetectImageFormat(false);   // the built-in PNG reader, no plugin scan
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (source != pixels)
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return QPixmap::fromImage(std::move(image));
}

QPixmap RasterIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)   // no icon has an "on" variant
    const int pixels = qMin(size.width(), size.height());
    const QString cacheKey = u"kaunter-icon:%1:%2:%3"_s.arg(m_name).arg(pixels).arg(int(mode));
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;
    pm = render(pixels);
    if (!pm.isNull() && mode != QIcon::Normal) {
        // Disabled and selected look as the style draws them, as for Qt's own icon engines.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, pm, &option);
        if (!generated.isNull())
            pm = generated;
    }
    if (!pm.isNull())
        QPixmapCache::insert(cacheKey, pm);
    return pm;
}

void RasterIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device()->devicePixelRatio();
    QPixmap pm = pixmap(rect.size() * dpr, mode, state);
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, pm);
}

QList<QSize> RasterIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    QList<QSize> sizes;
    for (int pixels : BuiltPixels)
        sizes.append(QSize(pixels, pixels));
    return sizes;
}

QString RasterIconEngine::key() const
{
    return u"RasterIconEngine"_s;
}

QIconEngine *RasterIconEngine::clone() const
{
    return new RasterIconEngine(*this);
}

QString RasterIconEngine::iconName()
{
    return m_name;
}

bool RasterIconEngine::isNull()
{
    return m_name.isEmpty();
}
