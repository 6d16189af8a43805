#pragma once

#include <QString>

// Which IIMMPACT the till talks to. Decided here, from the base URL, once for every front
// end: the header badge shows it so nobody mistakes a training session for real money, and
// staging (or demo) is where 6012345xxxx test numbers are sent verbatim.
enum class ApiEnvironment { Demo, Staging, Production, Custom };

// `host` of the base URL, compared without case. Demo mode wins whatever the host.
ApiEnvironment apiEnvironmentFor(bool demo, const QString &host);
