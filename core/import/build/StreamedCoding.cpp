#include "import/build/StreamedCoding.h"

#include "import/infer/FlagReader.h"

#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

/** Codes the values of `values` past those `coding` knows, as inference would; false if unsure. */
bool extendColumn(const QStringList& values, ColumnCoding& coding, const QString& separator) {
    switch (coding.type) {
    case QuestionType::Single:
    case QuestionType::Likert:
        for (qsizetype v = qsizetype(coding.codeOfValue.size()); v < values.size(); ++v) {
            qsizetype o = coding.options.indexOf(values[v]);
            if (o < 0)
                o = coding.options.indexOf(values[v].simplified());
            if (o < 0)
                return false;
            coding.codeOfValue.push_back(std::int32_t(o + 1));
        }
        return true;
    case QuestionType::Multiple:
        for (qsizetype v = qsizetype(coding.optionsOfValue.size()); v < values.size(); ++v) {
            if (separator.isEmpty())
                return false;
            std::vector<int> chosen;
            for (const QString& part : values[v].split(separator)) {
                const qsizetype o = coding.options.indexOf(part.trimmed());
                if (o < 0)
                    return false;
                chosen.push_back(int(o));
            }
            std::sort(chosen.begin(), chosen.end());
            chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
            coding.optionsOfValue.push_back(std::move(chosen));
        }
        return true;
    case QuestionType::Numeric:
        for (qsizetype v = qsizetype(coding.numberOfValue.size()); v < values.size(); ++v) {
            const DecimalMark other =
                coding.decimalMark == DecimalMark::Point ? DecimalMark::Comma : DecimalMark::Point;
            std::optional<double> x = NumberParser::parse(values[v], coding.decimalMark);
            if (!x)
                x = NumberParser::parse(values[v], other);
            if (!x)
                return false;
            coding.numberOfValue.push_back(*x);
        }
        return true;
    case QuestionType::Date:
        for (qsizetype v = qsizetype(coding.numberOfValue.size()); v < values.size(); ++v) {
            const std::optional<double> x = DateParser::parse(values[v], coding.dateOrder);
            if (!x)
                return false;
            coding.numberOfValue.push_back(*x);
        }
        return true;
    case QuestionType::Text:
    case QuestionType::Identifier:
        // Words typed into "Other" are told apart only with every answer in view.
        return coding.otherTextOfValue.isEmpty() || values.size() <= coding.otherTextOfValue.size();
    }
    return false;
}

bool sameNumbers(const std::vector<double>& a, const std::vector<double>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](double x, double y) {
        return x == y || (std::isnan(x) && std::isnan(y));
    });
}

bool sameQuestion(const Question& a, const Question& b) {
    return a.id == b.id && a.code == b.code && a.text == b.text && a.type == b.type &&
           a.options == b.options && sameNumbers(a.scores, b.scores) && a.metadata == b.metadata &&
           a.group == b.group;
}

bool sameSource(const AnswerSource& a, const AnswerSource& b) {
    return a.kind == b.kind && a.columns == b.columns && a.chosenAsText == b.chosenAsText &&
           a.joinSeparator == b.joinSeparator && a.coding.type == b.coding.type &&
           a.coding.options == b.coding.options && sameNumbers(a.coding.scores, b.coding.scores) &&
           a.coding.codeOfValue == b.coding.codeOfValue &&
           a.coding.optionsOfValue == b.coding.optionsOfValue &&
           a.coding.otherTextOfValue == b.coding.otherTextOfValue &&
           sameNumbers(a.coding.numberOfValue, b.coding.numberOfValue) &&
           a.flagOfValue == b.flagOfValue && a.optionOfValue == b.optionOfValue;
}

} // namespace

bool StreamedCoding::extend(const RawTable& table, CodedSurvey& coded) {
    for (size_t q = 0; q < coded.answers.size(); ++q) {
        AnswerSource& source = coded.answers[q];
        const QStringList& options =
            source.chosenAsText ? source.coding.options : coded.survey.questions[int(q)].options;
        for (size_t j = 0; j < source.columns.size(); ++j) {
            const int column = source.columns[j];
            if (column < 0)
                continue;
            const QStringList& values = table.distinctValues(column);
            switch (source.kind) {
            case AnswerSource::Kind::OneColumn:
                if (!extendColumn(values, source.coding, source.joinSeparator))
                    return false;
                break;
            case AnswerSource::Kind::OptionFlags: {
                std::vector<std::uint8_t>& chooses = source.flagOfValue[j];
                for (qsizetype v = qsizetype(chooses.size()); v < values.size(); ++v) {
                    const FlagReader::Flag flag =
                        FlagReader::read(values[v], options.value(qsizetype(j)));
                    if (flag == FlagReader::Flag::Unknown)
                        return false;
                    chooses.push_back(flag == FlagReader::Flag::Selected ? 1 : 0);
                }
                break;
            }
            case AnswerSource::Kind::Mentions: {
                std::vector<int>& optionOfValue = source.optionOfValue[j];
                for (qsizetype v = qsizetype(optionOfValue.size()); v < values.size(); ++v) {
                    const qsizetype o = options.indexOf(values[v]);
                    if (o < 0)
                        return false;
                    optionOfValue.push_back(int(o));
                }
                break;
            }
            }
        }
    }
    return true;
}

bool StreamedCoding::sameCoding(const CodedSurvey& a, const CodedSurvey& b) {
    if (a.firstRow != b.firstRow || a.idColumn != b.idColumn || a.survey.title != b.survey.title ||
        a.survey.sourceFormat != b.survey.sourceFormat || a.survey.groups != b.survey.groups ||
        a.survey.questions.size() != b.survey.questions.size() ||
        a.answers.size() != b.answers.size())
        return false;
    for (int q = 0; q < a.survey.questions.size(); ++q)
        if (!sameQuestion(a.survey.questions[q], b.survey.questions[q]) ||
            !sameSource(a.answers[size_t(q)], b.answers[size_t(q)]))
            return false;
    return true;
}

} // namespace sondo
