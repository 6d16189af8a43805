#include "cli/CliOptions.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

std::optional<CliOptions::Command> CliOptions::commandFromName(const QString &name)
{
    if (name == "pay"_L1)
        return Command::Pay;
    if (name == "status"_L1)
        return Command::Status;
    if (name == "recover"_L1)
        return Command::Recover;
    if (name == "history"_L1)
        return Command::History;
    if (name == "send"_L1)
        return Command::Send;
    if (name == "void"_L1)
        return Command::Void;
    return std::nullopt;
}

std::optional<int> CliOptions::parseSeconds(const QString &text, bool allowZero)
{
    bool ok = false;
    const double secs = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(secs) || secs < 0 || (!allowZero && secs <= 0) || secs > 86400.0)
        return std::nullopt;
    return int(std::llround(secs * 1000.0));
}

QString CliOptions::usage()
{
    // One text for `kaunter --help` (answered without a display) and for usage errors.
    return tr("Usage:\n"
              "  kaunter [--demo] [--data-dir DIR]   start the till (needs a display)\n"
              "  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]\n"
              "              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]\n"
              "              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]\n"
              "  kaunter status REFID [--json]\n"
              "  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]\n"
              "  kaunter history [--json]\n"
              "  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]\n"
              "                                  send a sale that needs a decision now (same refid, same body)\n"
              "  kaunter void REFID [--deadline SECONDS] [--json]\n"
              "                                  never send a sale that needs a decision (refid never reused)\n"
              "  kaunter --help | --version\n"
              "Till options:\n"
              "  --demo          training mode: an IIMMPACT simulator inside Kaunter answers; no money moves;\n"
              "                  its own journal\n"
              "  --data-dir DIR  directory of the journal and local files\n"
              "Every command also takes --data-dir DIR. The data folder is --data-dir, else\n"
              "KAUNTER_DATA_DIR, else ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\\Kaunter),\n"
              "the same for the till and every command; --demo uses its demo subfolder.\n"
              "Configuration comes from the environment only: KAUNTER_API_BASE (without /v2),\n"
              "KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.\n"
              "Exit codes:\n"
              "   0  Succesful\n"
              "  10  Failed\n"
              "  11  Refund\n"
              "  12  Voided: never sent, by decision; nothing charged\n"
              "  20  Rejected: refused before any transaction existed\n"
              "  30  still pending, needs a decision included (journaled, recoverable)\n"
              "   2  usage, configuration or authentication error, with nothing pending\n"
              "   3  another Kaunter process is driving this journal (lock held)\n");
}

