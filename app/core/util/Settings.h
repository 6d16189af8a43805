#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

// Typed terminal settings: every key with its default in one table (Settings.cpp), stored in an
// INI file whose path is injected (tests use a temporary one). That table is the only place a
// default is written: the GUI, the CLI and the test harness read poll interval, deadline and
// low-balance threshold through here (KaunterServices), never from constants of their own. Secrets never live here: the API
// key and HMAC secret belong to the OS keychain (QtKeychain); the key table has no place for
// them, and a test checks the written file never holds one.
class Settings
{
public:
    enum class Key {
        Environment,          // "demo" | "staging" | "production"
        ApiBaseUrl,           // without /v2; empty in demo mode
        CaBundlePath,
        PollIntervalMs,
        DeadlineMs,
        LowBalanceThreshold,  // RM, whole ringgit
        Language,             // "", "en", "ms", "zh_CN", "ta"
        KioskMode,
        DuplicateWindowMinutes,
        StaleSaleMinutes,     // a never-answered sale older than this is looked up, not sent
        LogLevel,             // "debug" | "info" | "warning" | "critical" | "off" (LogSink)
        SupervisorPin,        // salted PBKDF2 hash of the supervisor PIN (SupervisorPin), never the PIN
        ShopName,             // receipt header: the shop as customers know it
        ShopAddress,          // receipt header; may hold line breaks
        ShopRegistration,     // receipt header: SSM registration number
        ReceiptFooter,        // receipt footer text; may hold line breaks
        PrinterKind,          // "system" | "escpos-tcp" | "escpos-device" | "pdf"
        PrinterTarget,        // system printer name, "host[:port]" or a device path
        PrinterPaperMm,       // 58 | 80: thermal paper width
    };

    explicit Settings(const QString &iniPath);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QString string(Key key) const { return value(key).toString(); }
    // The stored number when it is one and inside the key's range (Settings.cpp), else the
    // default: a hand-edited 0 ms poll interval must not turn into a busy loop.
    int integer(Key key) const;
    bool flag(Key key) const { return value(key).toBool(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    static int defaultInteger(Key key) { return defaultValue(key).toInt(); }
    QString filePath() const;
    bool sync();   // false when the file cannot be written

private:
    std::unique_ptr<QSettings> m_settings;
};
