// Tests of the dictionary-encoded table every reader fills. Expected ids, values and lines are
// worked out by hand for the small tables; the large ones are checked against a reference
// dictionary built here with std::map (first appearance order), independent of RawTable's hash
// table, and against the same rows appended one by one.

#include "import/build/RawTable.h"
#include "import/text/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>

using namespace sondo;

namespace {

/** Cells of one record separated by '|'. */
QStringList cellsOf(const char* record) {
    return QString::fromUtf8(record).split(QLatin1Char('|'));
}

/** The same record as UTF-8 views into `storage`, which must outlive them. */
std::vector<QByteArrayView> viewsOf(const QStringList& cells, std::vector<QByteArray>& storage) {
    storage.clear();
    for (const QString& cell : cells)
        storage.push_back(cell.toUtf8());
    return std::vector<QByteArrayView>(storage.begin(), storage.end());
}

void appendUtf8(RawTable& table, const QStringList& cells, qint64 line) {
    std::vector<QByteArray> storage;
    table.appendRow(viewsOf(cells, storage), line);
}

/** Every cell id, value and line of a table, to compare two tables in one go. */
QStringList describe(const RawTable& table) {
    QStringList out;
    out << QStringLiteral("rows %1 columns %2").arg(table.rowCount()).arg(table.columnCount());
    for (int c = 0; c < table.columnCount(); ++c)
        out << QStringLiteral("values %1: ").arg(c) +
                   table.distinctValues(c).join(QStringLiteral("\x1f"));
    for (int r = 0; r < table.rowCount(); ++r) {
        QString ids;
        for (int c = 0; c < table.columnCount(); ++c)
            ids += QLatin1Char(' ') + QString::number(table.cellId(r, c));
        out << QString::number(table.lineOf(r)) + QLatin1Char(':') + ids;
    }
    return out;
}

/**
 * 100,000 different values that are hard on a hash table: every length from 1 to 40 bytes,
 * values differing in one byte only (at the start, the middle or the end), long shared prefixes,
 * numbers as text, and non-ASCII letters.
 */
QStringList manyValues() {
    QStringList out;
    out.reserve(100000);
    const QString prefix = QStringLiteral("Risposta molto lunga con un prefisso in comune ");
    for (int i = 0; out.size() < 100000; ++i) {
        switch (i % 5) {
        case 0:
            out << QString::number(i);
            break;
        case 1:
            out << QString::number(i).rightJustified(1 + i % 40, QLatin1Char('0'));
            break;
        case 2:
            out << prefix + QString::number(i);
            break;
        case 3:
            out << QString::number(i) + QStringLiteral("città");
            break;
        default:
            out << QStringLiteral("x%1y").arg(i, 12, 10, QLatin1Char(' '));
            break;
        }
    }
    return out;
}

} // namespace

class TestRawTable : public QObject {
    Q_OBJECT

private slots:
    void blankCells_data();
    void blankCells();
    void idsFollowFirstAppearance();
    void raggedRows();
    void utf8AndDecodedAppendsAgree();
    void lineOf_data();
    void lineOf();
    void manyDistinctValues();
    void wideIdsKeepEarlierRows();
    void batchesMatchRowByRow_data();
    void batchesMatchRowByRow();
    void valuesBeforeAndAfterFinish();
    void appendAfterFinish();
    void copiesAreIndependent();
    void valuesOutliveTheTable();
    void csvReaderHandsOverBatches_data();
    void csvReaderHandsOverBatches();
};

void TestRawTable::blankCells_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<uint>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString() << 0u << QString();
    QTest::newRow("space") << QStringLiteral(" ") << 0u << QString();
    QTest::newRow("spaces and tabs") << QStringLiteral(" \t  ") << 0u << QString();
    QTest::newRow("line breaks") << QStringLiteral("\r\n \n") << 0u << QString();
    // Text with white space around it is kept exactly as read.
    QTest::newRow("padded text") << QStringLiteral(" Sì ") << 1u << QStringLiteral(" Sì ");
    QTest::newRow("zero") << QStringLiteral("0") << 1u << QStringLiteral("0");
    QTest::newRow("dash") << QStringLiteral("-") << 1u << QStringLiteral("-");
}

