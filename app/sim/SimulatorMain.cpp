#include "SimulatorMain.h"

#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SimulatorMain", text);
}

bool parseInt(const QCommandLineParser &parser, const QString &name, int min, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        *error = tr("--%1 needs a whole number of at least %2.").arg(name).arg(min);
        return false;
    }
    *out = value;
    return true;
}

QStringList injectableFaultNames()
{
    QStringList faultNames;
    const Simulator::Fault faults[] = {
        Simulator::Fault::DropAfterCommit, Simulator::Fault::LongDelay, Simulator::Fault::Html500,
        Simulator::Fault::GatewayTimeout504, Simulator::Fault::RateLimit429,
        Simulator::Fault::MalformedJson, Simulator::Fault::UnknownStatus, Simulator::Fault::Redirect,
        Simulator::Fault::Unauthorized401Once};
    for (Simulator::Fault f : faults)
        faultNames.append(Simulator::faultName(f));
    return faultNames;
}

// The options are declared once so that the parser and the code reading the values back
// cannot disagree on a name.
struct SimulatorCommandLine
{
    QCommandLineOption simulatorFlag;
    QCommandLineOption port;
    QCommandLineOption bind;
    QCommandLineOption acceptedMs;
    QCommandLineOption processingMs;
    QCommandLineOption longDelayMs;
    QCommandLineOption balance;
    QCommandLineOption billers;
    QCommandLineOption fault;
};

// A free function, not a constructor: lupdate would file the tr() calls of a member under a
// new "SimulatorCommandLine" context and the translation files would change.
SimulatorCommandLine simulatorCommandLine(const QStringList &faultNames)
{
    QCommandLineOption simulatorFlag(QStringLiteral("simulator"));
    simulatorFlag.setFlags(QCommandLineOption::HiddenFromHelp);   // `kaunter --simulator ...`
    return SimulatorCommandLine{
        simulatorFlag,
        QCommandLineOption(QStringLiteral("port"), tr("TCP port (0 = any free port). Default 8844."), tr("port"),
                           QStringLiteral("8844")),
        QCommandLineOption(QStringLiteral("bind"),
                           tr("Address to listen on. Default 127.0.0.1 (this computer only)."), tr("address"),
                           QStringLiteral("127.0.0.1")),
        QCommandLineOption(QStringLiteral("accepted-ms"),
                           tr("How long a new transaction stays Accepted. Default 1000."), tr("ms")),
        QCommandLineOption(QStringLiteral("processing-ms"),
                           tr("How long it then stays Processing. Default 2000."), tr("ms")),
        QCommandLineOption(QStringLiteral("long-delay-ms"), tr("Delay of the 'delay' fault. Default 35000."),
                           tr("ms")),
        QCommandLineOption(QStringLiteral("balance"), tr("Starting wallet balance in RM. Default 5000."),
                           tr("amount")),
        QCommandLineOption(QStringLiteral("billers"), tr("Number of JomPAY billers. Default 20000."),
                           tr("count")),
        QCommandLineOption(QStringLiteral("fault"),
                           tr("Inject a fault into the next COUNT (default 1) /v2/topup requests. "
                              "NAME is one of: %1.").arg(faultNames.join(QStringLiteral(", "))),
                           tr("NAME[:COUNT]")),
    };
}

