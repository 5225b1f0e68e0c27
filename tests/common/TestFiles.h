#pragma once

// Files the suites share: the bundled demo survey, and the checksum a test compares a file by.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace sondo::test {

/** The demo survey bundled with Sondo: 300 respondents, a Google Forms export in Italian. */
inline QString demoSurveyPath() {
    return QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
}

/** The SHA-256 of the file's bytes (empty when it cannot be read), by Qt's own implementation. */
inline QByteArray sha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace sondo::test
