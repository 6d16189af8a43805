#include "util/Log.h"

#include "validation/IdentityNumber.h"
#include "validation/InputText.h"
#include "validation/MyKad.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QMutexLocker>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

// Info and above by default: the log/level setting's default (Settings.cpp).
Q_LOGGING_CATEGORY(lcApi, "kaunter.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "kaunter.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "kaunter.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "kaunter.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kaunter.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "kaunter.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrint, "kaunter.print", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReconcile, "kaunter.reconcile", QtInfoMsg)

// ---------------------------------------------------------------------------------------------
// Redact

namespace {

enum class Rule { Keep, Secret, Link, Identity, Account };

const QString RedactedMark = u"<redacted>"_s;
const QString LinkMark = u"<link>"_s;

QString normalizedKey(const QString &key)
{
    QString k = key.toLower();
    k.replace(u'-', u'_');
    return k;
}

Rule ruleFor(const QString &key)
{
    const QString k = normalizedKey(key);
    // Credentials under any name a server or a header may give them.
    for (QLatin1StringView part : {"secret"_L1, "signature"_L1, "authorization"_L1, "api_key"_L1,
                                   "apikey"_L1, "password"_L1, "token"_L1, "cookie"_L1}) {
        if (k.contains(part))
            return Rule::Secret;
    }
    // A voucher PIN (or eSIM activation code) is the product itself: whoever reads it owns it.
    if (k == "pin"_L1 || k.startsWith("pin_"_L1) || k.endsWith("_pin"_L1))
        return Rule::Secret;
    // A voucher link opens the voucher: a capability, like the PIN.
    if (k == "voucherlink"_L1 || k == "voucher_link"_L1 || k == "url"_L1 || k.endsWith("_url"_L1)
        || k.endsWith("link"_L1))
        return Rule::Link;
    // AMLA: the full IC is kept in the journal only, never in a log (as on receipts).
    for (QLatin1StringView name : {"ic"_L1, "ic_number"_L1, "ic_no"_L1, "id_number"_L1, "nric"_L1,
                                   "identity_number"_L1, "mykad"_L1}) {
        if (k == name)
            return Rule::Identity;
    }
    // PTPTN's SSPN account is the IC itself, and PTPTN look-ups send the IC as account_number.
    if (k.contains("account"_L1))
        return Rule::Account;
    return Rule::Keep;
}

// Text of a scalar JSON value; empty for null/undefined/containers.
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

QJsonValue keepWalking(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), Redact::json(it.key(), it.value()));
    return out;
}

// A value under a key with no rule of its own: only its children's keys decide.
QJsonValue keepWalking(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(keepWalking(v));
        return out;
    }
    return value;
}

} // namespace

QString Redact::account(const QString &account)
{
    const QString digits = MyKad::stripSeparators(account);
    if (digits.size() == 12 && InputText::isAsciiDigits(digits)
        && MyKad::birthDate(digits, QDate::currentDate()))
        return IdentityNumber::mask(digits);
    return account;
}

QJsonValue Redact::json(const QString &key, const QJsonValue &value)
{
    switch (ruleFor(key)) {
    case Rule::Keep:
        return keepWalking(value);
    case Rule::Secret:
        return isEmptyValue(value) ? value : QJsonValue(RedactedMark);
    case Rule::Link:
        return isEmptyValue(value) ? value : QJsonValue(LinkMark);
    case Rule::Identity:
        if (isEmptyValue(value))
            return value;
        if (value.isObject() || value.isArray())
            return RedactedMark;
        return IdentityNumber::mask(scalarText(value));
    case Rule::Account:
        if (value.isObject() || value.isArray())
            return keepWalking(value);
        if (value.isString() || value.isDouble()) {
            const QString text = scalarText(value);
            const QString masked = account(text);
            return masked == text ? value : QJsonValue(masked);
        }
        return value;
    }
    return RedactedMark;   // unreachable: a new rule must say what it keeps
}

QString Redact::value(const QString &key, const QString &value)
{
    return scalarText(json(key, QJsonValue(value)));
}

QString Redact::body(const QByteArray &json, int maxChars)
{
    if (json.isEmpty())
        return u"<empty>"_s;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray()))
        return u"<%1 bytes, not JSON>"_s.arg(json.size());
    const QJsonValue redacted = keepWalking(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    const QByteArray text = redacted.isObject()
        ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
        : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    QString out = QString::fromUtf8(text);
    if (maxChars > 0 && out.size() > maxChars) {
        const qsizetype cut = out.size() - maxChars;
        out.truncate(maxChars);
        out += u"...(%1 more characters)"_s.arg(cut);
    }
    return out;
}

QString Redact::query(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const auto &item : items)
        parts << item.first + u'=' + value(item.first, item.second);
    return parts.join(u'&');
}

QString Redact::headers(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList parts;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        if (ruleFor(name) == Rule::Secret)
            continue;   // dropped: not even its length says anything useful
        parts << name + u": "_s + value(name, QString::fromLatin1(h.second));
    }
    return parts.join(u"; "_s);
}

// ---------------------------------------------------------------------------------------------
// LogSink

