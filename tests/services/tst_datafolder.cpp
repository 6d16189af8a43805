#include "cli/CliCommands.h"
#include "services/DataFolder.h"
#include "services/KaunterServices.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using Os = DataFolder::PlatformDirs::Os;
Q_DECLARE_METATYPE(DataFolder::PlatformDirs::Os)

namespace {

DataFolder::PlatformDirs dirs(Os os, const QString &genericData, const QString &localAppData)
{
    DataFolder::PlatformDirs d;
    d.os = os;
    d.genericData = genericData;
    d.localAppData = localAppData;
    return d;
}

// A Windows till's folders as Qt reports them: Roaming is where AppDataLocation points, Local
// is where the journal must live (a roaming profile must not carry it to another till).
const QString WinLocal = u"C:/Users/kasim/AppData/Local"_s;
const QString WinRoaming = u"C:/Users/kasim/AppData/Roaming"_s;
const QString UnixShare = u"/home/kasim/.local/share"_s;

} // namespace

// Where the journal lives: --data-dir > KAUNTER_DATA_DIR > platform default, the same folder
// for the GUI and the CLI whatever application name each one sets.
class TestDataFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QByteArray m_savedXdg;
    QByteArray m_savedDataDir;
    bool m_hadXdg = false;
    bool m_hadDataDir = false;
    QString m_savedAppName;

    QString xdgDataHome() const { return m_home->filePath(u"xdg-data"_s); }

