#include "project/ProjectLocator.h"

#include "import/text/SourceChecksum.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace sondo {

QString ProjectLocator::besidePath(const QString& surveyPath) {
    const QFileInfo info(surveyPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".sondo"));
}

QString ProjectLocator::fallbackPath(const QString& surveyPath) {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return {};
    const QFileInfo info(surveyPath);
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    return QDir(base).filePath(QStringLiteral("projects/%1-%2.sondo")
                                   .arg(info.completeBaseName(), QString::fromLatin1(hash)));
}

QString ProjectLocator::newProjectPath(const QString& surveyPath) {
    const QString beside = besidePath(surveyPath);
    if (isWritableFolder(QFileInfo(beside).absolutePath()))
        return beside;
    const QString fallback = fallbackPath(surveyPath);
    if (!fallback.isEmpty())
        QDir().mkpath(QFileInfo(fallback).absolutePath());
    return fallback.isEmpty() ? beside : fallback;
}

QString ProjectLocator::existingProjectPath(const QString& surveyPath) {
    const QString beside = besidePath(surveyPath);
    if (QFileInfo::exists(beside))
        return beside;
    const QString fallback = fallbackPath(surveyPath);
    if (!fallback.isEmpty() && QFileInfo::exists(fallback))
        return fallback;
    return {};
}

bool ProjectLocator::isWritableFolder(const QString& folder) {
    if (!QFileInfo(folder).isDir())
        return false;
    // Permission bits lie on read-only mounts and for root; creating a file does not.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".sondo-probe-XXXXXX")));
    return probe.open();
}

} // namespace sondo
