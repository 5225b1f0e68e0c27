#pragma once

#include "base/Diagnostic.h"

#include <optional>
#include <utility>

namespace sondo {

/**
 * A value or the error that prevented it, plus warnings gathered on the way. Errors are values:
 * nothing in core throws across a library boundary.
 */
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(Diagnostic error) {
        Result r;
        r.m_error = std::move(error);
        return r;
    }
    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const Diagnostic& error() const { return m_error; }

    QList<Diagnostic> warnings;

private:
    Result() = default;
    std::optional<T> m_value;
    Diagnostic m_error;
};

/** Result for operations that produce nothing but may fail. */
struct Done {};

} // namespace sondo
