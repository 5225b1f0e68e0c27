#include "render/FontLoader.h"

#include <QFontDatabase>
#include <QStringList>

// Q_INIT_RESOURCE declares a function and must therefore sit outside any namespace; sondo_ui is a
// static library, so nothing registers its resources unless someone calls this.
static void initSondoResources() {
    Q_INIT_RESOURCE(resources);
}

namespace sondo {

namespace {

QString loadBundledFonts() {
    initSondoResources();
    QString family;
    for (const char* path : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty())
            family = families.first();
    }
    // Without the bundled font (broken build) the system default is still better than nothing.
    return family.isEmpty() ? QStringLiteral("DejaVu Sans") : family;
}

} // namespace

QString FontLoader::family() {
    // The font database is process-wide anyway; registering twice would only add duplicates.
    static const QString loaded = loadBundledFonts();
    return loaded;
}

QFont FontLoader::font(qreal pixelSize, bool bold) {
    QFont f(family());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    // Kerning and hinting differ between devices; without hinting the widths measured at layout
    // time are the widths drawn on PNG, SVG and PDF alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace sondo
