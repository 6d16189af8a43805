#include "GuiHarness.h"
#include "HeaderBar.h"
#include "SaleFixtures.h"
#include "SettledSaleNotice.h"
#include "SuccessPage.h"
#include "SupervisorPinDialog.h"
#include "SupervisorPinSetupDialog.h"
#include "history/HistoryPage.h"
#include "history/SaleDetailsView.h"
#include "history/SaleHistoryModel.h"
#include "print/EscPosRaster.h"
#include "print/ReceiptImage.h"
#include "printing/ReceiptPrinter.h"
#include "PdfText.h"
#include "shift/ShiftLedger.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// A network receipt printer on loopback: collects every byte, answers the paper sensor query
// (DLE EOT 4) with "paper present" so the job follows at once.
class FakeTcpPrinter : public QObject
{
public:
    QTcpServer server;
    QByteArray received;

    bool listen(quint16 port = 0)
    {
        if (!server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    const QByteArray data = s->readAll();
                    if (received.isEmpty() && data.startsWith(QByteArray("\x10\x04\x04", 3)))
                        s->write(QByteArray(1, '\x12'));
                    received += data;
                });
            }
        });
        return true;
    }
};
} // namespace

// The cashier's history: filters over the journal's pages (pending first), a sale's details with
// absent fields hidden and PINs behind the supervisor PIN, the CSV export, the notice for a sale
// that settled in the background, and receipts reprinted to an ESC/POS printer.
class TestHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    SaleRecord journal(const QString &account, const QString &amount, SaleState state)
    {
        QString error;
        const SaleRecord rec = SaleFixtures::journalInState(h->journal(), account, amount, state, &error);
        [&] { QVERIFY2(!rec.refid.isEmpty(), qPrintable(error)); }();
        return rec;
    }

    // A Succesful voucher sale with every field IIMMPACT can return.
    SaleRecord journalVoucher()
    {
        const SaleRecord rec = journal(u"0123456789"_s, u"30"_s, SaleState::Succesful);
        SaleRecord u = rec;
        u.productName = u"Razer Gold RM30"_s;
        u.sn = u"SN-778812"_s;
        u.pin = u"4417-2290-8812"_s;
        u.expiry = u"20271231"_s;
        u.voucherlink = u"https://vouchers.example.com/v/abc123"_s;
        u.note = u"Redeem at razer.com"_s;
        [&] { QVERIFY2(h->journal().recordOutcome(rec.refid, u), qPrintable(h->journal().errorString())); }();
        return h->journal().sale(rec.refid).value_or(SaleRecord{});
    }

    // The header's History button (F9 needs the window to be the active one; a closed modal
    // dialog does not always give the activation back on the offscreen platform).
    HistoryPage *openHistory()
    {
        auto *button = h->window().header()->findChild<QToolButton *>(u"historyButton"_s);
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!h->waitForScreen(MainWindow::Screen::History, 2000))
            return nullptr;
        return h->window().historyPage();
    }

    QStringList refids(HistoryPage *page)
    {
        QStringList out;
        for (int i = 0; i < page->model()->rowCount(); ++i)
            out.append(page->model()->sale(i).refid);
        return out;
    }

    bool select(HistoryPage *page, const QString &refid)
    {
        const int row = page->model()->rowOf(refid);
        if (row < 0)
            return false;
        page->table()->selectRow(row);
        return page->details()->hasSale() && page->details()->sale().refid == refid;
    }

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KAUNTER_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        QVERIFY(img.save(QDir(dir).filePath(name + u".png"_s)));
    }

    // Answers the supervisor PIN dialog the next time it opens: types `pin` and confirms; a
    // dialog still open afterwards (wrong PIN) is cancelled. *message gets what it said.
    void answerPinDialog(const QString &pin, QString *message)
    {
        QTimer::singleShot(100, this, [pin, message] {
            auto *dialog = qobject_cast<SupervisorPinDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->pinEdit(), pin);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            if (message)
                *message = dialog->message();
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    // Answers the first-use dialog that sets the supervisor PIN (typed twice).
    void answerPinSetup(const QString &pin, const QString &repeated, QString *message)
    {
        QTimer::singleShot(100, this, [this, pin, repeated, message] {
            auto *dialog = qobject_cast<SupervisorPinSetupDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->pinEdit(), pin);
            QTest::keyClicks(dialog->repeatEdit(), repeated);
            shoot(dialog, u"supervisor-pin-setup"_s);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            if (message)
                *message = dialog->message();
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    Settings &settings() { return *h->core().settings(); }

    // Prints `print` to a PDF through the window's printer and returns the PDF's text, white
    // space as single spaces (PdfText gives the gaps between words as tabs).
    QString printedPdfText(const std::function<void()> &print)
    {
        settings().setValue(Settings::Key::PrinterKind, u"pdf"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        ReceiptPrinter *rp = h->window().receiptPrinter();
        rp->setPathChooser([path](const QString &) { return path; });
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        print();
        [&] { QCOMPARE(done.size(), 1); }();
        QFile pdf(path);
        if (!pdf.open(QIODevice::ReadOnly))
            return {};
        return PdfText::text(pdf.readAll()).simplified();
    }

    // The shop and the open shift every receipt of these tests is printed under.
    void openShopAndShift()
    {
        settings().setValue(Settings::Key::ShopName, u"Kedai Runcit Ah Seng"_s);
        settings().setValue(Settings::Key::ReceiptFooter, u"Terima kasih"_s);
        ShiftLedger ledger(h->journal(), *h->services().clock);
        [&] { QVERIFY2(ledger.open(u"Siti Aminah"_s, 10000), qPrintable(ledger.errorString())); }();
    }

private slots:
    void init()
    {
        GuiHarness::Options o;
        o.billerCount = 50;
        h = std::make_unique<GuiHarness>(o);
        QString why;
        QVERIFY2(h->start(&why), qPrintable(why));
        h->window().resize(1280, 800);
    }
    void cleanup() { h.reset(); }

    void headerButtonAndF9OpenTheHistory()
    {
        auto *button = h->window().header()->findChild<QToolButton *>(u"historyButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::History);
        QTest::mouseClick(h->window().historyPage()->findChild<QPushButton *>(u"historyBack"_s), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);
        QTest::keyClick(&h->window(), Qt::Key_F9);
        QCOMPARE(h->window().screen(), MainWindow::Screen::History);
    }

    void filtersNarrowTheTablePendingFirst()
    {
        const SaleRecord ok = journal(u"0123456789"_s, u"10"_s, SaleState::Succesful);
        const SaleRecord failed = journal(u"0198765432"_s, u"20"_s, SaleState::Failed);
        const SaleRecord pending = journal(u"0123456789"_s, u"15"_s, SaleState::Unknown);
        const SaleRecord decide = journal(u"0177777777"_s, u"25"_s, SaleState::NeedsDecision);
        const SaleRecord later = journal(u"0166666666"_s, u"5"_s, SaleState::Succesful);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        // Needs a decision, then the other pending sale, then the rest newest first.
        QCOMPARE(refids(page), QStringList({decide.refid, pending.refid, later.refid, failed.refid, ok.refid}));
        QVERIFY(page->model()->data(page->model()->index(0, SaleHistoryModel::Status)).toString()
                    .contains(u"decision"_s));
        QCOMPARE(page->model()->data(page->model()->index(2, SaleHistoryModel::Amount)).toString(), u"RM 5.00"_s);
        shoot(&h->window(), u"history-list"_s);

        page->accountEdit()->setText(u"0123456789"_s);
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(refids(page), QStringList({pending.refid, ok.refid}));

        page->accountEdit()->clear();
        page->statusCombo()->setCurrentIndex(3);
        QCOMPARE(page->statusCombo()->currentText(), u"Successful"_s);
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(refids(page), QStringList({later.refid, ok.refid}));

        page->statusCombo()->setCurrentIndex(1);   // pending: NeedsDecision and Unknown
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(refids(page), QStringList({decide.refid, pending.refid}));

        page->statusCombo()->setCurrentIndex(0);
        page->refidEdit()->setText(failed.refid.toLower());   // typed any case, exact or its start
        QTest::keyClick(page->refidEdit(), Qt::Key_Return);
        QCOMPARE(refids(page), QStringList({failed.refid}));
        page->refidEdit()->setText(failed.refid.left(failed.refid.size() - 3));
        QTest::keyClick(page->refidEdit(), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 5);   // the same day's prefix: all of them
        page->refidEdit()->clear();

        // Dates: today lists all, tomorrow none.
        page->datesCheck()->setChecked(true);
        page->fromEdit()->setDate(QDate::currentDate());
        page->toEdit()->setDate(QDate::currentDate());
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 5);
        page->fromEdit()->setDate(QDate::currentDate().addDays(1));
        page->toEdit()->setDate(QDate::currentDate().addDays(2));
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->message().contains(u"No sale"_s));
        page->datesCheck()->setChecked(false);

        // Product: the catalogue's list; every fixture sale is Digi ("D").
        const int digi = page->productCombo()->findData(u"D"_s);
        QVERIFY(digi > 0);
        page->productCombo()->setCurrentIndex(digi);
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 5);
        const int other = digi == 1 ? 2 : 1;
        page->productCombo()->setCurrentIndex(other);
        QTest::mouseClick(page->searchButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void pagingLoadsMore()
    {
        QStringList made;
        for (int i = 0; i < 7; ++i)
            made.prepend(journal(u"01234567%1"_s.arg(i, 2, 10, QChar(u'0')), u"10"_s, SaleState::Failed).refid);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        page->model()->setPageSize(3);
        page->refresh();
        QCOMPARE(page->model()->rowCount(), 3);
        QVERIFY(page->moreButton()->isVisible());
        QTest::mouseClick(page->moreButton(), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 6);
        QVERIFY(page->model()->canFetchMore({}));
        // The table asks for the rest itself once its last row is in view (as when scrolled to
        // the end); nothing above let the event loop run, so only More loaded the second page.
        QTRY_COMPARE(page->model()->rowCount(), 7);
        QVERIFY(!page->model()->canFetchMore({}));
        QVERIFY(!page->moreButton()->isVisible());
        QCOMPARE(refids(page), made);   // newest first, none repeated or skipped
    }

    void detailsHideAbsentFields()
    {
        const SaleRecord failed = journal(u"0198765432"_s, u"20"_s, SaleState::Failed);
        const SaleRecord decide = journal(u"0177777777"_s, u"25"_s, SaleState::NeedsDecision);
        const SaleRecord voucher = journalVoucher();
        HistoryPage *page = openHistory();
        QVERIFY(page);
        SaleDetailsView *d = page->details();

        QVERIFY(select(page, failed.refid));
        QStringList keys = d->shownKeys();
        for (const QString &absent : {u"sn"_s, u"pin"_s, u"expiry"_s, u"voucherlink"_s, u"note"_s, u"remarks"_s})
            QVERIFY2(!keys.contains(absent), qPrintable(keys.join(u',')));
        for (const QString &shown :
             {u"refid"_s, u"amount"_s, u"status"_s, u"created"_s, u"attempts"_s, u"httpStatus"_s, u"final"_s})
            QVERIFY2(keys.contains(shown), qPrintable(keys.join(u',')));
        QCOMPARE(d->value(u"attempts"_s)->text(), QString::number(failed.attempts));
        // The timeline: the journal's own lines for this sale, first the saved row, last the answer.
        const QStringList timeline = d->timelineLines();
        QCOMPARE(timeline.size(), h->journal().saleEvents(failed.refid).size());
        QVERIFY(timeline.size() >= 2);
        QVERIFY2(timeline.constFirst().contains(u"Saved in the journal"_s), qPrintable(timeline.join(u'|')));
        QVERIFY2(timeline.constLast().contains(u"Failed"_s), qPrintable(timeline.join(u'|')));
        QVERIFY2(timeline.constLast().contains(u"HTTP 200"_s), qPrintable(timeline.join(u'|')));
        QCOMPARE(d->value(u"amount"_s)->text(), u"RM 20.00"_s);
        QVERIFY(d->value(u"pin"_s)->isHidden());
        QVERIFY(!d->voucherButton()->isVisibleTo(d));
        QVERIFY(!d->unlockButton()->isVisibleTo(d));
        QVERIFY(d->checkButton()->isEnabled());   // a transaction exists: may be asked about again

        QVERIFY(select(page, decide.refid));
        QVERIFY(!d->checkButton()->isEnabled());   // never sent: only a supervisor decides
        QVERIFY(!d->timelineLines().isEmpty());
        QVERIFY2(!d->timelineLines().join(u'|').contains(u"Failed"_s), "another sale's lines stayed");
        QVERIFY(!d->shownKeys().contains(u"final"_s));

        QVERIFY(select(page, voucher.refid));
        keys = d->shownKeys();
        for (const QString &shown : {u"sn"_s, u"pin"_s, u"expiry"_s, u"voucherlink"_s, u"note"_s, u"final"_s})
            QVERIFY2(keys.contains(shown), qPrintable(keys.join(u',')));
        QCOMPARE(d->value(u"product"_s)->text(), u"Razer Gold RM30"_s);
        QCOMPARE(d->value(u"expiry"_s)->text(), u"31/12/2027"_s);
        QVERIFY(d->voucherButton()->isVisibleTo(d));
        QVERIFY(d->checkButton()->isEnabled());
    }

    void pinHiddenUntilSupervisorPin()
    {
        QVERIFY(h->supervisorPin().set(u"7391"_s));
        const SaleRecord other = journal(u"0198765432"_s, u"20"_s, SaleState::Failed);
        const SaleRecord voucher = journalVoucher();
        HistoryPage *page = openHistory();
        QVERIFY(page);
        SaleDetailsView *d = page->details();
        QVERIFY(select(page, voucher.refid));
        QCOMPARE(d->value(u"pin"_s)->text(), Receipt::hiddenPin());
        QVERIFY(!d->value(u"voucherlink"_s)->text().contains(u"abc123"_s));
        QVERIFY(d->unlockButton()->isVisibleTo(d));
        shoot(&h->window(), u"history-details-locked"_s);
        if (auto *scroll = d->findChild<QScrollArea *>()) {   // the timeline, below the fields
            QCoreApplication::processEvents();   // the wrapped labels' heights, laid out
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            shoot(d, u"history-details-timeline"_s);
            scroll->verticalScrollBar()->setValue(0);
        }

        // A wrong PIN keeps it hidden; so does Cancel.
        QString said;
        answerPinDialog(u"1111"_s, &said);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY2(said.contains(u"Wrong"_s), qPrintable(said));
        QCOMPARE(d->value(u"pin"_s)->text(), Receipt::hiddenPin());
        QVERIFY(!d->pinsUnlocked());
        QVERIFY(d->message().contains(u"hidden"_s));

        // The right PIN shows it, for this sale only.
        answerPinDialog(u"7391"_s, &said);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY(d->pinsUnlocked());
        QCOMPARE(d->value(u"pin"_s)->text(), *voucher.pin);
        QCOMPARE(d->value(u"voucherlink"_s)->text(), *voucher.voucherlink);
        shoot(&h->window(), u"history-details-unlocked"_s);

        QVERIFY(select(page, other.refid));
        QVERIFY(select(page, voucher.refid));
        QCOMPARE(d->value(u"pin"_s)->text(), Receipt::hiddenPin());

        // Unlocked, then the history is left: locked again when it comes back.
        answerPinDialog(u"7391"_s, &said);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY(d->pinsUnlocked());
        QTest::mouseClick(page->findChild<QPushButton *>(u"historyBack"_s), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);
        QCOMPARE(openHistory(), page);
        QVERIFY(!d->pinsUnlocked());
        QVERIFY(!d->value(u"pin"_s)->text().contains(*voucher.pin));
    }

    // A till without a supervisor PIN never shows a PIN for the asking: the first unlock sets
    // the supervisor PIN (a weak one or two that differ are refused, nothing is stored).
    void firstUnlockSetsTheSupervisorPin()
    {
        QVERIFY(!h->supervisorPin().isSet());
        const SaleRecord voucher = journalVoucher();
        HistoryPage *page = openHistory();
        QVERIFY(page);
        SaleDetailsView *d = page->details();
        QVERIFY(select(page, voucher.refid));

        QString said;
        answerPinSetup(u"1234"_s, u"1234"_s, &said);   // a straight run
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY2(!said.isEmpty(), "the weak PIN was not refused with a reason");
        QVERIFY(!d->pinsUnlocked());
        QVERIFY(!h->supervisorPin().isSet());
        QCOMPARE(d->value(u"pin"_s)->text(), Receipt::hiddenPin());

        answerPinSetup(u"7391"_s, u"7390"_s, &said);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY2(said.contains(u"differ"_s), qPrintable(said));
        QVERIFY(!d->pinsUnlocked());
        QVERIFY(!h->supervisorPin().isSet());

        answerPinSetup(u"7391"_s, u"7391"_s, nullptr);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY(d->pinsUnlocked());
        QCOMPARE(d->value(u"pin"_s)->text(), *voucher.pin);
        QVERIFY(h->supervisorPin().isSet());
        QCOMPARE(h->supervisorPin().check(u"7391"_s), SupervisorPin::Check::Accepted);
        // Only the hash is stored.
        QVERIFY(!settings().string(Settings::Key::SupervisorPin).contains(u"7391"_s));

        // From now on the PIN is asked, not set again.
        QVERIFY(select(page, voucher.refid));
        page->details()->setPinsUnlocked(false);
        answerPinDialog(u"7391"_s, nullptr);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY(d->pinsUnlocked());
    }

    void csvExportHasNoPin()
    {
        const SaleRecord voucher = journalVoucher();
        const SaleRecord failed = journal(u"0198765432"_s, u"20"_s, SaleState::Failed);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        page->model()->setPageSize(1);   // the export reads every page, not just those loaded
        page->refresh();
        QCOMPARE(page->model()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sales.csv"_s);
        page->setPathChooser([&](const QString &suggested) {
            [&] { QVERIFY(suggested.endsWith(u".csv"_s)); }();
            return path;
        });
        QTest::mouseClick(page->exportButton(), Qt::LeftButton);
        QVERIFY2(page->message().contains(u"2 sale"_s), qPrintable(page->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // header and two sales
        QVERIFY(lines.at(0).contains(u"Amount"_s));
        QVERIFY(lines.join(u'\n').contains(voucher.refid));
        QVERIFY(lines.join(u'\n').contains(failed.refid));
        QVERIFY(lines.join(u'\n').contains(u"30.00"_s));
        QVERIFY(!bytes.contains(voucher.pin->toUtf8()));
        QVERIFY(!bytes.contains("abc123"));

        // An unwritable place: a clear message, no file.
        const QString bad = dir.filePath(u"missing/folder/sales.csv"_s);
        page->setPathChooser([&](const QString &) { return bad; });
        QTest::mouseClick(page->exportButton(), Qt::LeftButton);
        QVERIFY2(page->message().contains(u"Cannot write"_s), qPrintable(page->message()));
        QVERIFY(!QFile::exists(bad));
    }

    void settleNoticePersistsAndOpensDetails()
    {
        // A sale the engine drives without a screen watching it (left in the background).
        const SaleRecord rec = journal(u"0123456789"_s, u"10"_s, SaleState::New);
        SettledSaleNotice *notice = h->window().settledNotice();
        QVERIFY(!notice->isVisible());
        QVERIFY(h->engine().requery(rec.refid));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY2(notice->text().contains(rec.refid), qPrintable(notice->text()));
        QVERIFY(notice->text().contains(u"Successful"_s));
        shoot(&h->window(), u"history-settle-notice"_s);

        // It stays: time passes, screens change.
        QTest::qWait(300);
        QVERIFY(notice->isVisible());
        QVERIFY(h->window().beginSale(u"D"_s));
        QVERIFY(notice->isVisible());
        // In the middle of a payment Open cannot leave the screen: the notice stays.
        h->window().showScreen(MainWindow::Screen::Review);
        QTest::mouseClick(notice->openButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::Review);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->currentRefid(), rec.refid);
        h->window().showScreen(MainWindow::Screen::Form);

        QTest::mouseClick(notice->openButton(), Qt::LeftButton);
        QCOMPARE(h->window().screen(), MainWindow::Screen::History);
        QVERIFY(!notice->isVisible());
        HistoryPage *page = h->window().historyPage();
        QCOMPARE(refids(page), QStringList({rec.refid}));
        QVERIFY(page->details()->hasSale());
        QCOMPARE(page->details()->sale().refid, rec.refid);
        QCOMPARE(page->details()->sale().state, SaleState::Succesful);

        // OK dismisses without opening anything.
        const SaleRecord second = journal(u"0198765432"_s, u"20"_s, SaleState::New);
        QTest::keyClick(page->table(), Qt::Key_Escape);
        QVERIFY(h->engine().requery(second.refid));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QCOMPARE(notice->currentRefid(), second.refid);
        QTest::mouseClick(notice->dismissButton(), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        QCOMPARE(h->window().screen(), MainWindow::Screen::Products);
    }

    void checkStatusFromHistoryIsNotAnnounced()
    {
        const SaleRecord rec = journal(u"0123456789"_s, u"10"_s, SaleState::New);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, rec.refid));
        QTest::mouseClick(page->details()->checkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->details()->sale().state, SaleState::Succesful, 10000);
        QTRY_VERIFY(page->details()->message().contains(u"Successful"_s));
        QCOMPARE(page->model()->sale(page->model()->rowOf(rec.refid)).state, SaleState::Succesful);
        QVERIFY(!h->window().settledNotice()->isVisible());
    }

    // History's Reprint: COPY on top, the PIN not on the paper (neither the PIN nor the voucher
    // link); the shop from the settings and the cashier of the open shift are. After a
    // supervisor unlocked the sale, the reprint (still a COPY) shows the PIN.
    void reprintSaysCopyAndHidesThePinUntilUnlocked()
    {
        QVERIFY(h->supervisorPin().set(u"7391"_s));
        openShopAndShift();
        const SaleRecord voucher = journalVoucher();
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, voucher.refid));
        SaleDetailsView *d = page->details();

        const QString locked = printedPdfText([&] { QTest::mouseClick(d->reprintButton(), Qt::LeftButton); });
        QVERIFY2(locked.contains(u"COPY"_s), qPrintable(locked));
        QVERIFY2(!locked.contains(*voucher.pin), qPrintable(locked));
        QVERIFY(!locked.contains(u"abc123"_s));   // the voucher link opens the PIN too
        QVERIFY(locked.contains(u"Kedai Runcit Ah Seng"_s));
        QVERIFY(locked.contains(u"Siti Aminah"_s));
        QVERIFY(locked.contains(u"Terima kasih"_s));
        const Receipt &printed = h->window().receiptPrinter()->lastReceipt();
        QCOMPARE(printed.value(u"pin"_s), Receipt::hiddenPin());
        QCOMPARE(printed.value(u"cashier"_s), u"Siti Aminah"_s);
        QCOMPARE(printed.value(u"merchant"_s), u"Kedai Runcit Ah Seng"_s);
        QVERIFY(printed.has(u"training"_s));   // the harness runs in demo mode

        answerPinDialog(u"7391"_s, nullptr);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QVERIFY(d->pinsUnlocked());
        const QString unlocked = printedPdfText([&] { QTest::mouseClick(d->reprintButton(), Qt::LeftButton); });
        QVERIFY2(unlocked.contains(*voucher.pin), qPrintable(unlocked));
        QVERIFY(unlocked.contains(u"COPY"_s));

        // Selecting the sale again locks it: the next reprint hides the PIN once more.
        const SaleRecord other = journal(u"0198765432"_s, u"20"_s, SaleState::Failed);
        page->refresh();
        QVERIFY(select(page, other.refid));
        QVERIFY(select(page, voucher.refid));
        const QString relocked = printedPdfText([&] { QTest::mouseClick(d->reprintButton(), Qt::LeftButton); });
        QVERIFY(!relocked.contains(*voucher.pin));
    }

    // The ESC/POS job of a reprint is the COPY receipt with the PIN hidden, byte for byte.
    void escPosReprintIsTheCopyWithoutPin()
    {
        openShopAndShift();
        const SaleRecord voucher = journalVoucher();
        FakeTcpPrinter printer;
        QVERIFY(printer.listen());
        settings().setValue(Settings::Key::PrinterKind, u"escpos-tcp"_s);
        settings().setValue(Settings::Key::PrinterTarget, u"127.0.0.1:%1"_s.arg(printer.server.serverPort()));
        settings().setValue(Settings::Key::PrinterPaperMm, 80);
        ReceiptPrinter *rp = h->window().receiptPrinter();
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        QVERIFY(rp->reprint(voucher, u"x"_s, false));
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().value<PrintResult>().printed());
        const Receipt &printed = rp->lastReceipt();
        QCOMPARE(printed.value(u"copy"_s), u"COPY"_s);
        QCOMPARE(printed.value(u"pin"_s), Receipt::hiddenPin());
        QVERIFY(!printed.plainText(48).contains(*voucher.pin));
        QCOMPARE(printed.value(u"cashier"_s), u"Siti Aminah"_s);
        const auto mm80 = EscPosRaster::PaperWidth::Mm80;
        QTRY_COMPARE(printer.received.mid(3), EscPosRaster::encodeJob(ReceiptImage::render(printed, 576), mm80));
    }

    // The success page's Print is the original with the PIN; a second Print of the same sale
    // says COPY (it must not pass for a second purchase). Without an open shift no cashier.
    void firstPrintIsTheOriginalWithThePin()
    {
        const SaleRecord voucher = journalVoucher();
        h->window().successPage()->setSale(voucher, u"Razer Gold"_s, h->journal().terminalId());
        h->window().showScreen(MainWindow::Screen::Success);
        QPushButton *print = h->window().successPage()->printButton();
        const QString first = printedPdfText([&] { QTest::mouseClick(print, Qt::LeftButton); });
        QVERIFY(first.contains(*voucher.pin));
        QVERIFY(!first.contains(u"COPY"_s));
        QVERIFY(!h->window().receiptPrinter()->lastReceipt().has(u"cashier"_s));
        const QString second = printedPdfText([&] { QTest::mouseClick(print, Qt::LeftButton); });
        QVERIFY(second.contains(u"COPY"_s));
        QVERIFY(second.contains(*voucher.pin));
        // The share text carries the same context.
        QVERIFY(h->window().successPage()->receipt().has(u"training"_s));
    }

    // The product's own words from the catalogue: a data sale names its plan (the name the
    // lookup listed, with its code), a JomPAY sale its biller by name and code, a PTPTN sale
    // its account type.
    void receiptNamesThePlanAndTheBiller()
    {
        QList<SubproductOption> plans;
        connect(&h->catalogue(), &CatalogueService::optionsReady, this,
                [&plans](quint64, const QList<SubproductOption> &options, const QString &) { plans = options; });
        h->catalogue().lookupOptions(u"CEL"_s, u"0131234567"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!plans.isEmpty(), 5000);
        const SubproductOption plan = plans.first();
        QVERIFY(!plan.label.isEmpty());

        SaleRecord data = journalVoucher();
        data.product = u"CEL"_s;
        data.productName.reset();
        data.extras = QJsonObject{{u"subproduct_code"_s, plan.code}};
        const QString dataText = printedPdfText([&] { h->window().receiptPrinter()->reprint(data, u"x"_s, false); });
        const Receipt &dataReceipt = h->window().receiptPrinter()->lastReceipt();
        QCOMPARE(dataReceipt.value(u"subproduct"_s), plan.label);
        QCOMPARE(dataReceipt.value(u"product"_s), h->catalogue().catalogue().product(u"CEL"_s)->name);
        QVERIFY2(dataText.contains(plan.label), qPrintable(dataText));

        QVERIFY(!h->catalogue().billers().isEmpty());
        const Biller biller = h->catalogue().billers().billers().first();
        SaleRecord jompay = journalVoucher();
        jompay.product = u"JOMPAY"_s;
        jompay.extras = QJsonObject{{u"biller_code"_s, biller.code}, {u"ic_number"_s, u"900101145678"_s}};
        const QString jompayText = printedPdfText([&] { h->window().receiptPrinter()->reprint(jompay, u"x"_s, false); });
        const Receipt &jompayReceipt = h->window().receiptPrinter()->lastReceipt();
        QCOMPARE(jompayReceipt.value(u"biller_name"_s), biller.name);
        QCOMPARE(jompayReceipt.value(u"biller"_s), biller.code);
        QVERIFY2(jompayText.contains(biller.name), qPrintable(jompayText));
        QVERIFY(jompayText.contains(biller.code));
        QVERIFY(!jompayText.contains(u"900101145678"_s));   // the IC masked

        // PTPTN: the account type's name from the accounts listed for the IC.
        plans.clear();
        h->catalogue().lookupOptions(u"PTPTN"_s, u"900101145678"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!plans.isEmpty(), 5000);
        SaleRecord ptptn = journalVoucher();
        ptptn.product = u"PTPTN"_s;
        ptptn.extras = QJsonObject{{u"subproduct_code"_s, plans.first().code}, {u"ic_number"_s, u"900101145678"_s}};
        const QString ptptnText = printedPdfText([&] { h->window().receiptPrinter()->reprint(ptptn, u"x"_s, false); });
        QCOMPARE(h->window().receiptPrinter()->lastReceipt().value(u"subproduct"_s), plans.first().label);
        QVERIFY2(ptptnText.contains(u"Account type"_s) && ptptnText.contains(plans.first().label), qPrintable(ptptnText));

        // A plan the catalogue never listed: the code alone, no invented name.
        data.extras = QJsonObject{{u"subproduct_code"_s, u"NO-SUCH-PLAN"_s}};
        printedPdfText([&] { h->window().receiptPrinter()->reprint(data, u"x"_s, false); });
        QCOMPARE(h->window().receiptPrinter()->lastReceipt().value(u"subproduct"_s), u"NO-SUCH-PLAN"_s);
        QVERIFY(!h->window().receiptPrinter()->lastReceipt().has(u"subproduct_code"_s));
    }

    // The success page's Print goes through the same printer service: PDF by default.
    void successPagePrintsThroughTheReceiptPrinter()
    {
        const SaleRecord voucher = journalVoucher();
        QCOMPARE(settings().string(Settings::Key::PrinterKind), u"pdf"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        ReceiptPrinter *rp = h->window().receiptPrinter();
        rp->setPathChooser([&](const QString &) { return path; });
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        h->window().successPage()->setSale(voucher, u"Razer Gold"_s, h->journal().terminalId());
        h->window().showScreen(MainWindow::Screen::Success);
        QTest::mouseClick(h->window().successPage()->printButton(), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().value<PrintResult>().printed());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // Cancelling the file dialog prints nothing and reports nothing.
        rp->setPathChooser([](const QString &) { return QString(); });
        QTest::mouseClick(h->window().successPage()->printButton(), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
    }

    // The system printer: with none remembered, the print dialog asks first; cancelled, nothing
    // is printed, reported or remembered.
    void systemPrinterAsksFirstAndCancelPrintsNothing()
    {
        const SaleRecord voucher = journalVoucher();
        settings().setValue(Settings::Key::PrinterKind, u"system"_s);
        settings().setValue(Settings::Key::PrinterTarget, u"No Such Printer"_s);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, voucher.refid));
        ReceiptPrinter *rp = h->window().receiptPrinter();
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        QString dialogTitle;
        QTimer::singleShot(200, this, [&] {
            if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
                dialogTitle = dialog->windowTitle();
                dialog->reject();
            }
        });
        QVERIFY(!rp->reprint(voucher, u"Razer Gold"_s, false));
        QCOMPARE(dialogTitle, u"Choose the receipt printer"_s);
        QCOMPARE(done.size(), 0);
        QVERIFY(!rp->failureBox());
        QCOMPARE(settings().string(Settings::Key::PrinterTarget), u"No Such Printer"_s);
    }

    void escPosReprintReachesTheTcpPrinter()
    {
        const SaleRecord voucher = journalVoucher();
        FakeTcpPrinter printer;
        QVERIFY(printer.listen());
        settings().setValue(Settings::Key::PrinterKind, u"escpos-tcp"_s);
        settings().setValue(Settings::Key::PrinterTarget, u"127.0.0.1:%1"_s.arg(printer.server.serverPort()));
        settings().setValue(Settings::Key::PrinterPaperMm, 58);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, voucher.refid));
        QSignalSpy done(h->window().receiptPrinter(), &ReceiptPrinter::finished);
        QTest::mouseClick(page->details()->reprintButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().value<PrintResult>().printed());
        QTRY_VERIFY(printer.received.size() > 100);
        // The paper sensor query, then the job: ESC @ first, raster 384 dots wide, cut last.
        QVERIFY(printer.received.startsWith(QByteArray("\x10\x04\x04", 3)));
        const QByteArray job = printer.received.mid(3);
        QVERIFY(job.startsWith("\x1b@"));
        const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QVERIFY(decoded.cutLast);
        QCOMPARE(decoded.image.width(), 384);
        // Locked: the reprint hides the PIN and leaves the link out; the bytes printed are
        // exactly that receipt's job (training mark: the harness is in demo mode).
        const Receipt &locked = h->window().receiptPrinter()->lastReceipt();
        QCOMPARE(locked.value(u"pin"_s), Receipt::hiddenPin());
        QVERIFY(!locked.has(u"voucherlink"_s) || !locked.value(u"voucherlink"_s).contains(u"abc123"_s));
        QVERIFY(locked.has(u"training"_s));
        const auto mm58 = EscPosRaster::PaperWidth::Mm58;
        QCOMPARE(job, EscPosRaster::encodeJob(ReceiptImage::render(locked, 384), mm58));
    }

    void missingDeviceIsSaidPlainly()
    {
        const SaleRecord voucher = journalVoucher();
        QTemporaryDir dir;
        const QString device = dir.filePath(u"lp0"_s);   // a printer that is not plugged in
        settings().setValue(Settings::Key::PrinterKind, u"escpos-device"_s);
        settings().setValue(Settings::Key::PrinterTarget, device);
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, voucher.refid));
        ReceiptPrinter *rp = h->window().receiptPrinter();
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        QTest::mouseClick(page->details()->reprintButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<PrintResult>().kind, PrintResult::Kind::DeviceMissing);
        QTRY_VERIFY(rp->failureBox() && rp->failureBox()->isVisible());
        QVERIFY(!QFile::exists(device));   // nothing created in its place

        // No device set at all: said so, nothing to retry.
        rp->failureBox()->close();
        settings().setValue(Settings::Key::PrinterTarget, QString());
        QTest::mouseClick(page->details()->reprintButton(), Qt::LeftButton);
        QTRY_COMPARE(done.size(), 2);
        const PrintResult unset = done.last().first().value<PrintResult>();
        QVERIFY(!unset.retryable);
        QVERIFY(unset.message.contains(u"/dev/usb/lp0"_s));
        QTRY_VERIFY(rp->failureBox() && rp->failureBox()->isVisible());
        QVERIFY(!rp->failureBox()->findChild<QPushButton *>(u"printRetryButton"_s));
        QCOMPARE(h->journal().sale(voucher.refid)->updatedAt, voucher.updatedAt);
    }

    void refusedPrinterShowsRetryAndLeavesTheSale()
    {
        const SaleRecord voucher = journalVoucher();
        quint16 port = 0;
        {
            QTcpServer probe;   // a free port with nothing listening on it afterwards
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        settings().setValue(Settings::Key::PrinterKind, u"escpos-tcp"_s);
        settings().setValue(Settings::Key::PrinterTarget, u"127.0.0.1:%1"_s.arg(port));
        HistoryPage *page = openHistory();
        QVERIFY(page);
        QVERIFY(select(page, voucher.refid));
        ReceiptPrinter *rp = h->window().receiptPrinter();
        QSignalSpy done(rp, &ReceiptPrinter::finished);
        QTest::mouseClick(page->details()->reprintButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        const PrintResult result = done.first().first().value<PrintResult>();
        QCOMPARE(result.kind, PrintResult::Kind::Refused);
        QTRY_VERIFY(rp->failureBox() && rp->failureBox()->isVisible());
        QVERIFY(rp->failureBox()->text().contains(result.message));
        auto *retry = rp->failureBox()->findChild<QPushButton *>(u"printRetryButton"_s);
        QVERIFY(retry);
        shoot(rp->failureBox(), u"history-print-refused"_s);

        // The sale is exactly as it was.
        const SaleRecord after = h->journal().sale(voucher.refid).value();
        QCOMPARE(after.state, voucher.state);
        QCOMPARE(after.attempts, voucher.attempts);
        QCOMPARE(after.updatedAt, voucher.updatedAt);
        QCOMPARE(after.pin, voucher.pin);

        // The printer comes back: Retry sends the job.
        FakeTcpPrinter printer;
        QVERIFY(printer.listen(port));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
        QVERIFY(done.last().first().value<PrintResult>().printed());
        QVERIFY(printer.received.mid(3).startsWith("\x1b@"));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
