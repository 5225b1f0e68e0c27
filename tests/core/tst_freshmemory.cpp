#include "base/FreshMemory.h"

#include <QtTest>
#include <algorithm>
#include <cstdint>
#include <sys/resource.h>
#include <vector>

using namespace sondo;

/**
 * The answers of a project are read into memory made ready in one request to the kernel
 * (FreshMemory): writing it must not fault once per page, which on a virtual machine was a
 * third of opening a million-respondent project.
 */
class TestFreshMemory : public QObject {
    Q_OBJECT

    static long minorFaults() {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_minflt;
    }

private slots:
    void preparedMemoryIsWrittenWithoutAFaultPerPage() {
        // 64 MB is 16,384 pages of 4 KB: written unprepared, one fault each (fewer only where
        // the system backs it with huge pages by itself).
        const std::size_t bytes = std::size_t(64) << 20;
        std::vector<std::uint8_t> memory;
        memory.reserve(bytes);
        if (!FreshMemory::prepare(memory.data(), bytes))
            QSKIP("this kernel (before Linux 5.14) cannot map memory ahead (MADV_POPULATE_WRITE)");
        const long before = minorFaults();
        memory.assign(bytes, std::uint8_t(7));
        const long faults = minorFaults() - before;
        // Under AddressSanitizer the write also touches its shadow memory, an eighth of the
        // bytes, once per page: those faults are the sanitizer's, not the memory's.
#if defined(__SANITIZE_ADDRESS__)
        const long shadowPages = long(bytes / 8 / 4096);
#else
        const long shadowPages = 0;
#endif
        QVERIFY2(faults < 16384 / 10 + shadowPages, qPrintable(QString::number(faults)));
        QCOMPARE(std::count(memory.begin(), memory.end(), std::uint8_t(7)), qint64(bytes));
    }

    void assignFillsLikeTheVector() {
        // Small or large, the contents are those of std::vector::assign.
        for (const std::size_t n : {std::size_t(0), std::size_t(3), std::size_t(1) << 20}) {
            std::vector<double> v{1.0, 2.0};
            FreshMemory::assign(v, n, 0.5);
            QCOMPARE(v, std::vector<double>(n, 0.5));
        }
    }

    void tooSmallOrNothingIsLeftAlone() {
        std::vector<std::uint8_t> small(4096);
        QVERIFY(!FreshMemory::prepare(small.data(), small.size()));
        QVERIFY(!FreshMemory::prepare(nullptr, std::size_t(1) << 24));
    }
};

QTEST_GUILESS_MAIN(TestFreshMemory)
#include "tst_freshmemory.moc"
