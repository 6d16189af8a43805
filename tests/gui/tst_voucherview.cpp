#include "VoucherUrlPolicy.h"
#include "VoucherWebView.h"
#include "api/ApiConfig.h"
#include "api/IimmpactClient.h"
#include "sim/Simulator.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebEngineHistory>
#include <QWebEngineHistoryItem>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <memory>

using namespace Qt::StringLiterals;

// The voucher web view (what the kaunter-voucher helper shows), in-process: URL policy, and a
// real QtWebEngine page served from loopback that tries to leave its site, open windows and
// download. tst_voucherhelper covers the helper process and kaunter's side of the pipe.
class TestVoucherView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    int m_elsewhereHits = 0;   // requests that reached /elsewhere (any host name)
    int m_popupHits = 0;       // requests that reached /popup
    QList<QUrl> m_externalOpens;
    int m_rowCounter = 0;

    QUrl serverUrl(const QString &path, const QString &host = u"127.0.0.1"_s) const
    {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(host);
        url.setPort(m_port);
        url.setPath(path);
        return url;
    }

    QByteArray voucherHtml(const QString &token) const
    {
        const QString other = serverUrl(u"/elsewhere"_s, u"localhost"_s).toString();
        const QString otherIp = serverUrl(u"/elsewhere"_s, u"127.0.0.2"_s).toString();
        // Every trap a hostile or careless voucher page could set.
        return (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Voucher %1</title></head>"
                "<body><h1>Test voucher</h1><p>PIN <b id=\"pin\">1234-5678</b></p>"
                "<p><a id=\"file\" href=\"file:///etc/passwd\">passwd</a></p>"
                "<p><a id=\"other\" href=\"%2\">other host</a></p>"
                "<p><a id=\"otherip\" href=\"%3\">other address</a></p>"
                "<p><a id=\"data\" href=\"data:text/html,&lt;h1&gt;data&lt;/h1&gt;\">data</a></p>"
                "<p><a id=\"second\" href=\"/second\">second page</a></p>"
                "<p><a id=\"mailto\" href=\"mailto:a@example.com\">mail</a> "
                "<a id=\"tel\" href=\"tel:+60123456789\">call</a> "
                "<a id=\"custom\" href=\"kaunterx://open\">app</a> "
                "<a id=\"ftp\" href=\"ftp://127.0.0.1/x\">ftp</a></p>"
                "<p><a id=\"blank\" href=\"/popup\" target=\"_blank\" "
                "style=\"display:inline-block;width:200px;height:40px\">new window</a></p>"
                "<p><button id=\"pop\" style=\"width:200px;height:40px\" "
                "onclick=\"window.opened = window.open('/popup')\">pop</button></p>"
                "</body></html>"_s)
            .arg(token.toHtmlEscaped(), other.toHtmlEscaped(), otherIp.toHtmlEscaped())
            .toUtf8();
    }

    static QHttpServerResponse html(const QByteArray &body)
    {
        return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), body);
    }

    static QHttpServerResponse redirect(const QByteArray &location)
    {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        r.addHeader(QByteArrayLiteral("Location"), location);
        return r;
    }

    // Runs `script` in the page and waits for its result.
    static QVariant runJs(QWebEnginePage *page, const QString &script)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("runJavaScript timed out");
        return result;
    }

    // A shown view of `url`, its page loaded.
    std::unique_ptr<VoucherWebView> openLoaded(const QUrl &url)
    {
        auto view = std::make_unique<VoucherWebView>(url);
        auto *web = view->findChild<QWebEngineView *>();
        if (!web)
            return nullptr;
        QSignalSpy loaded(web->page(), &QWebEnginePage::loadFinished);
        view->resize(900, 700);
        view->show();
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000) || !loaded.first().first().toBool())
            return nullptr;
        return view;
    }

    static QWebEnginePage *pageOf(QWidget *view)
    {
        auto *web = view->findChild<QWebEngineView *>();
        return web ? web->page() : nullptr;
    }

    static QString statusText(QWidget *view)
    {
        auto *status = view->findChild<QLabel *>(u"voucherStatus"_s);
        return status && status->isVisible() ? status->text() : QString();
    }

    // A real mouse click (a user gesture, unlike element.click()) on the element `id`.
    static void clickElement(QWidget *view, const QString &id)
    {
        auto *web = view->findChild<QWebEngineView *>();
        QVERIFY(web && web->focusProxy());
        const QVariantList xy = runJs(web->page(), u"(function(){var r=document.getElementById('%1')"
                                                   ".getBoundingClientRect();return [r.left+r.width/2,"
                                                   "r.top+r.height/2];})()"_s.arg(id)).toList();
        QCOMPARE(xy.size(), 2);
        const QPoint at(qRound(xy.at(0).toDouble()), qRound(xy.at(1).toDouble()));
        QTest::mouseClick(web->focusProxy(), Qt::LeftButton, {}, at);
    }

