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
}

int runSimulatorMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kaunter-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAUNTER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList faultNames;
    const Simulator::Fault faults[] = {
        Simulator::Fault::DropAfterCommit, Simulator::Fault::LongDelay, Simulator::Fault::Html500,
        Simulator::Fault::GatewayTimeout504, Simulator::Fault::RateLimit429,
        Simulator::Fault::MalformedJson, Simulator::Fault::UnknownStatus, Simulator::Fault::Redirect,
        Simulator::Fault::Unauthorized401Once};
    for (Simulator::Fault f : faults)
        faultNames.append(Simulator::faultName(f));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Offline IIMMPACT API v2 simulator for Kaunter demos, training and tests.\n"
           "Magic accounts and faults are listed in app/sim/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption simulatorFlag(QStringLiteral("simulator"));
    simulatorFlag.setFlags(QCommandLineOption::HiddenFromHelp);   // `kaunter --simulator ...`
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port (0 = any free port). Default 8844."),
                                  tr("port"), QStringLiteral("8844"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address to listen on. Default 127.0.0.1 (this computer only)."),
                                  tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption acceptedMs(QStringLiteral("accepted-ms"),
                                        tr("How long a new transaction stays Accepted. Default 1000."), tr("ms"));
    const QCommandLineOption processingMs(QStringLiteral("processing-ms"),
                                          tr("How long it then stays Processing. Default 2000."), tr("ms"));
    const QCommandLineOption longDelayMs(QStringLiteral("long-delay-ms"),
                                         tr("Delay of the 'delay' fault. Default 35000."), tr("ms"));
    const QCommandLineOption balance(QStringLiteral("balance"), tr("Starting wallet balance in RM. Default 5000."),
                                     tr("amount"));
    const QCommandLineOption billers(QStringLiteral("billers"), tr("Number of JomPAY billers. Default 20000."),
                                     tr("count"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault into the next COUNT (default 1) /v2/topup requests. "
                                      "NAME is one of: %1.").arg(faultNames.join(QStringLiteral(", "))),
                                   tr("NAME[:COUNT]"));
    parser.addOptions({simulatorFlag, port, bind, acceptedMs, processingMs, longDelayMs, balance, billers, fault});
    parser.process(app);

    Simulator::Options options;
    QString error;
    int portValue = 0;
    if (!parseInt(parser, port.names().constFirst(), 0, &portValue, &error)
        || !parseInt(parser, acceptedMs.names().constFirst(), 0, &options.acceptedMs, &error)
        || !parseInt(parser, processingMs.names().constFirst(), 0, &options.processingMs, &error)
        || !parseInt(parser, longDelayMs.names().constFirst(), 0, &options.longDelayMs, &error)
        || !parseInt(parser, billers.names().constFirst(), 0, &options.billerCount, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (!parser.isSet(port))
        portValue = 8844;
    if (portValue > 65535) {
        err << tr("--port must be between 0 and 65535.") << Qt::endl;
        return 2;
    }
    options.port = quint16(portValue);
    if (parser.isSet(balance)) {
        bool ok = false;
        options.startingBalance = parser.value(balance).toDouble(&ok);
        if (!ok || options.startingBalance < 0) {
            err << tr("--balance needs an amount in RM, e.g. 5000 or 12.50.") << Qt::endl;
            return 2;
        }
    }
    const QHostAddress address(parser.value(bind));
    if (address.isNull()) {
        err << tr("--bind needs an IP address, e.g. 127.0.0.1 or 0.0.0.0.") << Qt::endl;
        return 2;
    }
    options.address = address;

    Simulator::Fault faultKind = Simulator::Fault::None;
    int faultCount = 0;
    if (parser.isSet(fault)) {
        const QStringList parts = parser.value(fault).split(QLatin1Char(':'));
        const auto kind = Simulator::faultFromName(parts.constFirst());
        bool ok = true;
        faultCount = parts.size() > 1 ? parts.at(1).toInt(&ok) : 1;
        if (!kind || !ok || faultCount < 1 || parts.size() > 2) {
            err << tr("Unknown --fault '%1'. Use NAME[:COUNT] with NAME one of: %2.")
                       .arg(parser.value(fault), faultNames.join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        faultKind = *kind;
    }

    Simulator simulator(options);
    if (!simulator.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (faultKind != Simulator::Fault::None)
        simulator.setNextFaults(faultKind, faultCount);

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
    if (faultKind != Simulator::Fault::None)
        out << tr("Next %1 /v2/topup request(s) get fault '%2'.").arg(faultCount).arg(Simulator::faultName(faultKind))
            << '\n';
    out.flush();
    return app.exec();
}
