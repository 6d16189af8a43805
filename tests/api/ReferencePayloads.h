#pragma once

#include <QByteArray>

// API reference §3.2: the three example /v2/topup responses, copied verbatim. moc's tokenizer
// reads "//" inside a raw string as a comment and loses the test class, so the one URL is split
// into two adjacent literals right between its slashes; the bytes are unchanged.
namespace ReferencePayloads {
inline QByteArray accepted()
{
    return QByteArrayLiteral(R"json(
{ "data": { "statusCode": 0, "status": "Accepted", "account": "0123456789", "product": "D",
            "productName": "Digi Prepaid", "amount": 10, "sn": "", "pin": "", "expiry": "",
            "cost": 9.85, "balance": 940.15, "remarks": "", "refid": "POS01-20250520-000123",
            "timestamp": "2025-05-20 13:09:30", "note": "", "voucherlink": "" } }
)json");
}

inline QByteArray succesful()
{
    return QByteArrayLiteral(R"json(
{ "data": { "statusCode": 20, "status": "Succesful", "account": "0123456789", "product": "GC",
            "productName": "Grab Gift Code", "amount": 5, "sn": "106648697", "pin": "MPHE39G3WL",
            "expiry": "20251116", "cost": 5, "balance": 50.54, "remarks": "",
            "refid": "321479-0-30f4f209-ee", "timestamp": "2025-05-20 13:09:34",
            "note": "Enter the code under Use Grab Gifts at checkout",
            "voucherlink": "https:/)json" R"json(/api.grab.com/gifts/v2/go?id=7464957319334bb0afbd5980738a2b50" } }
)json");
}

inline QByteArray failed()
{
    return QByteArrayLiteral(R"json(
{ "data": { "statusCode": 48, "status": "Failed", "account": "60123450048", "product": "D",
            "productName": "Digi Prepaid", "amount": 10, "sn": "", "pin": "", "expiry": "",
            "cost": 0, "balance": 950, "remarks": "Transaction rejected by provider",
            "refid": "POS01-20250520-000127", "timestamp": "2025-05-20 13:10:02",
            "note": "", "voucherlink": "" } }
)json");
}
} // namespace ReferencePayloads
