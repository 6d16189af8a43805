// kaunter_iconraster: a build tool (ui/CMakeLists.txt). Renders one SVG icon to PNGs at the
// given pixel sizes, exactly as Qt's SVG icon engine would draw it at that size, so that the
// program ships ready pixels: at start-up it then loads neither the SVG icon engine plugin
// nor parses any SVG (see RasterIconEngine).
//
// usage: kaunter_iconraster <icon.svg> <output directory> <pixels>...
//        writes <output directory>/<pixels>.png for each size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // A GUI application only for the font database (an icon may contain text); no window is
    // ever shown, so the tool also runs on a build machine without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: kaunter_iconraster <icon.svg> <output directory> <pixels>...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "kaunter_iconraster: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "kaunter_iconraster: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int pixels = args.at(i).toInt(&ok);
        if (!ok || pixels <= 0 || pixels > 1024) {
            std::fprintf(stderr, "kaunter_iconraster: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        // As QSvgIconEngine: the SVG's own proportions, scaled to fit the square.
        QSize size = renderer.defaultSize();
        size.scale(pixels, pixels, Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString path = out.filePath(QString::number(pixels) + u".png"_s);
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "kaunter_iconraster: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
