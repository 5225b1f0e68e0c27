#pragma once

// Reading back the documents Sondo writes, with the tools a user's machine has: pdftotext and
// pdfinfo (poppler-utils) for PDF, QuaZip for the zip of ODT/XLSX/PPTX, and LibreOffice run
// headless (libreoffice-calc-nogui, libreoffice-impress-nogui; scripts/setup.sh installs them) as
// the independent program that must open an XLSX or PPTX without repair. All in
// scripts/setup.sh, so none of these is ever skipped.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <quazip/quazipfile.h>

namespace sondo::test {

/** The PDF's text, pdftotext's reading order, lines joined by spaces (a sentence may wrap). */
inline QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // NFKC, as a PDF viewer's search does: the shaper writes "fi" as its ligature glyph.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

/** pdfinfo's page count; -1 when the file is not a PDF it can read. */
inline int pdfPages(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** One entry of a zip archive (ODT, XLSX, PPTX), empty when missing. */
inline QByteArray zipEntry(const QString& archive, const QString& name) {
    QuaZipFile file(archive, name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/**
 * Converts `path` with LibreOffice headless (`soffice --convert-to FILTER`) into `folder` and
 * returns the converted file's path, empty when LibreOffice failed or refused the file. Each
 * call gets its own user profile in `folder`, so suites running side by side do not share
 * LibreOffice's lock.
 */
inline QString libreOfficeConvert(const QString& path, const QString& filter,
                                  const QString& folder) {
    const QString profile = QDir(folder).filePath(QStringLiteral("lo-profile"));
    QProcess process;
    process.start(
        QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
         QStringLiteral("--outdir"), folder, path});
    if (!process.waitForFinished(180000) || process.exitCode() != 0)
        return {};
    const QString extension = filter.section(u':', 0, 0);
    const QString converted =
        QDir(folder).filePath(QFileInfo(path).completeBaseName() + u'.' + extension);
    return QFileInfo::exists(converted) ? converted : QString();
}

} // namespace sondo::test
