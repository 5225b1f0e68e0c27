#include "import/definition/LssReader.h"

#include "base/CoreText.h"
#include "import/profiles/ProfileSupport.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>

namespace sondo {

namespace {

/** One `<row>` of a section: its fields by name. */
using Row = QHash<QString, QString>;

/** The rows of each section (`questions`, `answers`, `question_l10ns` …) and the languages. */
struct LssDocument {
    QHash<QString, QList<Row>> sections;
    QStringList languages;
};

/** Reads every `<section><rows><row><field>` of the document; a broken XML is an error. */
Result<LssDocument> parse(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LssDocument>::failure({path, 0, 0, file.errorString()});
    QXmlStreamReader xml(&file);
    LssDocument doc;
    // <document> (depth 1) holds the sections (2); a section's <rows> (3) its <row>s (4), whose
    // children (5) are the fields. <languages> (2) holds <language> (3).
    int depth = 0;
    QString section;
    Row row;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 2) {
                section = name;
            } else if (depth == 3 && section == u"languages" && name == u"language") {
                doc.languages.append(xml.readElementText().trimmed());
                --depth;
            } else if (depth == 4 && name == u"row") {
                row.clear();
            } else if (depth == 5) {
                row.insert(name, xml.readElementText(QXmlStreamReader::IncludeChildElements));
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (depth == 4 && xml.name() == u"row")
                doc.sections[section].append(row);
            --depth;
        }
    }
    if (xml.hasError())
        return Result<LssDocument>::failure(
            {path, xml.lineNumber(), int(xml.columnNumber()),
             CoreText::tr("not a readable LimeSurvey structure: %1").arg(xml.errorString())});
    return Result<LssDocument>(std::move(doc));
}

int number(const Row& row, const char* field) {
    return row.value(QLatin1String(field)).trimmed().toInt();
}

/** A question, subquestion or answer as this reader uses it. */
struct Entry {
    QString id;     ///< qid, or aid for an answer
    QString parent; ///< parent_qid (subquestions), qid (answers)
    QString group;  ///< gid
    QString type;
    QString code; ///< title, or an answer's code
    QString text;
    int order = 0;
    int scale = 0;
};

/** Base-language texts by id from a `*_l10ns` section (LimeSurvey 4 and later). */
QHash<QString, QString> texts(const QList<Row>& rows, const char* idField, const char* textField,
                              const QString& language) {
    QHash<QString, QString> out;
    for (const Row& row : rows)
        if (language.isEmpty() || row.value(QStringLiteral("language")) == language)
            out.insert(row.value(QLatin1String(idField)), row.value(QLatin1String(textField)));
    return out;
}

/** The rows of `section` in the base language, as entries. */
QList<Entry> entries(const LssDocument& doc, const QString& section, const QString& language,
                     const QHash<QString, QString>& l10n) {
    QList<Entry> out;
    const bool answers = section == u"answers";
    for (const Row& row : doc.sections.value(section)) {
        const QString rowLanguage = row.value(QStringLiteral("language"));
        if (!rowLanguage.isEmpty() && !language.isEmpty() && rowLanguage != language)
            continue;
        Entry e;
        e.id = answers ? row.value(QStringLiteral("aid")) : row.value(QStringLiteral("qid"));
        e.parent =
            answers ? row.value(QStringLiteral("qid")) : row.value(QStringLiteral("parent_qid"));
        e.group = row.value(QStringLiteral("gid"));
        e.type = row.value(QStringLiteral("type"));
        e.code = answers ? row.value(QStringLiteral("code")) : row.value(QStringLiteral("title"));
        const QString own =
            answers ? row.value(QStringLiteral("answer")) : row.value(QStringLiteral("question"));
        e.text = ProfileSupport::plainFromHtml(own.isEmpty() ? l10n.value(e.id) : own);
        e.order = answers ? number(row, "sortorder") : number(row, "question_order");
        e.scale = number(row, "scale_id");
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Entry& a, const Entry& b) { return a.order < b.order; });
    return out;
}

/**
 * The words LimeSurvey shows for the answers its yes/no, gender and yes/uncertain/no and
 * increase/same/decrease types have built in, in the survey's language (English where the table
 * has none): the file stores only their codes.
 */
