#include "VoucherStdinReader.h"

#include <QFile>

void VoucherStdinReader::run()
{
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        // A line of the protocol is far below this; a longer one is a broken writer and is
        // cut here rather than grown without bound.
        constexpr qint64 MaxLine = 64 * 1024;
        for (;;) {
            const QByteArray line = in.readLine(MaxLine);
            if (line.isEmpty())
                break;   // end of input (readLine returns at least "\n" for a blank line)
            emit lineRead(line);
        }
    }
    emit inputEnded();
}
