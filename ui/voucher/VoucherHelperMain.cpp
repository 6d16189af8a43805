// kaunter-voucher: the voucher window's own process. kaunter starts it the first time a
// voucher link is opened (VoucherViewer) and talks to it over stdin/stdout
// (VoucherHelperProtocol). Only this program links QtWebEngine.
#include "VoucherHelper.h"
#include "VoucherStdinReader.h"

#include <QApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // QtWebEngine shares OpenGL contexts with the widgets that show it; it must be decided
    // before the application object exists. (This is why it lives here and not in kaunter.)
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Kaunter"_s);
    QApplication::setOrganizationName(u"Kaunter"_s);
    QApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));
    // Grouped with the till by the desktop; the window is transient for it anyway.
    QApplication::setDesktopFileName(u"kaunter"_s);
    // The window closing is the end; a hidden helper would outlive its purpose.
    QApplication::setQuitOnLastWindowClosed(false);

    int rc = 0;
    {
        VoucherHelper helper(stdout);
        QObject::connect(&helper, &VoucherHelper::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);

        // Heap-allocated and deliberately not deleted while still running: when the cashier
        // closes the window, the reader may still be blocked reading a pipe kaunter keeps
        // open, and a QThread must not be destroyed while running. Process exit ends it.
        auto *reader = new VoucherStdinReader;
        QObject::connect(reader, &VoucherStdinReader::lineRead, &helper, &VoucherHelper::handleLine);
        QObject::connect(reader, &VoucherStdinReader::inputEnded, &helper, &VoucherHelper::handleEndOfInput);
        reader->start();

        rc = app.exec();
        if (reader->wait(0))
            delete reader;
    }   // the helper deletes its view here, before QApplication goes
    return rc;
}
