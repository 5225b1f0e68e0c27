// BackgroundQueue: the hand-over the CSV reader uses to intern records and hash chunks on other
// threads. What the reader relies on: order, the bound on what waits, spares, and giving up.

#include "base/BackgroundQueue.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace sondo;

class TestBackgroundQueue : public QObject {
    Q_OBJECT

private slots:
    void itemsComeInOrder_data();
    void itemsComeInOrder();
    void spareItemsComeBackEmpty();
    void noMoreThanCapacityWaits();
    void abandonDropsWhatWaits();
};

void TestBackgroundQueue::itemsComeInOrder_data() {
    QTest::addColumn<bool>("threaded");
    QTest::newRow("on its own thread") << true;
    QTest::newRow("on the caller's thread") << false;
}

void TestBackgroundQueue::itemsComeInOrder() {
    QFETCH(bool, threaded);
    std::vector<int> seen;
    {
        BackgroundQueue<std::vector<int>> queue(threaded, 3, [&](std::vector<int>& item) {
            seen.insert(seen.end(), item.begin(), item.end());
        });
        for (int i = 0; i < 1000; i += 2)
            queue.push({i, i + 1});
        queue.finish();
        QCOMPARE(int(seen.size()), 1000);
    }
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(seen[size_t(i)], i);
}

void TestBackgroundQueue::spareItemsComeBackEmpty() {
    // The reader fills what push() hands back: it must be a processed item, emptied, or new.
    BackgroundQueue<std::vector<int>> queue(true, 2, [](std::vector<int>& item) { item.clear(); });
    int reused = 0;
    for (int i = 0; i < 200; ++i) {
        std::vector<int> item(100, i);
        const std::vector<int> spare = queue.push(std::move(item));
        QVERIFY(spare.empty());
        reused += spare.capacity() >= 100 ? 1 : 0;
    }
    queue.finish();
    QVERIFY2(reused > 0, "processed items never came back to be filled again");
}

void TestBackgroundQueue::noMoreThanCapacityWaits() {
    // A consumer held up: the producer may run ahead by the capacity, then waits.
    std::atomic<bool> release{false};
    std::atomic<int> pushed{0};
    BackgroundQueue<int> queue(true, 3, [&](int&) {
        while (!release)
            std::this_thread::yield();
    });
    std::thread producer([&] {
        for (int i = 0; i < 10; ++i) {
            queue.push(i);
            ++pushed;
        }
    });
    QTRY_COMPARE(pushed.load(), 3);
    QTest::qWait(50); // and no further
    QCOMPARE(pushed.load(), 3);
    release = true;
    producer.join();
    queue.finish();
    QCOMPARE(pushed.load(), 10);
}

void TestBackgroundQueue::abandonDropsWhatWaits() {
    std::atomic<bool> release{false};
    std::atomic<int> processed{0};
    BackgroundQueue<int> queue(true, 8, [&](int&) {
        while (!release)
            std::this_thread::yield();
        ++processed;
    });
    for (int i = 0; i < 5; ++i)
        queue.push(i);
    std::thread releaser([&] {
        QTest::qSleep(50);
        release = true;
    });
    queue.abandon(); // the item in hand is finished, the four behind it dropped
    releaser.join();
    QCOMPARE(processed.load(), 1);
}

QTEST_GUILESS_MAIN(TestBackgroundQueue)
#include "tst_backgroundqueue.moc"
