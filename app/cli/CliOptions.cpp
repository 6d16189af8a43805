#include "cli/CliOptions.h"

#include "validation/Money.h"

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
    if (name == "shift"_L1)
        return Command::Shift;
    if (name == "zreport"_L1)
        return Command::ZReport;
    return std::nullopt;
}

bool CliOptions::drivesJournal() const
{
    if (command == Command::History || command == Command::Receipt || command == Command::Reconcile
        || command == Command::ZReport)
        return false;
    return !(command == Command::Shift && shiftAction == ShiftAction::Status);
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
              "  kaunter reconcile --shift [N] [--json]\n"
              "                                  the same for Z-report N's shift, opened to closed (no N: the\n"
              "                                  latest Z-report)\n"
              "  kaunter shift open --cashier NAME --float AMOUNT [--json]\n"
              "  kaunter shift status [--json]   the open shift so far: sales by product and status\n"
              "  kaunter shift close --counted AMOUNT [--json]\n"
              "                                  count the drawer first: the expected cash and the\n"
              "                                  variance are printed only after the count\n"
              "  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]\n"
              "                                  reprint Z-report N (default: the latest), or export it\n"
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
              "   0  Successful\n"
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
    const QCommandLineOption shift{u"shift"_s};   // reconcile --shift [N]: N is positional
    const QCommandLineOption cashier{u"cashier"_s, {}, u"NAME"_s};
    const QCommandLineOption cashFloat{u"float"_s, {}, u"AMOUNT"_s};
    const QCommandLineOption counted{u"counted"_s, {}, u"AMOUNT"_s};
    const QCommandLineOption pdf{u"pdf"_s, {}, u"FILE"_s};

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
            p->addPositionalArgument(u"N"_s, {});
            p->addOptions({date, shift});
            break;
        case Command::Shift:
            p->addPositionalArgument(u"ACTION"_s, {});
            p->addOptions({cashier, cashFloat, counted});
            break;
        case Command::ZReport:
            p->addPositionalArgument(u"N"_s, {});
            p->addOptions({csv, pdf});
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
    } else if (!positional.isEmpty() && o->command != Command::Shift && o->command != Command::ZReport
               && o->command != Command::Reconcile) {
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
    if (command == Command::Shift)
        valued << &opts.cashier << &opts.cashFloat << &opts.counted;
    if (command == Command::ZReport)
        valued << &opts.csv << &opts.pdf;
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

// reconcile: exactly one of --date (one Malaysian calendar day) and --shift [N] (Z-report N's
// shift, opened to closed; no N: the latest Z-report).
QString CliOptions::readReconcile(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    const QStringList positional = p.positionalArguments();
    if (p.isSet(opts.date) == p.isSet(opts.shift))
        return tr("reconcile needs exactly one of --date YYYY-MM-DD (a day in Malaysian time, e.g. "
                  "2025-03-31) and --shift [N] (Z-report N's shift; no N: the latest).");
    if (p.isSet(opts.shift)) {
        o->reconcileShift = true;
        if (positional.size() > 1)
            return tr("--shift takes at most one Z number.");
        if (!positional.isEmpty()) {
            bool ok = false;
            o->zNumber = positional.first().trimmed().toInt(&ok);
            if (!ok || o->zNumber <= 0)
                return tr("\"%1\" is not a Z-report number (1, 2, 3...).").arg(positional.first());
        }
        return {};
    }
    if (!positional.isEmpty())
        return tr("Unexpected argument \"%1\".").arg(positional.first());
    o->reconcileDate = QDate::fromString(p.value(opts.date).trimmed(), Qt::ISODate);
    if (!o->reconcileDate.isValid())
        return tr("--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.");
    return {};
}

// shift open|status|close and the options each action takes; amounts through Money's one
// reader (no sign, at most two decimals), so nothing is written when one is wrong.
QString CliOptions::readShift(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0).trimmed();
    if (positional.size() != 1 || !(action == "open"_L1 || action == "status"_L1 || action == "close"_L1))
        return tr("shift needs one action: open, status or close.");
    o->shiftAction = action == "open"_L1 ? ShiftAction::Open
        : action == "close"_L1           ? ShiftAction::Close
                                         : ShiftAction::Status;
    const QList<std::pair<const QCommandLineOption *, ShiftAction>> owners{
        {&opts.cashier, ShiftAction::Open}, {&opts.cashFloat, ShiftAction::Open}, {&opts.counted, ShiftAction::Close}};
    for (const auto &[option, owner] : owners) {
        const bool mine = owner == o->shiftAction;
        if (p.isSet(*option) && !mine)
            return tr("--%1 does not go with shift %2.").arg(option->names().constFirst(), action);
        if (mine && !p.isSet(*option))
            return tr("shift %1 needs --%2.").arg(action, option->names().constFirst());
    }
    QString error;
    if (o->shiftAction == ShiftAction::Open) {
        o->cashier = p.value(opts.cashier);
        const std::optional<qint64> sen = Money::parseSen(p.value(opts.cashFloat), &error);
        if (!sen)
            return tr("--float: %1").arg(error);
        o->floatSen = *sen;
    } else if (o->shiftAction == ShiftAction::Close) {
        const std::optional<qint64> sen = Money::parseSen(p.value(opts.counted), &error);
        if (!sen)
            return tr("--counted: %1").arg(error);
        o->countedSen = *sen;
    }
    return {};
}

// zreport [N] [--csv FILE] [--pdf FILE]
QString CliOptions::readZReport(const QCommandLineParser &p, const OptionSet &opts, CliOptions *o)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1)
        return tr("zreport takes at most one Z number.");
    if (!positional.isEmpty()) {
        bool ok = false;
        o->zNumber = positional.first().trimmed().toInt(&ok);
        if (!ok || o->zNumber <= 0)
            return tr("\"%1\" is not a Z-report number (1, 2, 3...).").arg(positional.first());
    }
    for (const QCommandLineOption *given : {&opts.csv, &opts.pdf}) {
        if (p.isSet(*given) && p.value(*given).trimmed().isEmpty())
            return tr("--%1 needs a value.").arg(given->names().constFirst());
    }
    o->csvFile = p.value(opts.csv);
    o->pdfFile = p.value(opts.pdf);
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
    const bool timed = *command == Command::Pay || *command == Command::Recover || *command == Command::Send
        || *command == Command::Void;
    if (why.isEmpty() && timed)
        why = readTiming(p, opts, &o);
    if (why.isEmpty() && *command == Command::History)
        why = readHistory(p, opts, &o);
    if (why.isEmpty() && *command == Command::Shift)
        why = readShift(p, opts, &o);
    if (why.isEmpty() && *command == Command::ZReport)
        why = readZReport(p, opts, &o);
    if (why.isEmpty() && *command == Command::Receipt)
        why = readReceipt(p, opts, &o);
    if (why.isEmpty() && *command == Command::Reconcile)
        why = readReconcile(p, opts, &o);
    if (!why.isEmpty())
        return failWith(why);
    return o;
}
