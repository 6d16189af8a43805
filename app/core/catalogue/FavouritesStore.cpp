#include "FavouritesStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

FavouritesStore::FavouritesStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
    load();
}

QString FavouritesStore::filePath() const
{
    return QDir(m_dataDir).filePath(u"favourites.json"_s);
}

void FavouritesStore::load()
{
    QFile f(filePath());
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(f.fileName(), f.errorString());
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = tr("%1 is not valid JSON; starting with no favourites.").arg(f.fileName());
        return;
    }
    const QJsonObject o = doc.object();
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &e : arr) {
            const QString s = e.toString().trimmed();
            if (!s.isEmpty() && !out.contains(s))
                out.append(s);
        }
        return out;
    };
    m_favourites = strings(o.value("favourites"_L1));
    m_recents = strings(o.value("recents"_L1)).mid(0, MaxRecents);
    const QJsonObject uses = o.value("uses"_L1).toObject();
    for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
        const int n = it.value().toInt();
        if (n > 0)
            m_uses.insert(it.key(), n);
    }
}

void FavouritesStore::setFavourite(const QString &code, bool favourite)
{
    if (favourite && !m_favourites.contains(code))
        m_favourites.append(code);
    else if (!favourite)
        m_favourites.removeAll(code);
}

void FavouritesStore::recordUse(const QString &code)
{
    m_recents.removeAll(code);
    m_recents.prepend(code);
    while (m_recents.size() > MaxRecents)
        m_recents.removeLast();
    m_uses[code] += 1;
}

QStringList FavouritesStore::quickKeys(int count) const
{
    QStringList out = m_favourites.mid(0, count);
    QStringList used = m_uses.keys();
    // most used first; ties alphabetical so the keys do not reshuffle between runs
    std::sort(used.begin(), used.end(), [this](const QString &a, const QString &b) {
        const int ua = m_uses.value(a);
        const int ub = m_uses.value(b);
        return ua != ub ? ua > ub : a < b;
    });
    for (const QString &c : std::as_const(used)) {
        if (out.size() >= count)
            break;
        if (!out.contains(c))
            out.append(c);
    }
    return out;
}

bool FavouritesStore::save()
{
    QJsonObject uses;
    for (auto it = m_uses.constBegin(); it != m_uses.constEnd(); ++it)
        uses.insert(it.key(), it.value());
    QJsonObject o;
    o.insert("favourites"_L1, QJsonArray::fromStringList(m_favourites));
    o.insert("recents"_L1, QJsonArray::fromStringList(m_recents));
    o.insert("uses"_L1, uses);
    QSaveFile f(filePath());
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        m_error = tr("Cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    m_error.clear();
    return true;
}
