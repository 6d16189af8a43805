#include "reconcile/ReconcileReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString ReconcileReportFile::filePath(const QString &dataFolder, const QDate &day)
{
    return QDir(dataFolder).filePath(u"reports/reconcile-%1.json"_s.arg(day.toString(Qt::ISODate)));
}

QString ReconcileReportFile::shiftFilePath(const QString &dataFolder, int zNumber)
{
    return QDir(dataFolder).filePath(u"reports/reconcile-z%1.json"_s.arg(zNumber));
}

QString ReconcileReportFile::save(const QString &dataFolder, const ReconcileResult &result, QString *error,
                                  int zNumber)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (dataFolder.isEmpty() || !result.day.isValid())
        return failWith(tr("No data folder or day for the reconciliation report."));
    const QString path = zNumber > 0 ? shiftFilePath(dataFolder, zNumber) : filePath(dataFolder, result.day);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failWith(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return failWith(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}
