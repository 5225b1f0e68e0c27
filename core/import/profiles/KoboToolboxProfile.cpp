#include "import/profiles/KoboToolboxProfile.h"

#include "import/profiles/ProfileSupport.h"

#include <QRegularExpression>

namespace sondo {

namespace {

enum class Meta { None, Id, Date, Identifier, Other };

Meta metaOf(const QString& h) {
    if (h == u"_id")
        return Meta::Id;
    static const QStringList dates = {QStringLiteral("_submission_time"), QStringLiteral("start"),
                                      QStringLiteral("end"), QStringLiteral("today")};
    static const QStringList identifiers = {
        QStringLiteral("_uuid"),           QStringLiteral("_submitted_by"),
        QStringLiteral("deviceid"),        QStringLiteral("username"),
        QStringLiteral("simserial"),       QStringLiteral("subscriberid"),
        QStringLiteral("phonenumber"),     QStringLiteral("meta/instanceID"),
        QStringLiteral("meta.instanceID"), QStringLiteral("instanceID"),
        QStringLiteral("formhub/uuid"),    QStringLiteral("formhub.uuid"),
    };
    if (dates.contains(h))
        return Meta::Date;
    if (identifiers.contains(h))
        return Meta::Identifier;
    // Every other system field starts with "_" (_index, _notes, _tags, __version__…) or sits in
    // the meta group (meta/deprecatedID, meta/rootUuid).
    if (h.startsWith(u'_') || h.startsWith(u"meta/") || h.startsWith(u"meta."))
        return Meta::Other;
    return Meta::None;
}

bool isFlagColumn(const RawTable& table, int column) {
    static const QStringList flags = {
        QStringLiteral("0"),   QStringLiteral("1"),    QStringLiteral("0.0"),
        QStringLiteral("1.0"), QStringLiteral("True"), QStringLiteral("False"),
    };
    const QStringList values = ProfileSupport::dataValues(table, column, 1, 2);
    if (values.size() > 2)
        return false;
    for (const QString& v : values)
        if (!flags.contains(v.trimmed(), Qt::CaseInsensitive))
            return false;
    return true;
}

/** Columns after `column` that are the option flags of a select-multiple named `header`. */
QList<int> optionColumns(const RawTable& table, int column, const QString& header,
                         QString* separator) {
    QList<int> out;
    const QString next = ProfileSupport::header(table, 0, column + 1);
    for (const QString& sep : {QStringLiteral("/"), QStringLiteral(".")}) {
        const QString prefix = header + sep;
        if (!next.startsWith(prefix) || next.size() == prefix.size())
            continue;
        for (int c = column + 1; c < table.columnCount(); ++c) {
            const QString h = ProfileSupport::header(table, 0, c);
            if (!h.startsWith(prefix) || h.size() == prefix.size() || !isFlagColumn(table, c))
                break;
            out.append(c);
        }
        *separator = sep;
        return out;
    }
    return out;
}

/** Where a header's last path segment starts ("group_ab1cd23/q1", "grp.q1"), or -1. */
qsizetype lastSegment(const QString& header) {
    const qsizetype slash = header.lastIndexOf(u'/');
    const qsizetype at = slash >= 0 ? slash : header.lastIndexOf(u'.');
    // "3.5" or "v1." are not paths: both sides must be names.
    if (at <= 0 || at + 1 >= header.size() || !header[at + 1].isLetter() || header.contains(u' '))
        return -1;
    return at + 1;
}

/**
 * True for a group name KoboToolbox made up itself ("group_pm0cj55"): the form builder names a
 * group it creates "group_" and seven random letters and digits, so such a path is Kobo's mark
 * even when the system columns were left out of the export.
 */
bool isGeneratedGroupPath(const QString& header) {
    static const QRegularExpression generated(QStringLiteral(R"(^group_[a-z0-9]{7}[/.]\w)"));
    return generated.match(header).hasMatch();
}

} // namespace

int KoboToolboxProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1)
        return 0;
    bool system = false, instance = false, id = false, index = false;
    int generatedGroups = 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString h = ProfileSupport::header(table, 0, c);
        generatedGroups += isGeneratedGroupPath(h) ? 1 : 0;
        system = system || h == u"_uuid" || h == u"_submission_time";
        instance = instance || h == u"meta/instanceID" || h == u"meta.instanceID" ||
                   h == u"formhub/uuid" || h == u"__version__";
        id = id || h == u"_id";
        index = index || h == u"_index";
    }
    if (system)
        return 90;
    if (instance)
        return 80;
    if (id && index)
        return 60;
    return generatedGroups >= 2 ? 55 : 0;
}

ImportPlan KoboToolboxProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        const Meta meta = metaOf(header);
        if (meta != Meta::None) {
            std::optional<QuestionType> hint;
            if (meta == Meta::Id || meta == Meta::Identifier)
                hint = QuestionType::Identifier;
            else if (meta == Meta::Date)
                hint = QuestionType::Date;
            if (meta == Meta::Id && plan.respondentIdColumn < 0)
                plan.respondentIdColumn = c;
            plan.questions.append(ProfileSupport::metadata(c, header, hint));
            continue;
        }
        QString separator;
        const QList<int> options = optionColumns(table, c, header, &separator);
        if (options.isEmpty()) {
            // A question inside a group is written with its group's path: the path is the stem
            // its neighbours share, the last segment names the question.
            QuestionPlan q = ProfileSupport::question(c, header, header);
            if (const qsizetype at = lastSegment(header); at > 0) {
                q.group = header.left(at - 1);
                q.text = header.mid(at);
            }
            plan.questions.append(q);
            continue;
        }
        QuestionPlan joined = ProfileSupport::metadata(c, header + QStringLiteral(" (joined)"));
        joined.text = header;
        plan.questions.append(joined);

        QuestionPlan q;
        q.code = header;
        q.text = header;
        q.layout = ColumnLayout::OptionFlags;
        q.typeHint = QuestionType::Multiple;
        for (int o : options) {
            q.columns.append(o);
            q.columnOptions.append(
                ProfileSupport::header(table, 0, o).mid(header.size() + separator.size()));
        }
        plan.questions.append(q);
        c = options.last();
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
