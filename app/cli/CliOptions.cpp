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
    if (name == "receipt"_L1)
        return Command::Receipt;
    if (name == "reconcile"_L1)
        return Command::Reconcile;
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
              "  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]\n"
              "                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]\n"
              "                                  newest first; dates are this terminal's local days,\n"
              "                                  inclusive; REFID* matches a prefix; --csv writes the\n"
              "                                  sales to FILE (UTF-8, for spreadsheets; never PINs)\n"
              "  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]\n"
              "                                  send a sale that needs a decision now (same refid, same body)\n"
              "  kaunter void REFID [--deadline SECONDS] [--json]\n"
              "                                  never send a sale that needs a decision (refid never reused)\n"
              "  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]\n"
              "                                  write a sale's receipt: pdf (80 mm page), png (the\n"
              "                                  384/576-dot slip), escpos (the printer job's bytes);\n"
              "                                  --width defaults to the till's paper setting; --copy\n"
              "                                  marks a reprint COPY and hides the PIN and voucher link\n"
              "  kaunter reconcile --date YYYY-MM-DD [--json]\n"
              "                                  compare the journal with IIMMPACT's transaction list for that\n"
              "                                  Malaysian day; kept in the data folder's reports folder\n"
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
              "   2  usage, configuration or authentication error, with nothing pending;\n"
              "      reconcile: IIMMPACT's list could not be read (nothing compared)\n"
              "   3  another Kaunter process is driving this journal (lock held)\n"
              "  40  reconcile: the journal and IIMMPACT differ (each difference listed with what to do)\n");
}

// Every option any command takes, declared once so that declaring them and reading them back
// cannot disagree on a name.
struct CliOptions::OptionSet
{
    const QCommandLineOption json{u"json"_s};
    const QCommandLineOption dataDir{u"data-dir"_s, {}, u"DIR"_s};
    const QCommandLineOption product{u"product"_s, {}, u"CODE"_s};
    const QCommandLineOption account{u"account"_s, {}, u"ACC"_s};
    const QCommandLineOption amount{u"amount"_s, {}, u"AMT"_s};
    const QCommandLineOption subproduct{u"subproduct"_s, {}, u"CODE"_s};
    const QCommandLineOption ic{u"ic"_s, {}, u"NUMBER"_s};
    const QCommandLineOption passport{u"passport"_s};
    const QCommandLineOption biller{u"biller"_s, {}, u"CODE"_s};
    const QCommandLineOption ref2{u"ref2"_s, {}, u"REF"_s};
    const QCommandLineOption remarks{u"remarks"_s, {}, u"TEXT"_s};
    const QCommandLineOption refid{u"refid"_s, {}, u"REFID"_s};
    const QCommandLineOption pollInterval{u"poll-interval"_s, {}, u"SECONDS"_s};
    const QCommandLineOption deadline{u"deadline"_s, {}, u"SECONDS"_s};
    const QCommandLineOption from{u"from"_s, {}, u"YYYY-MM-DD"_s};
    const QCommandLineOption to{u"to"_s, {}, u"YYYY-MM-DD"_s};
    const QCommandLineOption status{u"status"_s, {}, u"NAME"_s};
    const QCommandLineOption csv{u"csv"_s, {}, u"FILE"_s};
    const QCommandLineOption format{u"format"_s, {}, u"pdf|png|escpos"_s};
    const QCommandLineOption width{u"width"_s, {}, u"58|80"_s};
    const QCommandLineOption out{u"out"_s, {}, u"FILE"_s};
    const QCommandLineOption copy{u"copy"_s};
    const QCommandLineOption date{u"date"_s, {}, u"YYYY-MM-DD"_s};

    // Only the options `command` takes, so that any other one is a parse error.
    void declareFor(Command command, QCommandLineParser *p) const
    {
        p->addOption(json);
        p->addOption(dataDir);
        switch (command) {
        case Command::Pay:
            p->addOptions({product, account, amount, subproduct, ic, passport, biller, ref2, remarks,
                           refid, pollInterval, deadline});
            break;
        case Command::Recover:
            p->addOptions({pollInterval, deadline});
            break;
        case Command::Status:
            p->addPositionalArgument(u"REFID"_s, {});
            break;
        case Command::Send:
            p->addPositionalArgument(u"REFID"_s, {});
            p->addOptions({pollInterval, deadline});
            break;
        case Command::Void:
            p->addPositionalArgument(u"REFID"_s, {});
            p->addOption(deadline);
            break;
        case Command::History:
            p->addOptions({from, to, status, account, product, refid, csv});
            break;
        case Command::Receipt:
            p->addPositionalArgument(u"REFID"_s, {});
            p->addOptions({format, width, out, copy});
            break;
        case Command::Reconcile:
            p->addOption(date);
            break;
        }
    }
};

