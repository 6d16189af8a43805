#include "KaunterRunner.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `kaunter --help` and `--version` on a machine without any display (a server, an SSH session,
// CI): answered before any QApplication exists, which would abort there.
class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    // The caller's environment without any way to reach a display and without KAUNTER_*.
    static QProcessEnvironment headlessEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith("KAUNTER_"_L1))
                env.remove(key);
        }
        for (const QString &key : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(key);
        return env;
    }

    KaunterRunner::Result run(const QStringList &arguments)
    {
        const KaunterRunner runner(QUrl(), {}, {}, m_dataDir.path());
        return runner.run(arguments, headlessEnvironment());
    }

private slots:
    void initTestCase() { QVERIFY(m_dataDir.isValid()); }

    void helpListsCommandsOptionsAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s};
        QTest::newRow("help") << QStringList{u"help"_s};
        QTest::newRow("till option first") << QStringList{u"--demo"_s, u"--help"_s};
    }
    void helpListsCommandsOptionsAndExitCodes()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = run(arguments);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        for (const QString &command : {u"pay"_s, u"status"_s, u"recover"_s, u"history"_s, u"send"_s, u"void"_s})
            QVERIFY2(help.contains(u"kaunter "_s + command), qPrintable(command));
        for (const QString &option : {u"--demo"_s, u"--data-dir"_s})
            QVERIFY2(help.contains(option), qPrintable(option));
        // Every exit code a script may see, on its own line with what it means.
        const QList<std::pair<int, QString>> exitCodes = {
            {0, u"Successful"_s}, {10, u"Failed"_s}, {11, u"Refund"_s},
            {20, u"before any transaction existed"_s}, {30, u"still pending"_s},
            {2, u"usage, configuration or authentication error"_s},
            {3, u"another Kaunter process is driving this journal"_s}};
        for (const auto &[code, meaning] : exitCodes) {
            const QRegularExpression line(u"^\\s*%1\\s+.*%2"_s.arg(code).arg(QRegularExpression::escape(meaning)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(help).hasMatch(), qPrintable(u"exit code %1 (%2)"_s.arg(code).arg(meaning)));
        }
    }

    void versionPrintsTheVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--version") << QStringList{u"--version"_s};
        QTest::newRow("-v") << QStringList{u"-v"_s};
    }
    void versionPrintsTheVersion()
    {
        QFETCH(QStringList, arguments);
        const KaunterRunner::Result r = run(arguments);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), u"kaunter %1\n"_s.arg(QStringLiteral(KAUNTER_VERSION)));
    }

    // A command's own arguments are never help: exit 0 means Successful to a script.
    void helpAfterACommandIsAUsageError()
    {
        const KaunterRunner::Result r = run({u"pay"_s, u"--help"_s});
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QString::fromUtf8(r.err).contains(u"kaunter pay"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
