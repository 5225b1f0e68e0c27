// The import history identifies an export by SHA-256; a re-opened survey is matched to its
// project by it. Expected digests come from Qt's own QCryptographicHash, an implementation
// independent of the OpenSSL one under test (and agreeing with `sha256sum`).

#include "import/text/SourceChecksum.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

class TestSourceChecksum : public QObject {
    Q_OBJECT

private slots:
    void matchesIndependentDigest_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line") << QByteArray("Settore,Ruolo\nBanche,Manager\n");
        // Larger than one read block, not a multiple of it.
        QByteArray big;
        for (int i = 0; big.size() < 3 * (1 << 20) + 12345; ++i)
            big += QByteArray::number(i) + ",Sì, molto,\"a\"\"b\"\n";
        QTest::newRow("three blocks and a bit") << big;
    }

    void matchesIndependentDigest() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(SourceChecksum::sha256(path),
                 QString::fromLatin1(
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }

    void missingFileAndCancelGiveEmpty() {
        QVERIFY(SourceChecksum::sha256(QStringLiteral("/nonexistent/export.csv")).isEmpty());
        const QString demo =
            QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
        QVERIFY(!SourceChecksum::sha256(demo).isEmpty());
        QVERIFY(SourceChecksum::sha256(demo, [](qint64, qint64) { return false; }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceChecksum)
#include "tst_sourcechecksum.moc"