QString CliOptions::secretArgumentError(const QStringList &arguments)
{
    // Secrets on a command line end up in shell history and `ps`: refuse them by name.
    for (int i = 2; i < arguments.size(); ++i) {
        const QString a = arguments.at(i).toLower();
        for (const char *secret : {"--api-key", "--key", "--apikey", "--api-secret", "--secret",
                                   "--hmac", "--hmac-secret", "--password", "--token"}) {
            if (a == QLatin1String(secret) || a.startsWith(QLatin1String(secret) + u'=')) {
                return tr("%1: secrets are never accepted as command-line arguments; set "
                          "KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.")
                    .arg(arguments.at(i).section(u'=', 0, 0));
            }
        }
    }
    return {};
}

// status, send, void and receipt name one sale; the other commands take no positional argument.
QString CliOptions::readRefid(const QCommandLineParser &p, const QStringList &arguments, CliOptions *o)
{
    const QStringList positional = p.positionalArguments();
    if (o->command == Command::Status || o->command == Command::Send || o->command == Command::Void
        || o->command == Command::Receipt) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return tr("%1 needs exactly one REFID.").arg(arguments.at(1));
        o->refid = positional.first().trimmed();
    } else if (!positional.isEmpty()) {
        return tr("Unexpected argument \"%1\".").arg(positional.first());
    }
    return {};
}

// QCommandLineParser keeps every repeat; a second --amount would otherwise be silently dropped.
QString CliOptions::repeatedOptionError(const QCommandLineParser &p, const OptionSet &opts, Command command)
{
    QList<const QCommandLineOption *> valued{&opts.dataDir};
    if (command == Command::Pay)
        valued << &opts.product << &opts.account << &opts.amount << &opts.subproduct << &opts.ic << &opts.biller
               << &opts.ref2 << &opts.remarks << &opts.refid << &opts.pollInterval << &opts.deadline;
    if (command == Command::Recover || command == Command::Send)
        valued << &opts.pollInterval << &opts.deadline;
    if (command == Command::Void)
        valued << &opts.deadline;
    if (command == Command::History)
        valued << &opts.from << &opts.to << &opts.status << &opts.account << &opts.product
               << &opts.refid << &opts.csv;
    if (command == Command::Receipt)
        valued << &opts.format << &opts.width << &opts.out;
    if (command == Command::Reconcile)
        valued << &opts.date;
    for (const QCommandLineOption *single : std::as_const(valued)) {
        if (p.values(*single).size() > 1)
            return tr("--%1 given more than once.").arg(single->names().constFirst());
    }
    return {};
}

QString CliOptions::readSale(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    for (const QCommandLineOption *required : {&opts.product, &opts.account, &opts.amount}) {
        if (!p.isSet(*required))
            return tr("pay needs --%1.").arg(required->names().constFirst());
    }
    o->sale.product = p.value(opts.product);
    o->sale.account = p.value(opts.account);
    o->sale.amount = p.value(opts.amount);
    o->sale.subproduct = p.value(opts.subproduct);
    o->sale.icNumber = p.value(opts.ic);
    o->sale.icIsPassport = p.isSet(opts.passport);
    o->sale.billerCode = p.value(opts.biller);
    o->sale.ref2 = p.value(opts.ref2);
    o->sale.remarks = p.value(opts.remarks);
    if (p.isSet(opts.refid)) {
        o->refid = p.value(opts.refid).trimmed();
        if (o->refid.isEmpty())
            return tr("--refid needs a value.");
        o->sale.correctsRefid = o->refid;
    }
    return {};
}

// --poll-interval and --deadline, for the commands that wait for an outcome.
QString CliOptions::readTiming(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    if (o->command != Command::Void && p.isSet(opts.pollInterval)) {
        o->pollIntervalMs = parseSeconds(p.value(opts.pollInterval), true);
        if (!o->pollIntervalMs)
            return tr("--poll-interval needs a number of seconds >= 0, e.g. 0.5.");
    }
    if (p.isSet(opts.deadline)) {
        o->deadlineMs = parseSeconds(p.value(opts.deadline), false);
        if (!o->deadlineMs)
            return tr("--deadline needs a number of seconds > 0, e.g. 30.");
    }
    return {};
}

namespace {

// The names --status takes: the journal's state names (any case), the API's "Succesful" also
// spelled correctly, and "pending" for every state still waiting for an outcome or a decision.
std::optional<QList<SaleState>> statesFromNames(const QString &text)
{
    QList<SaleState> out;
    for (const QString &raw : text.split(u',')) {
        const QString name = raw.trimmed().toLower();
        if (name == "pending"_L1) {
            out << SaleHistoryQuery::pendingStates();
            continue;
        }
        if (name == "successful"_L1) {
            out << SaleState::Succesful;
            continue;
        }
        std::optional<SaleState> found;
        for (SaleState s : {SaleState::New, SaleState::Accepted, SaleState::Processing, SaleState::Unknown,
                            SaleState::Rejected, SaleState::Succesful, SaleState::Failed, SaleState::Refund,
                            SaleState::NeedsDecision, SaleState::Voided}) {
            if (saleStateName(s).toLower() == name)
                found = s;
        }
        if (!found)
            return std::nullopt;
        out << *found;
    }
    return out;
}

} // namespace

