#include "security/SupervisorPin.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The supervisor PIN as stored in the settings: a salted PBKDF2 hash (never the PIN), a new
// salt on each set, the rules a new PIN must meet, and the lockout after wrong tries.
class TestSupervisorPin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Settings> m_settings;

    QString iniPath() const { return m_dir.filePath(u"kaunter.ini"_s); }

private slots:
    void init()
    {
        QFile::remove(iniPath());
        m_settings = std::make_unique<Settings>(iniPath());
    }
    void cleanup() { m_settings.reset(); }

    void newPinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("4 digits") << u"2580"_s << true;
        QTest::newRow("8 digits") << u"90817263"_s << true;
        QTest::newRow("leading zero") << u"0468"_s << true;
        QTest::newRow("3 digits") << u"258"_s << false;
        QTest::newRow("9 digits") << u"908172635"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letters") << u"12a4"_s << false;
        QTest::newRow("space") << u"25 80"_s << false;
        QTest::newRow("Arabic-Indic digits") << u"\u0662\u0665\u0668\u0660"_s << false;
        QTest::newRow("full-width digits") << u"\uFF12\uFF15\uFF18\uFF10"_s << false;
        QTest::newRow("one digit repeated") << u"0000"_s << false;
        QTest::newRow("run up") << u"1234"_s << false;
        QTest::newRow("run down") << u"87654"_s << false;
    }
    void newPinRules()
    {
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        QCOMPARE(SupervisorPin::validateNew(pin).isEmpty(), accepted);
        SupervisorPin supervisor(*m_settings, m_clock);
        QString error;
        QCOMPARE(supervisor.set(pin, &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(supervisor.isSet(), accepted);   // a refused PIN stores nothing
    }

    // Only the hash reaches the file, in the documented form; the PIN never does.
    void storedAsASaltedHashNeverThePin()
    {
        SupervisorPin supervisor(*m_settings, m_clock);
        QVERIFY(!supervisor.isSet());
        QCOMPARE(supervisor.check(u"2580"_s), SupervisorPin::Check::NotSet);
        QElapsedTimer t;
        t.start();
        QVERIFY(supervisor.set(u"258046"_s));
        qInfo("PBKDF2-SHA256, %d iterations: %lld ms to set", SupervisorPin::Iterations, qlonglong(t.elapsed()));
        QVERIFY(supervisor.isSet());
        QFile f(iniPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("258046"));
        const QString stored = m_settings->string(Settings::Key::SupervisorPin);
        const QStringList parts = stored.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
        QCOMPARE(parts.at(1).toInt(), SupervisorPin::Iterations);
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        QCOMPARE(salt.size(), 16);
        QCOMPARE(stored, SupervisorPin::encode(u"258046"_s, salt, SupervisorPin::Iterations));
        // PBKDF2-HMAC-SHA256 of a known input (RFC 7914 section 11 test vector, 1 iteration).
        const QString vector = SupervisorPin::encode(u"passwd"_s, "salt", 1);
        QCOMPARE(QByteArray::fromBase64(vector.split(u'$').at(3).toLatin1()).toHex().left(64),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
    }

    void saltIsNewEveryTime()
    {
        SupervisorPin supervisor(*m_settings, m_clock);
        QVERIFY(supervisor.set(u"2580"_s));
        const QString first = m_settings->string(Settings::Key::SupervisorPin);
        QVERIFY(supervisor.set(u"2580"_s));
        const QString second = m_settings->string(Settings::Key::SupervisorPin);
        QVERIFY(first != second);
        QCOMPARE(supervisor.check(u"2580"_s), SupervisorPin::Check::Accepted);
    }

    void checksThePinAcrossInstances()
    {
        {
            SupervisorPin supervisor(*m_settings, m_clock);
            QVERIFY(supervisor.set(u"7391"_s));
        }
        m_settings = std::make_unique<Settings>(iniPath());   // a restart
        SupervisorPin supervisor(*m_settings, m_clock);
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::Accepted);
        QCOMPARE(supervisor.check(u"7392"_s), SupervisorPin::Check::Wrong);
        QCOMPARE(supervisor.check(u"73910"_s), SupervisorPin::Check::Wrong);
        QCOMPARE(supervisor.check(QString()), SupervisorPin::Check::Wrong);
        supervisor.clear();
        QVERIFY(!supervisor.isSet());
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::NotSet);
    }

    // Five wrong tries lock every try out for a minute, the right PIN included.
    void lockoutAfterWrongTries()
    {
        SupervisorPin supervisor(*m_settings, m_clock);
        QVERIFY(supervisor.set(u"7391"_s));
        for (int i = 0; i < SupervisorPin::MaxFailures; ++i)
            QCOMPARE(supervisor.check(u"1111"_s), SupervisorPin::Check::Wrong);
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::LockedOut);
        QCOMPARE(supervisor.lockedForSecs(), SupervisorPin::LockoutSecs);
        m_clock.advanceSecs(SupervisorPin::LockoutSecs - 1);
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::LockedOut);
        m_clock.advanceSecs(1);
        QCOMPARE(supervisor.lockedForSecs(), 0);
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::Accepted);
        // A right PIN resets the count: four wrong ones then do not lock.
        for (int i = 0; i < SupervisorPin::MaxFailures - 1; ++i)
            QCOMPARE(supervisor.check(u"1111"_s), SupervisorPin::Check::Wrong);
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::Accepted);
    }

    // A value that is not one of our hashes is never "no PIN, go ahead".
    void damagedValueIsRefused_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain PIN") << u"7391"_s;
        QTest::newRow("other scheme") << u"md5$1$c2FsdA==$AAAA"_s;
        QTest::newRow("no iterations") << u"pbkdf2-sha256$$c2FsdA==$AAAA"_s;
        QTest::newRow("short hash") << u"pbkdf2-sha256$1000$c2FsdA==$AAAA"_s;
        QTest::newRow("not Base64") << u"pbkdf2-sha256$1000$***$***"_s;
    }
    void damagedValueIsRefused()
    {
        QFETCH(QString, stored);
        m_settings->setValue(Settings::Key::SupervisorPin, stored);
        SupervisorPin supervisor(*m_settings, m_clock);
        QVERIFY(supervisor.isSet());
        QCOMPARE(supervisor.check(u"7391"_s), SupervisorPin::Check::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestSupervisorPin)
#include "tst_supervisorpin.moc"
