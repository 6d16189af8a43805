#include "SaleEvent.h"

using namespace Qt::StringLiterals;

QString SaleEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Saved:
        return u"saved"_s;
    case Kind::Request:
        return u"request"_s;
    case Kind::Outcome:
        return u"outcome"_s;
    case Kind::Corrected:
        return u"corrected"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SaleEvent::Kind> SaleEvent::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Saved, Kind::Request, Kind::Outcome, Kind::Corrected}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}