void TestRawTable::blankCells() {
    QFETCH(QString, cell);
    QFETCH(uint, id);
    QFETCH(QString, text);
    for (bool utf8 : {false, true}) {
        RawTable table;
        if (utf8)
            appendUtf8(table, {QStringLiteral("h"), cell}, 1);
        else
            table.appendRow(QStringList{QStringLiteral("h"), cell}, 1);
        QCOMPARE(table.columnCount(), 2);
        QCOMPARE(table.cellId(0, 1), id);
        QCOMPARE(table.cell(0, 1), text);
        QCOMPARE(table.distinctValues(1).size(), int(id));
        table.finish();
        QCOMPARE(table.cell(0, 1), text);
    }
}

void TestRawTable::idsFollowFirstAppearance() {
    RawTable table;
    const char* records[] = {"Sesso|Voto", "F|3", "M|", "F|5", "Altro|3", "M|1"};
    for (int r = 0; r < 6; ++r)
        appendUtf8(table, cellsOf(records[r]), r + 1);
    table.finish();
    QCOMPARE(table.distinctValues(0), cellsOf("Sesso|F|M|Altro"));
    QCOMPARE(table.distinctValues(1), cellsOf("Voto|3|5|1"));
    const std::uint32_t sex[] = {1, 2, 3, 2, 4, 3};
    const std::uint32_t vote[] = {1, 2, 0, 3, 2, 4};
    for (int r = 0; r < 6; ++r) {
        QCOMPARE(table.cellId(r, 0), sex[r]);
        QCOMPARE(table.cellId(r, 1), vote[r]);
    }
    QCOMPARE(table.row(2), cellsOf("M|"));
}

void TestRawTable::raggedRows() {
    for (bool utf8 : {false, true}) {
        RawTable table;
        const QList<QStringList> rows{cellsOf("a|b"), cellsOf("1|2|3|4"), cellsOf("5"),
                                      cellsOf("6|7|8")};
        for (int r = 0; r < rows.size(); ++r) {
            if (utf8)
                appendUtf8(table, rows[r], r + 1);
            else
                table.appendRow(rows[r], r + 1);
        }
        table.finish();
        QCOMPARE(table.rowCount(), 4);
        QCOMPARE(table.columnCount(), 4);
        QCOMPARE(table.row(0), cellsOf("a|b||"));
        QCOMPARE(table.row(1), cellsOf("1|2|3|4"));
        QCOMPARE(table.row(2), cellsOf("5|||"));
        QCOMPARE(table.row(3), cellsOf("6|7|8|"));
        QCOMPARE(table.cellId(0, 3), 0u);
        QCOMPARE(table.cellId(2, 1), 0u);
        QCOMPARE(table.cellId(1, 3), 1u);
        QCOMPARE(table.distinctValues(2), cellsOf("3|8"));
        // A row past the end reads blank rather than misaligning.
        QCOMPARE(table.cellId(4, 0), 0u);
    }
}