namespace {

// The one pointer qInstallMessageHandler's plain function needs (see Log.h), and the lock that
// keeps a sink alive while the handler writes through it.
LogSink *s_installed = nullptr;
QMutex &installLock()
{
    static QMutex lock;
    return lock;
}
// A message raised while a line is written (a file error) must not re-enter the sink.
thread_local bool t_inHandler = false;

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

} // namespace

LogSink::LogSink(Options options)
    : m_options(std::move(options))
    , m_path(QDir(m_options.folder).filePath(u"kaunter.log"_s))
{
    m_options.maxFiles = std::max(1, m_options.maxFiles);
    m_options.maxFileBytes = std::max<qint64>(1024, m_options.maxFileBytes);
}

LogSink::~LogSink()
{
    uninstall();
}

bool LogSink::install()
{
    QMutexLocker lock(&installLock());
    if (s_installed)
        return s_installed == this;
    s_installed = this;
    m_previous = qInstallMessageHandler(&LogSink::handler);
    m_installed = true;
    return true;
}

void LogSink::uninstall()
{
    QMutexLocker lock(&installLock());
    if (s_installed != this)
        return;
    qInstallMessageHandler(m_previous);
    s_installed = nullptr;
    m_previous = nullptr;
    m_installed = false;
}

bool LogSink::isInstalled() const
{
    return m_installed;
}

QString LogSink::filePath() const
{
    return m_path;
}

void LogSink::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_inHandler) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        return;
    }
    t_inHandler = true;
    {
        QMutexLocker lock(&installLock());
        if (s_installed)
            s_installed->write(type, context.category, message);
        else
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    }
    t_inHandler = false;
}

QString LogSink::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"warning"_s;
}

QString LogSink::formatLine(const QString &isoTime, QtMsgType type, const char *category,
                            const QString &message)
{
    QString text = message;
    text.replace(u"\r"_s, u"\\r"_s);
    text.replace(u"\n"_s, u"\\n"_s);
    const QString cat = category && *category ? QString::fromUtf8(category) : u"default"_s;
    return isoTime + u' ' + levelName(type) + u' ' + cat + u": "_s + text;
}

void LogSink::write(QtMsgType type, const char *category, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    // Local time with its offset: the shop's clock, comparable with IIMMPACT's GMT+8 times. The
    // offset is looked up once a minute: each lookup of local time costs the C library three
    // stats of /etc/localtime, and a sale logs several lines.
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    if (!m_offsetAge.isValid() || m_offsetAge.elapsed() > 60 * 1000) {
        m_offsetSecs = utc.toLocalTime().offsetFromUtc();
        m_offsetAge.start();
    }
    const QString time = utc.toOffsetFromUtc(m_offsetSecs).toString(Qt::ISODateWithMs);
    const QByteArray bytes = formatLine(time, type, category, message).toUtf8() + '\n';
    writeLocked(bytes);
    if (m_options.toStderr && severity(type) >= severity(m_options.stderrMinimum)) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
}

QString LogSink::rotatedPath(int index) const
{
    return m_path + u'.' + QString::number(index);
}

void LogSink::rotateLocked()
{
    // kaunter.log.<n-1> is dropped, every other file moves one up, kaunter.log becomes .1.
    const int last = m_options.maxFiles - 1;
    if (last < 1) {
        QFile::remove(m_path);
        return;
    }
    QFile::remove(rotatedPath(last));
    for (int i = last - 1; i >= 1; --i) {
        if (QFileInfo::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    QFile::rename(m_path, rotatedPath(1));
}

void LogSink::writeLocked(const QByteArray &line)
{
    // One write per line into a file kept open, instead of an open, two stats and a close per
    // line. A file removed or renamed behind the sink's back (support cleared the logs) is
    // noticed by its path being gone (checked once a second), and a new one is started.
    if (m_file.isOpen() && (!m_pathCheck.isValid() || m_pathCheck.elapsed() > 1000)) {
        m_pathCheck.start();   // at most once a second: a stat per line would cost a syscall each
        if (!QFileInfo::exists(m_path))
            m_file.close();
    }
    if (!m_file.isOpen()) {
        const bool created = !QFileInfo::exists(m_path);
        if (created)
            QDir().mkpath(m_options.folder);
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return;   // a log must never stop a sale; stderr (when asked) still has the line
        if (created) {
            // Owner-only like the journal: the log names sales, refids and masked customers.
            m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        m_size = m_file.size();
    }
    if (m_size > 0 && m_size + line.size() > m_options.maxFileBytes) {
        m_file.close();
        rotateLocked();
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return;
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_size = m_file.size();
    }
    const qint64 written = m_file.write(line);
    if (written > 0)
        m_size += written;
}

QString LogSink::filterRules(const QString &level)
{
    static const QStringList levels{u"debug"_s, u"info"_s, u"warning"_s, u"critical"_s, u"off"_s};
    qsizetype rank = levels.indexOf(level.trimmed().toLower());
    if (rank < 0)
        rank = 1;   // the setting's default
    QStringList rules;
    for (qsizetype t = 0; t < 4; ++t)
        rules << u"kaunter.*.%1=%2"_s.arg(levels.at(t), t >= rank ? u"true"_s : u"false"_s);
    return rules.join(u'\n');
}

bool LogSink::applyLevel(const QString &level)
{
    if (qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        return false;
    QLoggingCategory::setFilterRules(filterRules(level));
    return true;
}
