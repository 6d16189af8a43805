#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Clock;
class Settings;

// The supervisor PIN: what a supervisor types to decide a sale the till would not send on its
// own (Send now / Void), and later to unlock PINs in history, leave kiosk mode or open the
// settings. Kept in the settings as a salted PBKDF2-HMAC-SHA256 hash, never as the PIN:
//
//   "pbkdf2-sha256$<iterations>$<salt, Base64>$<hash, Base64>"
//
// A new random salt on every set(). Verification compares in constant time. After
// MaxFailures wrong PINs in a row it refuses every try for LockoutSecs (counted in memory, by
// the injected clock): a four- to eight-digit PIN must not be guessable at the counter.
class SupervisorPin
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorPin)
public:
    static constexpr int MinLength = 4;
    static constexpr int MaxLength = 8;
    // 0.1 to 0.3 s per try on this project's build machine (tst_supervisorpin prints it): slow
    // enough to make guessing from a copied settings file expensive, fast enough at the counter.
    static constexpr int Iterations = 100000;
    static constexpr int MaxFailures = 5;
    static constexpr int LockoutSecs = 60;

    enum class Check {
        Accepted,
        Wrong,
        LockedOut,   // too many wrong PINs: lockedForSecs() says how long
        NotSet,      // no PIN stored yet
        Damaged,     // something is stored but it is not a hash of ours: refused, set it again
    };

    SupervisorPin(Settings &settings, const Clock &clock);

    bool isSet() const;
    // Empty when `pin` may become the PIN; else why not (translated): digits only, MinLength
    // to MaxLength long, not one digit repeated, not a straight run like 1234 or 4321.
    static QString validateNew(const QString &pin);
    // Stores the hash of `pin` (validated first). False with *error when it is refused or the
    // settings cannot be written.
    bool set(const QString &pin, QString *error = nullptr);
    void clear();

    Check check(const QString &pin);
    // While LockedOut: seconds until the next try is accepted.
    int lockedForSecs() const;

    // The stored form for `pin` with `salt` (tests compare against it).
    static QString encode(const QString &pin, const QByteArray &salt, int iterations);

private:
    Settings &m_settings;
    const Clock &m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};