void TestRawTable::utf8AndDecodedAppendsAgree() {
    const QList<QStringList> rows{
        cellsOf("Città|Giudizio|Nota"),      cellsOf("Forlì|Così così|😀 ottimo"),
        cellsOf("Cantù|Sì, molto| "),        cellsOf("Ñandú|Così così|«ok»"),
        cellsOf("Forlì|Sì, molto|😀 ottimo"), cellsOf("Zürich|Non so|日本語"),
    };
    RawTable decoded;
    RawTable utf8;
    RawTable mixed;
    for (int r = 0; r < rows.size(); ++r) {
        decoded.appendRow(rows[r], r + 1);
        appendUtf8(utf8, rows[r], r + 1);
        if (r % 2)
            mixed.appendRow(rows[r], r + 1);
        else
            appendUtf8(mixed, rows[r], r + 1);
    }
    QCOMPARE(describe(utf8), describe(decoded));
    QCOMPARE(describe(mixed), describe(decoded));
    QCOMPARE(decoded.distinctValues(0), cellsOf("Città|Forlì|Cantù|Ñandú|Zürich"));
    QCOMPARE(utf8.cell(5, 2), QStringLiteral("日本語"));
    QCOMPARE(utf8.cellId(4, 2), 2u); // after the header "Nota"
    decoded.finish();
    utf8.finish();
    mixed.finish();
    QCOMPARE(describe(utf8), describe(decoded));
    QCOMPARE(describe(mixed), describe(decoded));
}

void TestRawTable::lineOf_data() {
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("one per line") << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("quoted line breaks") << QList<qint64>{1, 2, 4, 5, 9, 10, 11};
    QTest::newRow("sheet rows with gaps") << QList<qint64>{3, 4, 10, 11, 12, 100};
    QTest::newRow("case numbers") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("large") << QList<qint64>{1, 5000000000LL, 5000000001LL, 5000000003LL};
}

void TestRawTable::lineOf() {
    QFETCH(QList<qint64>, lines);
    RawTable row;
    RawTable batched;
    RawTable::Batch batch;
    std::vector<QByteArray> storage;
    std::vector<QByteArrayView> views = viewsOf(cellsOf("x"), storage);
    for (qint64 line : lines) {
        row.appendRow(views, line);
        batch.addRow(views, line);
    }
    batched.appendRows(batch);
    for (int r = 0; r < lines.size(); ++r) {
        QCOMPARE(row.lineOf(r), lines[r]);
        QCOMPARE(batched.lineOf(r), lines[r]);
    }
    row.finish();
    QCOMPARE(row.lineOf(int(lines.size()) - 1), lines.last());
}

void TestRawTable::manyDistinctValues() {
    const QStringList values = manyValues();
    // The reference: ids by first appearance, from an ordered map.
    std::map<std::string, std::uint32_t> reference;
    std::vector<std::uint32_t> expected;
    RawTable table;
    RawTable::Batch batch;
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(values.size()) * 3);
    // Every value three times: in order, then in reverse, then in order again; the repeats must
    // find the first id, whatever else landed near them in the hash table.
    auto add = [&](int v) {
        utf8.push_back(values[v].toUtf8());
        const std::string key = utf8.back().toStdString();
        auto [it, added] = reference.emplace(key, std::uint32_t(reference.size() + 1));
        expected.push_back(it->second);
        batch.addRow({QByteArrayView(), utf8.back()}, qint64(expected.size()));
    };
    for (int v = 0; v < values.size(); ++v)
        add(v);
    for (int v = int(values.size()) - 1; v >= 0; --v)
        add(v);
    for (int v = 0; v < values.size(); ++v)
        add(v);
    QCOMPARE(reference.size(), size_t(values.size())); // the values really are all different
    table.appendRows(batch);
    QCOMPARE(table.rowCount(), int(expected.size()));
    QCOMPARE(table.columnCount(), 2);
    QCOMPARE(table.distinctValues(0).size(), 0);
    QCOMPARE(table.distinctValues(1), values);
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.cellId(r, 1) != expected[size_t(r)])
            QFAIL(qPrintable(QStringLiteral("row %1: id %2, expected %3")
                                 .arg(r)
                                 .arg(table.cellId(r, 1))
                                 .arg(expected[size_t(r)])));
    }
    table.finish();
    QCOMPARE(table.distinctValues(1), values);
    QCOMPARE(table.cell(150000, 1), values[49999]);
    QCOMPARE(table.cell(299999, 1), values[99999]);
}