std::optional<CliOptions> CliOptions::parse(const QStringList &arguments, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<CliOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (arguments.size() < 2)
        return failWith(tr("No command given."));
    const std::optional<Command> command = commandFromName(arguments.at(1));
    if (!command)
        return failWith(tr("Unknown command \"%1\".").arg(arguments.at(1)));

    // Secrets on a command line end up in shell history and `ps`: refuse them by name.
    for (int i = 2; i < arguments.size(); ++i) {
        const QString a = arguments.at(i).toLower();
        for (const char *secret : {"--api-key", "--key", "--apikey", "--api-secret", "--secret",
                                   "--hmac", "--hmac-secret", "--password", "--token"}) {
            if (a == QLatin1String(secret) || a.startsWith(QLatin1String(secret) + u'=')) {
                return failWith(tr("%1: secrets are never accepted as command-line arguments; set "
                                   "KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.")
                                    .arg(arguments.at(i).section(u'=', 0, 0)));
            }
        }
    }

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, {}, u"DIR"_s);
    const QCommandLineOption product(u"product"_s, {}, u"CODE"_s);
    const QCommandLineOption account(u"account"_s, {}, u"ACC"_s);
    const QCommandLineOption amount(u"amount"_s, {}, u"AMT"_s);
    const QCommandLineOption subproduct(u"subproduct"_s, {}, u"CODE"_s);
    const QCommandLineOption ic(u"ic"_s, {}, u"NUMBER"_s);
    const QCommandLineOption passport(u"passport"_s);
    const QCommandLineOption biller(u"biller"_s, {}, u"CODE"_s);
    const QCommandLineOption ref2(u"ref2"_s, {}, u"REF"_s);
    const QCommandLineOption remarks(u"remarks"_s, {}, u"TEXT"_s);
    const QCommandLineOption refid(u"refid"_s, {}, u"REFID"_s);
    const QCommandLineOption pollInterval(u"poll-interval"_s, {}, u"SECONDS"_s);
    const QCommandLineOption deadline(u"deadline"_s, {}, u"SECONDS"_s);

    p.addOption(json);
    p.addOption(dataDir);
    switch (*command) {
    case Command::Pay:
        p.addOptions({product, account, amount, subproduct, ic, passport, biller, ref2, remarks,
                      refid, pollInterval, deadline});
        break;
    case Command::Recover:
        p.addOptions({pollInterval, deadline});
        break;
    case Command::Status:
        p.addPositionalArgument(u"REFID"_s, {});
        break;
    case Command::Send:
        p.addPositionalArgument(u"REFID"_s, {});
        p.addOptions({pollInterval, deadline});
        break;
    case Command::Void:
        p.addPositionalArgument(u"REFID"_s, {});
        p.addOption(deadline);
        break;
    case Command::History:
        break;
    }

    QStringList rest = arguments;
    rest.removeAt(1);   // QCommandLineParser wants: program, options...
    if (!p.parse(rest))
        return failWith(p.errorText());

    CliOptions o;
    o.command = *command;
    o.json = p.isSet(json);
    o.dataDir = p.value(dataDir);

    const QStringList positional = p.positionalArguments();
    if (*command == Command::Status || *command == Command::Send || *command == Command::Void) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return failWith(tr("%1 needs exactly one REFID.").arg(arguments.at(1)));
        o.refid = positional.first().trimmed();
    } else if (!positional.isEmpty()) {
        return failWith(tr("Unexpected argument \"%1\".").arg(positional.first()));
    }

    QList<const QCommandLineOption *> valued{&dataDir};
    if (*command == Command::Pay)
        valued << &product << &account << &amount << &subproduct << &ic << &biller << &ref2
               << &remarks << &refid << &pollInterval << &deadline;
    if (*command == Command::Recover || *command == Command::Send)
        valued << &pollInterval << &deadline;
    if (*command == Command::Void)
        valued << &deadline;
    for (const QCommandLineOption *single : std::as_const(valued)) {
        if (p.values(*single).size() > 1)
            return failWith(tr("--%1 given more than once.").arg(single->names().constFirst()));
    }

    if (*command == Command::Pay) {
        for (const QCommandLineOption *required : {&product, &account, &amount}) {
            if (!p.isSet(*required))
                return failWith(tr("pay needs --%1.").arg(required->names().constFirst()));
        }
        o.sale.product = p.value(product);
        o.sale.account = p.value(account);
        o.sale.amount = p.value(amount);
        o.sale.subproduct = p.value(subproduct);
        o.sale.icNumber = p.value(ic);
        o.sale.icIsPassport = p.isSet(passport);
        o.sale.billerCode = p.value(biller);
        o.sale.ref2 = p.value(ref2);
        o.sale.remarks = p.value(remarks);
        if (p.isSet(refid)) {
            o.refid = p.value(refid).trimmed();
            if (o.refid.isEmpty())
                return failWith(tr("--refid needs a value."));
            o.sale.correctsRefid = o.refid;
        }
    }
    if (*command == Command::Pay || *command == Command::Recover || *command == Command::Send
        || *command == Command::Void) {
        if (*command != Command::Void && p.isSet(pollInterval)) {
            o.pollIntervalMs = parseSeconds(p.value(pollInterval), true);
            if (!o.pollIntervalMs)
                return failWith(tr("--poll-interval needs a number of seconds >= 0, e.g. 0.5."));
        }
        if (p.isSet(deadline)) {
            o.deadlineMs = parseSeconds(p.value(deadline), false);
            if (!o.deadlineMs)
                return failWith(tr("--deadline needs a number of seconds > 0, e.g. 30."));
        }
    }
    return o;
}
