#pragma once

#include <QList>
#include <QString>
#include <algorithm>

namespace TestSupport {
// Directory of the built executables (kaunter, kaunter-sim), for tests that run them.
QString binaryDir();

// The middle value of `values` (the upper one of the two middles for an even count), or
// `ifEmpty` when there are none. For benchmarks: a median is not moved by one slow run.
template <typename T>
T median(QList<T> values, T ifEmpty)
{
    if (values.isEmpty())
        return ifEmpty;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
}