void TestRawTable::wideIdsKeepEarlierRows() {
    // Ids grow past what one and two bytes hold; rows from before must read the same after.
    RawTable table;
    std::vector<QByteArray> storage;
    for (int i = 0; i < 70000; ++i) {
        table.appendRow(viewsOf({QString::number(i % 300), QString::number(i)}, storage), i + 1);
        if (i == 254 || i == 255 || i == 65534 || i == 65535) {
            QCOMPARE(table.cellId(0, 1), 1u);
            QCOMPARE(table.cellId(i, 1), std::uint32_t(i + 1));
            QCOMPARE(table.cellId(i, 0), std::uint32_t(i % 300 + 1));
        }
    }
    table.finish();
    for (int i : {0, 1, 254, 255, 256, 299, 300, 65534, 65535, 65536, 69999}) {
        QCOMPARE(table.cellId(i, 0), std::uint32_t(i % 300 + 1));
        QCOMPARE(table.cellId(i, 1), std::uint32_t(i + 1));
        QCOMPARE(table.cell(i, 1), QString::number(i));
    }

    // forEachId reads the same ids a range at a time, at every width (column 0 holds them in two
    // bytes, column 1 in four, a short column in one), blank past the last row.
    RawTable shortColumn;
    shortColumn.appendRow(viewsOf({QStringLiteral("a")}, storage), 1);
    for (const RawTable* t : {&table, &shortColumn}) {
        for (int column = 0; column < t->columnCount(); ++column) {
            for (auto [first, count] : {std::pair{0, 10}, {60000, 10010}, {69995, 20}, {5, 0}}) {
                int visited = 0;
                bool same = true;
                t->forEachId(column, first, count, [&](int i, std::uint32_t id) {
                    same = same && i == visited && id == t->cellId(first + i, column);
                    ++visited;
                });
                QVERIFY(same);
                QCOMPARE(visited, count);
            }
        }
    }
}

void TestRawTable::batchesMatchRowByRow_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("batchRows");
    QTest::addColumn<int>("expectedRows"); // the reader's guess the batches bring; 0 = none
    QTest::newRow("one small batch") << 50 << 50 << 0;
    QTest::newRow("one large batch") << 5000 << 5000 << 0;
    QTest::newRow("many batches") << 20000 << 3000 << 0;
    QTest::newRow("uneven batches") << 7001 << 999 << 0;
    // Room is made once past 10,000 rows; a wrong guess may only cost memory or time.
    QTest::newRow("guessed right") << 40000 << 3000 << 40000;
    QTest::newRow("guessed too few") << 40000 << 3000 << 12000;
    QTest::newRow("guessed too many") << 30000 << 2500 << 900000;
}

void TestRawTable::batchesMatchRowByRow() {
    QFETCH(int, rows);
    QFETCH(int, batchRows);
    QFETCH(int, expectedRows);
    // A survey-like table: an id, a few choices, a sparse comment, ragged rows now and then.
    QList<QStringList> records{cellsOf("ID|Sesso|Voto|Commento")};
    const QStringList sexes = cellsOf("F|M|Altro| ");
    const QStringList comments = cellsOf("bene|male|così così");
    for (int r = 1; r < rows; ++r) {
        QStringList record{QStringLiteral("R%1").arg(r), sexes[r % 4], QString::number(r % 11),
                           r % 7 == 0 ? comments[r % 3] : QString()};
        if (r % 97 == 0)
            record.append(QStringLiteral("extra %1").arg(r % 5));
        if (r % 89 == 0)
            record = record.mid(0, 2);
        records.append(record);
    }
    RawTable expected;
    for (int r = 0; r < records.size(); ++r)
        appendUtf8(expected, records[r], 2 * r + 1);

    RawTable table;
    std::vector<QByteArray> storage;
    storage.reserve(size_t(rows) * 6);
    RawTable::Batch batch;
    for (int r = 0; r < records.size(); ++r) {
        std::vector<QByteArrayView> views;
        for (const QString& cell : records[r]) {
            storage.push_back(cell.toUtf8());
            views.push_back(storage.back());
        }
        batch.addRow(views, 2 * r + 1);
        if (batch.rowCount() == batchRows) {
            batch.expectRows(expectedRows);
            table.appendRows(batch);
            batch.clear();
        }
    }
    table.appendRows(batch);
    QCOMPARE(describe(table), describe(expected));
    table.finish();
    expected.finish();
    QCOMPARE(describe(table), describe(expected));
    QCOMPARE(table.columnCount(), rows > 97 ? 5 : 4);
}

