#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

// Typed terminal settings: every key with its default in one table (Settings.cpp), stored in an
// INI file whose path is injected (tests use a temporary one). Secrets never live here: the API
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
    };

    explicit Settings(const QString &iniPath);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    bool flag(Key key) const { return value(key).toBool(); }

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString filePath() const;
    bool sync();   // false when the file cannot be written

private:
    std::unique_ptr<QSettings> m_settings;
};
