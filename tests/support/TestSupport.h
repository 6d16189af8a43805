#pragma once

#include <QString>

namespace TestSupport {
// Directory of the built executables (kaunter, kaunter-sim), for tests that run them.
QString binaryDir();
}
