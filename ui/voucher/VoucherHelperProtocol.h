#pragma once

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QUrl>
#include <QtGlobal>
#include <optional>

// The pipe between kaunter and its voucher helper process (kaunter-voucher): JSON objects,
// one per line, UTF-8. kaunter writes commands to the helper's standard input and reads
// events from its standard output.
//
// Why a pipe and not the command line: the voucher link can carry the voucher code, and a
// process's arguments are readable by every user of the machine (ps, /proc/<pid>/cmdline).
// Why the helper never sends a URL back: its events end up in kaunter's logs and tests; the
// host is all kaunter needs to tell the cashier what was stopped.
//
// End of the helper's standard input means kaunter is gone (or is done): the helper closes
// its window and exits, so a crashed till never leaves an orphaned browser behind.
namespace VoucherHelperProtocol {

struct Command
{
    enum class Kind { Open, Close };
    Kind kind = Kind::Open;
    QUrl url;                    // Open: the voucher link
    quint64 transientParent = 0; // Open: native id of kaunter's window (0: none)
    QRect parentGeometry;        // Open: where kaunter's window is, to place the voucher over it
};

struct Event
{
    enum class Kind {
        Shown,         // the window is on screen
        LoadFinished,  // ok: the page loaded
        Refused,       // what: "navigation" (host, scheme), "popup" or "download"
        Closed,        // the window is gone (the cashier closed it, or Close was asked)
        Error,         // message: an Open the helper could not carry out (translated)
    };
    Kind kind = Kind::Shown;
    bool ok = false;
    bool transient = false;      // Shown: the window was made transient for kaunter's window
    QString what;
    QString host;
    QString scheme;
    QString message;
};

// Each returns one line, '\n' included.
QByteArray encode(const Command &command);
QByteArray encode(const Event &event);

// nullopt for anything that is not a well-formed line of the protocol (blank lines, stray
// output of a library, a newer helper's unknown command): the reader ignores it.
std::optional<Command> decodeCommand(const QByteArray &line);
std::optional<Event> decodeEvent(const QByteArray &line);

} // namespace VoucherHelperProtocol