QString builtInWord(const QString& code, const QString& language) {
    struct Words {
        const char* language;
        const char* yes;
        const char* no;
        const char* uncertain;
        const char* increase;
        const char* same;
        const char* decrease;
        const char* female;
        const char* male;
    };
    static const Words table[] = {
        {"en", "Yes", "No", "Uncertain", "Increase", "Same", "Decrease", "Female", "Male"},
        {"it", "Sì", "No", "Incerto", "Aumento", "Uguale", "Diminuzione", "Femmina", "Maschio"},
        {"de", "Ja", "Nein", "Unsicher", "Zunahme", "Gleich", "Abnahme", "Weiblich", "Männlich"},
        {"es", "Sí", "No", "Incierto", "Aumentar", "Igual", "Disminuir", "Femenino", "Masculino"},
        {"fr", "Oui", "Non", "Incertain", "Augmenter", "Sans changement", "Diminuer", "Féminin",
         "Masculin"},
    };
    const Words* words = &table[0];
    for (const Words& w : table)
        if (language.section(u'-', 0, 0).compare(QLatin1String(w.language), Qt::CaseInsensitive) ==
            0)
            words = &w;
    const char* word = code == u"Y"   ? words->yes
                       : code == u"N" ? words->no
                       : code == u"U" ? words->uncertain
                       : code == u"I" ? words->increase
                       : code == u"S" ? words->same
                       : code == u"D" ? words->decrease
                       : code == u"F" ? words->female
                                      : words->male;
    return QString::fromUtf8(word);
}

/** Fixed answers of the array and list types that have none in the file. */
QList<DefinedChoice> fixedChoices(const QString& type, const QString& language) {
    QList<DefinedChoice> out;
    auto points = [&](int n) {
        for (int i = 1; i <= n; ++i)
            out.append({QString::number(i), QString::number(i)});
    };
    auto words = [&](const char* codes) {
        for (const char* c = codes; *c; ++c) {
            const QString code = QString(QLatin1Char(*c));
            out.append({code, builtInWord(code, language)});
        }
    };
    if (type == u"5" || type == u"A")
        points(5);
    else if (type == u"B")
        points(10);
    else if (type == u"Y")
        words("YN");
    else if (type == u"C")
        words("YUN");
    else if (type == u"E")
        words("ISD");
    else if (type == u"G")
        words("FM");
    return out;
}

} // namespace

