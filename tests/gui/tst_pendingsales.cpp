#include "GuiHarness.h"
#include "HeaderBar.h"
#include "PendingSalesDialog.h"
#include "SaleFixtures.h"
#include "SupervisorPinDialog.h"
#include "api/IimmpactClient.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// Sales recovery would not send blindly (never answered, older than the stale limit, no
// transaction at IIMMPACT) reach a supervisor through the header's Pending menu: the decision
// dialog lists them and its Send now and Void go to the engine, never to the network directly.
class TestPendingSales : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiHarness> h;

    // A sale whose first POST never left the till (the process died after the commit).
    SaleRecord journalUnanswered(const QString &account, const QString &amount)
    {
        QString error;
        const SaleRecord rec = SaleFixtures::journalUnanswered(h->journal(), account, amount, &error);
        [&] { QVERIFY2(!rec.refid.isEmpty(), qPrintable(error)); }();
        return rec;
    }

    SaleState stateOf(const QString &refid) { return h->journal().sale(refid).value().state; }

    // Opens the header's Pending menu (a real popup with its own event loop) and triggers the
    // action named `objectName`, or the first whose text contains `text`.
    bool triggerPendingMenu(const QString &objectName, QStringList *texts = nullptr)
    {
        bool triggered = false;
        QTimer::singleShot(150, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions()) {
                if (texts && !a->isSeparator())
                    texts->append(a->text());
            }
            if (auto *a = menu->findChild<QAction *>(objectName)) {
                a->trigger();
                triggered = true;
            }
            menu->close();
        });
        auto *button = h->window().header()->findChild<QToolButton *>(u"pendingButton"_s);
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returns once the menu's own event loop has ended.
        return triggered && QApplication::activePopupWidget() == nullptr;
    }

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KAUNTER_SCREENSHOT_DIR", QDir::currentPath());
        QDir().mkpath(dir);
        const QImage img = w->grab().toImage();
        QVERIFY(!img.isNull());
        QVERIFY(img.save(QDir(dir).filePath(name + u".png"_s)));
    }

