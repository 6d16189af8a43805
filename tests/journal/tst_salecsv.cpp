#include "journal/SaleRecord.h"
#include "receipt/SaleCsv.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

// The CSV export read back by a small RFC 4180 parser: what a spreadsheet would see, and what
// it must never see (PIN, voucher link, IC in clear).
class TestSaleCsv : public QObject
{
    Q_OBJECT

    // RFC 4180: fields split on commas, records on CRLF; a quoted field may hold commas, CRLF
    // and doubled quotes. Returns nothing (and fails the test) on malformed input.
    static QList<QStringList> parse(const QByteArray &utf8)
    {
        const QString text = QString::fromUtf8(utf8);
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == u',') {
                record << field;
                field.clear();
                wasQuoted = false;
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                record << field;
                records << record;
                record.clear();
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == u'\n' || c == u'\r' || c == u'"') {
                [] { QFAIL("bare CR, LF or quote outside a quoted field"); }();
                return {};
            } else {
                field += c;
            }
        }
        [&] {
            QVERIFY2(!quoted && field.isEmpty() && record.isEmpty(), "the last record is not ended by CRLF");
        }();
        return records;
    }

    static SaleRecord sale()
    {
        SaleRecord r;
        r.id = 7;
        r.refid = u"ABCD1234-20250310-000007"_s;
        r.product = u"SSPN"_s;
        r.productName = u"SSPN, \"Simpan\"\nPrima"_s;
        r.account = u"900101145678"_s;
        r.extras.insert(u"ic_number"_s, u"900101145678"_s);
        r.amount = u"10.5"_s;
        r.state = SaleState::Succesful;
        r.statusCode = 1;
        r.sn = u"SN-1"_s;
        r.pin = u"1234-5678-9012"_s;
        r.voucherlink = u"https://voucher.example/v/secret-token"_s;
        r.expiry = u"20251116"_s;
        r.remarks = u"=HYPERLINK(\"x\")"_s;
        r.createdAt = QDateTime(QDate(2025, 3, 10), QTime(1, 2, 3), Qt::UTC);
        r.updatedAt = r.createdAt.addSecs(5);
        r.attempts = 2;
        r.needsReview = true;
        return r;
    }

private slots:
    void bomCrlfAndHeader()
    {
        const QByteArray doc = SaleCsv::document({});
        QVERIFY(doc.startsWith("\xEF\xBB\xBF"));
        QVERIFY(doc.endsWith("\r\n"));
        const QList<QStringList> rows = parse(doc.mid(3));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first(), SaleCsv::header());
        QCOMPARE(rows.first().size(), 14);
        QCOMPARE(rows.first().first(), u"Refid"_s);
    }

    void roundTrip()
    {
        SaleRecord plain = sale();
        plain.refid = u"R2"_s;
        plain.account = u"0123456789"_s;
        plain.productName.reset();
        plain.remarks.reset();
        plain.state = SaleState::Unknown;
        plain.statusCode.reset();
        plain.needsReview = false;
        const QByteArray doc = SaleCsv::document({sale(), plain});
        QVERIFY(!doc.mid(3).contains("\n\n"));
        const QList<QStringList> rows = parse(doc.mid(3));
        QCOMPARE(rows.size(), 3);
        const QStringList &r = rows.at(1);
        QCOMPARE(r.size(), 14);
        QCOMPARE(r.at(0), u"ABCD1234-20250310-000007"_s);
        QCOMPARE(QDateTime::fromString(r.at(1), Qt::ISODate).toUTC(), sale().createdAt);
        // Local time with its offset ("Z" when the terminal runs on UTC).
        QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d([+-]\\d\\d:\\d\\d|Z)$"_s)
                     .match(r.at(1))
                     .hasMatch(),
                 qPrintable(r.at(1)));
        QCOMPARE(QDateTime::fromString(r.at(1), Qt::ISODate).offsetFromUtc(),
                 sale().createdAt.toLocalTime().offsetFromUtc());
        QCOMPARE(QDateTime::fromString(r.at(2), Qt::ISODate).toUTC(), sale().updatedAt);
        QCOMPARE(r.at(3), u"SSPN"_s);
        QCOMPARE(r.at(4), u"SSPN, \"Simpan\"\nPrima"_s);   // comma, quotes and newline survive
        QCOMPARE(r.at(5), u"XXXXXX-XX-5678"_s);            // the IC account masked as on receipts
        QCOMPARE(r.at(6), u"10.50"_s);
        QCOMPARE(r.at(7), u"Successful"_s);
        QCOMPARE(r.at(8), u"1"_s);
        QCOMPARE(r.at(9), u"SN-1"_s);
        QCOMPARE(r.at(10), u"20251116"_s);
        QCOMPARE(r.at(11), u"'=HYPERLINK(\"x\")"_s);   // never a formula in a spreadsheet
        QCOMPARE(r.at(12), u"2"_s);
        QCOMPARE(r.at(13), u"yes"_s);
        const QStringList &p = rows.at(2);
        QCOMPARE(p.at(4), QString());
        QCOMPARE(p.at(5), u"0123456789"_s);
        QCOMPARE(p.at(7), u"Pending"_s);
        QCOMPARE(p.at(8), QString());
        QCOMPARE(p.at(13), u"no"_s);
    }

    void neverPinOrVoucherLinkOrIc()
    {
        const QByteArray doc = SaleCsv::document({sale()});
        QVERIFY(!doc.contains("1234-5678-9012"));
        QVERIFY(!doc.contains("12345678"));
        QVERIFY(!doc.contains("voucher.example"));
        QVERIFY(!doc.contains("secret-token"));
        QVERIFY(!doc.contains("900101145678"));
        QVERIFY(!doc.contains("Succesful"));   // the API's spelling is not for people
    }

    void statusNames()
    {
        QCOMPARE(SaleCsv::statusName(SaleState::Succesful), u"Successful"_s);
        QCOMPARE(SaleCsv::statusName(SaleState::Refund), u"Refunded"_s);
        QCOMPARE(SaleCsv::statusName(SaleState::NeedsDecision), u"Needs decision"_s);
        for (SaleState s : {SaleState::New, SaleState::Accepted, SaleState::Processing, SaleState::Unknown})
            QCOMPARE(SaleCsv::statusName(s), u"Pending"_s);
    }

    void quoting()
    {
        QCOMPARE(SaleCsv::line({u"a"_s, u"b c"_s, QString()}), QByteArray("a,b c,\r\n"));
        QCOMPARE(SaleCsv::line({u"a,b"_s}), QByteArray("\"a,b\"\r\n"));
        QCOMPARE(SaleCsv::line({u"say \"hi\""_s}), QByteArray("\"say \"\"hi\"\"\"\r\n"));
        QCOMPARE(SaleCsv::line({u"1\r\n2"_s}), QByteArray("\"1\r\n2\"\r\n"));
        QCOMPARE(SaleCsv::line({u"-5.00"_s}), QByteArray("-5.00\r\n"));   // a number stays a number
        QCOMPARE(SaleCsv::line({u"+60"_s}), QByteArray("\"'+60\"\r\n"));
        QCOMPARE(SaleCsv::line({u"Kedai Ā"_s}), QByteArray("Kedai \xC4\x80\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSaleCsv)
#include "tst_salecsv.moc"
