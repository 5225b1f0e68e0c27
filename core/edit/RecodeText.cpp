#include "edit/RecodeText.h"

#include "base/CoreText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sondo {

namespace {

template <class... Kinds> struct Overloaded : Kinds... { using Kinds::operator()...; };
template <class... Kinds> Overloaded(Kinds...) -> Overloaded<Kinds...>;

QString quoted(const QString& label) {
    return QStringLiteral("“%1”").arg(label);
}

QString quotedList(const QStringList& labels, const QString& separator) {
    QStringList parts;
    for (const QString& label : labels)
        parts.append(quoted(label));
    return parts.join(separator);
}

} // namespace

QString RecodeText::operation(const Edit& edit) {
    return std::visit(Overloaded{
                          [](const RenameOption&) { return QStringLiteral("rename"); },
                          [](const MergeOptions&) { return QStringLiteral("merge"); },
                          [](const ReorderOptions&) { return QStringLiteral("order"); },
                          [](const HideOption&) { return QStringLiteral("hide"); },
                          [](const Bands&) { return QStringLiteral("bands"); },
                          [](const ChangeType&) { return QStringLiteral("type"); },
                          [](const NetOption&) { return QStringLiteral("net"); },
                          [](const DerivedSegment&) { return QStringLiteral("segment"); },
                          [](const UnknownEdit&) { return QStringLiteral("unknown"); },
                      },
                      edit);
}

QString RecodeText::question(const Edit& edit) {
    return std::visit(Overloaded{
                          [](const UnknownEdit& e) {
                              return e.json.value(QStringLiteral("question")).toString();
                          },
                          [](const auto& e) { return e.question; },
                      },
                      edit);
}

QString RecodeText::describe(const Edit& edit) {
    return std::visit(
        Overloaded{
            [](const RenameOption& e) {
                return CoreText::tr("rename %1 → %2").arg(quoted(e.option), quoted(e.label));
            },
            [](const MergeOptions& e) {
                // The import's write-ins say so: the analyst did not make this merge.
                if (e.writeIns)
                    return CoreText::tr("write-ins %1 → %2")
                        .arg(quotedList(e.options, QStringLiteral(" + ")), quoted(e.into));
                return CoreText::tr("merge %1 → %2")
                    .arg(quotedList(e.options, QStringLiteral(" + ")), quoted(e.into));
            },
            [](const ReorderOptions& e) {
                return CoreText::tr("order %1").arg(quotedList(e.options, QStringLiteral(", ")));
            },
            [](const HideOption& e) { return CoreText::tr("hide %1").arg(quoted(e.option)); },
            [](const ChangeType& e) {
                return CoreText::tr("type %1").arg(questionTypeName(e.type));
            },
            [](const DerivedSegment& e) {
                QStringList groups;
                for (const SegmentGroup& group : e.groups)
                    groups.append(
                        QStringLiteral("%1 = %2").arg(quoted(group.label), group.description));
                if (!e.rest.isEmpty())
                    groups.append(CoreText::tr("%1 = the others").arg(quoted(e.rest)));
                return CoreText::tr("segment %1: %2")
                    .arg(quoted(e.text), groups.join(QStringLiteral("; ")));
            },
            [](const NetOption& e) {
                return CoreText::tr("net %1 = %2")
                    .arg(quoted(e.name), quotedList(e.options, QStringLiteral(" + ")));
            },
            [](const Bands& e) {
                return CoreText::tr("bands %1")
                    .arg(Bands::labels(e.cuts).join(QStringLiteral(", ")));
            },
            [](const UnknownEdit& e) {
                return CoreText::tr("not readable by this version: %1")
                    .arg(QString::fromUtf8(QJsonDocument(e.json).toJson(QJsonDocument::Compact)));
            },
        },
        edit);
}

QJsonObject RecodeText::json(const Edit& edit, int number) {
    QJsonObject json = std::visit(Overloaded{
                                      [](const UnknownEdit& e) {
                                          return QJsonObject{{QStringLiteral("saved"), e.json}};
                                      },
                                      [](const auto& e) { return e.toJson(); },
                                  },
                                  edit);
    // The stored "kind" says the same as "operation", in the words of the command line.
    json.remove(QStringLiteral("kind"));
    json.insert(QStringLiteral("number"), number);
    json.insert(QStringLiteral("question"), question(edit));
    json.insert(QStringLiteral("operation"), operation(edit));
    return json;
}

} // namespace sondo
