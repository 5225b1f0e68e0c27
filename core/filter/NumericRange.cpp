#include "filter/NumericRange.h"

#include <QLocale>
#include <cmath>

namespace sondo {

namespace {

// Years and ages read as written: "1990", not "1.990" (QString::number never groups digits).
QString number(double value) {
    return QString::number(value, 'g', 15);
}

std::optional<double> numberIn(const QString& text) {
    QString t = text.trimmed();
    // A decimal comma, as Italian analysts write it, when there is no point already.
    if (!t.contains(QLatin1Char('.')))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<NumericRange> NumericRange::parse(const QString& op, const QString& value) {
    NumericRange range;
    if (op == QLatin1String("=")) {
        const qsizetype dots = value.indexOf(QLatin1String(".."));
        if (dots < 0) {
            const auto point = numberIn(value);
            if (!point)
                return std::nullopt;
            range.low = range.high = *point;
            return range;
        }
        const QString from = value.left(dots).trimmed();
        const QString to = value.mid(dots + 2).trimmed();
        if (from.isEmpty() && to.isEmpty())
            return std::nullopt;
        if (!from.isEmpty()) {
            const auto low = numberIn(from);
            if (!low)
                return std::nullopt;
            range.low = *low;
        }
        if (!to.isEmpty()) {
            const auto high = numberIn(to);
            if (!high)
                return std::nullopt;
            range.high = *high;
        }
        return range.isEmpty() ? std::nullopt : std::optional<NumericRange>(range);
    }
    const auto bound = numberIn(value);
    if (!bound)
        return std::nullopt;
    if (op == QLatin1String(">=") || op == QLatin1String(">")) {
        range.low = *bound;
        range.lowIncluded = op.size() == 2;
    } else if (op == QLatin1String("<=") || op == QLatin1String("<")) {
        range.high = *bound;
        range.highIncluded = op.size() == 2;
    } else {
        return std::nullopt;
    }
    return range;
}

QString NumericRange::describe() const {
    const bool openLow = std::isinf(low);
    const bool openHigh = std::isinf(high);
    if (!openLow && !openHigh) {
        if (low == high)
            return QStringLiteral("= ") + number(low);
        if (lowIncluded && highIncluded)
            return number(low) + QStringLiteral("\u2013") + number(high);
        return QStringLiteral("%1 %2 \u2026 %3 %4")
            .arg(lowIncluded ? QStringLiteral("\u2265") : QStringLiteral(">"), number(low),
                 highIncluded ? QStringLiteral("\u2264") : QStringLiteral("<"), number(high));
    }
    if (!openLow)
        return (lowIncluded ? QStringLiteral("\u2265 ") : QStringLiteral("> ")) + number(low);
    if (!openHigh)
        return (highIncluded ? QStringLiteral("\u2264 ") : QStringLiteral("< ")) + number(high);
    // Both ends open: every answer; the command line cannot write such a condition.
    return QString();
}

} // namespace sondo
