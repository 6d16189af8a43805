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

    void noSecretKeysInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kaunter.ini"));
        Settings s(path);
        for (int k = 0; k <= int(Settings::Key::DuplicateWindowMinutes); ++k)
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
