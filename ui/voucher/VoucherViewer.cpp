#include "VoucherViewer.h"

#include "VoucherHelperProtocol.h"
#include "VoucherUrlPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

// Both come from ui/voucher/CMakeLists.txt; the fallbacks keep the file compilable alone.
#ifndef KAUNTER_VOUCHER_HELPER_NAME
#define KAUNTER_VOUCHER_HELPER_NAME "kaunter-voucher"
#endif
#ifndef KAUNTER_VOUCHER_HELPER_RELDIR
#define KAUNTER_VOUCHER_HELPER_RELDIR "../libexec/kaunter"
#endif

namespace {

// How long a closing helper may take to tear QtWebEngine down before it is killed.
constexpr int HelperExitGraceMs = 3000;

QString executableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral(KAUNTER_VOUCHER_HELPER_NAME ".exe");
#else
    return QStringLiteral(KAUNTER_VOUCHER_HELPER_NAME);
#endif
}

} // namespace

VoucherViewer::VoucherViewer(QObject *parent)
    : QObject(parent)
{
}

VoucherViewer::~VoucherViewer()
{
    if (!m_process)
        return;
    // End of input is the helper's signal to close; kill it only if it does not listen.
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(HelperExitGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

bool VoucherViewer::isAllowedVoucherUrl(const QUrl &url)
{
    return VoucherUrlPolicy::isAllowedVoucherUrl(url);
}

QStringList VoucherViewer::helperCandidates()
{
    QStringList files;
    const QString fromEnv = qEnvironmentVariable("KAUNTER_VOUCHER_HELPER");
    if (!fromEnv.isEmpty())
        files.append(QDir::cleanPath(fromEnv));
    const QString appDir = QCoreApplication::applicationDirPath();
    files.append(QDir::cleanPath(appDir + u'/' + executableName()));
    files.append(QDir::cleanPath(appDir + u'/' + QLatin1StringView(KAUNTER_VOUCHER_HELPER_RELDIR) + u'/'
                                 + executableName()));
    files.removeDuplicates();
    return files;
}

QString VoucherViewer::findHelper()
{
    const QStringList candidates = helperCandidates();
    for (const QString &file : candidates) {
        const QFileInfo info(file);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

bool VoucherViewer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 VoucherViewer::helperProcessId() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool VoucherViewer::open(const QUrl &voucherUrl, quint64 transientParent, const QRect &parentGeometry)
{
    if (!isAllowedVoucherUrl(voucherUrl)) {
        m_error = tr("Only web (http or https) voucher links can be shown.");
        return false;
    }
    if (!isRunning()) {
        const QString helper = findHelper();
        if (helper.isEmpty()) {
            m_error = tr("The voucher viewer is not installed (looked for %1).")
                          .arg(helperCandidates().join(u", "_s));
            return false;
        }
        if (m_process)
            m_process->deleteLater();
        m_process = new QProcess(this);
        m_helperPath = helper;
        m_partialLine.clear();
        m_shown = false;
        m_failed = false;
        // Chromium's own diagnostics can quote page addresses, and with them voucher codes:
        // they go nowhere unless a support engineer asks for them.
        if (qEnvironmentVariableIntValue("KAUNTER_VOUCHER_HELPER_LOG") == 1)
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        else
            m_process->setStandardErrorFile(QProcess::nullDevice());
        connect(m_process, &QProcess::readyReadStandardOutput, this, &VoucherViewer::readEvents);
        connect(m_process, &QProcess::finished, this, &VoucherViewer::processEnded);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                fail(tr("The voucher viewer could not be started: %1").arg(m_process->errorString()));
        });
        m_process->start(helper, {});
    }
    // Written before the process may have finished starting: QProcess keeps it until the pipe
    // is connected.
    VoucherHelperProtocol::Command command;
    command.kind = VoucherHelperProtocol::Command::Kind::Open;
    command.url = voucherUrl;
    command.transientParent = transientParent;
    command.parentGeometry = parentGeometry;
    m_process->write(VoucherHelperProtocol::encode(command));
    m_error.clear();
    return true;
}

void VoucherViewer::close()
{
    if (!isRunning())
        return;
    VoucherHelperProtocol::Command command;
    command.kind = VoucherHelperProtocol::Command::Kind::Close;
    m_process->write(VoucherHelperProtocol::encode(command));
    m_process->closeWriteChannel();
}

void VoucherViewer::readEvents()
{
    m_partialLine += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_partialLine.left(newline);
        m_partialLine.remove(0, newline + 1);
        const auto event = VoucherHelperProtocol::decodeEvent(line);
        if (!event)
            continue;   // not ours (a library writing to stdout): ignored
        using Kind = VoucherHelperProtocol::Event::Kind;
        switch (event->kind) {
        case Kind::Shown:
            m_shown = true;
            emit shown(event->transient);
            break;
        case Kind::LoadFinished:
            emit loadFinished(event->ok);
            break;
        case Kind::Refused:
            if (event->what == "navigation"_L1)
                emit navigationRefused(event->host, event->scheme);
            else if (event->what == "popup"_L1)
                emit popupRefused();
            else if (event->what == "download"_L1)
                emit downloadRefused();
            break;
        case Kind::Closed:
            break;   // the process ends next; processEnded() reports it once
        case Kind::Error:
            if (!m_shown)
                fail(event->message);
            break;
        }
    }
}

void VoucherViewer::processEnded()
{
    readEvents();
    if (!m_shown) {
        // Gone before showing anything: a missing QtWebEngine library, a crash at start-up.
        fail(tr("The voucher viewer stopped before it could show the voucher (exit code %1).")
                 .arg(m_process->exitCode()));
    }
    emit closed();
}

void VoucherViewer::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = reason;
    emit failed(reason);
}
