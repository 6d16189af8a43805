#include "cli/CliMain.h"

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "cli/SaleReport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum class Information { None, Help, Version };

// `arguments` as QCoreApplication::arguments(). The till's own options may come first
// (`kaunter --demo --help`); a headless command's arguments are its own: `pay --remarks -h`
// is a sale, and its usage errors exit 2, never 0, which a wrapper would read as Succesful.
Information informationRequest(const QStringList &arguments)
{
    if (arguments.size() < 2 || CliOptions::commandFromName(arguments.at(1)))
        return Information::None;
    if (arguments.at(1) == "help"_L1)
        return Information::Help;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--help"_L1 || a == "-h"_L1 || a == "-?"_L1 || a == "--help-all"_L1)
            return Information::Help;
        if (a == "--version"_L1 || a == "-v"_L1)
            return Information::Version;
    }
    return Information::None;
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

// `receipt` and `zreport --pdf` draw text (fonts need a QGuiApplication); the other commands
// need no Gui at all. They draw into images and PDFs only, so they never need a display: unless
// the user chose a platform, the offscreen one, also when a DISPLAY is set (an X server's font
// settings would only make the pixels differ from the same receipt drawn elsewhere, and a
// till's CLI may run over SSH).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const QStringList arguments = argumentList(argc, argv);
    const std::optional<CliOptions::Command> command = arguments.size() > 1
        ? CliOptions::commandFromName(arguments.at(1)) : std::nullopt;
    const bool pdf = command == CliOptions::Command::ZReport
        && std::any_of(arguments.cbegin(), arguments.cend(),
                       [](const QString &a) { return a == "--pdf"_L1 || a.startsWith("--pdf="_L1); });
    if (command != CliOptions::Command::Receipt && !pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

bool isHeadlessCommand(int argc, char *argv[])
{
    return argc > 1 && CliOptions::commandFromName(QString::fromLocal8Bit(argv[1])).has_value();
}

bool isHelpOrVersionRequest(int argc, char *argv[])
{
    return informationRequest(argumentList(argc, argv)) != Information::None;
}

int runCli(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    // Must match the GUI so that both find the same journal in AppDataLocation.
    QCoreApplication::setOrganizationName(u"Kaunter"_s);
    QCoreApplication::setApplicationName(u"kaunter"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    switch (informationRequest(arguments)) {
    case Information::Help:
        out << CliOptions::usage();
        return 0;
    case Information::Version:
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return 0;
    case Information::None:
        break;
    }
    QString error;
    const std::optional<CliOptions> options = CliOptions::parse(arguments, &error);
    if (!options) {
        err << u"kaunter: "_s << error << u'\n' << CliOptions::usage();
        err.flush();
        if (arguments.contains(u"--json"_s)) {
            out << QString::fromUtf8(QJsonDocument(SaleReport::error(error)).toJson(QJsonDocument::Indented));
            out.flush();
        }
        return SaleReport::Usage;
    }
    CliCommands commands(*options, out, err);
    const int rc = commands.run();
    out.flush();
    err.flush();
    return rc;
}