private slots:
    void init()
    {
        GuiHarness::Options o;
        o.billerCount = 50;
        h = std::make_unique<GuiHarness>(o);
        QString why;
        QVERIFY2(h->start(&why), qPrintable(why));
    }
    void cleanup() { h.reset(); }

    void supervisorVoidsOneAndSendsTheOther()
    {
        // Two sales saved but never sent; after the stale limit recovery looks them up.
        h->engine().setStaleSaleAgeMs(300);
        const SaleRecord first = journalUnanswered(u"0123456789"_s, u"10"_s);
        const SaleRecord second = journalUnanswered(u"0198765432"_s, u"30"_s);
        QTest::qWait(400);
        h->engine().recoverAll();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first.refid), SaleState::NeedsDecision, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second.refid), SaleState::NeedsDecision, 8000);
        QCOMPARE(h->sim().topupRequestCount(first.refid), 0);
        QCOMPARE(h->sim().topupRequestCount(second.refid), 0);
        QTRY_COMPARE(h->window().header()->pendingCount(), 2);
        QVERIFY(h->window().statusBar()->currentMessage().contains(u"supervisor"_s));

        // The Pending menu names them (masked account, not re-queried) and opens the dialog.
        QStringList texts;
        QVERIFY(triggerPendingMenu(u"needsDecisionAction"_s, &texts));
        QVERIFY2(texts.first().contains(u"2"_s), qPrintable(texts.join(u" | "_s)));
        QCOMPARE(texts.filter(u"needs a decision"_s).size(), 3);   // the header line + 2 sales
        auto *dialog = h->window().findChild<PendingSalesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->sales().size(), 2);
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY(dialog->list()->item(0)->text().contains(first.refid));
        QVERIFY(dialog->list()->item(0)->text().contains(u"RM 10"_s));
        shoot(dialog, u"pending-needs-decision"_s);

        // A supervisor who answers No changes nothing.
        QStringList asked;
        bool answer = false;
        dialog->setConfirm([&](const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.last().contains(first.refid));
        QTest::qWait(200);
        QCOMPARE(stateOf(first.refid), SaleState::NeedsDecision);

        // Void: IIMMPACT is asked once more, nothing is sent, the sale is final Voided.
        answer = true;
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first.refid), SaleState::Voided, 8000);
        QTRY_COMPARE(dialog->sales().size(), 1);
        QVERIFY2(dialog->message().contains(first.refid), qPrintable(dialog->message()));
        QCOMPARE(h->sim().topupRequestCount(first.refid), 0);

        // Send now: the same refid and the journaled body, once; it then settles as any sale.
        QCOMPARE(dialog->sales().first().refid, second.refid);
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(asked.last().contains(second.refid));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(second.refid), SaleState::Succesful, 8000);
        QCOMPARE(h->sim().topupRequestCount(second.refid) >= 1, true);
        for (const QByteArray &body : h->sim().topupBodies(second.refid))
            QCOMPARE(body, second.requestBody);
        QCOMPARE(h->sim().transactionCount(), 1);
        QTRY_COMPARE(dialog->sales().size(), 0);
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(!dialog->voidButton()->isEnabled());
        QTRY_COMPARE(h->window().header()->pendingCount(), 0);
    }

    // With a supervisor PIN set, an action needs it after the confirmation: cancelled or wrong,
    // nothing is done; the right PIN lets the void through. The PIN never stays in the field.
    void supervisorPinGuardsTheDecision()
    {
        QVERIFY(h->supervisorPin().set(u"7391"_s));
        h->engine().setStaleSaleAgeMs(300);
        const SaleRecord rec = journalUnanswered(u"0123456789"_s, u"10"_s);
        QTest::qWait(400);
        h->engine().recoverAll();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(rec.refid), SaleState::NeedsDecision, 8000);
        QVERIFY(triggerPendingMenu(u"needsDecisionAction"_s));
        auto *dialog = h->window().findChild<PendingSalesDialog *>();
        QVERIFY(dialog);
        dialog->setConfirm([](const QString &, const QString &) { return true; });
        dialog->list()->setCurrentRow(0);

        // 1: cancelled.
        QTimer::singleShot(100, this, [] {
            if (auto *pin = qobject_cast<SupervisorPinDialog *>(QApplication::activeModalWidget()))
                pin->reject();
        });
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        QVERIFY2(dialog->message().contains(u"PIN"_s), qPrintable(dialog->message()));
        QTest::qWait(200);
        QCOMPARE(stateOf(rec.refid), SaleState::NeedsDecision);

        // 2: a wrong PIN, then the right one.
        QString wrongMessage;
        QString fieldAfterWrong = u"unset"_s;
        QString shot;
        QTimer::singleShot(100, this, [&] {
            auto *pin = qobject_cast<SupervisorPinDialog *>(QApplication::activeModalWidget());
            if (!pin)
                return;
            shot = qEnvironmentVariable("KAUNTER_SCREENSHOT_DIR", QDir::currentPath());
            QTest::keyClicks(pin->pinEdit(), u"1111"_s);
            QTest::mouseClick(pin->okButton(), Qt::LeftButton);
            wrongMessage = pin->message();
            fieldAfterWrong = pin->pinEdit()->text();
            pin->grab().save(QDir(shot).filePath(u"supervisor-pin-wrong.png"_s));
            QTest::keyClicks(pin->pinEdit(), u"7391"_s);
            QTest::mouseClick(pin->okButton(), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        QVERIFY2(wrongMessage.contains(u"Wrong"_s), qPrintable(wrongMessage));
        QCOMPARE(fieldAfterWrong, QString());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(rec.refid), SaleState::Voided, 8000);
        QCOMPARE(h->sim().topupRequestCount(rec.refid), 0);
    }

    // A Void that IIMMPACT contradicts (the transaction shows up on the second look) is
    // refused and the sale is re-queried instead: the refid exists, so the query is idempotent.
    void voidRefusedWhenIimmpactHasTheTransaction()
    {
        h->engine().setStaleSaleAgeMs(300);
        const SaleRecord rec = journalUnanswered(u"0123456789"_s, u"10"_s);
        QTest::qWait(400);
        h->engine().recoverAll();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(rec.refid), SaleState::NeedsDecision, 8000);

        QVERIFY(triggerPendingMenu(u"needsDecisionAction"_s));
        auto *dialog = h->window().findChild<PendingSalesDialog *>();
        QVERIFY(dialog);
        dialog->setConfirm([](const QString &, const QString &) { return true; });
        // Meanwhile the POST that was thought lost is found at IIMMPACT after all.
        TopupCall *call = h->core().client()->topup(rec.requestBody, 5000);
        QSignalSpy done(call, &TopupCall::finished);
        QVERIFY(done.wait(5000));
        call->deleteLater();
        QCOMPARE(h->sim().transactionCount(), 1);

        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->voidButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(rec.refid) != SaleState::NeedsDecision, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(rec.refid), SaleState::Succesful, 8000);
        QVERIFY(!dialog->message().isEmpty());
        QCOMPARE(h->sim().transactionCount(), 1);
    }
};

QTEST_MAIN(TestPendingSales)
#include "tst_pendingsales.moc"
