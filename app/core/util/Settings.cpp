#include "Settings.h"

#include <array>
#include <limits>

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
    int minimum = 0;                     // integer keys: accepted range, inclusive
    int maximum = std::numeric_limits<int>::max();
};

// The one table of keys and defaults. Poll interval: the seed asks for 5-10 s, and more
// than a minute would leave a sale unanswered too long; deadline: IIMMPACT may take 29 s to
// answer one request, so less than 10 s would give up on a sale still being processed.
const std::array<Entry, 19> &table()
{
    static const std::array<Entry, 19> entries{{
        {Settings::Key::Environment, "api/environment", QStringLiteral("demo")},
        {Settings::Key::ApiBaseUrl, "api/baseUrl", QString()},
        {Settings::Key::CaBundlePath, "api/caBundle", QString()},
        {Settings::Key::PollIntervalMs, "payment/pollIntervalMs", 7000, 1000, 60000},
        {Settings::Key::DeadlineMs, "payment/deadlineMs", 120000, 10000},
        {Settings::Key::LowBalanceThreshold, "float/lowBalanceRinggit", 200, 1},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::KioskMode, "ui/kiosk", false},
        {Settings::Key::DuplicateWindowMinutes, "payment/duplicateWindowMinutes", 10, 1, 24 * 60},
        // make-payment.txt: the customer waits at the counter for the answer. A sale that never
        // got one and is older than this is looked up at IIMMPACT before anything is sent.
        {Settings::Key::StaleSaleMinutes, "payment/staleSaleMinutes", 10, 1, 7 * 24 * 60},
        // <data folder>/logs/kaunter.log; QT_LOGGING_RULES, when set, overrides it (LogSink).
        {Settings::Key::LogLevel, "log/level", QStringLiteral("info")},
        // "pbkdf2-sha256$<iterations>$<salt>$<hash>" (SupervisorPin.h); empty: no PIN set yet.
        {Settings::Key::SupervisorPin, "supervisor/pin", QString()},
        // What a receipt prints above and below the sale (Receipt::Context).
        {Settings::Key::ShopName, "shop/name", QString()},
        {Settings::Key::ShopAddress, "shop/address", QString()},
        {Settings::Key::ShopRegistration, "shop/registration", QString()},
        {Settings::Key::ReceiptFooter, "receipt/footer", QString()},
        // Where receipts go. "pdf" asks for a file each time: the default until a printer is
        // chosen. The system printer's name is remembered after the first print dialog.
        {Settings::Key::PrinterKind, "printer/kind", QStringLiteral("pdf")},
        {Settings::Key::PrinterTarget, "printer/target", QString()},
        {Settings::Key::PrinterPaperMm, "printer/paperMm", 80, 58, 80},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key) { return QString::fromLatin1(entry(key).name); }
QVariant Settings::defaultValue(Key key) { return entry(key).defaultValue; }
QString Settings::filePath() const { return m_settings->fileName(); }

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QString::fromLatin1(e.name), e.defaultValue);
}

int Settings::integer(Key key) const
{
    const Entry &e = entry(key);
    bool ok = false;
    const int stored = value(key).toInt(&ok);
    if (!ok || stored < e.minimum || stored > e.maximum)
        return e.defaultValue.toInt();
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key) { m_settings->remove(keyName(key)); }

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
