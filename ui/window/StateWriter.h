#pragma once

#include "base/Result.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

namespace sondo {

/**
 * Writes the analyst's saved state into a project file (ProjectService::saveState, under the
 * project's lock) on a worker thread, so that the window never waits for the disk while the analyst
 * clicks on. One write at a time, in order: a state asked for while one is being written waits, and
 * only the latest waiting one is written (it holds everything the earlier ones did). The worker
 * opens its own database connection. Waiting (writeNow, waitForIdle) blocks without running an
 * event loop, so nothing can re-enter the window meanwhile.
 */
class StateWriter : public QObject {
    Q_OBJECT
public:
    explicit StateWriter(QObject* parent = nullptr);
    /** Finishes the write in flight and the one waiting: a state handed over is never lost. */
    ~StateWriter() override;

    /** Writes `state` into the project at `path` on the worker; failures come as failed(). */
    void write(const QString& path, const QJsonObject& state);
    /**
     * Writes `state` on the calling thread after the writes already asked for, and returns how
     * it went: for the moments that need the file up to date (closing, before a re-import reads
     * it).
     */
    Result<Done> writeNow(const QString& path, const QJsonObject& state);
    /** Returns once the write in flight and the one waiting are in the file. */
    void waitForIdle();
    /** True while a write is in flight or waiting. */
    bool isBusy() const { return m_running || m_waiting.has_value(); }

signals:
    /** A write on the worker failed; `message` says why (file and reason). */
    void failed(const QString& message);

private:
    struct Request {
        QString path;
        QJsonObject state;
    };

    void start(Request request);
    void onFinished();
    /** Takes the finished write's outcome (once) and starts the waiting one, if any. */
    void takeFinished();

    QFutureWatcher<QString> m_watcher;
    bool m_running = false;
    std::optional<Request> m_waiting;
};

} // namespace sondo
