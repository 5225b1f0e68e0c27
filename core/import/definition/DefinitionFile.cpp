#include "import/definition/DefinitionFile.h"

#include "base/CoreText.h"
#include "import/definition/LssReader.h"
#include "import/definition/QsfReader.h"
#include "import/definition/XlsFormReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sondo {

QString DefinitionFile::kindOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(512);
    if (head.startsWith("PK"))
        return XlsFormReader::isXlsForm(path) ? QStringLiteral("XLSForm") : QString();
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("{") && trimmed.contains("\"SurveyEntry\""))
        return QStringLiteral("Qualtrics .qsf");
    if (trimmed.startsWith("<") && head.contains("<LimeSurveyDocType>"))
        return QStringLiteral("LimeSurvey .lss");
    return {};
}

Result<SurveyDefinition> DefinitionFile::read(const QString& path) {
    const QString kind = kindOf(path);
    if (kind == u"XLSForm")
        return XlsFormReader::read(path);
    if (kind == u"Qualtrics .qsf")
        return QsfReader::read(path);
    if (kind == u"LimeSurvey .lss")
        return LssReader::read(path);
    return Result<SurveyDefinition>::failure(
        {path, 0, 0,
         CoreText::tr("not a survey definition (an XLSForm workbook, a Qualtrics .qsf or a "
                      "LimeSurvey .lss)")});
}

QString DefinitionFile::besideAnswers(const QString& answers) {
    const QFileInfo info(answers);
    for (const char* suffix : {".qsf", ".lss"}) {
        const QString candidate =
            info.dir().filePath(info.completeBaseName() + QLatin1String(suffix));
        if (QFileInfo(candidate).isFile() && !kindOf(candidate).isEmpty())
            return candidate;
    }
    return {};
}

} // namespace sondo
