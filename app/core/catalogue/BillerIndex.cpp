#include "BillerIndex.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

QString BillerIndex::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(u' ');
            pendingSpace = false;
            out.append(c.toCaseFolded());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

void BillerIndex::setBillers(QList<Biller> billers)
{
    m_billers = std::move(billers);
    m_folded.clear();
    m_initials.clear();
    m_nameLength.clear();
    m_folded.reserve(m_billers.size());
    m_initials.reserve(m_billers.size());
    m_nameLength.reserve(m_billers.size());
    for (const Biller &b : std::as_const(m_billers)) {
        const QString name = fold(b.name);
        m_folded.append(name + u' ' + b.code.toLower());
        m_initials.append(initials(name));
        m_nameLength.append(int(name.size()));
    }
}

QString BillerIndex::initials(QStringView folded)
{
    QString out;
    bool wordStart = true;
    for (QChar c : folded) {
        if (c == u' ') {
            wordStart = true;
        } else if (wordStart) {
            out.append(c);
            wordStart = false;
        }
    }
    return out;
}

int BillerIndex::setFromJson(const QJsonObject &root)
{
    QJsonArray arr = root.value("data"_L1).toArray();
    if (arr.isEmpty())
        arr = root.value("items"_L1).toArray();
    QList<Biller> billers;
    billers.reserve(arr.size());
    for (const QJsonValue &v : std::as_const(arr)) {
        const QJsonObject o = v.toObject();
        Biller b;
        b.code = o.value("subproduct_code"_L1).toString().trimmed();
        if (b.code.isEmpty())
            b.code = o.value("code"_L1).toString().trimmed();
        if (b.code.isEmpty() && o.value("biller_code"_L1).isString())
            b.code = o.value("biller_code"_L1).toString().trimmed();
        if (b.code.isEmpty())
            continue;
        b.name = o.value("display_name"_L1).toString().trimmed();
        if (b.name.isEmpty())
            b.name = o.value("label"_L1).toString().trimmed();
        if (b.name.isEmpty())
            b.name = o.value("description"_L1).toString().trimmed();
        b.ref2Required = o.value("ref2_required"_L1).toBool()
            || o.value("metadata"_L1).toObject().value("ref2_required"_L1).toBool();
        billers.append(std::move(b));
    }
    setBillers(std::move(billers));
    return size();
}

int BillerIndex::indexOfCode(const QString &code) const
{
    const QString c = code.trimmed();
    for (qsizetype i = 0; i < m_billers.size(); ++i) {
        if (m_billers.at(i).code == c)
            return int(i);
    }
    return -1;
}

QList<int> BillerIndex::search(QStringView query, int limit) const
{
    const QString q = fold(query);
    if (q.isEmpty() || limit <= 0)
        return {};
    const QList<QStringView> tokens = QStringView(q).split(u' ', Qt::SkipEmptyParts);
    const QStringView first = tokens.first();

    struct Hit { int rank; int length; int index; };
    std::vector<Hit> hits;
    const qsizetype n = m_billers.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QString &hay = m_folded.at(i);
        bool all = true;
        for (QStringView t : tokens) {
            if (!hay.contains(t)) {
                all = false;
                break;
            }
        }
        // What people call a biller: "TNB" for Tenaga Nasional Berhad, "IWK" for Indah Water
        // Konsortium Sdn Bhd. One word of two letters or more that starts the name's initials.
        const bool acronym = tokens.size() == 1 && first.size() >= 2 && m_initials.at(i).startsWith(first);
        if (!all && !acronym)
            continue;
        const QString &code = m_billers.at(i).code;
        int rank = 5;
        if (code.compare(q, Qt::CaseInsensitive) == 0)
            rank = 0;
        else if (code.startsWith(first, Qt::CaseInsensitive))
            rank = 1;
        else if (acronym && m_initials.at(i).size() == first.size())
            rank = 2;   // the whole acronym: what the biller is called
        else if (hay.startsWith(first) || acronym)
            rank = 3;
        else {
            const qsizetype at = hay.indexOf(first);
            // a word starts right after a space (the folded text has single spaces)
            if (at > 0 && hay.at(at - 1) == u' ')
                rank = 4;
            else {
                qsizetype from = at + 1;
                while (true) {
                    const qsizetype next = hay.indexOf(first, from);
                    if (next < 0)
                        break;
                    if (hay.at(next - 1) == u' ') {
                        rank = 4;
                        break;
                    }
                    from = next + 1;
                }
            }
        }
        // code matches: shorter code first; name matches: shorter name first
        // Code matches: shorter code first; name matches: shorter name first. A whole acronym
        // says nothing about the name's length (Tenaga Nasional Berhad and Tadika Nilai Berhad
        // are both TNB): the list's own order decides.
        const int length = rank <= 1 ? int(code.size()) : rank == 2 ? 0 : m_nameLength.at(i);
        hits.push_back(Hit{rank, length, int(i)});
    }
    const auto less = [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.length != b.length)
            return a.length < b.length;
        return a.index < b.index;
    };
    const size_t k = std::min(hits.size(), size_t(limit));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(k), hits.end(), less);
    QList<int> out;
    out.reserve(qsizetype(k));
    for (size_t i = 0; i < k; ++i)
        out.append(hits[i].index);
    return out;
}
