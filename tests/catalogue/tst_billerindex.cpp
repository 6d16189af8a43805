#include "catalogue/BillerIndex.h"
#include "catalogue/FavouritesStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Instant biller search (ranking, folding, limits, 20,000 entries) and the favourites file.
class TestBillerIndex : public QObject
{
    Q_OBJECT

private:
    static BillerIndex sample()
    {
        BillerIndex idx;
        idx.setBillers({{u"5454"_s, u"TENAGA NASIONAL BERHAD"_s, false},
                        {u"9639"_s, u"ASTRO"_s, false},
                        {u"8888"_s, u"TM UNIFI"_s, false},
                        {u"2345"_s, u"TELEKOM MALAYSIA"_s, false},
                        {u"6510"_s, u"PTPTN"_s, true},
                        {u"100001"_s, u"MAJLIS PERBANDARAN KUALA LUMPUR"_s, true},
                        {u"100002"_s, u"Syarikat Air Négeri (SAINS)"_s, false},
                        {u"0123"_s, u"ZERO LEADING"_s, false}});
        return idx;
    }
    static QStringList codes(const BillerIndex &idx, const QList<int> &hits)
    {
        QStringList out;
        for (int i : hits)
            out.append(idx.billers().at(i).code);
        return out;
    }

private slots:
    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exact code first") << u"5454"_s << QStringList{u"5454"_s};
        QTest::newRow("code prefix") << u"10000"_s << QStringList{u"100001"_s, u"100002"_s};
        QTest::newRow("name prefix before word prefix") << u"te"_s << QStringList{u"2345"_s, u"5454"_s};
        QTest::newRow("word prefix") << u"unifi"_s << QStringList{u"8888"_s};
        QTest::newRow("case-insensitive") << u"astro"_s << QStringList{u"9639"_s};
        QTest::newRow("several words any order") << u"kuala majlis"_s << QStringList{u"100001"_s};
        QTest::newRow("punctuation ignored") << u"(sains)"_s << QStringList{u"100002"_s};
        QTest::newRow("leading zero kept") << u"0123"_s << QStringList{u"0123"_s};
        // What cashiers type: the initials people use for a biller (the placeholder says TNB).
        QTest::newRow("acronym") << u"TNB"_s << QStringList{u"5454"_s};
        QTest::newRow("acronym lower case") << u"tnb"_s << QStringList{u"5454"_s};
        QTest::newRow("acronym of four words") << u"mpkl"_s << QStringList{u"100001"_s};
        QTest::newRow("acronym prefix") << u"mpk"_s << QStringList{u"100001"_s};
        QTest::newRow("whole acronym before a name starting with it")
            << u"tm"_s << QStringList{u"2345"_s, u"8888"_s};
        QTest::newRow("two words are not an acronym") << u"tn b"_s << QStringList{};
        QTest::newRow("no match") << u"qwerty"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("blank") << u"   "_s << QStringList{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const BillerIndex idx = sample();
        QCOMPARE(codes(idx, idx.search(query)), expected);
    }

    void accentsFoldToCase()
    {
        const BillerIndex idx = sample();
        QCOMPARE(codes(idx, idx.search(u"négeri"_s)), QStringList{u"100002"_s});
        QCOMPARE(BillerIndex::fold(u"  TNB -- Bhd. "_s), u"tnb bhd"_s);
    }

    void limitAndLargeList()
    {
        QList<Biller> many;
        for (int i = 0; i < 20000; ++i)
            many.append({QString::number(100000 + i), u"BILLER %1 SDN BHD"_s.arg(i), false});
        BillerIndex idx;
        idx.setBillers(many);
        QCOMPARE(idx.size(), 20000);
        QCOMPARE(idx.search(u"sdn"_s, 30).size(), 30);
        QCOMPARE(codes(idx, idx.search(u"119999"_s)), QStringList{u"119999"_s});
        QCOMPARE(idx.indexOfCode(u"100042"_s), 42);
        QCOMPARE(idx.indexOfCode(u"nope"_s), -1);
    }

    void fromJson()
    {
        BillerIndex idx;
        const QJsonObject legacy = QJsonDocument::fromJson(R"({"message":"success","data":[
            {"subproduct_code":"5454","display_name":"TNB","ref2_required":false},
            {"subproduct_code":"6510","display_name":"PTPTN","ref2_required":true},
            {"display_name":"no code"}]})").object();
        QCOMPARE(idx.setFromJson(legacy), 2);
        QVERIFY(idx.billers().at(1).ref2Required);
        const QJsonObject modern = QJsonDocument::fromJson(R"({"items":[
            {"code":"9639","label":"ASTRO","metadata":{"ref2_required":true}}]})").object();
        QCOMPARE(idx.setFromJson(modern), 1);
        QCOMPARE(idx.billers().first().name, u"ASTRO"_s);
        QVERIFY(idx.billers().first().ref2Required);
    }

    void favouritesRoundTrip()
    {
        QTemporaryDir dir;
        {
            FavouritesStore s(dir.path());
            QVERIFY(s.favourites().isEmpty());
            s.setFavourite(u"D"_s, true);
            s.setFavourite(u"GC"_s, true);
            s.setFavourite(u"D"_s, true);   // no duplicates
            for (int i = 0; i < 3; ++i)
                s.recordUse(u"HI"_s);
            s.recordUse(u"TNB"_s);
            for (int i = 0; i < 12; ++i)
                s.recordUse(u"P%1"_s.arg(i));
            QVERIFY(s.save());
        }
        FavouritesStore s(dir.path());
        QCOMPARE(s.favourites(), (QStringList{u"D"_s, u"GC"_s}));
        QCOMPARE(s.recents().size(), FavouritesStore::MaxRecents);
        QCOMPARE(s.recents().first(), u"P11"_s);
        QCOMPARE(s.useCount(u"HI"_s), 3);
        QCOMPARE(s.quickKeys(4), (QStringList{u"D"_s, u"GC"_s, u"HI"_s, u"P0"_s}));
        s.setFavourite(u"D"_s, false);
        QVERIFY(!s.isFavourite(u"D"_s));
    }

    void favouritesIgnoreGarbage()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"favourites.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        FavouritesStore s(dir.path());
        QVERIFY(s.favourites().isEmpty());
        QVERIFY(!s.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBillerIndex)
#include "tst_billerindex.moc"
