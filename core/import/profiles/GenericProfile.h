#pragma once

#include "import/FormatProfile.h"

namespace sondo {

/**
 * Any table with one header row of question texts: every column is a question whose code and
 * text are its header. The fallback when no survey tool is recognised.
 */
class GenericProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("generic"); }
    /** A low constant, so any tool's distinctive signals win over it. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
