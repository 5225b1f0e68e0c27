#include "project/SavedImportOptions.h"

#include <QJsonArray>

namespace sondo {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kEncoding = QStringLiteral("encoding");
const QString kDelimiter = QStringLiteral("delimiter");
const QString kSheet = QStringLiteral("sheet");
const QString kTypes = QStringLiteral("types");
const QString kQuestion = QStringLiteral("question");
const QString kCode = QStringLiteral("code");
const QString kText = QStringLiteral("text");
const QString kType = QStringLiteral("type");
const QString kCompleteOnly = QStringLiteral("completeOnly");
const QString kStructure = QStringLiteral("structure");
const QString kMetadata = QStringLiteral("metadata");
const QString kQuestions = QStringLiteral("questions");
const QString kSplit = QStringLiteral("split");
const QString kGroups = QStringLiteral("groups");
const QString kStem = QStringLiteral("stem");
const QString kColumns = QStringLiteral("columns");
const QString kScales = QStringLiteral("scales");
const QString kWriteIns = QStringLiteral("writeIns");
const QString kColumn = QStringLiteral("column");
const QString kOptions = QStringLiteral("options");

QJsonObject structureJson(const StructureChoices& choices) {
    QJsonArray groups;
    for (const StructureChoices::Join& join : choices.groups)
        groups.append(
            QJsonObject{{kStem, join.stem}, {kColumns, QJsonArray::fromStringList(join.columns)}});
    QJsonArray scales;
    for (const StructureChoices::ScaleOrder& scale : choices.scales)
        scales.append(QJsonObject{{kColumn, scale.column},
                                  {kOptions, QJsonArray::fromStringList(scale.options)}});
    QJsonObject json{{kMetadata, QJsonArray::fromStringList(choices.metadata)},
                     {kQuestions, QJsonArray::fromStringList(choices.questions)},
                     {kSplit, QJsonArray::fromStringList(choices.split)},
                     {kGroups, groups}};
    // Written only when chosen: a project saved before scale orders existed reads the same.
    if (!scales.isEmpty())
        json.insert(kScales, scales);
    return json;
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        if (v.isString())
            out.append(v.toString());
    return out;
}

StructureChoices structureFrom(const QJsonObject& json) {
    StructureChoices choices;
    choices.metadata = strings(json.value(kMetadata));
    choices.questions = strings(json.value(kQuestions));
    choices.split = strings(json.value(kSplit));
    for (const QJsonValue& value : json.value(kGroups).toArray()) {
        const QJsonObject join = value.toObject();
        choices.groups.append({join.value(kStem).toString(), strings(join.value(kColumns))});
    }
    for (const QJsonValue& value : json.value(kScales).toArray()) {
        const QJsonObject scale = value.toObject();
        choices.scales.append({scale.value(kColumn).toString(), strings(scale.value(kOptions))});
    }
    // Saved choices name columns of an export that may have changed since.
    choices.strict = false;
    return choices;
}

QJsonObject generalJson(const ImportOptions& options) {
    QJsonObject json{
        {kFormat, options.format.isEmpty() ? QStringLiteral("auto") : options.format},
        {kEncoding, options.encoding},
        {kDelimiter, options.delimiter.isNull() ? QString() : QString(options.delimiter)},
        {kSheet, options.sheet},
    };
    // Only when asked: a project imported without it reads as it always did.
    if (options.completeOnly)
        json.insert(kCompleteOnly, true);
    if (!options.structure.isEmpty())
        json.insert(kStructure, structureJson(options.structure));
    if (options.writeInLimit)
        json.insert(kWriteIns, *options.writeInLimit);
    return json;
}

} // namespace

QString SavedImportOptions::key() {
    return QStringLiteral("importOptions");
}

QJsonObject SavedImportOptions::toJson(const ImportOptions& options, const Survey& survey) {
    QList<Override> overrides;
    for (const auto& [questionKey, type] : options.typeOverrides) {
        Override o;
        o.type = type;
        const int q = survey.findQuestion(questionKey);
        if (q >= 0) {
            o.question = survey.questions[q].id;
            o.code = survey.questions[q].code;
            o.text = survey.questions[q].text;
        } else {
            // Not in this survey (cannot happen after a successful import): keep the key as
            // typed so that nothing the analyst said is lost.
            o.code = questionKey;
        }
        overrides.append(o);
    }
    return toJson(options, overrides);
}

QJsonObject SavedImportOptions::toJson(const ImportOptions& options,
                                       const QList<Override>& overrides) {
    QJsonObject json = generalJson(options);
    QJsonArray types;
    for (const Override& o : overrides)
        types.append(QJsonObject{{kQuestion, o.question},
                                 {kCode, o.code},
                                 {kText, o.text},
                                 {kType, questionTypeName(o.type)}});
    json.insert(kTypes, types);
    return json;
}

ImportOptions SavedImportOptions::options(const QJsonObject& json) {
    ImportOptions options;
    const QString format = json.value(kFormat).toString();
    if (!format.isEmpty())
        options.format = format;
    options.encoding = json.value(kEncoding).toString();
    const QString delimiter = json.value(kDelimiter).toString();
    if (delimiter.size() == 1)
        options.delimiter = delimiter.at(0);
    options.sheet = json.value(kSheet).toString();
    options.completeOnly = json.value(kCompleteOnly).toBool();
    options.structure = structureFrom(json.value(kStructure).toObject());
    if (json.value(kWriteIns).isDouble())
        options.writeInLimit = json.value(kWriteIns).toInt();
    return options;
}

QList<SavedImportOptions::Override> SavedImportOptions::overrides(const QJsonObject& json) {
    QList<Override> out;
    for (const QJsonValue& value : json.value(kTypes).toArray()) {
        const QJsonObject o = value.toObject();
        const auto type = questionTypeFromName(o.value(kType).toString());
        if (!type)
            continue;
        out.append({o.value(kQuestion).toString(), o.value(kCode).toString(),
                    o.value(kText).toString(), *type});
    }
    return out;
}

ImportOptions SavedImportOptions::merged(const ImportOptions& saved, const ImportOptions& given) {
    ImportOptions out = saved;
    if (!given.format.isEmpty() && given.format != u"auto")
        out.format = given.format;
    if (!given.encoding.isEmpty())
        out.encoding = given.encoding;
    if (!given.delimiter.isNull())
        out.delimiter = given.delimiter;
    if (!given.sheet.isEmpty())
        out.sheet = given.sheet;
    out.completeOnly = saved.completeOnly || given.completeOnly;
    out.structure = saved.structure.mergedWith(given.structure);
    // The export may have lost a column named then or now: that is said, not fatal.
    out.structure.strict = false;
    if (given.writeInLimit)
        out.writeInLimit = given.writeInLimit;
    out.typeOverrides.clear();
    return out;
}

} // namespace sondo
