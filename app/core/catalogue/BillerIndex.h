#pragma once

#include "Biller.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

// Instant search over the JomPAY biller list (20,000+ entries) while the cashier types.
// Built once per list; each search is a linear scan over pre-folded text (no allocation per
// entry), which measures well under a millisecond at 20,000 billers and needs no index
// structure to keep consistent. Ranking: exact code, code prefix, whole acronym (a one-word
// query equal to the initials of the name's words: "TNB"), name prefix or acronym prefix,
// word prefix, anywhere; ties by shorter code (code matches) or shorter name, then list order.
class BillerIndex
{
public:
    void setBillers(QList<Biller> billers);
    // Reads `data` (subproducts) or `items` (options) of a biller list document. Entries
    // without a code are skipped. Returns the number of billers read.
    int setFromJson(const QJsonObject &root);

    const QList<Biller> &billers() const { return m_billers; }
    int size() const { return int(m_billers.size()); }
    bool isEmpty() const { return m_billers.isEmpty(); }
    // Index into billers() of the biller with exactly this code, or -1.
    int indexOfCode(const QString &code) const;

    // Indices into billers(), best first, at most `limit`. Empty query -> empty result.
    QList<int> search(QStringView query, int limit = 50) const;

    // Lower-case letters and digits; everything else becomes one space (exposed for tests).
    static QString fold(QStringView text);
    // The first letter of every word of folded text: "tenaga nasional berhad" -> "tnb".
    static QString initials(QStringView folded);

private:
    QList<Biller> m_billers;
    QList<QString> m_folded;     // fold(name) + ' ' + code, per biller
    QList<QString> m_initials;   // initials(fold(name)), per biller
    QList<int> m_nameLength;
};
