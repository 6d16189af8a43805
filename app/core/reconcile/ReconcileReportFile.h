#pragma once

#include "reconcile/ReconcileResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The last reconciliation of a day, kept as JSON in the data folder
// (<data folder>/reports/reconcile-YYYY-MM-DD.json, the Malaysian day) so that a support
// bundle can include it. Written whole or not at all (QSaveFile); a later run of the same day
// replaces it, a failed comparison included (it says why). A shift's reconciliation (its
// opened..closed period) is kept apart as reconcile-z<N>.json, so that it never replaces the
// whole day's. Holds no PIN, no secret, and accounts masked when they are IC numbers (ReconcileDiff).
class ReconcileReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileReportFile)
public:
    static QString filePath(const QString &dataFolder, const QDate &day);
    static QString shiftFilePath(const QString &dataFolder, int zNumber);
    // The path written, or empty + *error (translated) when it could not be. `zNumber` > 0:
    // the result is that Z-report's shift.
    static QString save(const QString &dataFolder, const ReconcileResult &result, QString *error = nullptr,
                        int zNumber = 0);
};
