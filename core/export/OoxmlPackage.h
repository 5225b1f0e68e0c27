#pragma once

#include "base/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace sondo {

/**
 * An Office Open XML package (ECMA-376 Part 2) being put together: a zip of named parts with
 * `[Content_Types].xml` and the package's `_rels/.rels`, written by write() in one go. The
 * workbook (TablesWorkbook) and the deck (SlidesDeck) are built on it; it knows nothing of
 * spreadsheets or slides.
 */
class OoxmlPackage {
public:
    /**
     * Adds the part `name` ("xl/workbook.xml", no leading slash) with `contentType`. A part whose
     * extension has a default type (addDefault) may pass an empty `contentType`.
     */
    void addPart(const QString& name, const QByteArray& data, const QString& contentType = {});
    /** Declares the content type of every part ending in `.extension` ("png", "rels", "xml"). */
    void addDefault(const QString& extension, const QString& contentType);
    /** A relationship of the package itself (`_rels/.rels`) to the part `target`. */
    void addPackageRelationship(const QString& type, const QString& target);

    /** `[Content_Types].xml` as write() stores it. */
    QByteArray contentTypes() const;
    /** `_rels/.rels` as write() stores it. */
    QByteArray packageRelationships() const;

    /**
     * Writes the package to `path` through a temporary file renamed over it at the end, so a
     * failed export never leaves half a file (nor harms one already there). Returns the error.
     */
    std::optional<Diagnostic> write(const QString& path) const;

    /**
     * A relationships part (`_rels/….rels`) naming `typeTargets` as rId1, rId2, … in order;
     * each pair is a full relationship type (relationshipType) and a target relative to the part.
     */
    static QByteArray relationships(const QList<std::pair<QString, QString>>& typeTargets);

    /** Namespaces shared by the parts' writers. */
    static QString relationshipType(const QString& name);
    static constexpr const char* relationshipsNamespace =
        "http://schemas.openxmlformats.org/package/2006/relationships";

private:
    struct Part {
        QString name;
        QByteArray data;
        QString contentType;
    };
    QList<Part> m_parts;
    QList<std::pair<QString, QString>> m_defaults;
    QList<std::pair<QString, QString>> m_packageRelationships;
};

} // namespace sondo
