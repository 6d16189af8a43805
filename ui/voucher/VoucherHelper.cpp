#include "VoucherHelper.h"

#include "VoucherUrlPolicy.h"
#include "VoucherWebView.h"

#include <QGuiApplication>
#include <QWindow>

using namespace Qt::StringLiterals;
using VoucherHelperProtocol::Command;
using VoucherHelperProtocol::Event;

VoucherHelper::VoucherHelper(std::FILE *events, QObject *parent)
    : QObject(parent)
    , m_events(events)
{
}

VoucherHelper::~VoucherHelper()
{
    // QtWebEngine wants its pages gone before the application object goes.
    m_finished = true;
    delete m_view.data();
}

void VoucherHelper::handleLine(const QByteArray &line)
{
    const auto command = VoucherHelperProtocol::decodeCommand(line);
    if (!command)
        return;
    if (command->kind == Command::Kind::Close)
        closeView();
    else
        open(*command);
}

void VoucherHelper::handleEndOfInput()
{
    if (m_view) {
        closeView();   // viewGone() reports and finishes
    } else if (!m_finished) {   // no window is open
        m_finished = true;
        emit finished();
    }
}

void VoucherHelper::open(const Command &command)
{
    if (!VoucherUrlPolicy::isAllowedVoucherUrl(command.url)) {
        Event e;
        e.kind = Event::Kind::Error;
        e.message = tr("Only web (http or https) voucher links can be shown.");
        send(e);
        if (!m_view)
            handleEndOfInput();   // nothing to show: the helper has no reason to stay
        return;
    }
    // One window: a new voucher replaces the page (and its host rule) of the last one, in
    // the same place on screen.
    QRect geometry;
    if (m_view) {
        geometry = m_view->geometry();
        disconnect(m_view, nullptr, this, nullptr);   // replaced, not closed: no "closed" event
        delete m_view.data();
    }
    auto *view = new VoucherWebView(command.url);
    m_view = view;
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &QObject::destroyed, this, &VoucherHelper::viewGone);
    connect(view, &VoucherWebView::navigationRefused, this, [this](const QUrl &url) {
        Event e;
        e.kind = Event::Kind::Refused;
        e.what = u"navigation"_s;
        e.host = url.host();     // never the path or query: they can carry the voucher code
        e.scheme = url.scheme();
        send(e);
    });
    connect(view, &VoucherWebView::popupRefused, this, [this] {
        Event e;
        e.kind = Event::Kind::Refused;
        e.what = u"popup"_s;
        send(e);
    });
    connect(view, &VoucherWebView::downloadRefused, this, [this] {
        Event e;
        e.kind = Event::Kind::Refused;
        e.what = u"download"_s;
        send(e);
    });
    connect(view, &VoucherWebView::loadFinished, this, [this](bool ok) {
        Event e;
        e.kind = Event::Kind::LoadFinished;
        e.ok = ok;
        send(e);
    });
    if (geometry.isValid())
        view->setGeometry(geometry);
    else if (command.parentGeometry.isValid())
        placeOver(command.parentGeometry);
    const bool transient = makeTransient(command.transientParent);
    view->show();
    view->raise();
    view->activateWindow();
    Event e;
    e.kind = Event::Kind::Shown;
    e.transient = transient;
    send(e);
}

// Centred over the till and inside it: kiosks often run without a window manager, which
// would otherwise leave the window wherever X puts it (the top-left corner).
void VoucherHelper::placeOver(const QRect &parent)
{
    const int margin = 24;
    QSize size = m_view->sizeHint();
    size = size.boundedTo(parent.size() - QSize(2 * margin, 2 * margin)).expandedTo(m_view->minimumSizeHint());
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(parent.center());
    m_view->setGeometry(frame);
}

// The voucher window belongs to the till: on X11 and Windows the window manager keeps it
// above kaunter's window, and does not give it a task-bar entry of its own.
bool VoucherHelper::makeTransient(quint64 parentId)
{
    if (parentId == 0)
        return false;
    const QString platform = QGuiApplication::platformName();
    if (platform != "xcb"_L1 && platform != "windows"_L1)
        return false;
    if (!m_parentWindow || m_parentWindow->winId() != WId(parentId))
        m_parentWindow.reset(QWindow::fromWinId(WId(parentId)));
    if (!m_parentWindow)
        return false;
    m_view->winId();   // creates the native window, and with it windowHandle()
    QWindow *handle = m_view->windowHandle();
    if (!handle)
        return false;
    handle->setTransientParent(m_parentWindow.get());
    return true;
}

void VoucherHelper::closeView()
{
    if (m_view)
        m_view->close();   // WA_DeleteOnClose: viewGone() follows
}

void VoucherHelper::viewGone()
{
    if (m_finished)
        return;
    m_finished = true;
    Event e;
    e.kind = Event::Kind::Closed;
    send(e);
    emit finished();
}

void VoucherHelper::send(const Event &event)
{
    if (!m_events)
        return;
    const QByteArray line = VoucherHelperProtocol::encode(event);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_events);
    std::fflush(m_events);
}
