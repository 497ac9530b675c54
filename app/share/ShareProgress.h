#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>

namespace debrief {

// How far a long share, import, export or backup has come, and a way to cancel it. The work may
// run on a worker thread: cancel() and the handler are thread-safe to use from another one (the
// handler is called on the working thread; a UI forwards it with a queued call). done and total
// are in bytes of the file's contents; total is known before the first call.
class ShareProgress
{
public:
    using Handler = std::function<void(qint64 done, qint64 total)>;

    ShareProgress() = default;
    explicit ShareProgress(Handler handler)
        : m_handler(std::move(handler))
    {
    }

    // Asks the work to stop at its next step; it then fails with ShareError::Cancelled and leaves
    // nothing behind (no file, no imported entry).
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // For the work: the total, then progress. The handler hears of each whole percent once.
    void start(qint64 total);
    void advance(qint64 bytes);
    void finish();

private:
    void report(qint64 done, qint64 total);

    Handler m_handler;
    std::atomic<bool> m_cancelled{false};
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_lastPercent = -1;
};

} // namespace debrief
