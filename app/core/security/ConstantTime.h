#pragma once

#include <QByteArray>

namespace ConstantTime {

// True when `a` and `b` hold the same bytes. Every byte is looked at whatever the first
// difference: how long it takes says nothing about how much of a guess (a PIN hash, an HMAC
// signature) was right. Only the length may leak.
inline bool equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace ConstantTime
