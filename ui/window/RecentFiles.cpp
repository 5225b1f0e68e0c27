#include "window/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace sondo {

namespace {

const QString kKey = QStringLiteral("recentFiles");

QStringList stored() {
    return QSettings().value(kKey).toStringList();
}

void store(const QStringList& files) {
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::list() {
    QStringList result;
    for (const QString& path : stored())
        if (QFileInfo::exists(path))
            result.append(path);
    return result;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxFiles)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = stored();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() {
    store({});
}

} // namespace sondo
