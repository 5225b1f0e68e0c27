#include "stats/SignificanceOptions.h"

namespace sondo {

QString SignificanceOptions::correctionName(PValueAdjustment::Method method) {
    switch (method) {
    case PValueAdjustment::Method::Holm:
        return QStringLiteral("holm");
    case PValueAdjustment::Method::Bonferroni:
        return QStringLiteral("bonferroni");
    case PValueAdjustment::Method::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<PValueAdjustment::Method>
SignificanceOptions::correctionFromName(const QString& name) {
    for (const auto method : {PValueAdjustment::Method::Holm, PValueAdjustment::Method::Bonferroni,
                              PValueAdjustment::Method::None})
        if (name.compare(correctionName(method), Qt::CaseInsensitive) == 0)
            return method;
    return std::nullopt;
}

} // namespace sondo