void TestRawTable::valuesBeforeAndAfterFinish() {
    RawTable table;
    RawTable::Batch batch;
    std::vector<QByteArray> storage;
    const QList<QStringList> rows{cellsOf("Q|Età"), cellsOf("Sì|34"), cellsOf("No|51"),
                                  cellsOf("Sì|34")};
    std::vector<std::vector<QByteArray>> keep(size_t(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        batch.addRow(viewsOf(rows[r], keep[size_t(r)]), r + 1);
    table.appendRows(batch);
    // Read before finish(): the values are made on demand, and more rows may still come.
    QCOMPARE(table.distinctValues(0), cellsOf("Q|Sì|No"));
    QCOMPARE(table.cell(3, 1), QStringLiteral("34"));
    appendUtf8(table, cellsOf("Forse|29"), 5);
    QCOMPARE(table.distinctValues(0), cellsOf("Q|Sì|No|Forse"));
    QCOMPARE(table.distinctValues(1), cellsOf("Età|34|51|29"));
    table.finish();
    QCOMPARE(table.distinctValues(0), cellsOf("Q|Sì|No|Forse"));
    QCOMPARE(table.row(4), cellsOf("Forse|29"));
}

void TestRawTable::appendAfterFinish() {
    RawTable table;
    for (int r = 0; r < 300; ++r)
        appendUtf8(table, {QStringLiteral("v%1").arg(r % 40), QStringLiteral("n%1").arg(r)}, r + 1);
    table.finish();
    // The index is rebuilt from the values: known ones keep their ids, new ones come next.
    appendUtf8(table, cellsOf("v7|n5"), 301);
    table.appendRow(cellsOf("nuovo|n299"), 302);
    appendUtf8(table, cellsOf("nuovo|n300"), 303);
    QCOMPARE(table.cellId(300, 0), 8u);
    QCOMPARE(table.cellId(300, 1), 6u);
    QCOMPARE(table.cellId(301, 0), 41u);
    QCOMPARE(table.cellId(301, 1), 300u);
    QCOMPARE(table.cellId(302, 0), 41u);
    QCOMPARE(table.cellId(302, 1), 301u);
    QCOMPARE(table.distinctValues(0).size(), 41);
    QCOMPARE(table.cell(302, 1), QStringLiteral("n300"));
    QCOMPARE(table.lineOf(302), 303);
}

void TestRawTable::copiesAreIndependent() {
    RawTable table;
    appendUtf8(table, cellsOf("a|b"), 1);
    RawTable copy = table;
    appendUtf8(copy, cellsOf("c|b|d"), 2);
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.columnCount(), 2);
    QCOMPARE(table.distinctValues(0), cellsOf("a"));
    QCOMPARE(copy.distinctValues(0), cellsOf("a|c"));
    QCOMPARE(copy.cellId(1, 1), 1u);
    QCOMPARE(copy.row(0), cellsOf("a|b|"));
}

void TestRawTable::valuesOutliveTheTable() {
    // A column's values share one allocation (see RawTable::makeValues): each must still behave
    // as a QString of its own, before and after the table is gone.
    const QByteArray invalid("caf\xe9 \xf0\x9f", 8); // Latin-1 é, a cut 4-byte sequence
    const std::vector<QByteArray> cells{"Forlì", "😀 ottimo", invalid, "x", "日本語"};
    QStringList kept;
    {
        RawTable table;
        for (int r = 0; r < int(cells.size()); ++r)
            table.appendRow(std::vector<QByteArrayView>{cells[size_t(r)]}, r + 1);
        table.finish();
        kept = table.distinctValues(0);
    }
    QCOMPARE(kept.size(), 5);
    for (int i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i], QString::fromUtf8(cells[size_t(i)]));
        // QString keeps its data NUL-terminated, shared or not.
        QCOMPARE(kept[i].utf16()[kept[i].size()], ushort(0));
    }
    QString grown = kept[0];
    grown.append(QStringLiteral(" (FC)"));
    grown.prepend(QStringLiteral("a "));
    QCOMPARE(grown, QStringLiteral("a Forlì (FC)"));
    QCOMPARE(kept[0], QStringLiteral("Forlì"));
    QCOMPARE(kept[1], QStringLiteral("😀 ottimo"));
    // The last value left may grow over the others' room once they are gone.
    QString last = kept[3];
    kept.clear();
    last.append(QString(100, QLatin1Char('y')));
    last.prepend(QStringLiteral("<"));
    QCOMPARE(last, QStringLiteral("<x") + QString(100, QLatin1Char('y')));
    QCOMPARE(grown, QStringLiteral("a Forlì (FC)"));
}

