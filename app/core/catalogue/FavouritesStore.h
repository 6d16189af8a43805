#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The cashier's favourite products, the recently sold ones and how often each was sold, kept
// in a small JSON file in the data directory (not QSettings: one file per till, next to the
// journal, easy to back up and to wipe). Holds product codes only, never accounts or amounts.
class FavouritesStore
{
    Q_DECLARE_TR_FUNCTIONS(FavouritesStore)
public:
    static constexpr int MaxRecents = 8;

    // Reads <dataDir>/favourites.json if present. A missing file is an empty store; an
    // unreadable or malformed one is too (it is a convenience, not a record), with the
    // reason in errorString().
    explicit FavouritesStore(QString dataDir);

    QStringList favourites() const { return m_favourites; }
    QStringList recents() const { return m_recents; }
    bool isFavourite(const QString &code) const { return m_favourites.contains(code); }
    int useCount(const QString &code) const { return m_uses.value(code); }

    void setFavourite(const QString &code, bool favourite);
    // A sale of this product was started: moves it to the front of the recents.
    void recordUse(const QString &code);
    // Codes for the quick keys (F1..F<count>): favourites first, then the most used.
    QStringList quickKeys(int count) const;

    bool save();
    QString filePath() const;
    QString errorString() const { return m_error; }

private:
    void load();

    QString m_dataDir;
    QStringList m_favourites;
    QStringList m_recents;
    QHash<QString, int> m_uses;
    QString m_error;
};