// history's filters and --csv; nothing is read from the journal when one is wrong.
QString CliOptions::readHistory(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    SaleHistoryQuery::Filter &f = o->historyFilter;
    for (const auto &[option, date] : {std::pair{&opts.from, &f.from}, std::pair{&opts.to, &f.to}}) {
        if (!p.isSet(*option))
            continue;
        *date = QDate::fromString(p.value(*option).trimmed(), Qt::ISODate);
        if (!date->isValid())
            return tr("--%1 needs a date as YYYY-MM-DD, e.g. 2025-03-31.").arg(option->names().constFirst());
    }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return tr("--from %1 is after --to %2.").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    if (p.isSet(opts.status)) {
        const std::optional<QList<SaleState>> states = statesFromNames(p.value(opts.status));
        if (!states) {
            return tr("--status \"%1\" is not a status; use pending, New, Accepted, Processing, Unknown, "
                      "Rejected, Successful, Failed, Refund, NeedsDecision or Voided (comma-separated).")
                .arg(p.value(opts.status));
        }
        f.states = *states;
    }
    f.account = p.value(opts.account).trimmed();
    f.product = p.value(opts.product).trimmed();
    f.refid = p.value(opts.refid).trimmed();
    if (f.refid.endsWith(u'*')) {
        f.refid.chop(1);
        f.refidPrefix = true;
    }
    for (const QCommandLineOption *given : {&opts.account, &opts.product, &opts.refid, &opts.csv}) {
        if (p.isSet(*given) && p.value(*given).trimmed().isEmpty())
            return tr("--%1 needs a value.").arg(given->names().constFirst());
    }
    if (f.refidPrefix && f.refid.isEmpty())
        return tr("--refid needs a value.");
    o->historyFiltered = f.from.isValid() || f.to.isValid() || !f.states.isEmpty() || !f.account.isEmpty()
        || !f.product.isEmpty() || !f.refid.isEmpty();
    o->csvFile = p.value(opts.csv);
    return {};
}

// receipt's --format, --width, --out and --copy; the journal is not read when one is wrong.
QString CliOptions::readReceipt(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    const QString format = p.value(opts.format).trimmed().toLower();
    if (format == "pdf"_L1)
        o->receiptFormat = ReceiptFormat::Pdf;
    else if (format == "png"_L1)
        o->receiptFormat = ReceiptFormat::Png;
    else if (format == "escpos"_L1)
        o->receiptFormat = ReceiptFormat::EscPos;
    else if (!p.isSet(opts.format))
        return tr("receipt needs --format pdf, png or escpos.");
    else
        return tr("--format \"%1\" is not a receipt format; use pdf, png or escpos.").arg(p.value(opts.format));
    if (p.isSet(opts.width)) {
        const QString width = p.value(opts.width).trimmed();
        if (width != "58"_L1 && width != "80"_L1)
            return tr("--width \"%1\" is not a paper width; use 58 or 80 (mm).").arg(p.value(opts.width));
        o->paperMm = width.toInt();
    }
    o->outFile = p.value(opts.out);
    if (o->outFile.trimmed().isEmpty())
        return tr("receipt needs --out FILE.");
    o->copy = p.isSet(opts.copy);
    return {};
}

// reconcile --date: one Malaysian calendar day, required.
QString CliOptions::readReconcile(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    if (!p.isSet(opts.date))
        return tr("reconcile needs --date YYYY-MM-DD (a day in Malaysian time), e.g. 2025-03-31.");
    o->reconcileDate = QDate::fromString(p.value(opts.date).trimmed(), Qt::ISODate);
    if (!o->reconcileDate.isValid())
        return tr("--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.");
    return {};
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
    if (const QString why = secretArgumentError(arguments); !why.isEmpty())
        return failWith(why);

    const OptionSet opts;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    opts.declareFor(*command, &p);
    QStringList rest = arguments;
    rest.removeAt(1);   // QCommandLineParser wants: program, options...
    if (!p.parse(rest))
        return failWith(p.errorText());

    CliOptions o;
    o.command = *command;
    o.json = p.isSet(opts.json);
    o.dataDir = p.value(opts.dataDir);
    // Same order as the checks were always made, so the first error reported does not change.
    QString why = readRefid(p, arguments, &o);
    if (why.isEmpty())
        why = repeatedOptionError(p, opts, *command);
    if (why.isEmpty() && *command == Command::Pay)
        why = readSale(p, opts, &o);
    if (why.isEmpty() && *command != Command::Status && *command != Command::History
        && *command != Command::Receipt && *command != Command::Reconcile)
        why = readTiming(p, opts, &o);
    if (why.isEmpty() && *command == Command::History)
        why = readHistory(p, opts, &o);
    if (why.isEmpty() && *command == Command::Receipt)
        why = readReceipt(p, opts, &o);
    if (why.isEmpty() && *command == Command::Reconcile)
        why = readReconcile(p, opts, &o);
    if (!why.isEmpty())
        return failWith(why);
    return o;
}
