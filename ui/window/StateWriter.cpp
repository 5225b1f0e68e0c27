#include "window/StateWriter.h"

#include "project/ProjectService.h"

#include <QtConcurrent>

namespace sondo {

namespace {

/** Empty when written, else what went wrong: a QString crosses threads where Result cannot. */
QString writeState(const QString& path, const QJsonObject& state) {
    const Result<Done> written = ProjectService::saveState(path, state);
    return written.ok() ? QString() : written.error().toString();
}

} // namespace

StateWriter::StateWriter(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &StateWriter::onFinished);
}

StateWriter::~StateWriter() {
    waitForIdle();
}

void StateWriter::write(const QString& path, const QJsonObject& state) {
    if (m_running)
        m_waiting = Request{path, state};
    else
        start({path, state});
}

Result<Done> StateWriter::writeNow(const QString& path, const QJsonObject& state) {
    // A waiting state of the same project is older than this one: writing it would be wasted.
    if (m_waiting && m_waiting->path == path)
        m_waiting.reset();
    waitForIdle();
    return ProjectService::saveState(path, state);
}

void StateWriter::waitForIdle() {
    while (m_running) {
        m_watcher.waitForFinished();
        takeFinished();
    }
}

void StateWriter::start(Request request) {
    m_running = true;
    m_watcher.setFuture(
        QtConcurrent::run(writeState, std::move(request.path), std::move(request.state)));
}

void StateWriter::onFinished() {
    // The signal can come after waitForIdle() has taken the outcome already, or (queued) for a
    // write whose successor is now running: only a finished write still marked running counts.
    if (m_running && m_watcher.isFinished())
        takeFinished();
}

void StateWriter::takeFinished() {
    m_running = false;
    const QString error = m_watcher.result();
    if (!error.isEmpty())
        emit failed(error);
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
}

} // namespace sondo
