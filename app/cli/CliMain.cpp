#include "cli/CliMain.h"

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "cli/SaleReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

bool isHeadlessCommand(int argc, char *argv[])
{
    return argc > 1 && CliOptions::commandFromName(QString::fromLocal8Bit(argv[1])).has_value();
}

int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Must match the GUI so that both find the same journal in AppDataLocation.
    QCoreApplication::setOrganizationName(u"Kaunter"_s);
    QCoreApplication::setApplicationName(u"kaunter"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
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
