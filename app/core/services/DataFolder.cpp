#include "DataFolder.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataFolder {

namespace {
// Fixed, not QCoreApplication::applicationName(): see DataFolder.h.
constexpr auto FolderName = "Kaunter"_L1;
}

PlatformDirs PlatformDirs::current()
{
    PlatformDirs dirs;
#ifdef Q_OS_WIN
    dirs.os = PlatformDirs::Os::Windows;
    // On Windows GenericDataLocation is FOLDERID_LocalAppData (Local, not Roaming).
    dirs.localAppData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#else
    dirs.os = PlatformDirs::Os::Unix;
    dirs.genericData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#endif
    return dirs;
}

QString platformDefault(const PlatformDirs &dirs)
{
    const QString base = dirs.os == PlatformDirs::Os::Windows ? dirs.localAppData : dirs.genericData;
    if (base.isEmpty())
        return {};
    return QDir::cleanPath(base + u'/' + FolderName);
}

QString resolve(const QString &option, const QString &environment, const PlatformDirs &dirs)
{
    if (!option.isEmpty())
        return option;
    if (!environment.isEmpty())
        return environment;
    return platformDefault(dirs);
}

QString journalFolder(const QString &dataFolder, bool demo)
{
    if (!demo || dataFolder.isEmpty())
        return dataFolder;
    return QDir(dataFolder).filePath(u"demo"_s);
}

QString environmentValue()
{
    return qEnvironmentVariable("KAUNTER_DATA_DIR");
}

} // namespace DataFolder
