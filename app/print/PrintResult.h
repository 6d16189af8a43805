#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// How one print job ended, for the cashier and the log. A printer failure is only ever this
// value: it never changes the sale (the print library does not know the journal).
struct PrintResult
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(PrintResult)
public:
    enum class Kind {
        Printed,         // every byte reached the printer (or its driver)
        Refused,         // nothing listens at that address and port (printer off or wrong port)
        Unreachable,     // no answer in time, or the host name is unknown
        Offline,         // the printer took the connection or file but not the job
        PaperOut,        // the printer reported its paper end sensor before anything was sent
        DeviceMissing,   // the device file does not exist (USB cable out, wrong path)
        WriteFailed,     // any other failure to hand over the job (permissions, I/O error)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Printed;
    QString message;          // translated, plain words, for the cashier; never empty
    bool retryable = false;   // pressing Retry may help (everything except a missing setup)

    bool printed() const { return kind == Kind::Printed; }

    static PrintResult success();
    // `message` overrides the kind's standard message (for a hint about this failure).
    static PrintResult failure(Kind kind, const QString &message = {});
    // The standard text for each kind.
    static QString standardMessage(Kind kind);
    // The enum name, for the log ("PaperOut").
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(PrintResult)
