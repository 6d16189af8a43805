#pragma once

#include <QString>

// Where the journal and the local files live: one rule for the GUI, the CLI and the tests.
//
//   --data-dir DIR  >  KAUNTER_DATA_DIR  >  the platform default
//   platform default: Linux/macOS <GenericDataLocation>/Kaunter (~/.local/share/Kaunter,
//                     $XDG_DATA_HOME/Kaunter), Windows <LocalAppData>/Kaunter (Local, never
//                     Roaming: a journal must not follow a roaming profile to another till)
//   demo mode:        <folder>/demo (training sales never share a journal with real ones)
//
// The default is computed here and never from QStandardPaths::AppDataLocation, whose path
// depends on QCoreApplication::applicationName: the CLI and the GUI set different names, and
// that once gave them two different journals.
namespace DataFolder {

// The platform folders the rule starts from, injected so that a test on Linux can check the
// Windows rule too.
struct PlatformDirs
{
    enum class Os { Unix, Windows };
    Os os = Os::Unix;
    QString genericData;    // Unix: QStandardPaths::GenericDataLocation
    QString localAppData;   // Windows: %LOCALAPPDATA% (FOLDERID_LocalAppData)

    static PlatformDirs current();   // this machine's
};

// Pure: the folder for --data-dir `option` and KAUNTER_DATA_DIR `environment` (empty = unset).
// Empty only when the platform gives no base folder at all.
QString resolve(const QString &option, const QString &environment, const PlatformDirs &dirs);

QString platformDefault(const PlatformDirs &dirs);

// The folder that holds the journal: `dataFolder`, or its demo subfolder in demo mode.
QString journalFolder(const QString &dataFolder, bool demo);

// The environment variable of the rule, read where the process starts.
QString environmentValue();

} // namespace DataFolder
