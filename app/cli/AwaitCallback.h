#pragma once

#include <QEventLoop>
#include <functional>
#include <memory>

namespace debrief::cli {

// The keyring API is asynchronous (its answers arrive on the event loop) and a command line is
// not: runs a local event loop until start's callback has fired.
inline void awaitCallback(const std::function<void(std::function<void()> finished)>& start)
{
    QEventLoop loop;
    auto done = std::make_shared<bool>(false);
    start([done, &loop] {
        *done = true;
        loop.quit();
    });
    if (!*done)
        loop.exec();
}

} // namespace debrief::cli
