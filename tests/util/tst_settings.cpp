#include "util/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("environment") << int(Settings::Key::Environment) << QVariant(QStringLiteral("demo"));
        QTest::newRow("poll") << int(Settings::Key::PollIntervalMs) << QVariant(7000);
        QTest::newRow("deadline") << int(Settings::Key::DeadlineMs) << QVariant(120000);
        QTest::newRow("duplicate window") << int(Settings::Key::DuplicateWindowMinutes) << QVariant(10);
        QTest::newRow("kiosk") << int(Settings::Key::KioskMode) << QVariant(false);
        QTest::newRow("low balance RM") << int(Settings::Key::LowBalanceThreshold) << QVariant(200);
        QTest::newRow("stale sale minutes") << int(Settings::Key::StaleSaleMinutes) << QVariant(10);
    }
    void defaults()
    {
        QFETCH(int, key);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("kaunter.ini")));
        QCOMPARE(s.value(Settings::Key(key)), expected);
    }

    void persistsAcrossInstancesAndResets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kaunter.ini"));
        {
            Settings s(path);
            s.setValue(Settings::Key::PollIntervalMs, 5000);
            s.setValue(Settings::Key::Environment, QStringLiteral("staging"));
            QVERIFY(s.sync());
        }
        Settings again(path);
        QCOMPARE(again.integer(Settings::Key::PollIntervalMs), 5000);
        QCOMPARE(again.string(Settings::Key::Environment), QStringLiteral("staging"));
        again.reset(Settings::Key::PollIntervalMs);
        QCOMPARE(again.integer(Settings::Key::PollIntervalMs), 7000);
    }

    // A hand-edited number outside its key's range falls back to the table's default: a 0 ms
    // poll interval would be a busy loop, a 0-minute stale limit would look up every sale.
    void integersOutsideTheirRangeReadAsTheDefault_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected");
        QTest::newRow("poll 0") << int(Settings::Key::PollIntervalMs) << QVariant(0) << 7000;
        QTest::newRow("poll 2 min") << int(Settings::Key::PollIntervalMs) << QVariant(120000) << 7000;
        QTest::newRow("poll 5 s") << int(Settings::Key::PollIntervalMs) << QVariant(5000) << 5000;
        QTest::newRow("deadline 1 s") << int(Settings::Key::DeadlineMs) << QVariant(1000) << 120000;
        QTest::newRow("low balance 0") << int(Settings::Key::LowBalanceThreshold) << QVariant(0) << 200;
        QTest::newRow("low balance text") << int(Settings::Key::LowBalanceThreshold) << QVariant(QStringLiteral("lots")) << 200;
        QTest::newRow("stale 0") << int(Settings::Key::StaleSaleMinutes) << QVariant(0) << 10;
        QTest::newRow("stale 30") << int(Settings::Key::StaleSaleMinutes) << QVariant(30) << 30;
        QTest::newRow("duplicate 2 days") << int(Settings::Key::DuplicateWindowMinutes) << QVariant(2880) << 10;
    }
    void integersOutsideTheirRangeReadAsTheDefault()
    {
        QFETCH(int, key);
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("kaunter.ini")));
        s.setValue(Settings::Key(key), stored);
        QCOMPARE(s.integer(Settings::Key(key)), expected);
    }

    void noSecretKeysInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kaunter.ini"));
        Settings s(path);
        for (int k = 0; k <= int(Settings::Key::StaleSaleMinutes); ++k)
            s.setValue(Settings::Key(k), Settings::defaultValue(Settings::Key(k)));
        QVERIFY(s.sync());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("apikey"));
        QVERIFY(!text.contains("api_key"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
