#include "ShiftCloseDialog.h"
#include "ShiftOpenDialog.h"
#include "Theme.h"

#include "journal/Journal.h"
#include "shift/ShiftLedger.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The shift dialogs standalone, on a real journal. Open: a name and a float, refusals that
// record nothing. Close: the count is blind (nothing on the first page gives the expected cash
// away), a bad amount closes nothing, and the Z-report with the variance appears only after
// the journal closed the shift.
class TestShiftCloseDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Journal> m_journal;

    QString sell(SaleState state, const QString &amount)
    {
        SaleRecord r;
        r.refid = m_journal->nextRefid();
        r.product = u"D"_s;
        r.account = u"0123456789"_s;
        r.amount = amount;
        r.requestBody = "{}";
        if (!m_journal->insertSale(r))
            return {};
        if (state != SaleState::New) {
            SaleRecord u;
            u.state = state;
            u.httpStatus = 200;
            u.transactionSeen = true;
            if (!m_journal->recordOutcome(r.refid, u))
                return {};
        }
        m_clock.advanceSecs(60);
        return r.refid;
    }

    static void shot(QWidget *w, const QString &name)
    {
        QDir().mkpath(u"/tmp/team/shots"_s);
        w->grab().save(u"/tmp/team/shots/shift-%1.png"_s.arg(name));
    }

    static QString allLabels(QWidget *w)
    {
        QStringList texts;
        for (const QLabel *l : w->findChildren<QLabel *>())
            if (l->isVisibleTo(w))
                texts << l->text();
        return texts.join(u'\n');
    }

private slots:
    void init()
    {
        m_journal = std::make_unique<Journal>(m_clock);
        QVERIFY2(m_journal->open(m_dir.path()), qPrintable(m_journal->errorString()));
        ShiftLedger ledger(*m_journal, m_clock);
        if (ledger.current())
            QVERIFY(ledger.close(0));
        m_clock.advanceSecs(60);
        QVERIFY2(ledger.open(u"Aminah"_s, 10000), qPrintable(ledger.errorString()));
        m_clock.advanceSecs(60);
        QVERIFY(!sell(SaleState::Succesful, u"10.00"_s).isEmpty());
        QVERIFY(!sell(SaleState::Unknown, u"5.00"_s).isEmpty());
        QVERIFY(!sell(SaleState::Failed, u"7.00"_s).isEmpty());
    }

    void cleanup() { m_journal.reset(); }

    void openDialogRefusesThenOpens_data()
    {
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<QString>("floatText");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << u" "_s << u"100"_s << u"name"_s;
        QTest::newRow("negative float") << u"Badrul"_s << u"-1"_s << u"negative"_s;
        QTest::newRow("no float") << u"Badrul"_s << QString() << u"amount"_s;
        QTest::newRow("a shift is open") << u"Badrul"_s << u"50"_s << u"already open"_s;
    }

    void openDialogRefusesThenOpens()
    {
        QFETCH(QString, cashier);
        QFETCH(QString, floatText);
        QFETCH(QString, message);
        ShiftLedger ledger(*m_journal, m_clock);
        const qint64 openId = ledger.current()->id;
        ShiftOpenDialog dialog(ledger);
        dialog.resize(460, 260);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy opened(&dialog, &ShiftOpenDialog::shiftOpened);
        dialog.cashierEdit()->setText(cashier);
        dialog.floatEdit()->setText(floatText);
        dialog.openButton()->click();
        QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
        QCOMPARE(opened.size(), 0);
        QCOMPARE(ledger.current()->id, openId);   // nothing recorded
        if (QByteArray(QTest::currentDataTag()) == "a shift is open")
            shot(&dialog, u"open-refused"_s);
        // With the shift closed, the same dialog opens one.
        QVERIFY(ledger.close(0));
        dialog.cashierEdit()->setText(u"Badrul"_s);
        dialog.floatEdit()->setText(u"RM 50"_s);
        dialog.openButton()->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(ledger.current()->cashier, u"Badrul"_s);
        QCOMPARE(ledger.current()->openingFloatSen, qint64(5000));
    }

    void blindCountThenReport()
    {
        ShiftLedger ledger(*m_journal, m_clock);
        ShiftCloseDialog dialog(ledger, 480000);
        dialog.resize(460, 360);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString first = allLabels(&dialog);
        QVERIFY2(first.contains(u"Aminah"_s) && first.contains(u"pending: 1"_s), qPrintable(first));
        QVERIFY2(!first.contains(u"115.00"_s) && !first.contains(u"Expected"_s), qPrintable(first));
        QVERIFY(!dialog.showsReport());
        shot(&dialog, u"count"_s);

        QSignalSpy closed(&dialog, &ShiftCloseDialog::shiftClosed);
        QTest::keyClicks(dialog.countEdit(), u"1O0"_s);   // a letter O for a zero
        dialog.closeButton()->click();
        QVERIFY(dialog.message().contains(u"O"_s));
        QVERIFY(!dialog.showsReport());
        QVERIFY(ledger.current());   // still open
        QCOMPARE(closed.size(), 0);
        shot(&dialog, u"count-error"_s);

        dialog.countEdit()->setText(u"110"_s);
        dialog.closeButton()->click();
        QVERIFY2(dialog.showsReport(), qPrintable(dialog.message()));
        QCOMPARE(closed.size(), 1);
        QVERIFY(!ledger.current());
        const int z = ledger.zReport()->zNumber;   // the latest: this close's
        QCOMPARE(closed.first().first().toInt(), z);
        QCOMPARE(dialog.zNumber(), z);
        const QString after = allLabels(&dialog);
        QVERIFY2(after.contains(u"RM 115.00"_s) && after.contains(u"-RM 5.00"_s) && after.contains(u"short"_s),
                 qPrintable(after));
        QVERIFY(dialog.reportText().contains(u"Z-report No. %1"_s.arg(z)));
        QVERIFY(dialog.reportText().contains(u"RM 4,800.00"_s));   // the wallet at close
        dialog.resize(dialog.sizeHint().width(), 780);
        shot(&dialog, u"zreport"_s);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    TestShiftCloseDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_shiftclosedialog.moc"