void TestRawTable::csvReaderHandsOverBatches_data() {
    QTest::addColumn<qsizetype>("chunkSize");
    // One chunk: batches appended on the reading thread. Smaller chunks: on a second thread,
    // from copies of the reader's buffers.
    QTest::newRow("one chunk") << CsvReader::DefaultChunkSize;
    QTest::newRow("64 KiB chunks") << qsizetype(65536);
    QTest::newRow("1000-byte chunks") << qsizetype(1000);
}

void TestRawTable::csvReaderHandsOverBatches() {
    QFETCH(qsizetype, chunkSize);
    // Enough rows for the reader to hand several batches over within one chunk, with quoted
    // cells whose doubled quotes are unescaped into the reader's scratch space and multi-line
    // cells that move the line numbers: each row must keep its own text.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "id,quote,choice,note\n";
    const int rows = 40000;
    for (int r = 1; r <= rows; ++r) {
        csv += "R" + QByteArray::number(r) + ",\"he said \"\"" + QByteArray::number(r) + "\"\"\"," +
               QByteArray::number(r % 3);
        csv += r % 1000 == 0 ? ",\"two\nlines\"\n" : ",\n";
    }
    file.write(csv);
    file.close();
    const auto result = CsvReader::read(path, {}, {}, {}, chunkSize);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const RawTable& table = result.value().table;
    QCOMPARE(table.rowCount(), rows + 1);
    QCOMPARE(table.columnCount(), 4);
    qint64 line = 2;
    for (int r = 1; r <= rows; ++r) {
        const QString quote = QStringLiteral("he said \"%1\"").arg(r);
        if (table.cell(r, 1) != quote || table.cell(r, 0) != QStringLiteral("R%1").arg(r) ||
            table.lineOf(r) != line)
            QFAIL(qPrintable(QStringLiteral("row %1: %2 / %3 at line %4")
                                 .arg(r)
                                 .arg(table.cell(r, 0), table.cell(r, 1))
                                 .arg(table.lineOf(r))));
        QCOMPARE(table.cellId(r, 2), std::uint32_t(r % 3 == 1 ? 2 : r % 3 == 2 ? 3 : 4));
        line += r % 1000 == 0 ? 2 : 1;
    }
    QCOMPARE(table.distinctValues(3),
             QStringList{QStringLiteral("note")} << QStringLiteral("two\nlines"));
}

QTEST_GUILESS_MAIN(TestRawTable)
#include "tst_rawtable.moc"
