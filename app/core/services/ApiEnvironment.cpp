#include "ApiEnvironment.h"

using namespace Qt::StringLiterals;

ApiEnvironment apiEnvironmentFor(bool demo, const QString &host)
{
    if (demo)
        return ApiEnvironment::Demo;
    const QString h = host.toLower();
    if (h == "api.iimmpact.com"_L1)
        return ApiEnvironment::Production;
    if (h == "staging.iimmpact.com"_L1)
        return ApiEnvironment::Staging;
    return ApiEnvironment::Custom;
}