private slots:
    void initTestCase()
    {
        m_hadXdg = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        m_savedXdg = qgetenv("XDG_DATA_HOME");
        m_hadDataDir = qEnvironmentVariableIsSet("KAUNTER_DATA_DIR");
        m_savedDataDir = qgetenv("KAUNTER_DATA_DIR");
        m_savedAppName = QCoreApplication::applicationName();
    }
    void cleanupTestCase()
    {
        if (m_hadXdg)
            qputenv("XDG_DATA_HOME", m_savedXdg);
        else
            qunsetenv("XDG_DATA_HOME");
        if (m_hadDataDir)
            qputenv("KAUNTER_DATA_DIR", m_savedDataDir);
        else
            qunsetenv("KAUNTER_DATA_DIR");
        QCoreApplication::setApplicationName(m_savedAppName);
    }
    // Every test sees a private XDG_DATA_HOME and no KAUNTER_DATA_DIR: nothing reaches the real
    // home folder.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(QDir().mkpath(xdgDataHome()));
        qputenv("XDG_DATA_HOME", QFile::encodeName(xdgDataHome()));
        qunsetenv("KAUNTER_DATA_DIR");
    }
    void cleanup()
    {
        qunsetenv("KAUNTER_DATA_DIR");
        m_home.reset();
    }

    void resolvePrecedence_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<Os>("os");
        QTest::addColumn<QString>("genericData");
        QTest::addColumn<QString>("localAppData");
        QTest::addColumn<QString>("expected");

        QTest::newRow("--data-dir over KAUNTER_DATA_DIR and default")
            << u"/srv/till"_s << u"/var/kaunter"_s << Os::Unix << UnixShare << QString() << u"/srv/till"_s;
        QTest::newRow("--data-dir over default")
            << u"/srv/till"_s << QString() << Os::Unix << UnixShare << QString() << u"/srv/till"_s;
        QTest::newRow("KAUNTER_DATA_DIR over default")
            << QString() << u"/var/kaunter"_s << Os::Unix << UnixShare << QString() << u"/var/kaunter"_s;
        QTest::newRow("Unix default <genericData>/Kaunter")
            << QString() << QString() << Os::Unix << UnixShare << QString()
            << u"/home/kasim/.local/share/Kaunter"_s;
        QTest::newRow("Unix default, trailing slash cleaned")
            << QString() << QString() << Os::Unix << u"/home/kasim/.local/share/"_s << QString()
            << u"/home/kasim/.local/share/Kaunter"_s;
        QTest::newRow("Unix ignores LocalAppData")
            << QString() << QString() << Os::Unix << UnixShare << WinLocal
            << u"/home/kasim/.local/share/Kaunter"_s;
        QTest::newRow("Windows default <LocalAppData>/Kaunter, never Roaming")
            << QString() << QString() << Os::Windows << WinRoaming << WinLocal
            << u"C:/Users/kasim/AppData/Local/Kaunter"_s;
        QTest::newRow("Windows --data-dir over default")
            << u"D:/Kaunter"_s << u"E:/Kaunter"_s << Os::Windows << WinRoaming << WinLocal << u"D:/Kaunter"_s;
        QTest::newRow("Windows KAUNTER_DATA_DIR over default")
            << QString() << u"E:/Kaunter"_s << Os::Windows << WinRoaming << WinLocal << u"E:/Kaunter"_s;
        QTest::newRow("Windows without LocalAppData: empty, not Roaming")
            << QString() << QString() << Os::Windows << WinRoaming << QString() << QString();
        QTest::newRow("Unix without genericData: empty")
            << QString() << QString() << Os::Unix << QString() << WinLocal << QString();
        QTest::newRow("no platform folder, --data-dir still works")
            << u"/srv/till"_s << QString() << Os::Unix << QString() << QString() << u"/srv/till"_s;
        QTest::newRow("no platform folder, KAUNTER_DATA_DIR still works")
            << QString() << u"/var/kaunter"_s << Os::Windows << QString() << QString() << u"/var/kaunter"_s;
    }
    void resolvePrecedence()
    {
        QFETCH(QString, option);
        QFETCH(QString, environment);
        QFETCH(Os, os);
        QFETCH(QString, genericData);
        QFETCH(QString, localAppData);
        QFETCH(QString, expected);

        const DataFolder::PlatformDirs platform = dirs(os, genericData, localAppData);
        QCOMPARE(DataFolder::resolve(option, environment, platform), expected);
        // The platform default alone is the last row of the rule.
        if (option.isEmpty() && environment.isEmpty())
            QCOMPARE(DataFolder::platformDefault(platform), expected);
    }

    void journalFolder_data()
    {
        QTest::addColumn<QString>("dataFolder");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("expected");

        QTest::newRow("real sales in the folder") << u"/srv/till"_s << false << u"/srv/till"_s;
        QTest::newRow("demo in <folder>/demo") << u"/srv/till"_s << true << u"/srv/till/demo"_s;
        QTest::newRow("Windows demo")
            << u"C:/Users/kasim/AppData/Local/Kaunter"_s << true
            << u"C:/Users/kasim/AppData/Local/Kaunter/demo"_s;
        QTest::newRow("no folder stays none (demo)") << QString() << true << QString();
        QTest::newRow("no folder stays none") << QString() << false << QString();
    }
    void journalFolder()
    {
        QFETCH(QString, dataFolder);
        QFETCH(bool, demo);
        QFETCH(QString, expected);
        QCOMPARE(DataFolder::journalFolder(dataFolder, demo), expected);
    }

    // This machine's folders: XDG_DATA_HOME on Unix, read at the call, no application name.
    void currentPlatformFollowsXdg()
    {
#ifdef Q_OS_WIN
        QSKIP("XDG_DATA_HOME is a Unix rule");
#else
        QCoreApplication::setApplicationName(u"SomethingElse"_s);
        const DataFolder::PlatformDirs current = DataFolder::PlatformDirs::current();
        QCOMPARE(current.os, Os::Unix);
        QCOMPARE(QDir::cleanPath(current.genericData), QDir::cleanPath(xdgDataHome()));
        QCOMPARE(DataFolder::platformDefault(current), QDir::cleanPath(xdgDataHome() + u"/Kaunter"_s));
#endif
    }

    void environmentValueReadsKaunterDataDir()
    {
        QCOMPARE(DataFolder::environmentValue(), QString());
        const QString dir = m_home->filePath(u"from-env"_s);
        qputenv("KAUNTER_DATA_DIR", QFile::encodeName(dir));
        QCOMPARE(DataFolder::environmentValue(), dir);
        const KaunterServices::Options o = KaunterServices::Options::forProcess(QString(), false);
        QCOMPARE(o.dataDirEnvironment, dir);
        QCOMPARE(o.dataDirOption, QString());
        QCOMPARE(CliCommands::resolveDataDir(QString()), dir);
        // --data-dir still wins over the environment in both front ends.
        const QString option = m_home->filePath(u"from-option"_s);
        QCOMPARE(CliCommands::resolveDataDir(option), option);
        SystemClock clock;
        KaunterServices gui(clock, KaunterServices::Options::forProcess(option, false));
        QVERIFY2(gui.resolveDataFolder(), qPrintable(gui.errorString()));
        QCOMPARE(QDir::cleanPath(gui.dataFolder()), QDir::cleanPath(option));
    }

    // The old bug: the GUI ("Kaunter") and the CLI ("kaunter") derived the folder from the
    // application name and each opened its own journal.
    void guiAndCliShareTheDefaultFolder_data()
    {
        QTest::addColumn<QString>("guiAppName");
        QTest::addColumn<QString>("cliAppName");
        QTest::newRow("GUI Kaunter, CLI kaunter") << u"Kaunter"_s << u"kaunter"_s;
        QTest::newRow("both Kaunter") << u"Kaunter"_s << u"Kaunter"_s;
        QTest::newRow("both kaunter") << u"kaunter"_s << u"kaunter"_s;
    }
    void guiAndCliShareTheDefaultFolder()
    {
        QFETCH(QString, guiAppName);
        QFETCH(QString, cliAppName);
        const QString expected = QDir::cleanPath(xdgDataHome() + u"/Kaunter"_s);

        QCoreApplication::setApplicationName(guiAppName);
        SystemClock clock;
        KaunterServices gui(clock, KaunterServices::Options::forProcess(QString(), false));
        QVERIFY2(gui.resolveDataFolder(), qPrintable(gui.errorString()));
        const QString guiFolder = QDir::cleanPath(gui.dataFolder());

        QCoreApplication::setApplicationName(cliAppName);
        const QString cliFolder = QDir::cleanPath(CliCommands::resolveDataDir(QString()));

        QCOMPARE(guiFolder, cliFolder);
#ifndef Q_OS_WIN
        QCOMPARE(guiFolder, expected);
#endif
        // resolveDataFolder() creates the folder the journal will open in.
        QVERIFY(QFileInfo(guiFolder).isDir());
    }

    // Demo mode keeps training sales in <folder>/demo, created by the services.
    void demoJournalInSubfolder()
    {
        const QString base = m_home->filePath(u"till"_s);
        SystemClock clock;
        KaunterServices demo(clock, KaunterServices::Options::forProcess(base, true));
        QVERIFY2(demo.resolveDataFolder(), qPrintable(demo.errorString()));
        QCOMPARE(QDir::cleanPath(demo.dataFolder()), QDir::cleanPath(base + u"/demo"_s));
        QVERIFY(QFileInfo(demo.dataFolder()).isDir());

        KaunterServices real(clock, KaunterServices::Options::forProcess(base, false));
        QVERIFY2(real.resolveDataFolder(), qPrintable(real.errorString()));
        QCOMPARE(QDir::cleanPath(real.dataFolder()), QDir::cleanPath(base));
    }

    // No base folder at all: the services refuse with a message instead of using "".
    void noFolderFailsAtDataFolderStep()
    {
        KaunterServices::Options o;
        o.platform = dirs(Os::Unix, QString(), QString());
        SystemClock clock;
        KaunterServices services(clock, o);
        QVERIFY(!services.resolveDataFolder());
        QCOMPARE(services.failedStep(), KaunterServices::Step::DataFolder);
        QVERIFY(services.errorString().contains(u"KAUNTER_DATA_DIR"_s));
        QCOMPARE(services.dataFolder(), QString());
        QVERIFY(!services.build());
        QCOMPARE(services.journal(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
