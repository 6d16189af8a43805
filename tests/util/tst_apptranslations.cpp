#include "util/AppTranslations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// Counts the LanguageChange events the application receives (widgets retranslate on them).
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

QString successful()
{
    return QCoreApplication::translate("AppTranslationsFixture", "Successful");
}
} // namespace

class TestAppTranslations : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("setting wins") << u"ta"_s << u"ms_MY"_s << u"ta"_s;
        QTest::newRow("setting en over a Malay system") << u"en"_s << u"ms_MY"_s << u"en"_s;
        QTest::newRow("setting with spaces") << u" ms "_s << u"en_US"_s << u"ms"_s;
        QTest::newRow("empty: Malay system") << QString() << u"ms_MY"_s << u"ms"_s;
        QTest::newRow("empty: Malaysian Chinese") << QString() << u"zh_MY"_s << u"zh_CN"_s;
        QTest::newRow("empty: Chinese (China)") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("empty: Chinese (Taiwan)") << QString() << u"zh_TW"_s << u"zh_CN"_s;
        QTest::newRow("empty: Tamil (Malaysia)") << QString() << u"ta_MY"_s << u"ta"_s;
        QTest::newRow("empty: Tamil (India)") << QString() << u"ta_IN"_s << u"ta"_s;
        QTest::newRow("empty: English") << QString() << u"en_MY"_s << u"en"_s;
        QTest::newRow("empty: a language Kaunter lacks") << QString() << u"fr_FR"_s << u"en"_s;
        QTest::newRow("unknown setting: the system decides") << u"xx"_s << u"ms_MY"_s << u"ms"_s;
        QTest::newRow("the C locale") << QString() << u"C"_s << u"en"_s;
    }

    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(AppTranslations::resolve(setting, QLocale(system)), expected);
    }

    void applyInstallsAndRemoves()
    {
        LanguageChangeCounter counter;
        qApp->installEventFilter(&counter);
        {
            AppTranslations translations(QStringLiteral(KAUNTER_TEST_QM_DIR));
            QCOMPARE(successful(), u"Successful"_s);
            QVERIFY(translations.apply(u"ms"_s));
            QCOMPARE(translations.current(), u"ms"_s);
            QCOMPARE(successful(), u"Berjaya"_s);
            QVERIFY(counter.count >= 1);   // the screens are told to retranslate

            const int before = counter.count;
            QVERIFY(translations.apply(u"en"_s));   // English: the source, no translator
            QCOMPARE(translations.current(), u"en"_s);
            QCOMPARE(successful(), u"Successful"_s);
            QVERIFY(counter.count > before);

            QVERIFY(translations.apply(u"ms"_s));
            // A language whose file holds nothing yet: English, and the old one is gone.
            QVERIFY(!translations.apply(u"ta"_s));
            QCOMPARE(translations.current(), u"en"_s);
            QCOMPARE(successful(), u"Successful"_s);
            // No file at all, and a name that is not a language of Kaunter's.
            QVERIFY(!translations.apply(u"zh_CN"_s));
            QVERIFY(!translations.apply(u"../etc/passwd"_s));
            QCOMPARE(translations.current(), u"en"_s);

            QVERIFY(translations.apply(u"ms"_s));
        }
        // Destroyed: its translator is no longer installed.
        QCOMPARE(successful(), u"Successful"_s);
        qApp->removeEventFilter(&counter);
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "tst_apptranslations.moc"