public slots:
    // QDesktopServices handler: records what the page would have opened in another program.
    void externalUrlOpened(const QUrl &url) { m_externalOpens.append(url); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<QHttpServer>();
        m_server->route(u"/voucher/<arg>"_s, [this](const QString &token) { return html(voucherHtml(token)); });
        m_server->route(u"/second"_s, [] {
            return html(QByteArrayLiteral("<!DOCTYPE html><title>Second</title><p>Second page</p>"));
        });
        m_server->route(u"/popup"_s, [this] {
            ++m_popupHits;
            return html(QByteArrayLiteral("<!DOCTYPE html><title>Popup</title><p>Popup</p>"));
        });
        m_server->route(u"/elsewhere"_s, [this] {
            ++m_elsewhereHits;
            return html(QByteArrayLiteral("<!DOCTYPE html><title>Elsewhere</title><p>Left the site</p>"));
        });
        m_server->route(u"/redirect-file"_s, [] { return redirect(QByteArrayLiteral("file:///etc/passwd")); });
        m_server->route(u"/redirect-other"_s, [this] {
            return redirect(serverUrl(u"/elsewhere"_s, u"localhost"_s).toEncoded());
        });
        m_server->route(u"/download"_s, [] {
            QHttpServerResponse r(QByteArrayLiteral("application/octet-stream"), QByteArray(4096, 'x'));
            r.addHeader(QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("attachment; filename=\"v.bin\""));
            return r;
        });
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    // --- Which links the view shows, where a page may go ----------------------------------

    void isAllowedVoucherUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://vouchers.example.com/v/ABC123"_s << true;
        QTest::newRow("http with port") << u"http://127.0.0.1:8080/voucher/abc"_s << true;
        QTest::newRow("upper-case scheme") << u"HTTPS://Vouchers.Example.com/v"_s << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("file with host") << u"file://server/share/v.html"_s << false;
        QTest::newRow("ftp") << u"ftp://vouchers.example.com/v"_s << false;
        QTest::newRow("data") << u"data:text/html,<h1>x</h1>"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("custom scheme") << u"intent://scan/#Intent;scheme=zxing;end"_s << false;
        QTest::newRow("no host") << u"https:///v/ABC"_s << false;
        QTest::newRow("relative") << u"/voucher/abc"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isAllowedVoucherUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(VoucherUrlPolicy::isAllowedVoucherUrl(QUrl(url)), allowed);
    }

    void isAllowedNavigation_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        // Voucher: http://vouchers.example.com/v/TOKEN
        QTest::newRow("same page") << u"http://vouchers.example.com/v/TOKEN"_s << true;
        QTest::newRow("other path") << u"http://vouchers.example.com/help?x=1"_s << true;
        QTest::newRow("upgrade to https") << u"https://vouchers.example.com/v/TOKEN"_s << true;
        QTest::newRow("host case") << u"http://VOUCHERS.example.com/v"_s << true;
        QTest::newRow("other host") << u"http://evil.example.net/v"_s << false;
        QTest::newRow("parent domain") << u"http://example.com/v"_s << false;
        QTest::newRow("sub-domain") << u"http://a.vouchers.example.com/v"_s << false;
        QTest::newRow("suffix trick") << u"http://vouchers.example.com.evil.net/v"_s << false;
        QTest::newRow("userinfo trick") << u"http://vouchers.example.com@evil.net/v"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("data") << u"data:text/html,x"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("about:blank") << u"about:blank"_s << false;
        QTest::newRow("ftp same host") << u"ftp://vouchers.example.com/v"_s << false;
    }

    void isAllowedNavigation()
    {
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        const QUrl voucher(u"http://vouchers.example.com/v/TOKEN"_s);
        QCOMPARE(VoucherUrlPolicy::isAllowedNavigation(voucher, QUrl(target)), allowed);
    }

    void loopbackNamesAreDifferentHosts()
    {
        const QUrl voucher = serverUrl(u"/voucher/T"_s);
        QVERIFY(VoucherUrlPolicy::isAllowedNavigation(voucher, serverUrl(u"/second"_s)));
        QVERIFY(!VoucherUrlPolicy::isAllowedNavigation(voucher, serverUrl(u"/second"_s, u"localhost"_s)));
        QVERIFY(!VoucherUrlPolicy::isAllowedNavigation(voucher, serverUrl(u"/second"_s, u"127.0.0.2"_s)));
    }

    // --- A real page -------------------------------------------------------------------------

    void voucherPageLoads()
    {
        const QUrl url = serverUrl(u"/voucher/TOKEN1"_s);
        auto view = openLoaded(url);
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view.get());
        QCOMPARE(page->url(), url);
        QCOMPARE(page->title(), u"Voucher TOKEN1"_s);
        QCOMPARE(runJs(page, u"document.getElementById('pin').textContent"_s).toString(), u"1234-5678"_s);
        // Only the host is shown, never the path that carries the code.
        auto *host = view->findChild<QLineEdit *>(u"voucherHost"_s);
        QVERIFY(host);
        QCOMPARE(host->text(), u"127.0.0.1"_s);
        QVERIFY(host->isReadOnly());
        QVERIFY(!view->windowTitle().contains(u"TOKEN1"_s));
        QCOMPARE(statusText(view.get()), QString());
        QCOMPARE(view->property("refusedCount").toInt(), 0);
    }

    void sameHostNavigationAndBack()
    {
        const QUrl url = serverUrl(u"/voucher/TOKEN2"_s);
        auto view = openLoaded(url);
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view.get());
        auto *back = view->findChild<QToolButton *>(u"voucherBack"_s);
        QVERIFY(back);
        QVERIFY(!back->isEnabled());
        // A real click: Chromium's Back skips entries the page added without a user gesture.
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        clickElement(view.get(), u"second"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(page->url(), serverUrl(u"/second"_s));
        QTRY_VERIFY(back->isEnabled());
        back->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->url(), url, 10000);
        QCOMPARE(view->property("refusedCount").toInt(), 0);
    }

    // Navigations Qt hands to the page's policy: refused, reported, and the voucher stays.
    void leavingTheSiteIsRefused_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("refusedHost");
        QTest::newRow("link to localhost") << u"document.getElementById('other').click()"_s << u"localhost"_s;
        QTest::newRow("link to 127.0.0.2") << u"document.getElementById('otherip').click()"_s << u"127.0.0.2"_s;
        QTest::newRow("script to localhost") << u"location.href=document.getElementById('other').href"_s << u"localhost"_s;
        QTest::newRow("redirect to localhost") << u"location.href='/redirect-other'"_s << u"localhost"_s;
        QTest::newRow("form to localhost")
            << u"var f=document.createElement('form');f.method='post';f.action=document.getElementById('other').href;"
               "document.body.appendChild(f);f.submit()"_s
            << u"localhost"_s;
        QTest::newRow("iframe from localhost")
            << u"var i=document.createElement('iframe');i.src=document.getElementById('other').href;"
               "document.body.appendChild(i)"_s
            << u"localhost"_s;
    }

    void leavingTheSiteIsRefused()
    {
        QFETCH(QString, script);
        QFETCH(QString, refusedHost);
        const QUrl url = serverUrl(u"/voucher/ROW%1"_s.arg(++m_rowCounter));
        const auto owner = openLoaded(url);
        QWidget *view = owner.get();
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view);
        QCOMPARE(view->property("refusedCount").toInt(), 0);
        QSignalSpy refused(view, SIGNAL(navigationRefused(QUrl)));
        QVERIFY(refused.isValid());
        const int hitsBefore = m_elsewhereHits;
        runJs(page, script);
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        const QUrl target = refused.first().first().toUrl();
        QCOMPARE(target.host(), refusedHost);
        QCOMPARE(target.path(), u"/elsewhere"_s);
        // Still on the voucher and showing it, nothing fetched elsewhere, the cashier is told.
        QCOMPARE(page->url(), url);
        QCOMPARE(runJs(page, u"document.getElementById('pin').textContent"_s).toString(), u"1234-5678"_s);
        QCOMPARE(m_elsewhereHits, hitsBefore);
        QCOMPARE(statusText(view), u"This page tried to leave the voucher site and was stopped."_s);
        QCOMPARE(view->property("refusedCount").toInt(), refused.size());
    }

    // file: and data: from a web page are already stopped inside Chromium (Qt never asks the
    // page); whichever layer stops them, the view must never show local or inline content.
    void localSchemesNeverLoad_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("startsLoad");   // the attempt begins a (failing) page load
        QTest::newRow("link to file") << u"document.getElementById('file').click()"_s << false;
        QTest::newRow("script to file") << u"location.href='file:///etc/passwd'"_s << false;
        QTest::newRow("link to data") << u"document.getElementById('data').click()"_s << false;
        QTest::newRow("iframe of file")
            << u"var i=document.createElement('iframe');i.src='file:///etc/passwd';document.body.appendChild(i)"_s
            << false;
        QTest::newRow("redirect to file") << u"location.href='/redirect-file'"_s << true;
    }

    void localSchemesNeverLoad()
    {
        QFETCH(QString, script);
        QFETCH(bool, startsLoad);
        const QUrl url = serverUrl(u"/voucher/ROW%1"_s.arg(++m_rowCounter));
        const auto owner = openLoaded(url);
        QWidget *view = owner.get();
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view);
        QSignalSpy urls(page, &QWebEnginePage::urlChanged);
        QSignalSpy loads(page, &QWebEnginePage::loadFinished);
        runJs(page, script);
        if (startsLoad) {
            QTRY_COMPARE_WITH_TIMEOUT(loads.size(), 1, 10000);
            QCOMPARE(loads.first().first().toBool(), false);
        } else {
            // Refused synchronously in the renderer: the voucher is still there, untouched.
            QCOMPARE(runJs(page, u"document.getElementById('pin').textContent"_s).toString(), u"1234-5678"_s);
            QCOMPARE(page->url(), url);
        }
        const QString text = runJs(page, u"document.documentElement.innerText"_s).toString();
        QVERIFY(!text.contains(u"root:"_s));
        QVERIFY(!text.contains(u"<h1>data"_s));
        for (const QList<QVariant> &changed : std::as_const(urls))
            QCOMPARE(changed.first().toUrl().host(), url.host());
        const QList<QWebEngineHistoryItem> items = page->history()->items();
        for (const QWebEngineHistoryItem &item : items)
            QCOMPARE(item.url().host(), url.host());
        // Nothing on the page can show a file's content: a file: iframe stays empty.
        QCOMPARE(runJs(page, u"Array.from(document.querySelectorAll('iframe')).every(function(f){"
                             "try{return !f.contentDocument||f.contentDocument.body===null||"
                             "f.contentDocument.body.innerText==='';}catch(e){return true;}})"_s).toBool(),
                 true);
    }

    // What only the application could do (load a URL into the page directly) meets the
    // page's own policy.
    void directLoadsAreRefused_data()
    {
        QTest::addColumn<QUrl>("target");
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s);
        QTest::newRow("data") << QUrl(u"data:text/html,<h1>data</h1>"_s);
        QTest::newRow("other host") << serverUrl(u"/elsewhere"_s, u"localhost"_s);
    }

    void directLoadsAreRefused()
    {
        QFETCH(QUrl, target);
        const QUrl url = serverUrl(u"/voucher/ROW%1"_s.arg(++m_rowCounter));
        const auto owner = openLoaded(url);
        QWidget *view = owner.get();
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view);
        QCOMPARE(view->property("refusedCount").toInt(), 0);
        QSignalSpy refused(view, SIGNAL(navigationRefused(QUrl)));
        page->load(target);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(refused.first().first().toUrl(), target);
        QCOMPARE(page->url(), url);
        QCOMPARE(runJs(page, u"document.getElementById('pin').textContent"_s).toString(), u"1234-5678"_s);
        QCOMPARE(view->property("refusedCount").toInt(), 1);
    }

    // Links to other programs (mail, phone, custom and retired schemes) are handed to the
    // desktop only if the page accepts them: it doesn't.
    void externalSchemesAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("mailto") << u"mailto"_s << u"mailto"_s;
        QTest::newRow("tel") << u"tel"_s << u"tel"_s;
        QTest::newRow("custom") << u"custom"_s << u"kaunterx"_s;
        QTest::newRow("ftp") << u"ftp"_s << u"ftp"_s;
    }

    void externalSchemesAreRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, scheme);
        const QUrl url = serverUrl(u"/voucher/ROW%1"_s.arg(++m_rowCounter));
        const auto owner = openLoaded(url);
        QWidget *view = owner.get();
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view);
        QCOMPARE(view->property("refusedCount").toInt(), 0);
        QSignalSpy refused(view, SIGNAL(navigationRefused(QUrl)));
        m_externalOpens.clear();
        for (const char *s : {"mailto", "tel", "kaunterx", "ftp"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(s), this, "externalUrlOpened");
        clickElement(view, id);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(refused.first().first().toUrl().scheme(), scheme);
        QTest::qWait(200);   // LaunchURL would hand it to the desktop right after asking
        for (const char *s : {"mailto", "tel", "kaunterx", "ftp"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(s));
        QVERIFY(m_externalOpens.isEmpty());
        QCOMPARE(page->url(), url);
        QCOMPARE(view->property("refusedCount").toInt(), 1);
    }

    void windowOpenIsRefused()
    {
        const QUrl url = serverUrl(u"/voucher/TOKEN4"_s);
        auto view = openLoaded(url);
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view.get());
        const auto windowsBefore = QApplication::topLevelWidgets().size();
        QSignalSpy popups(view.get(), SIGNAL(popupRefused()));
        QVERIFY(popups.isValid());

        // A script without a click: blocked outright (JavascriptCanOpenWindows is off).
        QCOMPARE(runJs(page, u"window.open('/popup') === null"_s).toBool(), true);

        // Real clicks on a target=_blank link and on a button calling window.open: the page
        // asks for a window, which is refused; the script gets a closed window.
        clickElement(view.get(), u"blank"_s);
        QTRY_COMPARE_WITH_TIMEOUT(popups.size(), 1, 10000);
        clickElement(view.get(), u"pop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(popups.size(), 2, 10000);
        QCOMPARE(runJs(page, u"window.opened === null || window.opened.closed === true"_s).toBool(), true);

        QCOMPARE(m_popupHits, 0);
        QCOMPARE(QApplication::topLevelWidgets().size(), windowsBefore);
        QCOMPARE(page->url(), url);
        QCOMPARE(statusText(view.get()), u"This page tried to open another window and was stopped."_s);
        QCOMPARE(view->property("refusedCount").toInt(), 2);
    }

    void downloadIsRefused()
    {
        const QUrl url = serverUrl(u"/voucher/TOKEN5"_s);
        auto view = openLoaded(url);
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view.get());
        QSignalSpy downloads(view.get(), SIGNAL(downloadRefused()));
        QVERIFY(downloads.isValid());
        runJs(page, u"location.href='/download'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(downloads.size(), 1, 10000);
        QCOMPARE(page->url(), url);
        QCOMPARE(statusText(view.get()), u"This page tried to download a file and was stopped."_s);
    }

    void closeButtonClosesTheWindow()
    {
        // As the helper shows it: a window of its own, deleted when closed.
        auto *view = new VoucherWebView(serverUrl(u"/voucher/TOKEN6"_s));
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        QVERIFY(view->isWindow());
        QPointer<QWidget> guard(view);
        auto *close = view->findChild<QPushButton *>(u"voucherClose"_s);
        QVERIFY(close);
        close->click();
        QTRY_VERIFY(guard.isNull());   // deleted on close, profile and page with it
    }

    void loadFinishedIsReported()
    {
        VoucherWebView view(serverUrl(u"/voucher/TOKEN7"_s));
        QSignalSpy loaded(&view, &VoucherWebView::loadFinished);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(loaded.first().first().toBool(), true);
    }

    // The simulator's own voucher page (what a demo sale shows), saved for review.
    void simulatorVoucherPage()
    {
        Simulator::Options o;
        o.acceptedMs = 0;
        o.processingMs = 0;
        o.billerCount = 50;
        Simulator sim(o);
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));

        QNetworkAccessManager nam;
        SystemClock clock;
        IimmpactClient client(&nam, clock);
        ApiConfig config;
        config.baseUrl = sim.baseUrl();
        config.apiKey = Simulator::demoApiKey();
        config.secretBase64 = Simulator::demoSecretBase64();
        client.setConfig(config);
        QVERIFY2(client.configError().isEmpty(), qPrintable(client.configError()));

        const QByteArray body = QJsonDocument(QJsonObject{{u"refid"_s, u"VOUCHERVIEW-1"_s}, {u"product"_s, u"GPLAY"_s},
                                                          {u"account"_s, u"0123456789"_s}, {u"amount"_s, 50}})
                                    .toJson(QJsonDocument::Compact);
        std::optional<TopupData> data;
        for (int attempt = 0; attempt < 20 && !(data && data->status == u"Succesful"_s); ++attempt) {
            std::unique_ptr<TopupCall> call(client.topup(body, 5000));
            QSignalSpy finished(call.get(), &TopupCall::finished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
            data = finished.first().first().value<TopupOutcome>().data;
            QVERIFY(data);
            if (data->status != u"Succesful"_s)
                QTest::qWait(20);
        }
        QCOMPARE(data->status, u"Succesful"_s);
        QVERIFY(data->voucherlink);
        QVERIFY(data->pin);
        const QUrl link(*data->voucherlink);

        auto view = openLoaded(link);
        QVERIFY(view);
        QWebEnginePage *page = pageOf(view.get());
        const QString text = runJs(page, u"document.body.innerText"_s).toString();
        QVERIFY(text.contains(u"Google Play Gift Card"_s));
        QVERIFY(text.contains(*data->pin));
        QCOMPARE(view->findChild<QLineEdit *>(u"voucherHost"_s)->text(), link.host());

        // Let the compositor put the page on screen before grabbing.
        QTest::qWait(500);
        const QImage shot = view->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString path = QDir::temp().filePath(u"kaunter-voucherview.png"_s);
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

int main(int argc, char *argv[])
{
    // As the kaunter-voucher helper does: QtWebEngine needs GL context sharing decided up front.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestVoucherView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_voucherview.moc"