void declareOptions(QCommandLineParser *parser, const SimulatorCommandLine &cl)
{
    parser->setApplicationDescription(
        tr("Offline IIMMPACT API v2 simulator for Kaunter demos, training and tests.\n"
           "Magic accounts and faults are listed in app/sim/README.md."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({cl.simulatorFlag, cl.port, cl.bind, cl.acceptedMs, cl.processingMs, cl.longDelayMs,
                        cl.balance, cl.billers, cl.fault});
}

// Fills `options` from the command line, or says in *error why it cannot (exit code 2).
bool readSimulatorOptions(const QCommandLineParser &parser, const SimulatorCommandLine &cl,
                          Simulator::Options *options, QString *error)
{
    int portValue = 0;
    if (!parseInt(parser, cl.port.names().constFirst(), 0, &portValue, error)
        || !parseInt(parser, cl.acceptedMs.names().constFirst(), 0, &options->acceptedMs, error)
        || !parseInt(parser, cl.processingMs.names().constFirst(), 0, &options->processingMs, error)
        || !parseInt(parser, cl.longDelayMs.names().constFirst(), 0, &options->longDelayMs, error)
        || !parseInt(parser, cl.billers.names().constFirst(), 0, &options->billerCount, error))
        return false;
    if (!parser.isSet(cl.port))
        portValue = 8844;
    if (portValue > 65535) {
        *error = tr("--port must be between 0 and 65535.");
        return false;
    }
    options->port = quint16(portValue);
    if (parser.isSet(cl.balance)) {
        bool ok = false;
        options->startingBalance = parser.value(cl.balance).toDouble(&ok);
        if (!ok || options->startingBalance < 0) {
            *error = tr("--balance needs an amount in RM, e.g. 5000 or 12.50.");
            return false;
        }
    }
    const QHostAddress address(parser.value(cl.bind));
    if (address.isNull()) {
        *error = tr("--bind needs an IP address, e.g. 127.0.0.1 or 0.0.0.0.");
        return false;
    }
    options->address = address;
    return true;
}

struct FaultRequest
{
    Simulator::Fault kind = Simulator::Fault::None;
    int count = 0;
};

// --fault NAME[:COUNT]; no --fault leaves `fault` at None.
bool readFault(const QCommandLineParser &parser, const SimulatorCommandLine &cl, const QStringList &faultNames,
               FaultRequest *fault, QString *error)
{
    if (!parser.isSet(cl.fault))
        return true;
    const QStringList parts = parser.value(cl.fault).split(QLatin1Char(':'));
    const auto kind = Simulator::faultFromName(parts.constFirst());
    bool ok = true;
    fault->count = parts.size() > 1 ? parts.at(1).toInt(&ok) : 1;
    if (!kind || !ok || fault->count < 1 || parts.size() > 2) {
        *error = tr("Unknown --fault '%1'. Use NAME[:COUNT] with NAME one of: %2.")
                     .arg(parser.value(cl.fault), faultNames.join(QStringLiteral(", ")));
        return false;
    }
    fault->kind = *kind;
    return true;
}

void announce(QTextStream &out, QTextStream &err, const Simulator &simulator, const QHostAddress &address,
              const FaultRequest &fault)
{
    if (!address.isLoopback()) {
        err << tr("WARNING: listening on %1, not loopback. Anyone who can reach this computer can "
                  "use the simulator with the published demo credentials.").arg(address.toString())
            << Qt::endl;
    }
    // Shell-friendly: `eval "$(kaunter-sim ... | head -3)"` configures a headless kaunter.
    // These are the simulator's published demo credentials, not secrets.
    out << "KAUNTER_API_BASE=" << simulator.baseUrl().toString() << '\n'
        << "KAUNTER_API_KEY=" << QString::fromLatin1(Simulator::demoApiKey()) << '\n'
        << "KAUNTER_API_SECRET=" << QString::fromLatin1(Simulator::demoSecretBase64()) << '\n'
        << tr("IIMMPACT simulator listening on %1 (demo credentials above are not real secrets).")
               .arg(simulator.baseUrl().toString())
        << '\n';
    if (fault.kind != Simulator::Fault::None)
        out << tr("Next %1 /v2/topup request(s) get fault '%2'.")
                   .arg(fault.count)
                   .arg(Simulator::faultName(fault.kind))
            << '\n';
    out.flush();
}
}

int runSimulatorMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kaunter-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList faultNames = injectableFaultNames();
    const SimulatorCommandLine cl = simulatorCommandLine(faultNames);
    QCommandLineParser parser;
    declareOptions(&parser, cl);
    parser.process(app);

    Simulator::Options options;
    FaultRequest fault;
    QString error;
    if (!readSimulatorOptions(parser, cl, &options, &error)
        || !readFault(parser, cl, faultNames, &fault, &error)) {
        err << error << Qt::endl;
        return 2;
    }

    Simulator simulator(options);
    if (!simulator.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (fault.kind != Simulator::Fault::None)
        simulator.setNextFaults(fault.kind, fault.count);
    announce(out, err, simulator, options.address, fault);
    return app.exec();
}
