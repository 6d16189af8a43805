// The baseline for bench_ui_startup: a bare Qt Widgets window (a QMainWindow with one label)
// built in the same tree with the same flags, measured the same way as kaunter --demo.
#include "FirstFrameProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare"), &window));
    window.resize(1180, 760);
    auto *probe = new FirstFrameProbe(&window);
    QObject::connect(probe, &FirstFrameProbe::firstFrame, &window, [&sinceMain] {
        std::printf("first-frame-ms %lld peak-rss-kib %lld\n", qlonglong(sinceMain.elapsed()),
                    qlonglong(FirstFrameProbe::peakRssKiB()));
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    window.show();
    return app.exec();
}
