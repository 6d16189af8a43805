#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QtGlobal>

// What Kaunter writes for a support engineer: one category per area, so that a shop's log can
// be turned up for one part only (QT_LOGGING_RULES="kaunter.api.debug=true").
//
//   kaunter.api        every request sent and answer received (debug), bodies through Redact
//   kaunter.engine     every sale state change with refid, attempt, HTTP status, timing (info)
//   kaunter.journal    open, schema upgrades (info), every refused write (warning)
//   kaunter.catalogue  refresh results (info), failures (warning)
//   kaunter.ui         screen changes (debug)
//   kaunter.sim        the embedded simulator
//
// The categories enable info and above by default, the same as the log/level setting's
// default, so a process without a LogSink (the tests) behaves like a till at "info".
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
Q_DECLARE_LOGGING_CATEGORY(lcCatalogue)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcPrint)   // kaunter.print: every receipt print job and its outcome
Q_DECLARE_LOGGING_CATEGORY(lcReconcile)   // kaunter.reconcile: every reconciliation and its differences

// The only way a request, an answer or a field a customer typed reaches a log: secrets, PINs,
// full IC numbers and voucher links are removed here, by construction, instead of by care at
// each call. Every function returns text that is safe to log as it is.
//
// Rules, by key (case-insensitive, '-' read as '_', at any depth of the JSON):
//   pin                                           -> "<redacted>"
//   voucherlink, voucher_link, url                -> "<link>"
//   ic, ic_number, id_number, nric                -> masked as on receipts (IdentityNumber::mask)
//   any key containing secret, signature, authorization, api_key, apikey, password, token or
//   cookie                                        -> "<redacted>"
//   any key containing "account" whose value looks like a 12-digit MyKad -> masked
// Everything else (refid, sn, status, remarks, amounts) is kept: it is what support needs.
namespace Redact {

// A JSON body as compact JSON with the rules applied. A body that is not a JSON object or
// array is never logged raw, only as its length: "<N bytes, not JSON>"; empty -> "<empty>".
// Longer results are cut at maxChars (after redaction, so a cut never exposes anything).
QString body(const QByteArray &json, int maxChars = 4000);

// One key/value pair (a query item, a form field) with the rules applied to the value.
QString value(const QString &key, const QString &value);

// A JSON value under `key`, rules applied recursively (objects, arrays).
QJsonValue json(const QString &key, const QJsonValue &value);

// An account number: masked when it looks like a 12-digit MyKad, else as it is.
QString account(const QString &account);

// Query items as "key=value&...", values through value().
QString query(const QList<QPair<QString, QString>> &items);

// HTTP headers as "Name: value; ...": Authorization, the signature and the API key (any name
// under the secret/signature/authorization/api_key rule) are dropped, not masked.
QString headers(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace Redact

// Writes every Qt message (qCDebug/qCInfo/... and Qt's own) to a size-capped rotating file
//
//   <folder>/kaunter.log, kaunter.log.1 (older) ... kaunter.log.<maxFiles-1> (oldest)
//
// one line each: "<ISO time with offset> <level> <category>: <message>", and, when asked (the
// CLI), the lines at stderrMinimum and above to stderr as well, so that stdout stays clean.
//
// The file is opened for each line and rotated by the size found on disk: two processes on one
// data folder (a till and `kaunter history`) then append to the same current file instead of
// one of them writing on into a file the other already rotated away.
//
// Global state: qInstallMessageHandler() takes a plain function pointer with no user data, so
// the handler can only find the sink through one static pointer (s_installed). install() sets
// it, uninstall() and the destructor clear it and restore the previous handler. At most one
// sink is installed per process; nothing else is global.
class LogSink
{
public:
    struct Options
    {
        QString folder;                       // <data folder>/logs; created on the first line
        qint64 maxFileBytes = 1024 * 1024;    // a file is rotated before it grows past this
        int maxFiles = 5;                     // kaunter.log + 4 older files
        bool toStderr = false;
        QtMsgType stderrMinimum = QtWarningMsg;
    };

    explicit LogSink(Options options);
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    // Becomes the process's message handler. False when another sink is installed.
    bool install();
    void uninstall();
    bool isInstalled() const;

    QString filePath() const;                 // the current file
    const Options &options() const { return m_options; }

    // Writes one message as the handler does (tests call it directly too).
    void write(QtMsgType type, const char *category, const QString &message);

    // The line for one message, without the newline: "<time> <level> <category>: <message>".
    // Line breaks inside the message are written as "\n" so one entry stays one line.
    static QString formatLine(const QString &isoTime, QtMsgType type, const char *category,
                              const QString &message);
    static QString levelName(QtMsgType type);

    // The filter rules for the kaunter.* categories at `level` ("debug", "info", "warning",
    // "critical", "off"; anything else reads as the setting's default, "info").
    static QString filterRules(const QString &level);
    // Applies filterRules(level) unless QT_LOGGING_RULES is set: the environment then decides
    // alone (a support engineer's override wins over the till's setting). True when applied.
    static bool applyLevel(const QString &level);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void writeLocked(const QByteArray &line);
    void rotateLocked();
    QString rotatedPath(int index) const;

    Options m_options;
    QString m_path;
    QFile m_file;          // kept open between lines (unbuffered: a line is on its way at once)
    qint64 m_size = 0;     // bytes in m_file, for the rotation rule
    QElapsedTimer m_pathCheck;   // when the file's path was last checked
    QElapsedTimer m_offsetAge;   // when the local UTC offset was last looked up
    int m_offsetSecs = 0;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};
