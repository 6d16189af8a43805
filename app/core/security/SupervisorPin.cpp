#include "security/SupervisorPin.h"

#include "security/ConstantTime.h"

#include "util/Clock.h"
#include "util/Settings.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr auto Scheme = "pbkdf2-sha256"_L1;
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, HashBytes);
}

struct Stored
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Stored> parse(const QString &text)
{
    const QStringList parts = text.split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return std::nullopt;
    bool ok = false;
    Stored s;
    s.iterations = parts.at(1).toInt(&ok);
    s.salt = QByteArray::fromBase64(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    s.hash = QByteArray::fromBase64(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || s.iterations < 1 || s.salt.isEmpty() || s.hash.size() != HashBytes)
        return std::nullopt;
    return s;
}
} // namespace

SupervisorPin::SupervisorPin(Settings &settings, const Clock &clock)
    : m_settings(settings)
    , m_clock(clock)
{
}

bool SupervisorPin::isSet() const
{
    return !m_settings.string(Settings::Key::SupervisorPin).isEmpty();
}

QString SupervisorPin::validateNew(const QString &pin)
{
    if (pin.size() < MinLength || pin.size() > MaxLength)
        return tr("The supervisor PIN has %1 to %2 digits.").arg(MinLength).arg(MaxLength);
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return tr("The supervisor PIN has digits only.");
    }
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down)
        return tr("Choose a supervisor PIN that is not one digit repeated or a run like 1234.");
    return {};
}

QString SupervisorPin::encode(const QString &pin, const QByteArray &salt, int iterations)
{
    return u"%1$%2$%3$%4"_s.arg(Scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool SupervisorPin::set(const QString &pin, QString *error)
{
    const QString why = validateNew(pin);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    m_settings.setValue(Settings::Key::SupervisorPin, encode(pin, salt, Iterations));
    if (!m_settings.sync()) {
        if (error)
            *error = tr("The settings file %1 cannot be written.").arg(m_settings.filePath());
        return false;
    }
    m_failures = 0;
    m_lockedUntil = {};
    return true;
}

void SupervisorPin::clear()
{
    m_settings.reset(Settings::Key::SupervisorPin);
    m_settings.sync();
}

int SupervisorPin::lockedForSecs() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 left = m_clock.now().secsTo(m_lockedUntil);
    return left > 0 ? int(left) : 0;
}

SupervisorPin::Check SupervisorPin::check(const QString &pin)
{
    if (lockedForSecs() > 0)
        return Check::LockedOut;
    const QString text = m_settings.string(Settings::Key::SupervisorPin);
    if (text.isEmpty())
        return Check::NotSet;
    const std::optional<Stored> stored = parse(text);
    if (!stored)
        return Check::Damaged;   // never "any PIN will do"
    if (ConstantTime::equal(derive(pin, stored->salt, stored->iterations), stored->hash)) {
        m_failures = 0;
        m_lockedUntil = {};
        return Check::Accepted;
    }
    if (++m_failures >= MaxFailures) {
        m_failures = 0;
        m_lockedUntil = m_clock.now().addSecs(LockoutSecs);
    }
    return Check::Wrong;
}
