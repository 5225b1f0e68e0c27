#include "export/OoxmlPackage.h"

#include "base/CoreText.h"
#include "export/ExportFile.h"

#include <QBuffer>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace sondo {

namespace {

constexpr auto contentTypesNamespace =
    "http://schemas.openxmlformats.org/package/2006/content-types";

} // namespace

void OoxmlPackage::addPart(const QString& name, const QByteArray& data,
                           const QString& contentType) {
    m_parts.append({name, data, contentType});
}

void OoxmlPackage::addDefault(const QString& extension, const QString& contentType) {
    m_defaults.append({extension, contentType});
}

void OoxmlPackage::addPackageRelationship(const QString& type, const QString& target) {
    m_packageRelationships.append({type, target});
}

QString OoxmlPackage::relationshipType(const QString& name) {
    return QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/") +
           name;
}

QByteArray OoxmlPackage::contentTypes() const {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QString::fromLatin1(contentTypesNamespace));
    // rels and xml are declared by every package; a part may still override them.
    QList<std::pair<QString, QString>> defaults = {
        {QStringLiteral("rels"),
         QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
        {QStringLiteral("xml"), QStringLiteral("application/xml")}};
    defaults += m_defaults;
    for (const auto& [extension, type] : defaults) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    }
    for (const Part& part : m_parts) {
        if (part.contentType.isEmpty())
            continue;
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), u'/' + part.name);
        xml.writeAttribute(QStringLiteral("ContentType"), part.contentType);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OoxmlPackage::packageRelationships() const {
    return relationships(m_packageRelationships);
}

QByteArray OoxmlPackage::relationships(const QList<std::pair<QString, QString>>& typeTargets) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(QString::fromLatin1(relationshipsNamespace));
    int id = 0;
    for (const auto& [type, target] : typeTargets) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
        xml.writeAttribute(QStringLiteral("Type"), type);
        xml.writeAttribute(QStringLiteral("Target"), target);
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

std::optional<Diagnostic> OoxmlPackage::write(const QString& path) const {
    // The zip is made in memory (an OOXML export is small: tables and pictures), then written
    // through QSaveFile, which renames it over `path` only once every byte is on disk.
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return ExportFile::failure(path, CoreText::tr("cannot create the package"));
        zip.setUtf8Enabled(true);
        QList<std::pair<QString, QByteArray>> entries = {
            {QStringLiteral("[Content_Types].xml"), contentTypes()},
            {QStringLiteral("_rels/.rels"), packageRelationships()}};
        for (const Part& part : m_parts)
            entries.append({part.name, part.data});
        for (const auto& [name, data] : entries) {
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
                entry.write(data) != data.size())
                return ExportFile::failure(path, CoreText::tr("cannot create the package"));
            entry.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return ExportFile::failure(path, CoreText::tr("cannot create the package"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportFile::writeFailure(path, file.errorString());
    const QByteArray& bytes = buffer.data();
    if (const auto error = ExportFile::writeAll(file, bytes.constData(), bytes.size()))
        return ExportFile::writeFailure(path, *error);
    if (!file.commit())
        return ExportFile::writeFailure(path, file.errorString());
    return std::nullopt;
}

} // namespace sondo
