#pragma once

#include <QFont>
#include <QString>

namespace sondo {

/**
 * The bundled DejaVu Sans, so that exported charts look the same on every machine and never fall
 * back to boxes on a machine without fonts.
 */
class FontLoader {
public:
    /** Registers the bundled fonts (once per process) and returns their family name. */
    static QString family();
    /** The bundled family at `pixelSize` logical pixels. */
    static QFont font(qreal pixelSize, bool bold = false);
};

} // namespace sondo
