#pragma once

#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace sondo {

/**
 * The analyst bands a numeric question at cut points (18, 25, 35, 50, 65): it becomes an ordered
 * single choice "18–24, 25–34, 35–49, 50–64, 65+", usable as a segment (--by) and in filters
 * like any other. Each band runs from its cut up to the next cut, excluded; a value below the
 * first cut is in no band and counts as missing (add a lower cut, such as 0, to keep it).
 * Applied on load to the answers in memory; the stored answers stay as imported. Plain value,
 * one entry of an EditList.
 */
struct Bands {
    /** Question id when the change was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The cut points, strictly increasing. */
    std::vector<double> cuts;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("bands"); }
    /**
     * The labels of the bands of `cuts`: "18–24" between whole cuts (the whole numbers in it;
     * "18" alone when it holds one),
     * "1.5–<2.5" otherwise, and "65+" for the last.
     */
    static QStringList labels(const std::vector<double>& cuts);

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<Bands> fromJson(const QJsonObject& json);

    /**
     * Turns the question in `survey` into the single choice of the bands. Fails, changing
     * nothing, when the question is not numeric or the cuts are not finite and increasing.
     */
    Result<Done> applyTo(Survey& survey) const;
    /** As applyTo(Survey&), and the loaded answers become the codes of their bands. */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;

    bool operator==(const Bands&) const = default;
};

} // namespace sondo
