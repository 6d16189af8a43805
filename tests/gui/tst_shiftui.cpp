#include "GuiHarness.h"
#include "HeaderBar.h"
#include "SaleFormPage.h"
#include "SaleFormWidget.h"
#include "ShiftCloseDialog.h"
#include "ShiftOpenDialog.h"
#include "shift/ReconcileResultView.h"
#include "shift/ShiftController.h"
#include "shift/ShiftLedger.h"
#include "shift/ZReportTextView.h"
#include "shift/ZReportsDialog.h"
#include "printing/ReceiptPrinter.h"
#include "print/EscPosRaster.h"
#include "print/PrintResult.h"
#include "print/ZReportPdf.h"
#include "util/Settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// The shift in the till's window (issue 10): the header's shift button and menu, opening a
// shift, selling, closing it with a blind count, the Z-reports (view, CSV export), and the
// shift's reconciliation with IIMMPACT (the in-process simulator): agreeing, listing
// differences, and a list that cannot be read shown as a failure, never as agreement.
class TestShiftUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    ShiftController *shift() { return h->window().shiftController(); }
    QAction *menuAction(const QString &name) { return shift()->menu()->findChild<QAction *>(name); }

    // KAUNTER_SCREENSHOT_DIR set: the window or dialog as the cashier sees it.
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KAUNTER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();   // queued layout (scroll bars shown or hidden)
        QVERIFY(w->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

    // The header's button, then the menu's "Open shift…", then the dialog.
    void openShiftFromHeader(const QString &cashier, const QString &floatText)
    {
        QTest::mouseClick(h->window().header()->shiftButton(), Qt::LeftButton);
        QTRY_VERIFY(shift()->menu()->isVisible());
        QAction *open = menuAction(u"openShiftAction"_s);
        QVERIFY(open && open->isEnabled());
        QVERIFY(!menuAction(u"closeShiftAction"_s)->isEnabled());
        open->trigger();
        shift()->menu()->hide();
        ShiftOpenDialog *dialog = shift()->openDialog();
        QVERIFY(dialog);
        dialog->cashierEdit()->setText(cashier);
        dialog->floatEdit()->setText(floatText);
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        QTRY_VERIFY(!shift()->openDialog());
    }

    QString sellReload(const QString &number, qint64 sen)
    {
        [&] {
            QVERIFY(h->window().beginSale(u"D"_s));
            auto *edit = h->window().formPage()->form()->findChild<QLineEdit *>(u"accountEdit"_s);
            QVERIFY(edit);
            QTest::keyClicks(edit, number);
            QVERIFY(h->chooseDenomination(sen));
            QTRY_VERIFY(h->window().formPage()->payButton()->isEnabled());
            QVERIFY(h->payAndConfirm());
            QVERIFY(h->waitForScreen(MainWindow::Screen::Success));
        }();
        const std::optional<SaleRecord> sale = h->lastSale();
        return sale ? sale->refid : QString();
    }

    // Close from the header's menu with a blind count; the dialog stays on its report page.
    ShiftCloseDialog *closeShiftFromHeader(const QString &counted)
    {
        shift()->showMenu();
        QAction *close = menuAction(u"closeShiftAction"_s);
        [&] { QVERIFY(close && close->isEnabled()); }();
        close->trigger();
        shift()->menu()->hide();
        ShiftCloseDialog *dialog = shift()->closeDialog();
        if (!dialog)
            return nullptr;
        dialog->countEdit()->setText(counted);
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        return dialog->showsReport() ? dialog : nullptr;
    }

    // The Z-report's "Reconcile with IIMMPACT", then its result in the Z-reports dialog.
    ReconcileResultView *reconcileFrom(ZReportsDialog *dialog)
    {
        QSignalSpy finished(shift(), &ShiftController::reconcileFinished);
        QTest::mouseClick(dialog->reconcileButton(), Qt::LeftButton);
        [&] { QVERIFY(finished.wait(20000) || finished.size() == 1); }();
        return dialog->reconcileView();
    }

private slots:
    void init()
    {
        h = std::make_unique<GuiHarness>();
        QString error;
        QVERIFY2(h->start(&error), qPrintable(error));
    }
    void cleanup() { h.reset(); }

    void headerShowsTheShiftAndF10OpensItsMenu()
    {
        HeaderBar *header = h->window().header();
        QVERIFY(header->shiftCashier().isEmpty());
        QVERIFY2(header->shiftButton()->text().contains(u"No shift"_s), qPrintable(header->shiftButton()->text()));
        bool f10 = false;
        for (const QShortcut *key : h->window().findChildren<QShortcut *>())
            f10 = f10 || key->key() == QKeySequence(Qt::Key_F10);
        QVERIFY(f10);

        openShiftFromHeader(u"  Aminah   binti Ali "_s, u"100"_s);
        QCOMPARE(header->shiftCashier(), u"Aminah binti Ali"_s);
        QVERIFY2(header->shiftButton()->text().startsWith(u"Shift: Aminah"_s), qPrintable(header->shiftButton()->text()));
        QVERIFY(shift()->ledger()->current().has_value());
        shoot(&h->window(), u"shiftui-header"_s);
        // A long name is elided: the window still narrows to 800 px (whole name in the tooltip).
        QVERIFY(header->shiftButton()->toolTip().contains(u"Aminah binti Ali"_s));
        h->window().resize(800, 600);
        QTest::qWait(50);
        QCOMPARE(h->window().width(), 800);
        QTRY_VERIFY(header->shiftButton()->text().endsWith(u'…'));
        QVERIFY(!header->shiftButton()->text().isEmpty());
        shoot(header, u"shiftui-header-800"_s);

        // A shift is open: Open is not offered again, Close is.
        shift()->showMenu();
        QVERIFY(!menuAction(u"openShiftAction"_s)->isEnabled());
        QVERIFY(menuAction(u"closeShiftAction"_s)->isEnabled());
        shift()->menu()->hide();
    }

    void blindCloseThenTheZReportIsListedAndExported()
    {
        openShiftFromHeader(u"Aminah"_s, u"100"_s);
        const QString refid = sellReload(u"0123456789"_s, 1000);
        QVERIFY(!refid.isEmpty());

        shift()->showMenu();
        menuAction(u"closeShiftAction"_s)->trigger();
        shift()->menu()->hide();
        ShiftCloseDialog *dialog = shift()->closeDialog();
        QVERIFY(dialog);
        // Blind: before the count nothing tells the expected cash (RM 110.00) or a variance.
        QVERIFY(!dialog->showsReport());
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(u"110.00"_s) && !label->text().contains(u"Expected"_s),
                         qPrintable(label->text()));
        }
        shoot(dialog, u"shiftui-close-count"_s);
        dialog->countEdit()->setText(u"105"_s);
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        QVERIFY2(dialog->showsReport(), qPrintable(dialog->message()));
        const QLabel *variance = dialog->findChild<QLabel *>(u"varianceLabel"_s);
        QVERIFY(variance && variance->isVisible());
        QVERIFY2(variance->text().contains(u"Expected RM 110.00"_s), qPrintable(variance->text()));
        QVERIFY2(variance->text().contains(u"-RM 5.00"_s), qPrintable(variance->text()));
        QVERIFY(h->window().header()->shiftCashier().isEmpty());
        // 48 columns fit: the report never scrolls sideways.
        QTRY_VERIFY(!dialog->reportView()->horizontalScrollBar()->isVisible());
        QCOMPARE(dialog->reportView()->horizontalScrollBar()->maximum(), 0);
        shoot(dialog, u"shiftui-close-report"_s);
        dialog->accept();

        ZReportsDialog *reports = shift()->showZReports();
        QVERIFY(reports);
        QCOMPARE(reports->list()->count(), 1);
        QVERIFY(reports->list()->item(0)->text().contains(u"Aminah"_s));
        QCOMPARE(reports->selectedZNumber(), 1);
        const QString text = reports->reportView()->toPlainText();
        QVERIFY2(text.contains(u"Z-report No. 1"_s) && text.contains(u"RM 105.00"_s), qPrintable(text));
        QTRY_VERIFY(!reports->reportView()->horizontalScrollBar()->isVisible());
        QCOMPARE(reports->reportView()->horizontalScrollBar()->maximum(), 0);
        shoot(reports, u"shiftui-zreport"_s);

        QTemporaryDir dir;
        QString suggested;
        reports->setPathChooser([&](const QString &name) {
            suggested = name;
            return dir.filePath(name);
        });
        QTest::mouseClick(reports->csvButton(), Qt::LeftButton);
        QCOMPARE(suggested, u"z-report-1.csv"_s);
        QFile csv(dir.filePath(suggested));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(reports->message()));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QHash<QString, QStringList> rows;   // "section,item" -> the row
        for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
            const QStringList cells = line.split(u',');
            rows.insert(cells.value(0) + u',' + cells.value(1), cells);
        }
        QCOMPARE(rows.value(u"shift,z_number"_s).value(4), u"1"_s);
        QCOMPARE(rows.value(u"shift,cashier"_s).value(4), u"Aminah"_s);
        QCOMPARE(rows.value(u"cash,expected"_s).value(3), u"110.00"_s);
        QCOMPARE(rows.value(u"cash,counted"_s).value(3), u"105.00"_s);
        QCOMPARE(rows.value(u"cash,variance"_s).value(3), u"-5.00"_s);
        QCOMPARE(rows.value(u"product,D"_s).value(2), u"1"_s);
        QVERIFY(reports->message().contains(u"z-report-1.csv"_s));

        QTest::mouseClick(reports->pdfButton(), Qt::LeftButton);
        QCOMPARE(suggested, u"z-report-1.pdf"_s);
        QFile pdf(dir.filePath(suggested));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // An unwritable place: said, nothing written.
        reports->setPathChooser([&](const QString &) { return dir.filePath(u"missing/z.csv"_s); });
        QTest::mouseClick(reports->csvButton(), Qt::LeftButton);
        QVERIFY2(reports->message().contains(u"Cannot write"_s), qPrintable(reports->message()));
        QVERIFY(!QFile::exists(dir.filePath(u"missing/z.csv"_s)));
    }

    // The Z-reports list's Print goes to the till's receipt printer, drawn as the Z-report
    // slip at the paper's width (here an ESC/POS device file, 80 mm).
    void zReportPrintsOnTheReceiptPrinter()
    {
        openShiftFromHeader(u"Aminah"_s, u"50"_s);
        sellReload(u"0123456789"_s, 1000);
        QVERIFY(closeShiftFromHeader(u"60"_s));
        QTemporaryDir dir;
        const QString device = dir.filePath(u"lp0"_s);
        {
            QFile f(device);
            QVERIFY(f.open(QIODevice::WriteOnly));   // the device node, as a plain file here
        }
        Settings &settings = *h->core().settings();
        settings.setValue(Settings::Key::PrinterKind, u"escpos-device"_s);
        settings.setValue(Settings::Key::PrinterTarget, device);
        settings.setValue(Settings::Key::PrinterPaperMm, 80);
        ZReportsDialog *reports = shift()->showZReports(1);
        QVERIFY(reports);
        QVERIFY(reports->printButton()->isEnabled());
        const std::optional<ZReport> report = reports->selectedReport();
        QVERIFY(report);
        QSignalSpy done(h->window().receiptPrinter(), &ReceiptPrinter::finished);
        QTest::mouseClick(reports->printButton(), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().value<PrintResult>().printed());
        QFile written(device);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray job = written.readAll();
        QVERIFY(job.startsWith("\x1b@"));
        const EscPosRaster::Decoded decoded = EscPosRaster::decode(job);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QVERIFY(decoded.cutLast);
        QCOMPARE(decoded.image.width(), 576);
        QCOMPARE(job, EscPosRaster::encodeJob(ZReportPdf::render(*report, 576), EscPosRaster::PaperWidth::Mm80));
        reports->close();
    }

    void reconcileAfterCloseAgrees()
    {
        openShiftFromHeader(u"Aminah"_s, u"50"_s);
        sellReload(u"0123456789"_s, 1000);
        sellReload(u"0123456788"_s, 500);
        ShiftCloseDialog *dialog = closeShiftFromHeader(u"65"_s);
        QVERIFY(dialog);
        QSignalSpy finished(shift(), &ShiftController::reconcileFinished);
        QTest::mouseClick(dialog->reconcileButton(), Qt::LeftButton);
        QTRY_VERIFY(!shift()->closeDialog());
        ZReportsDialog *reports = shift()->zReportsDialog();
        QVERIFY(reports);
        QCOMPARE(reports->selectedZNumber(), 1);
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        ReconcileResultView *view = reports->reconcileView();
        QCOMPARE(view->state(), ReconcileResultView::State::Agrees);
        QVERIFY2(view->headline().contains(u"agree"_s), qPrintable(view->headline()));
        QVERIFY(view->differencesTable()->isHidden());
        QVERIFY(reports->reconcileButton()->isEnabled());
        // Kept for support, under the Z number (as `kaunter reconcile --shift 1` keeps it).
        QFile kept(QDir(h->dataDir()).filePath(u"reports/reconcile-z1.json"_s));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("\"agree\": true"));
    }

    void reconcileListsTheDifferences()
    {
        openShiftFromHeader(u"Aminah"_s, u"50"_s);
        const QString hidden = sellReload(u"0123456789"_s, 1000);
        const QString refunded = sellReload(u"0123456788"_s, 500);
        QVERIFY(closeShiftFromHeader(u"65"_s));
        shift()->closeDialog()->accept();
        QVERIFY(h->sim().hideFromTransactionList(hidden));
        QVERIFY(h->sim().setTransactionStatus(refunded, u"Refund"_s));

        ZReportsDialog *reports = shift()->showZReports(1);
        QVERIFY(reports);
        ReconcileResultView *view = reconcileFrom(reports);
        QCOMPARE(view->state(), ReconcileResultView::State::Differs);
        QVERIFY2(view->headline().contains(u"2 difference"_s), qPrintable(view->headline()));
        QTableWidget *table = view->differencesTable();
        QVERIFY(table->isVisible());
        QCOMPARE(view->differenceCount(), 2);
        QHash<QString, int> rowOf;
        for (int i = 0; i < view->differenceCount(); ++i)
            rowOf.insert(view->cell(i, ReconcileResultView::RefidColumn), i);
        QVERIFY(rowOf.contains(hidden) && rowOf.contains(refunded));
        const int missing = rowOf.value(hidden);
        QCOMPARE(view->cell(missing, ReconcileResultView::KindColumn), u"Missing at IIMMPACT"_s);
        QVERIFY(view->cell(missing, ReconcileResultView::TillColumn).contains(u"Successful, RM 10"_s));
        QCOMPARE(view->cell(missing, ReconcileResultView::IimmpactColumn), u"not listed"_s);
        const int status = rowOf.value(refunded);
        QCOMPARE(view->cell(status, ReconcileResultView::KindColumn), u"Status differs"_s);
        QVERIFY(view->cell(status, ReconcileResultView::IimmpactColumn).contains(u"Refund"_s));
        for (int i = 0; i < view->differenceCount(); ++i)
            QVERIFY(!view->advice(i).isEmpty());
        QTest::qWait(50);
        shoot(reports, u"shiftui-reconcile-differences"_s);

        // Selecting the report again shows its result again.
        QVERIFY(reports->select(1));
        QCOMPARE(view->state(), ReconcileResultView::State::Differs);
    }

    // Closed while IIMMPACT is asked, opened again: the new dialog shows the same run and its end.
    void reopenedDialogFollowsTheRunningReconciliation()
    {
        openShiftFromHeader(u"Aminah"_s, u"50"_s);
        sellReload(u"0123456789"_s, 1000);
        QVERIFY(closeShiftFromHeader(u"60"_s));
        shift()->closeDialog()->accept();
        QSignalSpy finished(shift(), &ShiftController::reconcileFinished);
        ZReportsDialog *first = shift()->showZReports();
        QTest::mouseClick(first->reconcileButton(), Qt::LeftButton);
        QVERIFY(shift()->isReconciling());
        QCOMPARE(first->reconcileView()->state(), ReconcileResultView::State::Running);
        QVERIFY(!first->reconcileButton()->isEnabled());
        first->reject();
        QTRY_VERIFY(!shift()->zReportsDialog());
        ZReportsDialog *again = shift()->showZReports();
        QVERIFY(again);
        QCOMPARE(again->reconcileView()->state(), ReconcileResultView::State::Running);
        QVERIFY(!again->reconcileButton()->isEnabled());
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QCOMPARE(again->reconcileView()->state(), ReconcileResultView::State::Agrees);
        QVERIFY(again->reconcileButton()->isEnabled());
    }

    void unreadableListIsAFailureNotAgreement()
    {
        openShiftFromHeader(u"Aminah"_s, u"50"_s);
        sellReload(u"0123456789"_s, 1000);
        QVERIFY(closeShiftFromHeader(u"60"_s));
        shift()->closeDialog()->accept();
        h->sim().setTransactionListUnavailable(1);
        ZReportsDialog *reports = shift()->showZReports();
        ReconcileResultView *view = reconcileFrom(reports);
        QCOMPARE(view->state(), ReconcileResultView::State::Failed);
        QVERIFY2(view->headline().contains(u"Not compared"_s), qPrintable(view->headline()));
        QVERIFY(!view->headline().contains(u"agree"_s));
        QVERIFY(view->differencesTable()->isHidden());
        const QLabel *details = view->findChild<QLabel *>(u"reconcileDetails"_s);
        QVERIFY(details && details->text().contains(u"503"_s));
        shoot(reports, u"shiftui-reconcile-failure"_s);
        // It can be tried again, and then it agrees.
        QVERIFY(reports->reconcileButton()->isEnabled());
        QCOMPARE(reconcileFrom(reports)->state(), ReconcileResultView::State::Agrees);
    }
};

QTEST_MAIN(TestShiftUi)
#include "tst_shiftui.moc"
