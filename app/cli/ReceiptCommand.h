#pragma once

#include "cli/CliOptions.h"
#include "print/EscPosRaster.h"
#include "receipt/Receipt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Journal;
class QTextStream;
class Settings;

// `kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy]`: one
// journaled sale's receipt as a file, drawn by the same ReceiptImage a printer gets:
//   pdf     ReceiptImage::writePdf (one 80 mm page, text stays text)
//   png     the slip image, exactly 384 (58 mm) or 576 (80 mm) dots wide
//   escpos  the job's bytes exactly as sent to a thermal printer (EscPosRaster::encodeJob:
//           ESC @, GS v 0 bands, feed, cut); `cat FILE > /dev/usb/lp0` prints it
// The shop header and footer come from the settings (Receipt::contextFromSettings), as the
// GUI's. --copy prints COPY at the top and hides the PIN and voucher link: a headless
// reprint has no supervisor to unlock them.
//
// Reads the journal only (no driver lock: it runs beside a till), writes FILE whole or not
// at all (QSaveFile). Exit codes: 0 written; 2 (SaleReport::Usage) for a refid not in the
// journal or a file that cannot be written. Needs a QGuiApplication (fonts): runCli makes
// one, offscreen, for this command.
class ReceiptCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommand)
public:
    ReceiptCommand(const CliOptions &options, const Journal &journal, const Settings &settings,
                   QTextStream &out, QTextStream &err);

    int run();

    // The receipt the command draws for `sale`: the settings' header and footer, a copy or
    // the original. Tests build the expected image from the same model.
    static Receipt receiptFor(const SaleRecord &sale, const Settings &settings, bool copy);
    // 58 -> Mm58, anything else -> Mm80.
    static EscPosRaster::PaperWidth paperWidth(int paperMm);
    // The file's bytes for `format`; empty when they could not be made.
    static QByteArray fileBytes(const Receipt &receipt, CliOptions::ReceiptFormat format,
                                EscPosRaster::PaperWidth width);
    static QString formatName(CliOptions::ReceiptFormat format);

private:
    int fail(const QString &message);

    const CliOptions &m_options;
    const Journal &m_journal;
    const Settings &m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
};