Result<SurveyDefinition> LssReader::read(const QString& path) {
    auto parsed = parse(path);
    if (!parsed.ok())
        return Result<SurveyDefinition>::failure(parsed.error());
    const LssDocument& doc = parsed.value();
    // The base language: the survey's own setting, else the first listed.
    QString language = doc.languages.value(0);
    if (const QList<Row> surveys = doc.sections.value(QStringLiteral("surveys"));
        !surveys.isEmpty() && !surveys.first().value(QStringLiteral("language")).isEmpty())
        language = surveys.first().value(QStringLiteral("language"));

    // Groups in their order, then questions in theirs within each group.
    QList<Row> groupRows;
    for (const Row& row : doc.sections.value(QStringLiteral("groups")))
        if (row.value(QStringLiteral("language")).isEmpty() ||
            row.value(QStringLiteral("language")) == language)
            groupRows.append(row);
    std::stable_sort(groupRows.begin(), groupRows.end(), [](const Row& a, const Row& b) {
        return number(a, "group_order") < number(b, "group_order");
    });
    const QHash<QString, QString> groupNames =
        texts(doc.sections.value(QStringLiteral("group_l10ns")), "gid", "group_name", language);
    const QHash<QString, QString> questionTexts =
        texts(doc.sections.value(QStringLiteral("question_l10ns")), "qid", "question", language);
    const QHash<QString, QString> answerTexts =
        texts(doc.sections.value(QStringLiteral("answer_l10ns")), "aid", "answer", language);

    QList<Entry> all = entries(doc, QStringLiteral("questions"), language, questionTexts);
    QList<Entry> subs = entries(doc, QStringLiteral("subquestions"), language, questionTexts);
    // Some versions keep subquestions among the questions, with a parent.
    for (const Entry& e : std::as_const(all))
        if (!e.parent.isEmpty() && e.parent != u"0")
            subs.append(e);
    all.removeIf([](const Entry& e) { return !e.parent.isEmpty() && e.parent != u"0"; });
    // Old layouts have no aid: an answer is then known by its question and code.
    QList<Entry> answers = entries(doc, QStringLiteral("answers"), language, answerTexts);

    auto subquestionsOf = [&](const Entry& q, int scale) {
        QList<Entry> out;
        for (const Entry& s : std::as_const(subs))
            if (s.parent == q.id && s.scale == scale)
                out.append(s);
        return out;
    };
    auto choicesOf = [&](const Entry& q) {
        QList<DefinedChoice> out;
        for (const Entry& a : std::as_const(answers))
            if (a.parent == q.id && a.scale == 0)
                out.append({a.code, a.text});
        return out.isEmpty() ? fixedChoices(q.type, language) : out;
    };

    SurveyDefinition out;
    out.kind = QStringLiteral("lss");
    out.file = path;
    // Each group's place and plain-text name, by gid, read once.
    QHash<QString, std::pair<int, QString>> groups;
    for (int g = 0; g < groupRows.size(); ++g) {
        const QString gid = groupRows[g].value(QStringLiteral("gid"));
        const QString own = groupRows[g].value(QStringLiteral("group_name"));
        groups.insert(
            gid, {g, ProfileSupport::plainFromHtml(own.isEmpty() ? groupNames.value(gid) : own)});
    }
    std::stable_sort(all.begin(), all.end(), [&](const Entry& a, const Entry& b) {
        return groups.value(a.group, {-1, QString()}).first <
               groups.value(b.group, {-1, QString()}).first;
    });
    for (const Entry& q : std::as_const(all)) {
        // A page's title is no question, nor is a text shown or a value computed.
        if (q.type == u"X" || q.type == u"*")
            continue;
        const QString groupName = groups.value(q.group).second;
        static const QString arrays = QStringLiteral("FHABCE");
        static const QString lists = QStringLiteral("L!O5YG");
        if (q.type.size() == 1 && arrays.contains(q.type)) {
            for (const Entry& s : subquestionsOf(q, 0)) {
                DefinedQuestion item;
                item.name = q.code + u'[' + s.code + u']';
                item.label = s.text;
                item.kind = QStringLiteral("Matrix");
                item.groupLabel = q.text;
                item.choices = choicesOf(q);
                out.questions.append(item);
            }
            continue;
        }
        if (q.type == u"R") {
            const QList<DefinedChoice> choices = choicesOf(q);
            for (int place = 1; place <= choices.size(); ++place) {
                DefinedQuestion item;
                item.name = q.code + u'[' + QString::number(place) + u']';
                // As LimeSurvey's own exports name the places, in every language.
                item.label = QStringLiteral("Rank %1").arg(place);
                item.kind = QStringLiteral("ranking");
                item.groupLabel = q.text;
                item.choices = choices;
                out.questions.append(item);
            }
            continue;
        }
        DefinedQuestion d;
        d.name = q.code;
        d.label = q.text;
        d.groupLabel = groupName;
        if (q.type == u"M" || q.type == u"P") {
            d.kind = QStringLiteral("multiple choice");
            for (const Entry& s : subquestionsOf(q, 0))
                d.choices.append({s.code, s.text});
            out.questions.append(d);
            continue;
        }
        d.kind = lists.contains(q.type) && q.type.size() == 1 ? QStringLiteral("list")
                                                              : QStringLiteral("type ") + q.type;
        if (lists.contains(q.type) && q.type.size() == 1)
            d.choices = choicesOf(q);
        out.questions.append(d);
        // Multiple numbers or texts, arrays of numbers or texts: a column per subquestion.
        for (const Entry& s : subquestionsOf(q, 0)) {
            DefinedQuestion item;
            item.name = q.code + u'[' + s.code + u']';
            item.label = s.text;
            item.kind = QStringLiteral("type ") + q.type;
            item.groupLabel = q.text;
            out.questions.append(item);
        }
    }
    if (out.questions.isEmpty())
        return Result<SurveyDefinition>::failure(
            {path, 0, 0, CoreText::tr("a LimeSurvey structure without questions")});
    return Result<SurveyDefinition>(std::move(out));
}

} // namespace sondo
