#include "PrintResult.h"

#include <QMetaEnum>

PrintResult PrintResult::success()
{
    return PrintResult{Kind::Printed, standardMessage(Kind::Printed), false};
}

PrintResult PrintResult::failure(Kind kind, const QString &message)
{
    // A missing device needs someone to plug it in or fix the setting, but Retry after that is
    // exactly what the cashier wants, so every failure offers it.
    return PrintResult{kind, message.isEmpty() ? standardMessage(kind) : message, kind != Kind::Printed};
}

QString PrintResult::standardMessage(Kind kind)
{
    switch (kind) {
    case Kind::Printed:
        return tr("The receipt was sent to the printer.");
    case Kind::Refused:
        return tr("The printer refused the connection. Check that it is switched on and that the printer "
                  "address and port are right, then press Retry.");
    case Kind::Unreachable:
        return tr("The printer did not answer. Check that it is switched on and that its network cable is "
                  "plugged in, then press Retry.");
    case Kind::Offline:
        return tr("The printer is not taking the receipt. Check that the cover is closed, that there is paper "
                  "and that the printer shows no error, then press Retry.");
    case Kind::PaperOut:
        return tr("The printer is out of paper. Put in a new roll, close the cover, then press Retry.");
    case Kind::DeviceMissing:
        return tr("The printer is not connected. Check its USB or serial cable and that it is switched on, "
                  "then press Retry.");
    case Kind::WriteFailed:
        return tr("The receipt could not be sent to the printer. Check the printer, then press Retry.");
    }
    return {};
}

QString PrintResult::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}
